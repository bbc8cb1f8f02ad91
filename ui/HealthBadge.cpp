#include "HealthBadge.h"

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

QIcon HealthBadge::icon(MeterHealth::State state)
{
    QIcon icon;
    for (const int size : {16, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(state));
        const qreal margin = size * 0.2;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    return icon;
}
