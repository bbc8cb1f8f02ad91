#include "SessionRepository.h"

#include "Database.h"
#include "SqlRun.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kSessionColumns = QStringLiteral("id, source, start_t, end_t, last_t, energy_wh, cost_milli");
const QString kStateColumns =
    QStringLiteral("session_source, session_start, session_last_t, session_energy_wh, session_cost_milli,"
                   " pending_source, pending_since, held_wh, held_cost_milli, last_t");

SourceSession sessionFromQuery(const QSqlQuery &q)
{
    SourceSession s;
    s.id = q.value(0).toLongLong();
    s.source = powerSourceFromInt(q.value(1).toInt());
    s.start = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        s.end = q.value(3).toLongLong();
    s.lastTime = q.value(4).isNull() ? (s.end ? *s.end : s.start) : q.value(4).toLongLong();
    s.energyWh = q.value(5).toLongLong();
    s.costMilli = q.value(6).toLongLong();
    return s;
}

// Reads kStateColumns starting at column `first`.
SourceSessionState stateFromQuery(const QSqlQuery &q, int first)
{
    SourceSessionState st;
    if (!q.value(first).isNull()) {
        SourceSession s;
        s.source = powerSourceFromInt(q.value(first).toInt());
        s.start = q.value(first + 1).toLongLong();
        s.lastTime = q.value(first + 2).toLongLong();
        s.energyWh = q.value(first + 3).toLongLong();
        s.costMilli = q.value(first + 4).toLongLong();
        st.current = s;
    }
    if (!q.value(first + 5).isNull()) {
        st.pendingSource = powerSourceFromInt(q.value(first + 5).toInt());
        st.pendingSince = q.value(first + 6).toLongLong();
    }
    st.heldWh = q.value(first + 7).toLongLong();
    st.heldCostMilli = q.value(first + 8).toLongLong();
    st.lastTime = q.value(first + 9).toLongLong();
    return st;
}

void bindState(QSqlQuery &q, const SourceSessionState &st)
{
    const std::optional<SourceSession> &c = st.current;
    q.addBindValue(c ? QVariant(static_cast<int>(c->source)) : QVariant());
    q.addBindValue(c ? QVariant(c->start) : QVariant());
    q.addBindValue(c ? QVariant(c->lastTime) : QVariant());
    q.addBindValue(c ? QVariant(c->energyWh) : QVariant());
    q.addBindValue(c ? QVariant(c->costMilli) : QVariant());
    const bool pending = st.pendingSource != PowerSource::Unknown;
    q.addBindValue(pending ? QVariant(static_cast<int>(st.pendingSource)) : QVariant());
    q.addBindValue(pending ? QVariant(st.pendingSince) : QVariant());
    q.addBindValue(st.heldWh);
    q.addBindValue(st.heldCostMilli);
    q.addBindValue(st.lastTime);
}

} // namespace

SessionRepository::SessionRepository(Database &db)
    : m_db(db)
{}

Result<QList<SourceSession>> SessionRepository::sessions(qint64 meterId, qint64 from, qint64 to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // A meter's sessions follow one another: of those that started before `from`, only the
    // last can reach into the window. Looking for it through the (meter_id, start_t) key
    // keeps the cost to the window's sessions; "start_t < to AND end_t > from" alone reads
    // every session since the first.
    q.prepare(QStringLiteral("SELECT * FROM (SELECT %1 FROM source_sessions WHERE meter_id = :m"
                             " AND start_t < :from ORDER BY start_t DESC LIMIT 1)"
                             " WHERE end_t IS NULL OR end_t > :from"
                             " UNION ALL SELECT %1 FROM source_sessions WHERE meter_id = :m"
                             " AND start_t >= :from AND start_t < :to AND (end_t IS NULL OR end_t > :from)"
                             " ORDER BY start_t")
                  .arg(kSessionColumns));
    q.bindValue(QStringLiteral(":m"), meterId);
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    return SqlRun::collect<SourceSession>(q, sessionFromQuery);
}

