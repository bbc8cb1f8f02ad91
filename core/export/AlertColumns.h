#pragma once

#include "ExportCell.h"
#include "alerts/Alert.h"

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

// The public column set of the alert log: meter, time, kind, message (kind as its stable
// name, time as ISO 8601 in the meter's zone). `kilowatch-cli alerts --json` gives the same
// keys plus `severity`.
class AlertColumns
{
public:
    static const QStringList &names();
    static QList<ExportCell> cells(const QString &meter, const QTimeZone &zone, const AlertRecord &a);
    static QJsonObject toJson(const QString &meter, const QTimeZone &zone, const AlertRecord &a);
    static QJsonObject toJson(const QString &meter, const QTimeZone &zone, const Alert &alert);
};
