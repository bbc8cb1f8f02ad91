#pragma once

#include "model/Meter.h"
#include "model/Reading.h"
#include "model/Result.h"

#include <QDate>
#include <QList>

#include <functional>
#include <optional>

class Database;
class Tariff;

struct IngestStats
{
    int inserted = 0;
    int duplicates = 0;
    int recharges = 0;                 // recharges booked (detected, or known ones tied to a rise)
    std::optional<qint64> rebuiltFrom; // set when older data arrived and a rebuild ran
};

// The one way readings enter the store: raw rows plus everything derived from them (hour and
// day rollups, recharges, power-source sessions), in one transaction. Newer readings are derived
// incrementally; readings older than the newest stored one trigger an exact rebuild from
// their local day on, so live polling, backfills, imports and corrections all end in the
// same numbers.
class ReadingIngestor
{
public:
    explicit ReadingIngestor(Database &db);

    // Any order; duplicates of stored readings are skipped and counted.
    Result<IngestStats> ingest(const Meter &meter, const QList<Reading> &readings);
    // Sorted by time, oldest first (simulator history, imports): one pass, constant memory.
    Result<IngestStats> ingestSorted(const Meter &meter, const std::function<std::optional<Reading>()> &next);
    // Recomputes everything derived from the local day containing `from` on (default: all).
    Status rebuild(const Meter &meter, std::optional<qint64> from = std::nullopt);
    // Stores a tariff version (TariffRepository) and derives again from its first local day,
    // since estimates from then on depend on it; one transaction.
    Status setTariff(const Meter &meter, const QDate &validFrom, const Tariff &tariff);
    // Rebuilds a meter whose rollups predate this version's rules (after an upgrade).
    Status ensureRollups(const Meter &meter);

    // 2: power-source sessions and recharges tied to intervals are derived too.
    // 3: detected recharges are the round amount paid where one is within the estimate's
    //    error, and keep their estimate (schema 7).
    static constexpr int kRollupVersion = 3;

private:
    Database &m_db;
};
