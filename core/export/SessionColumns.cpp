#include "SessionColumns.h"

#include "model/TimeFormat.h"

std::optional<qint64> SessionRecord::durationSeconds() const
{
    if (!end)
        return std::nullopt;
    return *end - start;
}

std::optional<qint64> SessionRecord::averageW() const
{
    const std::optional<qint64> seconds = durationSeconds();
    if (!seconds || *seconds <= 0)
        return std::nullopt;
    // Wh over hours, rounded to the watt.
    return (energyWh * 3600 + *seconds / 2) / *seconds;
}

const QStringList &SessionColumns::names()
{
    static const QStringList columns = {
        QStringLiteral("meter"), QStringLiteral("source"),     QStringLiteral("start"),
        QStringLiteral("end"),   QStringLiteral("duration_s"), QStringLiteral("kwh"),
        QStringLiteral("cost"),  QStringLiteral("avg_kw"),
    };
    return columns;
}

QList<ExportCell> SessionColumns::cells(const QString &meter, const QTimeZone &zone, const SessionRecord &s)
{
    const std::optional<qint64> duration = s.durationSeconds();
    return {
        ExportCell::text(meter),
        ExportCell::text(powerSourceName(s.source)),
        ExportCell::text(TimeFormat::iso(s.start, zone)),
        s.end ? ExportCell::text(TimeFormat::iso(*s.end, zone)) : ExportCell::empty(),
        duration ? ExportCell::integer(*duration) : ExportCell::empty(),
        ExportCell::thousandths(s.energyWh),
        ExportCell::money(s.costMilli),
        ExportCell::thousandths(s.averageW()),
    };
}

QJsonObject SessionColumns::toJson(const QString &meter, const QTimeZone &zone, const SessionRecord &s)
{
    return ExportCell::toJsonObject(names(), cells(meter, zone, s));
}
