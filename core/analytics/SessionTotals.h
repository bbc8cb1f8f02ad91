#pragma once

#include "SourceSession.h"

#include <QList>

#include <optional>

// The generator figures of a stretch of time [from, to), from the power-source sessions, each
// session counted once however many days it spans:
// - hours: the generator sessions' time inside the stretch (an open session up to its last
//   reading, as its duration counts);
// - kWh and cost: a session wholly inside counts whole; one reaching over an edge counts in
//   proportion to its time inside (sessions book energy and money per session, not per hour);
// - starts: generator sessions that started inside the stretch;
// - longest run: the longest generator session overlapping the stretch, its whole duration.
struct SessionTotals
{
    qint64 generatorSeconds = 0;
    qint64 generatorWh = 0;
    qint64 generatorCostMilli = 0;
    int generatorStarts = 0;
    qint64 longestRunSeconds = 0;
    std::optional<qint64> longestRunStart; // UTC seconds, empty without a generator session

    static SessionTotals of(const QList<SourceSession> &sessions, qint64 from, qint64 to);

    bool operator==(const SessionTotals &o) const
    {
        return generatorSeconds == o.generatorSeconds && generatorWh == o.generatorWh &&
               generatorCostMilli == o.generatorCostMilli && generatorStarts == o.generatorStarts &&
               longestRunSeconds == o.longestRunSeconds && longestRunStart == o.longestRunStart;
    }
};
