#include "ReadingColumns.h"

#include "model/FixedPoint.h"
#include "model/TimeFormat.h"

namespace {

QJsonValue number(const std::optional<qint64> &milli)
{
    return milli ? QJsonValue(FixedPoint::toDouble(*milli)) : QJsonValue(QJsonValue::Null);
}

} // namespace

const QStringList &ReadingColumns::names()
{
    static const QStringList columns = {
        QStringLiteral("meter"),    QStringLiteral("time"),          QStringLiteral("balance"),
        QStringLiteral("grid_kwh"), QStringLiteral("generator_kwh"), QStringLiteral("load_kw"),
        QStringLiteral("source"),
    };
    return columns;
}

QJsonObject ReadingColumns::toJson(const QString &meterName, const QTimeZone &zone, const Reading &reading)
{
    return QJsonObject{
        {QStringLiteral("meter"), meterName},
        {QStringLiteral("time"), TimeFormat::iso(reading.time, zone)},
        {QStringLiteral("balance"), number(reading.balanceMilli)},
        {QStringLiteral("grid_kwh"), number(reading.gridWh)},
        {QStringLiteral("generator_kwh"), number(reading.generatorWh)},
        {QStringLiteral("load_kw"), number(reading.loadW)},
        {QStringLiteral("source"), powerSourceName(reading.source)},
    };
}
