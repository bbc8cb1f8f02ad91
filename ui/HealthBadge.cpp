#include "HealthBadge.h"

#include "ThemeManager.h"

#include <QPainter>
#include <QPixmap>

QColor HealthBadge::color(MeterHealth::State state)
{
    switch (state) {
    case MeterHealth::State::Ok:
        return QColor(0x2e, 0x9d, 0x4b);
    case MeterHealth::State::Stale:
        return QColor(0xd9, 0x96, 0x00);
    case MeterHealth::State::Failing:
        return QColor(0xc6, 0x28, 0x28);
    case MeterHealth::State::Manual:
        return QColor(0x2e, 0x7d, 0xd2);
    case MeterHealth::State::Unknown:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor HealthBadge::color(MeterHealth::State state, std::optional<Alert::Severity> lowBalance)
{
    if (lowBalance && *lowBalance == Alert::Severity::Critical)
        return QColor(0xd3, 0x2f, 0x2f);
    if (lowBalance)
        return QColor(0xf9, 0xa8, 0x25);
    return color(state);
}

QColor HealthBadge::textColor(std::optional<Alert::Severity> lowBalance)
{
    if (!lowBalance)
        return QColor();
    const bool dark = ThemeManager::isDark();
    if (*lowBalance == Alert::Severity::Critical)
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    return dark ? QColor(0xff, 0xb3, 0x00) : QColor(0xa3, 0x5f, 0x00);
}

QIcon HealthBadge::icon(MeterHealth::State state)
{
    return icon(state, std::nullopt);
}

QIcon HealthBadge::icon(MeterHealth::State state, std::optional<Alert::Severity> lowBalance)
{
    const QColor fill = color(state, lowBalance);
    QIcon icon;
    for (const int size : {16, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        const qreal margin = size * 0.2;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    return icon;
}
