#include "SessionColumns.h"

#include "model/TimeFormat.h"

std::optional<qint64> SessionColumns::averageW(const SourceSession &s)
{
    const qint64 seconds = s.durationSeconds();
    if (seconds <= 0)
        return std::nullopt;
    // Wh over hours, rounded to the watt, half away from zero.
    const qint64 scaled = s.energyWh * 3600;
    return (scaled >= 0 ? scaled + seconds / 2 : scaled - seconds / 2) / seconds;
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

QList<ExportCell> SessionColumns::cells(const QString &meter, const QTimeZone &zone, const SourceSession &s)
{
    return {
        ExportCell::text(meter),
        ExportCell::text(powerSourceName(s.source)),
        ExportCell::text(TimeFormat::iso(s.start, zone)),
        s.end ? ExportCell::text(TimeFormat::iso(*s.end, zone)) : ExportCell::empty(),
        ExportCell::integer(s.durationSeconds()),
        ExportCell::thousandths(s.energyWh),
        ExportCell::money(s.costMilli),
        ExportCell::thousandths(averageW(s)),
    };
}

ExportRow SessionColumns::row(const Meter &meter, const SourceSession &s)
{
    return ExportRow(names(), cells(meter.name, QTimeZone(meter.timezone.toUtf8()), s),
                     ExportRow::moneyDigits(meter));
}
