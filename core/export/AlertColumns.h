#pragma once

#include "alerts/Alert.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

// The public column set of an alert, shared by `kilowatch-cli alerts --json` and the CSV
// export: meter, time, kind, message, severity (kind and severity as their stable names, time
// as ISO 8601 in the meter's zone).
class AlertColumns
{
public:
    static const QStringList &names();
    static QJsonObject toJson(const QString &meterName, const QTimeZone &zone, const Alert &alert);
};
