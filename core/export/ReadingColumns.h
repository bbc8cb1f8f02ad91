#pragma once

#include "model/Reading.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

// The public column set of a reading, shared by `kilowatch-cli readings --json` and the CSV
// export: meter, time, balance, grid_kwh, generator_kwh, load_kw, source. Unknown values
// are null (never 0).
class ReadingColumns
{
public:
    static const QStringList &names();
    static QJsonObject toJson(const QString &meterName, const QTimeZone &zone, const Reading &reading);
};
