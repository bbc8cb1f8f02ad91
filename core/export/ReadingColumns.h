#pragma once

#include "ExportCell.h"
#include "ExportRow.h"
#include "model/Meter.h"
#include "model/Reading.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

// The row type of a reading (see ExportRow), shared by `kilowatch-cli readings --json` and the
// CSV export: meter, time, balance, grid_kwh, generator_kwh, load_kw, source. Unknown values
// are null (never 0). No JSON-only keys.
class ReadingColumns
{
public:
    static const QStringList &names();
    // The row as typed cells, in names() order: the one definition both outputs use.
    static QList<ExportCell> cells(const QString &meterName, const QTimeZone &zone, const Reading &reading);
    static ExportRow row(const Meter &meter, const Reading &reading);
};
