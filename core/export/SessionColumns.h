#pragma once

#include "ExportCell.h"
#include "ExportRow.h"
#include "analytics/SourceSession.h"
#include "model/Meter.h"

#include <QStringList>
#include <QTimeZone>

#include <optional>

// The row type of a grid or generator session (see ExportRow), shared by
// `kilowatch-cli sessions --json` and the CSV export: meter, source, start, end, duration_s,
// kwh, cost, avg_kw. No JSON-only keys.
//
// An open session (the one still running) has `end` empty (null): it has not ended. Its
// `duration_s`, `kwh`, `cost` and `avg_kw` are what it holds so far, all up to the same
// moment, its last reading (never the wall clock): so the same database exports the same
// row at any hour, and kwh / duration_s is avg_kw for an open session as for a closed one.
class SessionColumns
{
public:
    static const QStringList &names();
    static QList<ExportCell> cells(const QString &meter, const QTimeZone &zone, const SourceSession &s);
    static ExportRow row(const Meter &meter, const SourceSession &s);
    // Average power in W over the session so far; unknown when it lasted no time.
    static std::optional<qint64> averageW(const SourceSession &s);
};
