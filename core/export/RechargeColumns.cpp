#include "RechargeColumns.h"

#include "model/TimeFormat.h"

const QStringList &RechargeColumns::names()
{
    static const QStringList columns = {
        QStringLiteral("meter"),         QStringLiteral("time"),   QStringLiteral("amount"),
        QStringLiteral("balance_after"), QStringLiteral("origin"), QStringLiteral("token"),
    };
    return columns;
}

QList<ExportCell> RechargeColumns::cells(const QString &meter, const QTimeZone &zone, const RechargeRecord &r)
{
    return {
        ExportCell::text(meter),          ExportCell::text(TimeFormat::iso(r.time, zone)),
        ExportCell::money(r.amountMilli), ExportCell::money(r.balanceAfterMilli),
        ExportCell::text(r.origin),       r.token.isEmpty() ? ExportCell::empty() : ExportCell::text(r.token),
    };
}

const QStringList &RechargeColumns::jsonOnlyNames()
{
    static const QStringList keys = {QStringLiteral("id")};
    return keys;
}

ExportRow RechargeColumns::row(const Meter &meter, const RechargeEntry &r)
{
    const RechargeRecord record{r.time, r.amountMilli, r.balanceAfterMilli, r.origin, r.token};
    ExportRow row(names(), cells(meter.name, QTimeZone(meter.timezone.toUtf8()), record),
                  ExportRow::moneyDigits(meter));
    row.addJsonOnly(QStringLiteral("id"), r.id);
    return row;
}
