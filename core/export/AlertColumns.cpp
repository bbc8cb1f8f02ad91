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

const QStringList &AlertColumns::jsonOnlyNames()
{
    static const QStringList keys = {QStringLiteral("severity")};
    return keys;
}

ExportRow AlertColumns::row(const Meter &meter, const Alert &alert)
{
    // The title only repeats the kind and the meter; the message is the alert's text.
    ExportRow row(names(),
                  cells(meter.name, QTimeZone(meter.timezone.toUtf8()),
                        AlertRecord{alert.time, alert.kindName(), alert.message}),
                  ExportRow::moneyDigits(meter));
    row.addJsonOnly(QStringLiteral("severity"), alert.severityName());
    return row;
}
