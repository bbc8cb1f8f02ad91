#include "AppIcons.h"

QIcon AppIcons::application()
{
    // The embedded SVG first, so the window shows the same icon whether or not the package's
    // theme icons are installed; the theme is the fallback if the SVG engine were missing.
    QIcon icon(QStringLiteral(":/icons/kilowatch.svg"));
    if (icon.pixmap(16, 16).isNull())
        return QIcon::fromTheme(applicationId());
    return icon;
}

QString AppIcons::resourcePath(TrayState state)
{
    switch (state) {
    case TrayState::Ok:
        return QStringLiteral(":/icons/tray-ok.svg");
    case TrayState::Low:
        return QStringLiteral(":/icons/tray-low.svg");
    case TrayState::Critical:
        return QStringLiteral(":/icons/tray-critical.svg");
    case TrayState::Failing:
        return QStringLiteral(":/icons/tray-failing.svg");
    }
    return QStringLiteral(":/icons/tray-failing.svg");
}

QIcon AppIcons::tray(TrayState state)
{
    return QIcon(resourcePath(state));
}
