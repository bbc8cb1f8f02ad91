#include "ReadingRepository.h"

#include "BalanceQuarters.h"
#include "Database.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReadingRepository)
};

const QString kColumns =
    QStringLiteral("t, fetch_delay, balance_milli, grid_wh, generator_wh, load_w, source");

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<qint64> optionalFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

Reading readingFromQuery(const QSqlQuery &q)
{
    Reading r;
    r.time = q.value(0).toLongLong();
    r.fetchedAt = r.time + q.value(1).toLongLong();
    r.balanceMilli = optionalFrom(q.value(2));
    r.gridWh = optionalFrom(q.value(3));
    r.generatorWh = optionalFrom(q.value(4));
    r.loadW = optionalFrom(q.value(5));
    r.source = powerSourceFromInt(q.value(6).toInt());
    return r;
}

} // namespace

ReadingRepository::ReadingRepository(Database &db)
    : m_db(db)
{}

Result<InsertStats> ReadingRepository::insert(qint64 meterId, const QList<Reading> &readings)
{
    if (readings.isEmpty())
        return InsertStats{};
    int i = 0;
    return insert(meterId, [&readings, &i]() -> std::optional<Reading> {
        if (i >= readings.size())
            return std::nullopt;
        return readings.at(i++);
    });
}

Result<InsertStats> ReadingRepository::insert(qint64 meterId,
                                              const std::function<std::optional<Reading>()> &next)
{
    using R = Result<InsertStats>;
    InsertStats stats;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.errorKind(), Tr::tr("Could not start writing readings: %1").arg(tx.error()));
    QSqlQuery q(m_db.connection());
    // ON CONFLICT DO NOTHING: a record the provider repeats is stored once (portable upsert).
    if (!q.prepare(QStringLiteral("INSERT INTO readings (meter_id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                  " ON CONFLICT (meter_id, t) DO NOTHING")
                       .arg(kColumns)))
        return R::failure(StorageError::kindOf(q.lastError()),
                          Tr::tr("Could not prepare writing readings: %1").arg(q.lastError().text()));
    // The balance per quarter hour goes with the rows, in the same transaction (see balanceSlots).
    BalanceQuarters::Writer quarters(m_db, meterId);
    while (const std::optional<Reading> item = next()) {
        const Reading &r = *item;
        q.bindValue(0, meterId);
        q.bindValue(1, r.time);
        q.bindValue(2, r.fetchedAt - r.time);
        q.bindValue(3, optionalValue(r.balanceMilli));
        q.bindValue(4, optionalValue(r.gridWh));
        q.bindValue(5, optionalValue(r.generatorWh));
        q.bindValue(6, optionalValue(r.loadW));
        q.bindValue(7, static_cast<int>(r.source));
        if (!q.exec())
            return R::failure(StorageError::kindOf(q.lastError()),
                              Tr::tr("Could not store the reading of %1: %2")
                                  .arg(QDateTime::fromSecsSinceEpoch(r.time, Qt::UTC).toString(Qt::ISODate),
                                       q.lastError().text()));
        if (q.numRowsAffected() > 0) {
            ++stats.inserted;
            if (Status kept = quarters.add(r.time, r.balanceMilli); !kept)
                return R::failure(kept.errorKind(),
                                  Tr::tr("Could not store the readings: %1").arg(kept.error()));
        } else {
            ++stats.duplicates;
        }
    }
    if (Status kept = quarters.flush(); !kept)
        return R::failure(kept.errorKind(), Tr::tr("Could not store the readings: %1").arg(kept.error()));
    if (stats.inserted > 0) {
        // The count goes with the rows, in the same transaction (see count()).
        QSqlQuery counted(m_db.connection());
        counted.prepare(QStringLiteral("INSERT INTO reading_counts (meter_id, n) VALUES (?, ?)"
                                       " ON CONFLICT (meter_id) DO UPDATE SET n = n + excluded.n"));
        counted.addBindValue(meterId);
        counted.addBindValue(stats.inserted);
        if (!counted.exec())
            return R::failure(StorageError::kindOf(counted.lastError()),
                              Tr::tr("Could not store the readings: %1").arg(counted.lastError().text()));
    }
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.errorKind(),
                          Tr::tr("Could not store the readings: %1").arg(committed.error()));
    return stats;
}