std::optional<SourceSession> SessionRepository::currentSession(qint64 meterId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
                  // The open session is the latest one: never a walk back through closed ones.
                  "SELECT * FROM (SELECT %1 FROM source_sessions WHERE meter_id = ? ORDER BY start_t DESC"
                  " LIMIT 1) WHERE end_t IS NULL")
                  .arg(kSessionColumns));
    q.addBindValue(meterId);
    if (q.exec() && q.next())
        return sessionFromQuery(q);
    return std::nullopt;
}

Status SessionRepository::forEachStarted(qint64 meterId, qint64 from, qint64 to,
                                         const std::function<bool(const SourceSession &)> &row) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM source_sessions"
                             " WHERE meter_id = ? AND start_t >= ? AND start_t < ? ORDER BY start_t, source")
                  .arg(kSessionColumns));
    return SqlRun::forEachInWindow(q, meterId, from, to,
                                   [&row](const QSqlQuery &r) { return row(sessionFromQuery(r)); });
}

Status SessionRepository::saveSession(qint64 meterId, const SourceSession &s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO source_sessions (meter_id, source, start_t, end_t, last_t, energy_wh, cost_milli)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (meter_id, start_t) DO UPDATE SET source = "
        "excluded.source,"
        " end_t = excluded.end_t, last_t = excluded.last_t, energy_wh = excluded.energy_wh,"
        " cost_milli = excluded.cost_milli"));
    q.addBindValue(meterId);
    q.addBindValue(static_cast<int>(s.source));
    q.addBindValue(s.start);
    q.addBindValue(s.end ? QVariant(*s.end) : QVariant());
    q.addBindValue(s.lastTime);
    q.addBindValue(s.energyWh);
    q.addBindValue(s.costMilli);
    return SqlRun::exec(q);
}

std::optional<SourceSessionState> SessionRepository::state(qint64 meterId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM source_session_state WHERE meter_id = ?").arg(kStateColumns));
    q.addBindValue(meterId);
    if (q.exec() && q.next())
        return stateFromQuery(q, 0);
    return std::nullopt;
}

Status SessionRepository::saveState(qint64 meterId, const SourceSessionState &state)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO source_session_state (meter_id, %1)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kStateColumns));
    q.addBindValue(meterId);
    bindState(q, state);
    return SqlRun::exec(q);
}

Status SessionRepository::saveMark(qint64 meterId, const QDate &day, const SourceSessionState &state)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO source_session_marks (meter_id, day, %1)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kStateColumns));
    q.addBindValue(meterId);
    q.addBindValue(day.toJulianDay());
    bindState(q, state);
    return SqlRun::exec(q);
}

std::optional<SourceSessionState> SessionRepository::markFrom(qint64 meterId, const QDate &day) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM source_session_marks WHERE meter_id = ? AND day >= ?"
                             " ORDER BY day LIMIT 1")
                  .arg(kStateColumns));
    q.addBindValue(meterId);
    q.addBindValue(day.toJulianDay());
    if (q.exec() && q.next())
        return stateFromQuery(q, 0);
    return std::nullopt;
}

Status SessionRepository::rewindTo(qint64 meterId, const QDate &day, const SourceSessionState &state)
{
    QSqlQuery marks(m_db.connection());
    marks.prepare(QStringLiteral("DELETE FROM source_session_marks WHERE meter_id = ? AND day >= ?"));
    marks.addBindValue(meterId);
    marks.addBindValue(day.toJulianDay());
    if (Status done = SqlRun::exec(marks); !done)
        return done;
    // Sessions start strictly one after another, so "after the open one" is "later start".
    QSqlQuery later(m_db.connection());
    later.prepare(QStringLiteral("DELETE FROM source_sessions WHERE meter_id = ? AND start_t > ?"));
    later.addBindValue(meterId);
    later.addBindValue(state.current ? state.current->start : std::numeric_limits<qint64>::min());
    if (Status done = SqlRun::exec(later); !done)
        return done;
    if (state.current) {
        SourceSession open = *state.current;
        open.end.reset();
        if (Status saved = saveSession(meterId, open); !saved)
            return saved;
    }
    return saveState(meterId, state);
}
