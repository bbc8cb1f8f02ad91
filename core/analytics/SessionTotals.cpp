#include "SessionTotals.h"

#include <cmath>

namespace {

// `value` * part / whole, rounded half away from zero, without overflowing (values up to a
// billion units in thousandths, durations up to years).
qint64 share(qint64 value, qint64 part, qint64 whole)
{
    if (part >= whole)
        return value;
    return std::llround(static_cast<long double>(value) * part / whole);
}

} // namespace

SessionTotals SessionTotals::of(const QList<SourceSession> &sessions, qint64 from, qint64 to)
{
    SessionTotals t;
    for (const SourceSession &s : sessions) {
        if (s.source != PowerSource::Generator)
            continue;
        const qint64 end = s.end ? *s.end : s.lastTime;
        const qint64 duration = end - s.start;
        // Overlapping the stretch (a session without duration yet counts where it started).
        const bool overlaps = duration > 0 ? s.start < to && end > from : s.start >= from && s.start < to;
        if (!overlaps)
            continue;
        const qint64 inside = qMax<qint64>(0, qMin(end, to) - qMax(s.start, from));
        t.generatorSeconds += inside;
        t.generatorWh += duration > 0 ? share(s.energyWh, inside, duration) : s.energyWh;
        t.generatorCostMilli += duration > 0 ? share(s.costMilli, inside, duration) : s.costMilli;
        if (s.start >= from && s.start < to)
            ++t.generatorStarts;
        if (!t.longestRunStart || duration > t.longestRunSeconds) {
            t.longestRunSeconds = qMax<qint64>(0, duration);
            t.longestRunStart = s.start;
        }
    }
    return t;
}
