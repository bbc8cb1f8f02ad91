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

QJsonObject RechargeColumns::toJson(const QString &meter, const QTimeZone &zone, const RechargeRecord &r)
{
    return ExportCell::toJsonObject(names(), cells(meter, zone, r));
}
