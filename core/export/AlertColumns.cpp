#include "AlertColumns.h"

#include "model/TimeFormat.h"

const QStringList &AlertColumns::names()
{
    static const QStringList columns = {QStringLiteral("meter"), QStringLiteral("time"),
                                        QStringLiteral("kind"), QStringLiteral("message"),
                                        QStringLiteral("severity")};
    return columns;
}

QJsonObject AlertColumns::toJson(const QString &meterName, const QTimeZone &zone, const Alert &alert)
{
    // The title only repeats the kind and the meter; the message is the alert's text.
    return QJsonObject{{QStringLiteral("meter"), meterName},
                       {QStringLiteral("time"), TimeFormat::iso(alert.time, zone)},
                       {QStringLiteral("kind"), alert.kindName()},
                       {QStringLiteral("message"), alert.message},
                       {QStringLiteral("severity"), alert.severityName()}};
}
