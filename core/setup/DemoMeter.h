#pragma once

#include "model/Meter.h"
#include "model/Result.h"

#include <functional>
#include <optional>

class Database;

// The embedded default: on first start with an empty database, a "Demo meter" on the
// simulator with 30 days of history, so every chart has data at once.
class DemoMeter
{
public:
    static constexpr int kHistoryDays = 30;
    static QString defaultName();

    // Creates the meter (without history) when the database has no meter at all; returns it,
    // or nullopt when meters exist already.
    static Result<std::optional<Meter>> createIfEmpty(Database &db, qint64 now);
    // Fills the demo meter's history up to `now` (safe to repeat: stored readings are kept).
    // Once `cancelled` says true (quitting during the first start), nothing of the history is
    // kept and the demo meter is removed again, so the next start is a first start once more.
    static Status backfill(Database &db, const Meter &meter, qint64 now,
                           const std::function<bool()> &cancelled = {});
};
