#pragma once

#include "ExportCell.h"
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
    // The row as typed cells, in names() order: the one definition both outputs use.
    static QList<ExportCell> cells(const QString &meterName, const QTimeZone &zone, const Reading &reading);
    static QJsonObject toJson(const QString &meterName, const QTimeZone &zone, const Reading &reading);
};
