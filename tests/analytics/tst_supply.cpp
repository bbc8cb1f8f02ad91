#include "TestDatabase.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/SessionTotals.h"
#include "analytics/SupplyStatus.h"
#include "analytics/SupplyTimeline.h"
#include "storage/ReadingRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SupplyRepository.h"

#include <QTest>

namespace {

constexpr qint64 kH = 3600;
constexpr qint64 kMin = 60;
// Local midnights, written out so that a wrong zone or day rule cannot agree with itself.
constexpr qint64 kKolkataDec1 = 1'796'063'400; // 2026-12-01T00:00+05:30 = 2026-11-30T18:30Z
constexpr qint64 kDhakaDec1 = 1'796'061'600;   // 2026-12-01T00:00+06:00 = 2026-11-30T18:00Z
constexpr qint64 kDay = 86400;

SourceSession session(PowerSource source, qint64 start, std::optional<qint64> end, qint64 wh, qint64 cost,
                      qint64 lastTime = 0)
{
    SourceSession s;
    s.source = source;
    s.start = start;
    s.end = end;
    s.lastTime = end ? *end : lastTime;
    s.energyWh = wh;
    s.costMilli = cost;
    return s;
}

QString dump(const QList<SupplySegment> &list, qint64 origin)
{
    QStringList out;
    for (const SupplySegment &s : list)
        out << QStringLiteral("%1..%2:%3")
                   .arg((s.start - origin) / 60)
                   .arg((s.end - origin) / 60)
                   .arg(int(s.kind));
    return out.join(QLatin1Char(' '));
}

Reading reading(qint64 t, std::optional<qint64> loadW, PowerSource source = PowerSource::Grid)
{
    Reading r;
    r.time = t;
    r.fetchedAt = t;
    r.balanceMilli = 1'000'000;
    r.loadW = loadW;
    r.source = source;
    return r;
}

} // namespace

