#include "BalanceQuarters.h"

#include "Database.h"
#include "ReadingRepository.h"
#include "StorageError.h"

#include <QSqlError>

namespace {

// The packing of an offset above a balance (see kPackShift in the header).
constexpr qint64 kShift = BalanceQuarters::kPackShift;
constexpr qint64 kBias = BalanceQuarters::kPackBias;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

Status failed(const QSqlQuery &q)
{
    return Status::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
}

} // namespace

qint64 BalanceQuarters::quarterOf(qint64 time)
{
    return floorDiv(time, kSeconds);
}

BalanceQuarters::Writer::Writer(Database &db, qint64 meterId)
    : m_db(db)
    , m_meterId(meterId)
{}

Status BalanceQuarters::Writer::add(qint64 time, std::optional<qint64> balanceMilli)
{
    if (!balanceMilli || *balanceMilli < -kReadingValueLimit || *balanceMilli > kReadingValueLimit)
        return {};
    const qint64 quarter = quarterOf(time);
    const qint64 at = time - quarter * kSeconds;
    const qint64 b = *balanceMilli;
    if (m_pending && quarter != m_quarter) {
        if (Status written = flush(); !written)
            return written;
    }
    if (!m_pending) {
        m_pending = true;
        m_quarter = quarter;
        m_openAt = m_closeAt = at;
        m_open = m_close = m_min = m_max = b;
        return {};
    }
    if (at < m_openAt) {
        m_openAt = at;
        m_open = b;
    }
    if (at > m_closeAt) {
        m_closeAt = at;
        m_close = b;
    }
    m_min = std::min(m_min, b);
    m_max = std::max(m_max, b);
    return {};
}

Status BalanceQuarters::Writer::flush()
{
    if (!m_pending)
        return {};
    m_pending = false;
    if (!m_upsert) {
        m_upsert.emplace(m_db.connection());
        // Every right-hand side reads the row as it was: the first and last move only for a
        // reading before the first or after the last.
        if (!m_upsert->prepare(QStringLiteral(
                "INSERT INTO balance_quarter (meter_id, q, open_at, open_milli, close_at, close_milli,"
                " min_milli, max_milli) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (meter_id, q) DO UPDATE SET"
                " open_milli = CASE WHEN excluded.open_at < open_at THEN excluded.open_milli"
                " ELSE open_milli END,"
                " open_at = min(open_at, excluded.open_at),"
                " close_milli = CASE WHEN excluded.close_at > close_at THEN excluded.close_milli"
                " ELSE close_milli END,"
                " close_at = max(close_at, excluded.close_at),"
                " min_milli = min(min_milli, excluded.min_milli),"
                " max_milli = max(max_milli, excluded.max_milli)")))
            return failed(*m_upsert);
    }
    QSqlQuery &q = *m_upsert;
    q.bindValue(0, m_meterId);
    q.bindValue(1, m_quarter);
    q.bindValue(2, m_openAt);
    q.bindValue(3, m_open);
    q.bindValue(4, m_closeAt);
    q.bindValue(5, m_close);
    q.bindValue(6, m_min);
    q.bindValue(7, m_max);
    if (!q.exec())
        return failed(q);
    return {};
}

Status BalanceQuarters::rebuildFrom(Database &db, qint64 meterId, qint64 time)
{
    const qint64 first = quarterOf(time);
    QSqlQuery clear(db.connection());
    clear.prepare(QStringLiteral("DELETE FROM balance_quarter WHERE meter_id = ? AND q >= ?"));
    clear.addBindValue(meterId);
    clear.addBindValue(first);
    if (!clear.exec())
        return failed(clear);
    // The readings are in (meter, t) order and t >= first * 900, so (t - start) / 900 is the
    // quarter's offset from `first` without a floor for negative times.
    QSqlQuery fill(db.connection());
    fill.prepare(QStringLiteral(
        "INSERT INTO balance_quarter (meter_id, q, open_at, open_milli, close_at, close_milli,"
        " min_milli, max_milli)"
        " SELECT :m, :first + k, f / :shift, f % :shift - :bias, l / :shift, l % :shift - :bias, lo, hi"
        " FROM (SELECT (t - :start) / 900 AS k,"
        "  min(((t - :start) % 900) * :shift + balance_milli + :bias) AS f,"
        "  max(((t - :start) % 900) * :shift + balance_milli + :bias) AS l,"
        "  min(balance_milli) AS lo, max(balance_milli) AS hi FROM readings"
        "  WHERE meter_id = :m AND t >= :start AND balance_milli BETWEEN :low AND :high"
        "  GROUP BY k)"));
    fill.bindValue(QStringLiteral(":m"), meterId);
    fill.bindValue(QStringLiteral(":first"), first);
    fill.bindValue(QStringLiteral(":start"), first * kSeconds);
    fill.bindValue(QStringLiteral(":shift"), kShift);
    fill.bindValue(QStringLiteral(":bias"), kBias);
    fill.bindValue(QStringLiteral(":low"), -kReadingValueLimit);
    fill.bindValue(QStringLiteral(":high"), kReadingValueLimit);
    if (!fill.exec())
        return failed(fill);
    return {};
}

Result<QList<BalanceSlot>> BalanceQuarters::readSlots(Database &db, qint64 meterId, qint64 firstQuarter,
                                                      qint64 endQuarter, qint64 origin, qint64 slotSeconds)
{
    using R = Result<QList<BalanceSlot>>;
    QList<BalanceSlot> found;
    if (firstQuarter >= endQuarter)
        return found;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // A quarter's first reading lies (q * 900 - origin) % slot + open_at seconds into its slot.
    q.prepare(QStringLiteral("SELECT (q * 900 - :o) / :s AS slot,"
                             " min(((q * 900 - :o) % :s + open_at) * :shift + open_milli + :bias),"
                             " max(((q * 900 - :o) % :s + close_at) * :shift + close_milli + :bias),"
                             " min(min_milli), max(max_milli)"
                             " FROM balance_quarter WHERE meter_id = :m AND q >= :a AND q < :b"
                             " GROUP BY slot ORDER BY slot"));
    q.bindValue(QStringLiteral(":o"), origin);
    q.bindValue(QStringLiteral(":s"), slotSeconds);
    q.bindValue(QStringLiteral(":shift"), kShift);
    q.bindValue(QStringLiteral(":bias"), kBias);
    q.bindValue(QStringLiteral(":m"), meterId);
    q.bindValue(QStringLiteral(":a"), firstQuarter);
    q.bindValue(QStringLiteral(":b"), endQuarter);
    if (!q.exec())
        return R::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    return slotsOf(q);
}

Result<QList<BalanceSlot>> BalanceQuarters::slotsOf(QSqlQuery &q)
{
    using R = Result<QList<BalanceSlot>>;
    QList<BalanceSlot> found;
    while (q.next()) {
        BalanceSlot slot;
        slot.index = q.value(0).toLongLong();
        slot.openMilli = q.value(1).toLongLong() % kShift - kBias;
        slot.closeMilli = q.value(2).toLongLong() % kShift - kBias;
        slot.minMilli = q.value(3).toLongLong();
        slot.maxMilli = q.value(4).toLongLong();
        found.append(slot);
    }
    if (q.lastError().isValid())
        return R::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    return found;
}
