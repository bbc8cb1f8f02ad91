#pragma once

#include <functional>

#include "analytics/ReadingIngestor.h"
#include "model/Meter.h"
#include "model/Result.h"

class Database;

// Writes a simulator meter's history straight into the store, as fast as SQLite takes it
// (one transaction, streamed: a year of 30 s readings never sits in memory at once).
class SimulatorBackfill
{
public:
    // Prepares `meter` for a history of `days` days ending at `now`: on a meter without
    // readings the simulated meter's origin moves back so the history exists; `seed`, when
    // given, must match the meter's seed unless the meter is empty. Saves the settings.
    static Result<Meter> prepare(Database &db, Meter meter, int days, std::optional<quint64> seed,
                                 qint64 now);
    // Stores every simulated record with from <= time < to, with everything derived from it.
    // `cancelled`, asked before each simulated day: once it says true, nothing of this run is
    // stored (rolled back) and the result is a failure.
    static Result<IngestStats> run(Database &db, const Meter &meter, qint64 from, qint64 to,
                                   const std::function<bool()> &cancelled = {});
};
