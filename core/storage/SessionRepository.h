#pragma once

#include "analytics/SourceSession.h"
#include "analytics/SourceSessionState.h"
#include "model/Result.h"

#include <QDate>
#include <QList>

#include <functional>

#include <optional>

class Database;

// Power-source sessions of a meter (source_sessions) and the session rule's state: live
// (source_session_state) and as it was at the start of each local day with data
// (source_session_marks), which is where a rebuild restarts.
class SessionRepository
{
public:
    explicit SessionRepository(Database &db);

    // Sessions overlapping [from, to) (the open one reaches to now), oldest first.
    Result<QList<SourceSession>> sessions(qint64 meterId, qint64 from, qint64 to) const;
    // Sessions that started in [from, to), by start (and source), one at a time, with their
    // source, start, end, energy and cost; `row` returns false to stop. The error is the
    // database's.
    Status forEachStarted(qint64 meterId, qint64 from, qint64 to,
                          const std::function<bool(const SourceSession &)> &row) const;
    // The open session: "Grid for 2 h 14 min" reads its start.
    std::optional<SourceSession> currentSession(qint64 meterId) const;
    // Inserts or updates the session with the same start.
    Status saveSession(qint64 meterId, const SourceSession &session);

    std::optional<SourceSessionState> state(qint64 meterId) const;
    Status saveState(qint64 meterId, const SourceSessionState &state);
    // `state` is the state before the first interval ending in local day `day`.
    Status saveMark(qint64 meterId, const QDate &day, const SourceSessionState &state);
    // The state at the start of local day `day`: the first mark on or after it (no interval
    // ends between that day's start and the mark). Empty when nothing was booked since.
    std::optional<SourceSessionState> markFrom(qint64 meterId, const QDate &day) const;
    // Makes `state` (the state at the start of `day`) the live one: later marks and sessions
    // go, the session open in it is reset to its values then.
    Status rewindTo(qint64 meterId, const QDate &day, const SourceSessionState &state);

private:
    Database &m_db;
};
