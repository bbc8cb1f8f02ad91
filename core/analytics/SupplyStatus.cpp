#include "SupplyStatus.h"

#include "LocalCalendar.h"
#include "UsageDeriver.h"
#include "storage/ReadingRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SupplyRepository.h"

#include <QTimeZone>

namespace {

// How far back the indicator looks for the last outage or gap: further back, the session's
// own start says since when.
constexpr qint64 kLookBackSeconds = 7 * 86400;

} // namespace

QString SupplyStatus::stateName() const
{
    switch (state) {
    case State::Grid:
        return QStringLiteral("grid");
    case State::Generator:
        return QStringLiteral("generator");
    case State::Outage:
        return QStringLiteral("outage");
    case State::MeterOff:
        return QStringLiteral("meter_off");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

SupplyStatus SupplyStatus::at(qint64 now) const
{
    if (!offAfter || now <= *offAfter || state == State::MeterOff)
        return *this;
    SupplyStatus off = *this;
    off.state = State::MeterOff;
    off.since = lastReading;
    return off;
}

SupplyStatus SupplyStatus::derive(const Inputs &in)
{
    SupplyStatus s;
    if (!in.latest)
        return s;
    const Reading &r = *in.latest;
    if (in.polled && in.reachable) {
        s.lastReading = r.time;
        s.offAfter = r.time + in.gapLimitSeconds;
    }
    if (in.polled && in.now - r.time > in.gapLimitSeconds) {
        if (in.reachable) {
            s.state = State::MeterOff;
            s.since = r.time;
        }
        return s;
    }
    if (r.loadW && *r.loadW == 0) {
        s.state = State::Outage;
        s.since = in.lastOutage && in.lastOutage->end >= r.time ? in.lastOutage->start : r.time;
        return s;
    }
    if (r.source == PowerSource::Unknown)
        return s;
    s.state = r.source == PowerSource::Grid ? State::Grid : State::Generator;
    if (in.openSession && in.openSession->source == r.source)
        s.since = in.openSession->start;
    else
        s.since = in.sourceSince;
    if (in.suppliedSince && (!s.since || *in.suppliedSince > *s.since) && *in.suppliedSince <= r.time)
        s.since = in.suppliedSince;
    return s;
}

SupplyStatusQuery::SupplyStatusQuery(Database &db)
    : m_db(db)
{}

Result<PowerNow> SupplyStatusQuery::run(const Meter &meter, qint64 now, const MeterHealth &health) const
{
    PowerNow out;
    ReadingRepository readings(m_db);
    SupplyStatus::Inputs in;
    in.now = now;
    in.latest = readings.latest(meter.id);
    in.gapLimitSeconds = UsageDeriver::gapLimitSeconds(meter);
    in.polled = health.state != MeterHealth::State::Manual;
    in.reachable = health.state == MeterHealth::State::Ok || health.state == MeterHealth::State::Stale;
    SessionRepository sessions(m_db);
    in.openSession = sessions.currentSession(meter.id);
    const qint64 lookFrom = now - kLookBackSeconds;
    in.sourceSince = readings.sourceSince(meter.id, lookFrom);
    SupplyRepository supply(m_db);
    const Result<QList<TimeStretch>> outages = supply.outages(meter.id, lookFrom, now + 1);
    if (!outages)
        return Result<PowerNow>::failure(outages.typedError());
    const Result<QList<TimeStretch>> gaps = supply.gaps(meter, lookFrom, now, in.gapLimitSeconds);
    if (!gaps)
        return Result<PowerNow>::failure(gaps.typedError());
    if (!outages->isEmpty())
        in.lastOutage = outages->last();
    // When the supply last came back (the rule reads it only while there is supply).
    for (const QList<TimeStretch> *list : {&outages.value(), &gaps.value()}) {
        for (const TimeStretch &t : *list) {
            // (A gap still open at `now` is the rule's own "meter off", not a return.)
            if (in.latest && t.end <= in.latest->time)
                in.suppliedSince = qMax(in.suppliedSince.value_or(t.end), t.end);
        }
    }
    out.status = SupplyStatus::derive(in);

    LocalCalendar calendar{QTimeZone(meter.timezone.toUtf8())};
    const qint64 dayStart = calendar.dayStart(now);
    const Result<QList<SourceSession>> today = sessions.sessions(meter.id, dayStart, now + 1);
    if (!today)
        return Result<PowerNow>::failure(today.typedError());
    out.today = SessionTotals::of(today.value(), dayStart, now, outages.value(), gaps.value());
    return out;
}
