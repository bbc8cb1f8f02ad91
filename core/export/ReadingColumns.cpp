#include "ReadingColumns.h"

#include "model/TimeFormat.h"

const QStringList &ReadingColumns::names()
{
    static const QStringList columns = {
        QStringLiteral("meter"),    QStringLiteral("time"),          QStringLiteral("balance"),
        QStringLiteral("grid_kwh"), QStringLiteral("generator_kwh"), QStringLiteral("load_kw"),
        QStringLiteral("source"),
    };
    return columns;
}

QList<ExportCell> ReadingColumns::cells(const QString &meterName, const QTimeZone &zone,
                                        const Reading &reading)
{
    return {
        ExportCell::text(meterName),
        ExportCell::text(TimeFormat::iso(reading.time, zone)),
        ExportCell::money(reading.balanceMilli),
        ExportCell::thousandths(reading.gridWh),
        ExportCell::thousandths(reading.generatorWh),
        ExportCell::thousandths(reading.loadW),
        ExportCell::text(powerSourceName(reading.source)),
    };
}

ExportRow ReadingColumns::row(const Meter &meter, const Reading &reading)
{
    return ExportRow(names(), cells(meter.name, QTimeZone(meter.timezone.toUtf8()), reading),
                     ExportRow::moneyDigits(meter));
}
