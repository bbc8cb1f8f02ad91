#include "SourceSessionTracker.h"

#include "storage/SessionRepository.h"

#include <QTimeZone>

SourceSessionTracker::SourceSessionTracker(Database &db, const Meter &meter)
    : m_db(db)
    , m_meterId(meter.id)
    , m_calendar(QTimeZone(meter.timezone.toUtf8()))
    , m_state(SessionRepository(db).state(meter.id).value_or(SourceSessionState{}))
{
    if (m_state.lastTime != 0) {
        m_dayBegin = m_calendar.dayStart(m_state.lastTime - 1);
        m_dayEnd = m_calendar.nextDayStart(m_state.lastTime - 1);
    }
}

PowerSource SourceSessionTracker::evidence(const Reading &a, const Reading &b, const IntervalUsage &u)
{
    if (b.source == PowerSource::Unknown)
        return PowerSource::Unknown;
    const bool gridPair = a.gridWh && b.gridWh;
    const bool generatorPair = a.generatorWh && b.generatorWh;
    if (gridPair || generatorPair) {
        const bool moved = b.source == PowerSource::Grid ? gridPair && *b.gridWh > *a.gridWh
                                                         : generatorPair && *b.generatorWh > *a.generatorWh;
        return moved ? b.source : PowerSource::Unknown;
    }
    // No counters to confirm with: money being spent is the only sign that power flowed.
    const bool spent = u.costKnown && u.costMilli > 0 && !u.rechargeMilli;
    return spent ? b.source : PowerSource::Unknown;
}

void SourceSessionTracker::enterDayOf(qint64 time)
{
    if (time >= m_dayBegin && time < m_dayEnd)
        return;
    // The first interval of a local day: remember the state before it (a rebuild from this
    // day restarts from here).
    m_marks.append({m_calendar.localDate(time), m_state});
    m_dayBegin = m_calendar.dayStart(time);
    m_dayEnd = m_calendar.nextDayStart(time);
}

void SourceSessionTracker::add(const Reading &before, const Reading &after, const IntervalUsage &u)
{
    // Booked in the day of its last second, like the rollups.
    enterDayOf(u.end - 1);
    m_dirty = true;
    const qint64 wh = u.gridWh + u.generatorWh;
    SourceSessionState &st = m_state;
    if (st.current) {
        st.current->energyWh += wh;
        st.current->costMilli += u.costMilli;
        st.current->lastTime = u.end;
    }
    if (st.pendingSource != PowerSource::Unknown) {
        st.heldWh += wh;
        st.heldCostMilli += u.costMilli;
    }
    st.lastTime = u.end;

    const PowerSource seen = evidence(before, after, u);
    if (seen == PowerSource::Unknown)
        return;
    if (st.current && seen == st.current->source) {
        // The current source again: a pending switch was one odd reading.
        st.pendingSource = PowerSource::Unknown;
        st.pendingSince = 0;
        st.heldWh = 0;
        st.heldCostMilli = 0;
        return;
    }
    if (st.pendingSource != seen) {
        st.pendingSource = seen;
        st.pendingSince = u.start;
        st.heldWh = wh;
        st.heldCostMilli = u.costMilli;
        return;
    }
    // The second agreeing reading: the switch happened where it was first seen.
    if (st.current) {
        st.current->energyWh -= st.heldWh;
        st.current->costMilli -= st.heldCostMilli;
        st.current->end = st.pendingSince;
        st.current->lastTime = st.pendingSince;
        m_closed.append(*st.current);
    }
    SourceSession next;
    next.source = seen;
    next.start = st.pendingSince;
    next.lastTime = u.end;
    next.energyWh = st.heldWh;
    next.costMilli = st.heldCostMilli;
    st.current = next;
    st.pendingSource = PowerSource::Unknown;
    st.pendingSince = 0;
    st.heldWh = 0;
    st.heldCostMilli = 0;
}

Status SourceSessionTracker::flush()
{
    if (!m_dirty)
        return {};
    SessionRepository repo(m_db);
    for (const SourceSession &s : std::as_const(m_closed)) {
        if (Status saved = repo.saveSession(m_meterId, s); !saved)
            return saved;
    }
    if (m_state.current) {
        if (Status saved = repo.saveSession(m_meterId, *m_state.current); !saved)
            return saved;
    }
    for (const auto &mark : std::as_const(m_marks)) {
        if (Status saved = repo.saveMark(m_meterId, mark.first, mark.second); !saved)
            return saved;
    }
    if (Status saved = repo.saveState(m_meterId, m_state); !saved)
        return saved;
    m_closed.clear();
    m_marks.clear();
    m_dirty = false;
    return {};
}

Status SourceSessionTracker::rewind(Database &db, const Meter &meter, const QDate &day)
{
    SessionRepository repo(db);
    const std::optional<SourceSessionState> atDayStart = repo.markFrom(meter.id, day);
    // No mark from that day on: nothing was booked since, the live state is that state.
    if (!atDayStart)
        return {};
    return repo.rewindTo(meter.id, day, *atDayStart);
}
