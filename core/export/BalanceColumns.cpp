#include "BalanceColumns.h"

#include "model/TimeFormat.h"

#include <QTimeZone>

const QStringList &BalanceColumns::names()
{
    static const QStringList names = {
        QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("open"),      QStringLiteral("close"),
        QStringLiteral("min"),   QStringLiteral("max"), QStringLiteral("recharged"),
    };
    return names;
}

ExportRow BalanceColumns::row(const Meter &meter, const BalanceBucket &b)
{
    const QTimeZone zone(meter.timezone.toUtf8());
    return ExportRow(names(),
                     {
                         ExportCell::text(TimeFormat::iso(b.start, zone)),
                         ExportCell::text(TimeFormat::iso(b.end, zone)),
                         ExportCell::money(b.openMilli),
                         ExportCell::money(b.closeMilli),
                         ExportCell::money(b.minMilli),
                         ExportCell::money(b.maxMilli),
                         ExportCell::money(b.recharged()),
                     },
                     ExportRow::moneyDigits(meter));
}
