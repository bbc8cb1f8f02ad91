#pragma once

#include "SessionTotals.h"
#include "SourceSession.h"
#include "TimeStretch.h"
#include "model/Meter.h"
#include "model/Result.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

class Database;

// What the supply was over a stretch: the session's source, no supply while readings came
// (an outage: the meter read no load), no readings at all (a gap: the meter or the connection
// was off), or not known (readings without a confirmed session yet).
enum class SupplyKind
{
    Unknown,
    Grid,
    Generator,
    Outage,
    NoReadings,
};

struct SupplySegment
{
    qint64 start = 0;
    qint64 end = 0;
    SupplyKind kind = SupplyKind::Unknown;

    bool operator==(const SupplySegment &o) const
    {
        return start == o.start && end == o.end && kind == o.kind;
    }
};

// One local day of the meter's time zone, [start, end) in UTC seconds, and its segments.
struct SupplyDay
{
    QDate date;
    qint64 start = 0;
    qint64 end = 0;
    QList<SupplySegment> segments; // inside [start, end), oldest first, never overlapping
};

// The day-by-day timeline of the sessions panel, built from the sessions and the stretches
// the readings show (SupplyRepository).
class SupplyTimeline
{
public:
    // The segments of [from, to): sessions by their source (the open one runs on to `to`; a gap
    // cuts it when the readings stopped), outages over them, gaps over everything, Unknown where
    // none says anything. Neighbours of one kind are joined.
    static QList<SupplySegment> segments(const QList<SourceSession> &sessions,
                                         const QList<TimeStretch> &outages, const QList<TimeStretch> &gaps,
                                         qint64 from, qint64 to);
    // The local days `first`..`last` of `zone`, each with its share of `segments` (a segment
    // crossing midnight is cut in two).
    static QList<SupplyDay> byDay(const QList<SupplySegment> &segments, const QTimeZone &zone,
                                  const QDate &first, const QDate &last);
};

// The sessions panel's figures for the local days `first`..`last` of the meter, up to `now`:
// the day strips (sessions, outages and gaps; nothing before the meter's first reading) and
// the generator totals of that range, both from the same sessions.
struct SupplyRange
{
    qint64 from = 0; // the first day's local midnight
    qint64 to = 0;   // the end of the last day, or `now` when earlier
    QList<SupplyDay> days;
    SessionTotals totals;
};

class SupplyTimelineQuery
{
public:
    explicit SupplyTimelineQuery(Database &db);

    Result<SupplyRange> run(const Meter &meter, const QDate &first, const QDate &last, qint64 now) const;
    // The last `days` local days of the meter up to `now`, today included.
    Result<SupplyRange> lastDays(const Meter &meter, int days, qint64 now) const;

private:
    Database &m_db;
};
