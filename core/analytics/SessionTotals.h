#pragma once

#include "SourceSession.h"
#include "TimeStretch.h"

#include <QList>

#include <optional>

// The generator figures of a stretch of time [from, to), from the power-source sessions and
// the stretches without supply, each session counted once however many days it spans:
// - hours: the time the timeline shows as generator (SupplyTimeline::segments: generator
//   sessions, an open one up to `to`, less the outages and gaps inside them);
// - longest run: the longest unbroken generator stretch inside [from, to) (across midnight);
// - kWh and cost: a session wholly inside counts whole; one reaching over an edge counts in
//   proportion to its time inside (sessions book energy and money per session, not per hour);
// - starts: generator sessions that started inside the stretch.
struct SessionTotals
{
    qint64 generatorSeconds = 0;
    qint64 generatorWh = 0;
    qint64 generatorCostMilli = 0;
    int generatorStarts = 0;
    qint64 longestRunSeconds = 0;
    std::optional<qint64> longestRunStart; // UTC seconds, empty without a generator session

    static SessionTotals of(const QList<SourceSession> &sessions, qint64 from, qint64 to,
                            const QList<TimeStretch> &outages = {}, const QList<TimeStretch> &gaps = {});

    bool operator==(const SessionTotals &o) const
    {
        return generatorSeconds == o.generatorSeconds && generatorWh == o.generatorWh &&
               generatorCostMilli == o.generatorCostMilli && generatorStarts == o.generatorStarts &&
               longestRunSeconds == o.longestRunSeconds && longestRunStart == o.longestRunStart;
    }
};
