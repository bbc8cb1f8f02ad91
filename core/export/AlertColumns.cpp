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

QJsonObject AlertColumns::toJson(const QString &meter, const QTimeZone &zone, const Alert &alert)
{
    // The title only repeats the kind and the meter; the message is the alert's text.
    QJsonObject row = toJson(meter, zone, AlertRecord{alert.time, alert.kindName(), alert.message});
    row.insert(QStringLiteral("severity"), alert.severityName());
    return row;
}