Status ReadingRepository::forEachInRange(qint64 meterId, qint64 from, qint64 to,
                                         const std::function<bool(const Reading &)> &visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM readings WHERE meter_id = ? AND t >= ? AND t < ? ORDER BY t")
                  .arg(kColumns));
    q.addBindValue(meterId);
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()),
                               Tr::tr("Could not read the readings: %1").arg(q.lastError().text()));
    while (q.next()) {
        if (!visit(readingFromQuery(q)))
            return {};
    }
    // next() is false at the end and on a failure half-way (a damaged page): only the end is ok.
    if (q.lastError().isValid())
        return Status::failure(StorageError::kindOf(q.lastError()),
                               Tr::tr("Could not read the readings: %1").arg(q.lastError().text()));
    return {};
}

Result<QList<Reading>> ReadingRepository::range(qint64 meterId, qint64 from, qint64 to) const
{
    QList<Reading> readings;
    const Status status = forEachInRange(meterId, from, to, [&readings](const Reading &r) {
        readings.append(r);
        return true;
    });
    if (!status)
        return Result<QList<Reading>>::failure(status.typedError());
    return readings;
}

Result<QList<BalanceSlot>> ReadingRepository::balanceSlots(qint64 meterId, qint64 from, qint64 to,
                                                           qint64 origin, qint64 slotSeconds) const
{
    using R = Result<QList<BalanceSlot>>;
    if (slotSeconds < 1 || slotSeconds > (qint64(1) << 20) || origin > from)
        return R::failure(QStringLiteral("balanceSlots: slot or origin out of range"));
    constexpr qint64 kQuarter = BalanceQuarters::kSeconds;
    // Slots of whole quarter hours from a quarter-hour origin are unions of quarters: the
    // whole quarters inside the window come from balance_quarter, the edges from the readings.
    if (slotSeconds % kQuarter != 0 || BalanceQuarters::quarterOf(origin) * kQuarter != origin)
        return balanceSlotsFromReadings(meterId, from, to, origin, slotSeconds);
    const qint64 first = -BalanceQuarters::quarterOf(-from); // the first quarter starting at or after `from`
    const qint64 end = BalanceQuarters::quarterOf(to);       // ... and the first one not ending by `to`
    if (first >= end)
        return balanceSlotsFromReadings(meterId, from, to, origin, slotSeconds);
    QList<BalanceSlot> found;
    // In time order, a slot spanning two parts merged: the first part's open, the last's close.
    const auto append = [&found](const QList<BalanceSlot> &part) {
        for (const BalanceSlot &s : part) {
            if (!found.isEmpty() && found.constLast().index == s.index) {
                BalanceSlot &last = found.last();
                last.closeMilli = s.closeMilli;
                last.minMilli = std::min(last.minMilli, s.minMilli);
                last.maxMilli = std::max(last.maxMilli, s.maxMilli);
            } else {
                found.append(s);
            }
        }
    };
    if (from < first * kQuarter) {
        R head = balanceSlotsFromReadings(meterId, from, first * kQuarter, origin, slotSeconds);
        if (!head)
            return head;
        append(head.value());
    }
    const R whole = BalanceQuarters::readSlots(m_db, meterId, first, end, origin, slotSeconds);
    if (!whole)
        return R::failure(whole.errorKind(), Tr::tr("Could not read the balances: %1").arg(whole.error()));
    append(whole.value());
    if (end * kQuarter < to) {
        R tail = balanceSlotsFromReadings(meterId, end * kQuarter, to, origin, slotSeconds);
        if (!tail)
            return tail;
        append(tail.value());
    }
    return found;
}

Result<QList<BalanceSlot>> ReadingRepository::balanceSlotsFromReadings(qint64 meterId, qint64 from, qint64 to,
                                                                       qint64 origin,
                                                                       qint64 slotSeconds) const
{
    using R = Result<QList<BalanceSlot>>;
    if (slotSeconds < 1 || slotSeconds > (qint64(1) << 20) || origin > from)
        return R::failure(QStringLiteral("balanceSlots: slot or origin out of range"));
    // A slot's first and last balance come out of min() and max() over one packed number
    // (BalanceQuarters::kPackShift): one pass over the key range, no sort of the readings.
    constexpr qint64 kShift = BalanceQuarters::kPackShift;
    constexpr qint64 kBias = BalanceQuarters::kPackBias;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT (t - :o) / :s AS slot,"
                             " min(((t - :o) % :s) * :shift + balance_milli + :bias),"
                             " max(((t - :o) % :s) * :shift + balance_milli + :bias),"
                             " min(balance_milli), max(balance_milli)"
                             " FROM readings WHERE meter_id = :m AND t >= :f AND t < :t"
                             " AND balance_milli BETWEEN :low AND :high"
                             " GROUP BY slot ORDER BY slot"));
    q.bindValue(QStringLiteral(":o"), origin);
    q.bindValue(QStringLiteral(":s"), slotSeconds);
    q.bindValue(QStringLiteral(":shift"), kShift);
    q.bindValue(QStringLiteral(":bias"), kBias);
    q.bindValue(QStringLiteral(":m"), meterId);
    q.bindValue(QStringLiteral(":f"), from);
    q.bindValue(QStringLiteral(":t"), to);
    q.bindValue(QStringLiteral(":low"), -kReadingValueLimit);
    q.bindValue(QStringLiteral(":high"), kReadingValueLimit);
    if (!q.exec())
        return R::failure(StorageError::kindOf(q.lastError()),
                          Tr::tr("Could not read the balances: %1").arg(q.lastError().text()));
    R found = BalanceQuarters::slotsOf(q);
    if (!found)
        return R::failure(found.errorKind(), Tr::tr("Could not read the balances: %1").arg(found.error()));
    return found;
}

