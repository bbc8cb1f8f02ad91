#pragma once

#include "analytics/SupplyTimeline.h"
#include "model/Result.h"

#include <QList>

class Database;

// What the raw readings say about the supply, for the timeline and the indicator: where the
// meter read no load (outages) and where readings are missing (gaps). Both are answered by
// SQLite's window functions, so a year of 30 s readings is scanned without being loaded.
class SupplyRepository
{
public:
    explicit SupplyRepository(Database &db);

    // Stretches in [from, to) where the meter read a load of 0 W: from the first such reading to
    // the next reading with a load (or to the last reading when none came yet). A reading
    // without a load figure neither starts nor ends one.
    Result<QList<TimeStretch>> outages(qint64 meterId, qint64 from, qint64 to) const;
    // Stretches in [from, to) between consecutive readings further apart than `gapLimitSeconds`,
    // the reading before `from` included; and from the last reading to `to` when that is longer.
    Result<QList<TimeStretch>> gaps(qint64 meterId, qint64 from, qint64 to, qint64 gapLimitSeconds) const;

private:
    Database &m_db;
};