class TestSupply : public QObject
{
    Q_OBJECT

private slots:
    // Kolkata: a generator run from 21:30 on 1 December to 02:15 on the 2nd is one run in the
    // totals (one start, 4 h 45 min, its kWh and cost once) and two pieces in the day strips.
    void sessionCrossingMidnightIsSplitInStripsAndCountedOnce()
    {
        const qint64 d1 = kKolkataDec1;
        const qint64 d2 = d1 + kDay;
        const QList<SourceSession> sessions{
            session(PowerSource::Grid, d1 - 2 * kH, d1 + 21 * kH + 30 * kMin, 9000, 72'000),
            session(PowerSource::Generator, d1 + 21 * kH + 30 * kMin, d2 + 2 * kH + 15 * kMin, 4750, 104'500),
            session(PowerSource::Grid, d2 + 2 * kH + 15 * kMin, d2 + 10 * kH, 3000, 24'000),
            session(PowerSource::Generator, d2 + 10 * kH, d2 + 10 * kH + 40 * kMin, 800, 17'600),
            session(PowerSource::Grid, d2 + 10 * kH + 40 * kMin, std::nullopt, 2000, 16'000, d2 + 20 * kH),
        };
        const SessionTotals both = SessionTotals::of(sessions, d1, d2 + kDay);
        QCOMPARE(both.generatorSeconds, 4 * kH + 45 * kMin + 40 * kMin);
        QCOMPARE(both.generatorWh, 4750 + 800);
        QCOMPARE(both.generatorCostMilli, 104'500 + 17'600);
        QCOMPARE(both.generatorStarts, 2);
        QCOMPARE(both.longestRunSeconds, 4 * kH + 45 * kMin);
        QCOMPARE(both.longestRunStart, std::optional<qint64>(d1 + 21 * kH + 30 * kMin));

        // The day strips: the run ends day 1 and opens day 2.
        const QList<SupplySegment> segments = SupplyTimeline::segments(sessions, {}, {}, d1, d2 + kDay);
        const QList<SupplyDay> days = SupplyTimeline::byDay(segments, QTimeZone("Asia/Kolkata"),
                                                            QDate(2026, 12, 1), QDate(2026, 12, 2));
        QCOMPARE(days.size(), 2);
        QCOMPARE(days[0].start, d1);
        QCOMPARE(days[0].end, d2);
        QCOMPARE(days[1].end, d2 + kDay);
        QCOMPARE(days[0].segments.size(), 2);
        QCOMPARE(days[0].segments[1], (SupplySegment{d1 + 21 * kH + 30 * kMin, d2, SupplyKind::Generator}));
        QCOMPARE(days[1].segments[0], (SupplySegment{d2, d2 + 2 * kH + 15 * kMin, SupplyKind::Generator}));
        QCOMPARE(days[1].segments.last(),
                 (SupplySegment{d2 + 10 * kH + 40 * kMin, d2 + kDay, SupplyKind::Grid}));
        // Each strip covers its day once, no overlap, no hole.
        for (const SupplyDay &day : days) {
            qint64 at = day.start;
            for (const SupplySegment &s : day.segments) {
                QCOMPARE(s.start, at);
                at = s.end;
            }
            QCOMPARE(at, day.end);
        }

        // Day by day: the run's hours split 2 h 30 min / 2 h 15 min, its start counted on day 1.
        const SessionTotals first = SessionTotals::of(sessions, d1, d2);
        QCOMPARE(first.generatorSeconds, 2 * kH + 30 * kMin);
        QCOMPARE(first.generatorStarts, 1);
        QCOMPARE(first.generatorWh, 2500); // 4750 Wh * 150 / 285 min
        QCOMPARE(first.generatorCostMilli, 55'000);
        const SessionTotals second = SessionTotals::of(sessions, d2, d2 + kDay);
        QCOMPARE(second.generatorSeconds, 2 * kH + 15 * kMin + 40 * kMin);
        QCOMPARE(second.generatorStarts, 1);
        QCOMPARE(second.generatorWh, 2250 + 800);
        QCOMPARE(second.generatorCostMilli, 49'500 + 17'600);
        // The days add up to the range.
        QCOMPARE(first.generatorSeconds + second.generatorSeconds, both.generatorSeconds);
        QCOMPARE(first.generatorWh + second.generatorWh, both.generatorWh);
        QCOMPARE(first.generatorCostMilli + second.generatorCostMilli, both.generatorCostMilli);
    }

    // Dhaka: the range starts at a local midnight inside a run; an open generator run counts up
    // to its last reading; Dhaka's midnight is not Kolkata's.
    void dhakaRangeEdgesAndOpenRun()
    {
        const qint64 d1 = kDhakaDec1;
        const QList<SourceSession> sessions{
            session(PowerSource::Generator, d1 - 1 * kH, d1 + 3 * kH, 4000, 88'000),
            session(PowerSource::Grid, d1 + 3 * kH, d1 + 18 * kH, 6000, 48'000),
            session(PowerSource::Generator, d1 + 18 * kH, std::nullopt, 1000, 22'000,
                    d1 + 19 * kH + 30 * kMin),
        };
        // Today so far, at 19:30 (the open run's last reading).
        const SessionTotals t = SessionTotals::of(sessions, d1, d1 + 19 * kH + 30 * kMin);
        QCOMPARE(t.generatorSeconds, 3 * kH + 90 * kMin);
        QCOMPARE(t.generatorWh, 3000 + 1000);
        QCOMPARE(t.generatorCostMilli, 66'000 + 22'000);
        QCOMPARE(t.generatorStarts, 1);        // the run from the day before is no start of this day
        QCOMPARE(t.longestRunSeconds, 3 * kH); // its part inside the day
        QCOMPARE(t.longestRunStart, std::optional<qint64>(d1));

        // An outage and a stretch without readings inside the runs are no generator hours;
        // the run they break is two runs for "longest"; kWh, cost and starts stay the session's.
        const SessionTotals broken = SessionTotals::of(sessions, d1, d1 + 19 * kH + 30 * kMin,
                                                       {{d1 + 1 * kH, d1 + 1 * kH + 20 * kMin}},
                                                       {{d1 + 19 * kH, d1 + 19 * kH + 30 * kMin}});
        QCOMPARE(broken.generatorSeconds, 3 * kH + 90 * kMin - 20 * kMin - 30 * kMin);
        QCOMPARE(broken.longestRunSeconds, 1 * kH + 40 * kMin);
        QCOMPARE(broken.longestRunStart, std::optional<qint64>(d1 + 1 * kH + 20 * kMin));
        QCOMPARE(broken.generatorWh, t.generatorWh);
        QCOMPARE(broken.generatorCostMilli, t.generatorCostMilli);
        QCOMPARE(broken.generatorStarts, 1);

        const QList<SupplyDay> days =
            SupplyTimeline::byDay(SupplyTimeline::segments(sessions, {}, {}, d1 - kDay, d1 + 20 * kH),
                                  QTimeZone("Asia/Dhaka"), QDate(2026, 11, 30), QDate(2026, 12, 1));
        QCOMPARE(days[1].start, d1);
        QCOMPARE(days[0].segments.last(), (SupplySegment{d1 - kH, d1, SupplyKind::Generator}));
        QCOMPARE(days[1].segments.first(), (SupplySegment{d1, d1 + 3 * kH, SupplyKind::Generator}));
        // The open run is drawn up to the end of the timeline (now).
        QCOMPARE(days[1].segments.last(), (SupplySegment{d1 + 18 * kH, d1 + 20 * kH, SupplyKind::Generator}));
        // Before the first session the source is not known.
        QCOMPARE(days[0].segments.first(), (SupplySegment{d1 - kDay, d1 - kH, SupplyKind::Unknown}));
    }

    void outagesAndGapsOverSessions()
    {
        const qint64 o = kKolkataDec1;
        const QList<SourceSession> sessions{
            session(PowerSource::Grid, o, o + 10 * kH, 0, 0),
            session(PowerSource::Generator, o + 10 * kH, std::nullopt, 0, 0, o + 12 * kH),
        };
        const QList<TimeStretch> outages{{o + 2 * kH, o + 3 * kH}, {o + 9 * kH, o + 11 * kH}};
        const QList<TimeStretch> gaps{{o + 2 * kH + 30 * kMin, o + 4 * kH}};
        const QList<SupplySegment> s = SupplyTimeline::segments(sessions, outages, gaps, o, o + 12 * kH);
        const QList<SupplySegment> expected{
            {o, o + 2 * kH, SupplyKind::Grid},
            {o + 2 * kH, o + 2 * kH + 30 * kMin, SupplyKind::Outage},
            {o + 2 * kH + 30 * kMin, o + 4 * kH, SupplyKind::NoReadings},
            {o + 4 * kH, o + 9 * kH, SupplyKind::Grid},
            {o + 9 * kH, o + 11 * kH, SupplyKind::Outage},
            {o + 11 * kH, o + 12 * kH, SupplyKind::Generator},
        };
        QVERIFY2(s == expected, qPrintable(dump(s, o)));
    }

    void repositoryFindsOutagesAndGaps()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        const qint64 o = kKolkataDec1;
        QList<Reading> list;
        for (qint64 i = 0; i <= 20; ++i)
            list << reading(o + i * 60,
                            i >= 5 && i < 9 ? std::optional<qint64>(0) : std::optional<qint64>(400));
        // No readings for 30 min, then back at 0 W (an outage still going on), one reading
        // without a load figure in it.
        list << reading(o + 50 * 60, 0) << reading(o + 51 * 60, std::nullopt) << reading(o + 52 * 60, 0);
        QVERIFY(ReadingRepository(t.db()).insert(m.id, list));
        SupplyRepository repo(t.db());
        const Result<QList<TimeStretch>> outages = repo.outages(m.id, o, o + kDay);
        QVERIFY2(outages, qPrintable(outages.error()));
        QCOMPARE(outages.value(), (QList<TimeStretch>{{o + 5 * 60, o + 9 * 60}, {o + 50 * 60, o + 52 * 60}}));
        const Result<QList<TimeStretch>> gaps = repo.gaps(m, o + 60, o + 52 * 60 + 1, 600);
        QVERIFY2(gaps, qPrintable(gaps.error()));
        QCOMPARE(gaps.value(), (QList<TimeStretch>{{o + 20 * 60, o + 50 * 60}}));
        // Up to "now", an hour after the last reading: that hour is a gap too.
        const Result<QList<TimeStretch>> toNow = repo.gaps(m, o + 30 * 60, o + 112 * 60, 600);
        QCOMPARE(toNow.value(),
                 (QList<TimeStretch>{{o + 30 * 60, o + 50 * 60}, {o + 52 * 60, o + 112 * 60}}));
    }

    // The panel's one query: Dhaka's last two local days up to now, from stored sessions and
    // readings (a gap in them, the generator run across midnight once in the totals).
    void timelineQueryFromTheDatabase()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 30, QStringLiteral("Asia/Dhaka"));
        const qint64 d1 = kDhakaDec1;
        const qint64 d2 = d1 + kDay;
        SessionRepository sessions(t.db());
        QVERIFY(sessions.saveSession(m.id, session(PowerSource::Grid, d1 - kDay, d1 + 22 * kH, 1000, 8000)));
        QVERIFY(
            sessions.saveSession(m.id, session(PowerSource::Generator, d1 + 22 * kH, d2 + kH, 3000, 66'000)));
        QVERIFY(sessions.saveSession(
            m.id, session(PowerSource::Grid, d2 + kH, std::nullopt, 500, 4000, d2 + 6 * kH)));
        QList<Reading> list;
        for (qint64 at = d1 - kDay; at <= d2 + 6 * kH; at += 5 * kMin) {
            if (at <= d2 + 3 * kH || at >= d2 + 4 * kH) // an hour without readings
                list << reading(at, 500);
        }
        QVERIFY(ReadingRepository(t.db()).insert(m.id, list));
        const qint64 now = d2 + 6 * kH + 2 * kMin;
        const Result<SupplyRange> range = SupplyTimelineQuery(t.db()).lastDays(m, 2, now);
        // Four days: the first, before the meter's first reading, is left empty.
        const Result<SupplyRange> four = SupplyTimelineQuery(t.db()).lastDays(m, 4, now);
        QCOMPARE(four->days.size(), 4);
        QCOMPARE(four->days[0].date, QDate(2026, 11, 29));
        QVERIFY2(four->days[0].segments.isEmpty(), qPrintable(dump(four->days[0].segments, d1 - 2 * kDay)));
        QCOMPARE(four->days[1].segments, (QList<SupplySegment>{{d1 - kDay, d1, SupplyKind::Grid}}));
        QVERIFY2(range, qPrintable(range.error()));
        QCOMPARE(range->from, d1);
        QCOMPARE(range->to, now);
        QCOMPARE(range->days.size(), 2);
        QCOMPARE(range->days[0].date, QDate(2026, 12, 1));
        const QList<SupplySegment> today{
            {d2, d2 + kH, SupplyKind::Generator},
            {d2 + kH, d2 + 3 * kH, SupplyKind::Grid},
            {d2 + 3 * kH, d2 + 4 * kH, SupplyKind::NoReadings},
            {d2 + 4 * kH, now, SupplyKind::Grid},
        };
        QVERIFY2(range->days[1].segments == today, qPrintable(dump(range->days[1].segments, d2)));
        QCOMPARE(range->totals.generatorSeconds, 3 * kH);
        QCOMPARE(range->totals.generatorWh, 3000);
        QCOMPARE(range->totals.generatorCostMilli, 66'000);
        QCOMPARE(range->totals.generatorStarts, 1);
    }

    // With rollups, only days that book a gap (or have no rollup) are searched: a gap across
    // midnight (its earlier reading in a clean day), one over a whole day without readings, and
    // one inside a day are all found, in Kolkata's local days.
    void gapsFoundThroughTheRollups()
    {
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 60);
        const qint64 o = kKolkataDec1;
        QList<Reading> list;
        qint64 wh = 1000;
        const auto add = [&](qint64 from, qint64 to) {
            for (qint64 at = from; at <= to; at += kMin) {
                Reading r = reading(at, 500);
                r.gridWh = wh += 8;
                r.balanceMilli = 1'000'000'000 - wh * 8;
                list << r;
            }
        };
        add(o, o + 23 * kH + 55 * kMin);                   // 1 Dec
        add(o + kDay + 40 * kMin, o + kDay + 5 * kH);      // 2 Dec from 00:40
        add(o + kDay + 6 * kH, o + kDay + 12 * kH);        // a gap 05:00-06:00
        add(o + 3 * kDay + 2 * kH, o + 3 * kDay + 3 * kH); // nothing on 3 Dec
        QVERIFY(ReadingIngestor(t.db()).ingest(m, list).ok());
        const Result<QList<TimeStretch>> gaps = SupplyRepository(t.db()).gaps(m, o, o + 4 * kDay, 600);
        QVERIFY2(gaps, qPrintable(gaps.error()));
        QCOMPARE(gaps.value(), (QList<TimeStretch>{{o + 23 * kH + 55 * kMin, o + kDay + 40 * kMin},
                                                   {o + kDay + 5 * kH, o + kDay + 6 * kH},
                                                   {o + kDay + 12 * kH, o + 3 * kDay + 2 * kH},
                                                   {o + 3 * kDay + 3 * kH, o + 4 * kDay}}));
    }

    void statusInEachState()
    {
        const qint64 o = kKolkataDec1;
        SupplyStatus::Inputs in;
        in.now = o + 10 * kH;
        QCOMPARE(SupplyStatus::derive(in).state, SupplyStatus::State::Unknown);

        in.latest = reading(o + 10 * kH - 20, 800, PowerSource::Grid);
        in.openSession = session(PowerSource::Grid, o + 2 * kH, std::nullopt, 0, 0, o + 10 * kH - 20);
        SupplyStatus s = SupplyStatus::derive(in);
        QCOMPARE(s.state, SupplyStatus::State::Grid);
        QCOMPARE(s.since, std::optional<qint64>(o + 2 * kH));
        // The grid came back after an outage inside the session: the switch was then.
        in.suppliedSince = o + 7 * kH;
        QCOMPARE(SupplyStatus::derive(in).since, std::optional<qint64>(o + 7 * kH));
        in.suppliedSince.reset();

        in.latest = reading(o + 10 * kH - 20, 600, PowerSource::Generator);
        in.sourceSince = o + 9 * kH;
        s = SupplyStatus::derive(in); // the session is still the grid's: the readings say since when
        QCOMPARE(s.state, SupplyStatus::State::Generator);
        QCOMPARE(s.since, std::optional<qint64>(o + 9 * kH));

        in.latest = reading(o + 10 * kH - 20, 0, PowerSource::Grid);
        in.lastOutage = TimeStretch{o + 9 * kH + 50 * kMin, o + 10 * kH - 20};
        s = SupplyStatus::derive(in);
        QCOMPARE(s.state, SupplyStatus::State::Outage);
        QVERIFY(s.noSupply());
        QCOMPARE(s.since, std::optional<qint64>(o + 9 * kH + 50 * kMin));

        // With no newer reading, the grid status turns into "meter off" once the gap limit
        // has passed (the indicator ticks through this).
        in.latest = reading(o + 10 * kH - 20, 800, PowerSource::Grid);
        in.lastOutage.reset();
        const SupplyStatus grid = SupplyStatus::derive(in);
        QCOMPARE(grid.state, SupplyStatus::State::Grid);
        QCOMPARE(grid.at(o + 10 * kH - 20 + 600).state, SupplyStatus::State::Grid);
        const SupplyStatus later = grid.at(o + 10 * kH - 20 + 601);
        QCOMPARE(later.state, SupplyStatus::State::MeterOff);
        QCOMPARE(later.since, std::optional<qint64>(o + 10 * kH - 20));
        in.lastOutage = TimeStretch{o + 9 * kH + 50 * kMin, o + 10 * kH - 20};

        // Readings stopped 11 min ago (the gap limit is 10 min): the meter is off...
        in.latest = reading(o + 10 * kH - 11 * kMin, 800, PowerSource::Grid);
        s = SupplyStatus::derive(in);
        QCOMPARE(s.state, SupplyStatus::State::MeterOff);
        QCOMPARE(s.since, std::optional<qint64>(o + 10 * kH - 11 * kMin));
        QCOMPARE(s.stateName(), QStringLiteral("meter_off"));
        // ... unless the provider cannot be reached (then nobody knows), or nobody polls it.
        in.reachable = false;
        QCOMPARE(SupplyStatus::derive(in).state, SupplyStatus::State::Unknown);
        in.latest = reading(o + 10 * kH - 20, 800, PowerSource::Grid);
        QCOMPARE(SupplyStatus::derive(in).at(o + 11 * kH).state, SupplyStatus::State::Grid);
        in.latest = reading(o + 10 * kH - 11 * kMin, 800, PowerSource::Grid);
        in.reachable = true;
        in.polled = false;
        QCOMPARE(SupplyStatus::derive(in).state, SupplyStatus::State::Grid);
    }
};

QTEST_GUILESS_MAIN(TestSupply)
#include "tst_supply.moc"
