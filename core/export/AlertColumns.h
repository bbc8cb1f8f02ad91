#pragma once

#include "ExportCell.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

// An entry of the alert log.
struct AlertRecord
{
    qint64 time = 0; // UTC seconds
    QString kind;
    QString message;
};

// The public column set of the alert log: meter, time, kind, message.
class AlertColumns
{
public:
    static const QStringList &names();
    static QList<ExportCell> cells(const QString &meter, const QTimeZone &zone, const AlertRecord &a);
    static QJsonObject toJson(const QString &meter, const QTimeZone &zone, const AlertRecord &a);
};
