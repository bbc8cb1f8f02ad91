#include "ThemeManager.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace {

// The platform's style, remembered before the first change so "System" can return to it.
QString &platformStyleName()
{
    static QString name;
    return name;
}

void setStyle(const QString &name)
{
    if (QApplication::style() && QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

void ThemeManager::apply(AppSettings::Theme theme)
{
    if (platformStyleName().isEmpty() && QApplication::style())
        platformStyleName() = QApplication::style()->name();
    switch (theme) {
    case AppSettings::Theme::System:
        setStyle(platformStyleName());
        QApplication::setPalette(QPalette());
        break;
    case AppSettings::Theme::Light:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case AppSettings::Theme::Dark:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
}

void ThemeManager::follow(AppSettings &settings)
{
    apply(settings.theme());
    QObject::connect(&settings, &AppSettings::changed, &settings, [&settings](SettingKey key) {
        if (key == SettingKey::Theme)
            apply(settings.theme());
    });
}

bool ThemeManager::isDark()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette ThemeManager::lightPalette()
{
    QPalette p;
    const QColor window(0xf3, 0xf4, 0xf6);
    const QColor text(0x1f, 0x23, 0x28);
    const QColor disabledText(0x8b, 0x92, 0x9a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xea, 0xee, 0xf2));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe6));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x77, 0x81));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xb0, 0x00, 0x20));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe1, 0xe4, 0xe8));
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc9, 0xcf));
    p.setColor(QPalette::Dark, QColor(0x9a, 0xa1, 0xa9));
    p.setColor(QPalette::Shadow, QColor(0x57, 0x60, 0x6a));
    p.setColor(QPalette::Highlight, QColor(0x2e, 0x7d, 0xd2));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x09, 0x69, 0xda));
    p.setColor(QPalette::LinkVisited, QColor(0x82, 0x50, 0xdf));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    return p;
}

QPalette ThemeManager::darkPalette()
{
    QPalette p;
    const QColor window(0x23, 0x26, 0x2b);
    const QColor base(0x1a, 0x1c, 0x20);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabledText(0x7d, 0x84, 0x8c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2e, 0x34));
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x34, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa1, 0xa9));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2f, 0x33, 0x39));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Light, QColor(0x3d, 0x42, 0x49));
    p.setColor(QPalette::Midlight, QColor(0x34, 0x38, 0x3f));
    p.setColor(QPalette::Mid, QColor(0x28, 0x2b, 0x30));
    p.setColor(QPalette::Dark, QColor(0x14, 0x16, 0x19));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x8e, 0xea));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xbc, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    return p;
}
