#pragma once

#include "IntervalUsage.h"
#include "LocalCalendar.h"
#include "SourceSessionState.h"
#include "model/Meter.h"
#include "model/Reading.h"
#include "model/Result.h"

#include <QDate>
#include <QList>
#include <QPair>

class Database;

// The power-source session rule, fed the same intervals as the rollups (live, imports and
// rebuilds alike):
// - a reading shows a source when the provider names it and that source's counter moved in
//   the interval it closes (meters without counters: when money was spent); an unknown
//   source, a quiet poll or a counter that contradicts the field shows nothing;
// - a switch needs two readings showing the new source with no reading showing the current
//   one in between (readings that show nothing neither confirm nor cancel), so one odd poll
//   never makes a session;
// - the new session starts at the start of the first interval that showed it; the intervals
//   held while the switch was pending move to it, so kWh and cost add up across sessions.
// The state is saved on flush() (live, and at each local day's start for rebuilds).
class SourceSessionTracker
{
public:
    // Continues from the meter's saved state.
    SourceSessionTracker(Database &db, const Meter &meter);

    void add(const Reading &before, const Reading &after, const IntervalUsage &u);
    Status flush();
    const SourceSessionState &state() const { return m_state; }

    // The source the later reading `b` shows for the interval `u` it closes (from `a`); Unknown
    // when it shows none.
    static PowerSource evidence(const Reading &a, const Reading &b, const IntervalUsage &u);
    // Before a rebuild from local day `day`: the state at that day's start becomes the live
    // state, and sessions after it go.
    static Status rewind(Database &db, const Meter &meter, const QDate &day);

private:
    void enterDayOf(qint64 time);

    Database &m_db;
    qint64 m_meterId;
    LocalCalendar m_calendar;
    SourceSessionState m_state;
    qint64 m_dayBegin = 1; // the local day of the last interval, [begin, end)
    qint64 m_dayEnd = 0;
    QList<SourceSession> m_closed;
    QList<QPair<QDate, SourceSessionState>> m_marks;
    bool m_dirty = false;
};
