#pragma once

#include "model/Result.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

class Database;
struct BalanceSlot;

// The balance per quarter hour of UTC (table balance_quarter, schema 10): the first and last
// reading with a balance in the quarter (offsets in it and balances), the lowest and the
// highest. Quarter q covers [q * 900, (q + 1) * 900). Every UTC offset in use is a whole
// number of quarter hours (+5:30 India, +5:45 Nepal, +12:45 Chatham), so every local midnight
// and every grouping of whole quarter hours counted from it is a union of quarters: the
// balance chart reads one row per quarter instead of one per reading, for any meter's zone.
class BalanceQuarters
{
public:
    static constexpr qint64 kSeconds = 900;
    // A reading's offset in its slot (below 2^20 s) packed above its balance biased to be
    // positive (below 2^42): min() and max() over the one number give a slot's first and last
    // balance in one pass, without sorting (the raw query and the quarters' share it).
    static constexpr qint64 kPackShift = qint64(1) << 42;
    static constexpr qint64 kPackBias = qint64(1) << 41; // > kReadingValueLimit

    // The rows of a query selecting (slot, packed first, packed last, lowest, highest), in order.
    static Result<QList<BalanceSlot>> slotsOf(QSqlQuery &q);

    static qint64 quarterOf(qint64 time);

    // Folds the readings one insert writes into their quarters; flush() writes them (in the
    // caller's transaction). Any order: a reading before a quarter's first one becomes its
    // first.
    class Writer
    {
    public:
        Writer(Database &db, qint64 meterId);
        // Only balances within +-kReadingValueLimit count (as the raw query counts them).
        Status add(qint64 time, std::optional<qint64> balanceMilli);
        Status flush();

    private:
        Database &m_db;
        qint64 m_meterId;
        std::optional<QSqlQuery> m_upsert;
        bool m_pending = false;
        qint64 m_quarter = 0;
        qint64 m_openAt = 0;
        qint64 m_open = 0;
        qint64 m_closeAt = 0;
        qint64 m_close = 0;
        qint64 m_min = 0;
        qint64 m_max = 0;
    };

    // Derives the quarters from `time`'s quarter on again from the stored readings (exact,
    // whatever was kept before).
    static Status rebuildFrom(Database &db, qint64 meterId, qint64 time);

    // The slots of ReadingRepository::balanceSlots over whole quarters firstQuarter <= q <
    // endQuarter; `origin` and `slotSeconds` must be whole quarters (then every slot is a
    // union of quarters).
    static Result<QList<BalanceSlot>> readSlots(Database &db, qint64 meterId, qint64 firstQuarter,
                                                qint64 endQuarter, qint64 origin, qint64 slotSeconds);
};