std::optional<Reading> ReadingRepository::single(const QString &sql, qint64 meterId,
                                                 std::optional<qint64> time) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql.arg(kColumns));
    q.addBindValue(meterId);
    if (time)
        q.addBindValue(*time);
    if (q.exec() && q.next())
        return readingFromQuery(q);
    return std::nullopt;
}

std::optional<Reading> ReadingRepository::latest(qint64 meterId) const
{
    return single(QStringLiteral("SELECT %1 FROM readings WHERE meter_id = ? ORDER BY t DESC LIMIT 1"),
                  meterId, std::nullopt);
}

std::optional<Reading> ReadingRepository::earliest(qint64 meterId) const
{
    return single(QStringLiteral("SELECT %1 FROM readings WHERE meter_id = ? ORDER BY t LIMIT 1"), meterId,
                  std::nullopt);
}

std::optional<Reading> ReadingRepository::latestBefore(qint64 meterId, qint64 time) const
{
    return single(
        QStringLiteral("SELECT %1 FROM readings WHERE meter_id = ? AND t < ? ORDER BY t DESC LIMIT 1"),
        meterId, time);
}

std::optional<Reading> ReadingRepository::earliestAfter(qint64 meterId, qint64 time) const
{
    return single(QStringLiteral("SELECT %1 FROM readings WHERE meter_id = ? AND t > ? ORDER BY t LIMIT 1"),
                  meterId, time);
}

qint64 ReadingRepository::count(qint64 meterId) const
{
    QSqlQuery q(m_db.connection());
    // Kept by insert() (readings are only ever inserted, or removed with their meter): a
    // count(*) would read every reading the meter has.
    q.prepare(QStringLiteral("SELECT n FROM reading_counts WHERE meter_id = ?"));
    q.addBindValue(meterId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool ReadingRepository::hasCounters(qint64 meterId) const
{
    QSqlQuery q(m_db.connection());
    // Only the latest readings are looked at: a money-only meter polled every 30 s would
    // otherwise be scanned whole (a year is a million rows) each time the dialog opens.
    q.prepare(QStringLiteral("SELECT 1 FROM (SELECT grid_wh, generator_wh FROM readings WHERE meter_id = ?"
                             " ORDER BY t DESC LIMIT 1000)"
                             " WHERE grid_wh IS NOT NULL OR generator_wh IS NOT NULL LIMIT 1"));
    q.addBindValue(meterId);
    return q.exec() && q.next();
}

bool ReadingRepository::exists(qint64 meterId, qint64 time) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM readings WHERE meter_id = ? AND t = ?"));
    q.addBindValue(meterId);
    q.addBindValue(time);
    return q.exec() && q.next();
}

std::optional<qint64> ReadingRepository::sourceSince(qint64 meterId, qint64 notBefore) const
{
    const std::optional<Reading> last = latest(meterId);
    if (!last || last->source == PowerSource::Unknown)
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT min(t) FROM readings WHERE meter_id = :m AND t >= :floor AND t > coalesce("
                       "(SELECT max(t) FROM readings WHERE meter_id = :m AND t >= :floor AND source <> :s),"
                       " :before)"));
    q.bindValue(QStringLiteral(":m"), meterId);
    q.bindValue(QStringLiteral(":floor"), notBefore);
    q.bindValue(QStringLiteral(":s"), static_cast<int>(last->source));
    q.bindValue(QStringLiteral(":before"), notBefore - 1);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}
