#include "SupplyLook.h"

#include "ThemeManager.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

QColor SupplyLook::fill(SupplyKind kind)
{
    switch (kind) {
    case SupplyKind::Grid:
        return QColor(0x2e, 0x7d, 0xd2);
    case SupplyKind::Generator:
        return QColor(0xef, 0x8a, 0x17);
    case SupplyKind::Outage:
        return QColor(0xc6, 0x28, 0x28);
    case SupplyKind::NoReadings:
        return QColor(0x75, 0x75, 0x75);
    case SupplyKind::Unknown:
        break;
    }
    return QColor(0xbd, 0xbd, 0xbd);
}

QBrush SupplyLook::brush(SupplyKind kind)
{
    return QBrush(fill(kind), kind == SupplyKind::NoReadings ? Qt::BDiagPattern : Qt::SolidPattern);
}

QString SupplyLook::name(SupplyKind kind)
{
    switch (kind) {
    case SupplyKind::Grid:
        return tr("Grid");
    case SupplyKind::Generator:
        return tr("Generator");
    case SupplyKind::Outage:
        return tr("No supply (outage)");
    case SupplyKind::NoReadings:
        return tr("No readings");
    case SupplyKind::Unknown:
        break;
    }
    return tr("Source not known");
}

SupplyKind SupplyLook::kindOf(SupplyStatus::State state)
{
    switch (state) {
    case SupplyStatus::State::Grid:
        return SupplyKind::Grid;
    case SupplyStatus::State::Generator:
        return SupplyKind::Generator;
    case SupplyStatus::State::Outage:
        return SupplyKind::Outage;
    case SupplyStatus::State::MeterOff:
        return SupplyKind::NoReadings;
    case SupplyStatus::State::Unknown:
        break;
    }
    return SupplyKind::Unknown;
}

QColor SupplyLook::textColor(SupplyStatus::State state)
{
    const bool dark = ThemeManager::isDark();
    switch (state) {
    case SupplyStatus::State::Grid:
        return dark ? QColor(0x6c, 0xb0, 0xf5) : QColor(0x1a, 0x5c, 0xa8);
    case SupplyStatus::State::Generator:
        return dark ? QColor(0xff, 0xb3, 0x4d) : QColor(0xa8, 0x52, 0x00);
    case SupplyStatus::State::Outage:
    case SupplyStatus::State::MeterOff:
        return dark ? QColor(0xff, 0x7b, 0x7b) : QColor(0xb0, 0x00, 0x20);
    case SupplyStatus::State::Unknown:
        break;
    }
    return dark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x61, 0x61, 0x61);
}

QString SupplyLook::stateName(SupplyStatus::State state)
{
    switch (state) {
    case SupplyStatus::State::Grid:
        return tr("Grid");
    case SupplyStatus::State::Generator:
        return tr("Generator");
    case SupplyStatus::State::Outage:
        return tr("No supply: outage");
    case SupplyStatus::State::MeterOff:
        return tr("No supply: meter off");
    case SupplyStatus::State::Unknown:
        break;
    }
    return tr("Power source unknown");
}

namespace {

// A lightning bolt in a 100 x 100 box.
QPainterPath bolt()
{
    QPainterPath p;
    p.moveTo(58, 10);
    p.lineTo(26, 56);
    p.lineTo(47, 56);
    p.lineTo(40, 90);
    p.lineTo(74, 42);
    p.lineTo(53, 42);
    p.closeSubpath();
    return p;
}

// A fuel drop (the generator's fuel) in a 100 x 100 box.
QPainterPath drop()
{
    QPainterPath p;
    p.moveTo(50, 14);
    p.cubicTo(50, 14, 24, 48, 24, 62);
    p.cubicTo(24, 77, 36, 88, 50, 88);
    p.cubicTo(64, 88, 76, 77, 76, 62);
    p.cubicTo(76, 48, 50, 14, 50, 14);
    p.closeSubpath();
    return p;
}

} // namespace

QIcon SupplyLook::icon(SupplyStatus::State state, int size)
{
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(size, size) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 100.0, size / 100.0);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill(kindOf(state)));
        painter.drawEllipse(QRectF(2, 2, 96, 96));
        painter.setBrush(Qt::white);
        QPen stroke(Qt::white, 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        switch (state) {
        case SupplyStatus::State::Grid:
            painter.drawPath(bolt());
            break;
        case SupplyStatus::State::Generator:
            painter.drawPath(drop());
            break;
        case SupplyStatus::State::Outage:
            painter.drawPath(bolt());
            painter.setPen(QPen(fill(kindOf(state)), 16, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(22, 22), QPointF(78, 78));
            painter.setPen(stroke);
            painter.drawLine(QPointF(22, 22), QPointF(78, 78));
            break;
        case SupplyStatus::State::MeterOff:
            painter.setPen(stroke);
            painter.setBrush(Qt::NoBrush);
            painter.drawArc(QRectF(27, 27, 46, 46), 120 * 16, 300 * 16);
            painter.drawLine(QPointF(50, 20), QPointF(50, 50));
            break;
        case SupplyStatus::State::Unknown: {
            QFont font = painter.font();
            font.setPixelSize(64);
            font.setBold(true);
            painter.setFont(font);
            painter.setPen(Qt::white);
            painter.drawText(QRectF(0, 0, 100, 100), Qt::AlignCenter, QStringLiteral("?"));
            break;
        }
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
