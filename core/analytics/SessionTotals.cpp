#include "SessionTotals.h"

#include "SupplyTimeline.h"

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

SessionTotals SessionTotals::of(const QList<SourceSession> &sessions, qint64 from, qint64 to,
                                const QList<TimeStretch> &outages, const QList<TimeStretch> &gaps)
{
    SessionTotals t;
    for (const SupplySegment &s : SupplyTimeline::segments(sessions, outages, gaps, from, to)) {
        if (s.kind != SupplyKind::Generator)
            continue;
        const qint64 length = s.end - s.start;
        t.generatorSeconds += length;
        if (!t.longestRunStart || length > t.longestRunSeconds) {
            t.longestRunSeconds = length;
            t.longestRunStart = s.start;
        }
    }
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
        t.generatorWh += duration > 0 ? share(s.energyWh, inside, duration) : s.energyWh;
        t.generatorCostMilli += duration > 0 ? share(s.costMilli, inside, duration) : s.costMilli;
        if (s.start >= from && s.start < to)
            ++t.generatorStarts;
    }
    return t;
}
