#include "AlertColumns.h"

#include "model/TimeFormat.h"

const QStringList &AlertColumns::names()
{
    static const QStringList columns = {
        QStringLiteral("meter"),
        QStringLiteral("time"),
        QStringLiteral("kind"),
        QStringLiteral("message"),
    };
    return columns;
}

QList<ExportCell> AlertColumns::cells(const QString &meter, const QTimeZone &zone, const AlertRecord &a)
{
    return {
        ExportCell::text(meter),
        ExportCell::text(TimeFormat::iso(a.time, zone)),
        ExportCell::text(a.kind),
        ExportCell::text(a.message),
    };
}

QJsonObject AlertColumns::toJson(const QString &meter, const QTimeZone &zone, const AlertRecord &a)
{
    return ExportCell::toJsonObject(names(), cells(meter, zone, a));
}
