#include "SupplyTimeline.h"

#include "LocalCalendar.h"
#include "UsageDeriver.h"
#include "storage/ReadingRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SupplyRepository.h"

#include <algorithm>

namespace {

// Paints [from, to) as `kind` over `list` (sorted, non-overlapping), cutting what it covers.
void paint(QList<SupplySegment> &list, qint64 from, qint64 to, SupplyKind kind)
{
    if (to <= from)
        return;
    QList<SupplySegment> out;
    out.reserve(list.size() + 2);
    bool placed = false;
    for (const SupplySegment &s : std::as_const(list)) {
        if (s.end <= from || s.start >= to) {
            if (!placed && s.start >= to) {
                out.append({from, to, kind});
                placed = true;
            }
            out.append(s);
            continue;
        }
        if (s.start < from)
            out.append({s.start, from, s.kind});
        if (!placed) {
            out.append({from, to, kind});
            placed = true;
        }
        if (s.end > to)
            out.append({to, s.end, s.kind});
    }
    if (!placed)
        out.append({from, to, kind});
    list = out;
}

SupplyKind kindOf(PowerSource source)
{
    switch (source) {
    case PowerSource::Grid:
        return SupplyKind::Grid;
    case PowerSource::Generator:
        return SupplyKind::Generator;
    case PowerSource::Unknown:
        break;
    }
    return SupplyKind::Unknown;
}

} // namespace

QList<SupplySegment> SupplyTimeline::segments(const QList<SourceSession> &sessions,
                                              const QList<TimeStretch> &outages,
                                              const QList<TimeStretch> &gaps, qint64 from, qint64 to)
{
    QList<SupplySegment> list;
    if (to <= from)
        return list;
    list.append({from, to, SupplyKind::Unknown});
    for (const SourceSession &s : sessions) {
        const qint64 end = s.end ? *s.end : to;
        paint(list, qMax(from, s.start), qMin(to, end), kindOf(s.source));
    }
    for (const TimeStretch &o : outages)
        paint(list, qMax(from, o.start), qMin(to, o.end), SupplyKind::Outage);
    for (const TimeStretch &g : gaps)
        paint(list, qMax(from, g.start), qMin(to, g.end), SupplyKind::NoReadings);
    QList<SupplySegment> joined;
    for (const SupplySegment &s : std::as_const(list)) {
        if (s.end <= s.start)
            continue;
        if (!joined.isEmpty() && joined.last().kind == s.kind && joined.last().end == s.start)
            joined.last().end = s.end;
        else
            joined.append(s);
    }
    return joined;
}

QList<SupplyDay> SupplyTimeline::byDay(const QList<SupplySegment> &segments, const QTimeZone &zone,
                                       const QDate &first, const QDate &last)
{
    QList<SupplyDay> days;
    const LocalCalendar calendar(zone);
    for (QDate d = first; d.isValid() && d <= last; d = d.addDays(1)) {
        SupplyDay day;
        day.date = d;
        day.start = calendar.startOf(d);
        day.end = calendar.startOf(d.addDays(1));
        for (const SupplySegment &s : segments) {
            const qint64 a = qMax(s.start, day.start);
            const qint64 b = qMin(s.end, day.end);
            if (a < b)
                day.segments.append({a, b, s.kind});
        }
        days.append(day);
    }
    return days;
}

SupplyTimelineQuery::SupplyTimelineQuery(Database &db)
    : m_db(db)
{}

Result<SupplyRange> SupplyTimelineQuery::run(const Meter &meter, const QDate &first, const QDate &last,
                                             qint64 now) const
{
    const QTimeZone zone(meter.timezone.toUtf8());
    const LocalCalendar calendar(zone);
    SupplyRange range;
    range.from = calendar.startOf(first);
    range.to = qMin(calendar.startOf(last.addDays(1)), now);
    if (range.to <= range.from) {
        range.days = SupplyTimeline::byDay({}, zone, first, last);
        return range;
    }
    // Before the meter's first reading there is no history to draw: those days stay empty.
    const std::optional<Reading> earliest = ReadingRepository(m_db).earliest(meter.id);
    const qint64 drawnFrom = earliest ? qMax(range.from, earliest->time) : range.to;
    const Result<QList<SourceSession>> sessions =
        SessionRepository(m_db).sessions(meter.id, range.from, range.to);
    if (!sessions)
        return Result<SupplyRange>::failure(sessions.typedError());
    SupplyRepository supply(m_db);
    const Result<QList<TimeStretch>> outages = supply.outages(meter.id, range.from, range.to);
    if (!outages)
        return Result<SupplyRange>::failure(outages.typedError());
    const Result<QList<TimeStretch>> gaps =
        supply.gaps(meter, range.from, range.to, UsageDeriver::gapLimitSeconds(meter));
    if (!gaps)
        return Result<SupplyRange>::failure(gaps.typedError());
    range.days = SupplyTimeline::byDay(
        SupplyTimeline::segments(sessions.value(), outages.value(), gaps.value(), drawnFrom, range.to), zone,
        first, last);
    range.totals = SessionTotals::of(sessions.value(), range.from, range.to, outages.value(), gaps.value());
    return range;
}

Result<SupplyRange> SupplyTimelineQuery::lastDays(const Meter &meter, int days, qint64 now) const
{
    const QDate today = LocalCalendar(QTimeZone(meter.timezone.toUtf8())).localDate(now);
    return run(meter, today.addDays(-(qMax(1, days) - 1)), today, now);
}
