#pragma once

#include "ExportCell.h"
#include "ExportRow.h"
#include "alerts/Alert.h"
#include "model/Meter.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

// An entry of the alert log as the CSV export streams it.
struct AlertRecord
{
    qint64 time = 0; // UTC seconds
    QString kind;
    QString message;
};

// The row type of the alert log (see ExportRow): meter, time, kind, message (kind as its
// stable name, time as ISO 8601 in the meter's zone). JSON-only: `severity`, which
// `kilowatch-cli alerts --json` (and `poll`'s `alerts`) always gave and the CSV never had.
class AlertColumns
{
public:
    static const QStringList &names();
    static QList<ExportCell> cells(const QString &meter, const QTimeZone &zone, const AlertRecord &a);
    static const QStringList &jsonOnlyNames();
    static ExportRow row(const Meter &meter, const Alert &alert);
};
