#pragma once

#include "model/Reading.h"
#include "model/Result.h"

#include <QList>

#include <functional>

class Database;

// The balances of one slot of readings (see ReadingRepository::balanceSlots).
struct BalanceSlot
{
    qint64 index = 0;      // (time - origin) / slot length
    qint64 openMilli = 0;  // balance of the slot's first reading with a balance
    qint64 closeMilli = 0; // balance of its last one
    qint64 minMilli = 0;
    qint64 maxMilli = 0;
};

struct InsertStats
{
    int inserted = 0;
    int duplicates = 0; // same meter and provider time already stored: kept once
};

// Readings of all meters. Every batch is one transaction: it lands whole or not at all.
class ReadingRepository
{
public:
    explicit ReadingRepository(Database &db);

    Result<InsertStats> insert(qint64 meterId, const QList<Reading> &readings);
    // Pulls readings from `next` until it returns nullopt, all in one transaction, so a
    // million generated or imported rows need neither a list nor a commit each.
    Result<InsertStats> insert(qint64 meterId, const std::function<std::optional<Reading>()> &next);
    Result<InsertStats> insert(qint64 meterId, const Reading &reading)
    {
        return insert(meterId, QList<Reading>{reading});
    }

    // Readings with from <= time < to, oldest first.
    Result<QList<Reading>> range(qint64 meterId, qint64 from, qint64 to) const;
    // Streams the same rows without holding them all (export of years of data).
    Status forEachInRange(qint64 meterId, qint64 from, qint64 to,
                          const std::function<bool(const Reading &)> &visit) const;
    // The readings with a balance and from <= time < to, grouped by (time - origin) / slot
    // seconds (origin <= from; 1 <= slot <= 2^20 s), slots in order; slots without a balance
    // are left out. Aggregated by the database over the (meter, time) key: a chart's window is
    // as many rows as it has slots, however many readings it holds. Balances outside
    // +-kReadingValueLimit (refused on the way in) are not counted.
    // Slots of whole quarter hours counted from a quarter-hour origin (any grouping of 15, 30,
    // 60 ... minutes from a local midnight, in every zone in use) read the balance per quarter
    // hour (BalanceQuarters) and only the window's partial quarters from the readings: one row
    // per 15 minutes instead of 30. Other slots (1 to 14 minutes, ...) read the readings. The
    // answer is the same either way.
    Result<QList<BalanceSlot>> balanceSlots(qint64 meterId, qint64 from, qint64 to, qint64 origin,
                                            qint64 slotSeconds) const;
    // The same from the readings alone (the reference the quarters are tested against).
    Result<QList<BalanceSlot>> balanceSlotsFromReadings(qint64 meterId, qint64 from, qint64 to, qint64 origin,
                                                        qint64 slotSeconds) const;
    std::optional<Reading> latest(qint64 meterId) const;
    std::optional<Reading> earliest(qint64 meterId) const;
    // Latest reading strictly before `time`.
    std::optional<Reading> latestBefore(qint64 meterId, qint64 time) const;
    // Earliest reading strictly after `time`.
    std::optional<Reading> earliestAfter(qint64 meterId, qint64 time) const;
    qint64 count(qint64 meterId) const;
    bool exists(qint64 meterId, qint64 time) const;
    // Whether one of the meter's latest 1000 readings has a grid or generator counter (a bounded
    // look: the newest rows by the primary key, whatever the history's length).
    bool hasCounters(qint64 meterId) const;
    // Start of the current run of readings with the latest reading's power source, looking
    // back no further than `notBefore` (then the answer is `notBefore`'s first reading).
    std::optional<qint64> sourceSince(qint64 meterId, qint64 notBefore) const;

private:
    std::optional<Reading> single(const QString &sql, qint64 meterId, std::optional<qint64> time) const;

    Database &m_db;
};
