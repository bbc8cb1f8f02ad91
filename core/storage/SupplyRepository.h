#pragma once

#include "analytics/TimeStretch.h"
#include "model/Meter.h"
#include "model/Result.h"

#include <QList>

class Database;

// What the raw readings say about the supply, for the timeline and the indicator: where the
// meter read no load (outages) and where readings are missing (gaps). Neither scans a year of
// readings: outages start from the zero-load readings alone, and gaps are looked for only in
// the local days whose rollup books a gap (or that have no rollup).
class SupplyRepository
{
public:
    explicit SupplyRepository(Database &db);

    // Stretches in [from, to) where the meter read a load of 0 W: from the first such reading to
    // the next reading with a load (or to the last zero reading when none came yet). A reading
    // without a load figure neither starts nor ends one.
    Result<QList<TimeStretch>> outages(qint64 meterId, qint64 from, qint64 to) const;
    // Stretches overlapping [from, to) between consecutive readings of `meter` further apart
    // than `gapLimitSeconds` (the earlier one may lie before `from`), and from the last reading
    // before `to` to `to` when that is longer; cut to start at `from`.
    Result<QList<TimeStretch>> gaps(const Meter &meter, qint64 from, qint64 to, qint64 gapLimitSeconds) const;

private:
    Database &m_db;
};
