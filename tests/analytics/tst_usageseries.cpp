#include "TestDatabase.h"
#include "analytics/LocalCalendar.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/UsageSeries.h"
#include "setup/SimulatorBackfill.h"
#include "storage/ReadingRepository.h"

#include <QDateTime>
#include <QTest>

namespace {

Reading at(qint64 time, qint64 balanceMilli, qint64 gridWh, qint64 generatorWh = 0,
           PowerSource source = PowerSource::Grid)
{
    Reading r;
    r.time = time;
    r.fetchedAt = time;
    r.balanceMilli = balanceMilli;
    r.gridWh = gridWh;
    r.generatorWh = generatorWh;
    r.source = source;
    return r;
}

} // namespace

class TestUsageSeries : public QObject
{
    Q_OBJECT

private slots:
    void rejectsOutOfRangeControls()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        UsageSeriesQuery q(t.db());
        QVERIFY(!q.run(m, 100000, 0, 60).ok());
        QVERIFY(!q.run(m, 100000, 721, 60).ok());
        QVERIFY(!q.run(m, 100000, 24, 0).ok());
        QVERIFY(!q.run(m, 100000, 24, 1441).ok());
        QVERIFY(q.run(m, 100000, 720, 1440).ok());
    }

    void bucketsAlignToLocalMidnight()
    {
        // Asia/Kolkata is UTC+05:30: local midnight is 18:30 UTC, so hourly buckets start at
        // :30 UTC and a 7-minute grouping restarts at every local midnight.
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("india"), QStringLiteral("simulator"), 30,
                                   QStringLiteral("Asia/Kolkata"));
        const QTimeZone zone("Asia/Kolkata");
        const qint64 now = QDateTime(QDate(2025, 7, 25), QTime(15, 56, 59), zone).toSecsSinceEpoch();
        const auto hourly = UsageSeriesQuery(t.db()).run(m, now, 48, 60);
        QVERIFY(hourly.ok());
        // The first bucket starts where the window does (clipped); every other on the hour.
        QCOMPARE(hourly->buckets.constFirst().start, now - 48 * 3600);
        for (const UsageBucket &b : hourly->buckets.mid(1))
            QCOMPARE(QDateTime::fromSecsSinceEpoch(b.start, zone).time().minute(), 0);
        const auto seven = UsageSeriesQuery(t.db()).run(m, now, 48, 7);
        QVERIFY(seven.ok());
        bool sawMidnight = false;
        for (const UsageBucket &b : seven->buckets.mid(1)) {
            const QDateTime start = QDateTime::fromSecsSinceEpoch(b.start, zone);
            const int minuteOfDay = start.time().hour() * 60 + start.time().minute();
            QCOMPARE(minuteOfDay % 7, 0);
            QVERIFY(b.end - b.start <= 7 * 60);
            sawMidnight = sawMidnight || minuteOfDay == 0;
            QVERIFY(QDateTime::fromSecsSinceEpoch(b.end - 1, zone).date() ==
                    start.date()); // never spans midnight
        }
        QVERIFY(sawMidnight);
        // Contiguous and covering the window.
        for (int i = 1; i < seven->buckets.size(); ++i)
            QCOMPARE(seven->buckets[i].start, seven->buckets[i - 1].end);
        QCOMPARE(seven->from, now - 48 * 3600);
        QCOMPARE(seven->to, now);
    }

    void windowTotalsDoNotDependOnTheGrouping()
    {
        // The "In this window" totals: the same 720 h (ending at 15:56:59, so the window
        // starts off every bucket boundary) at 1, 60 and 1440 minutes. Edge buckets are
        // clipped to the window, not widened to whole hours or days.
        TestDatabase t;
        const Meter created = t.addMeter(QStringLiteral("india"), QStringLiteral("simulator"), 30,
                                         QStringLiteral("Asia/Kolkata"));
        const QTimeZone zone("Asia/Kolkata");
        const qint64 now = QDateTime(QDate(2025, 7, 25), QTime(15, 56, 59), zone).toSecsSinceEpoch();
        const Result<Meter> m = SimulatorBackfill::prepare(t.db(), created, 40, 77, now);
        QVERIFY(m.ok());
        QVERIFY(SimulatorBackfill::run(t.db(), m.value(), now - 35 * 86400, now).ok());
        const auto minutes = UsageSeriesQuery(t.db()).run(m.value(), now, 720, 1);
        QVERIFY(minutes.ok());
        QVERIFY(minutes->totalGridWh() > 0);
        for (const int g : {60, 1440}) {
            const auto s = UsageSeriesQuery(t.db()).run(m.value(), now, 720, g);
            QVERIFY(s.ok());
            QCOMPARE(s->from, now - 720 * 3600);
            QCOMPARE(s->to, now);
            QCOMPARE(s->buckets.constFirst().start, now - 720 * 3600);
            QCOMPARE(s->buckets.constLast().end, now);
            QCOMPARE(s->totalGridWh(), minutes->totalGridWh());
            QCOMPARE(s->totalGeneratorWh(), minutes->totalGeneratorWh());
            QCOMPARE(s->totalCostMilli(), minutes->totalCostMilli());
            // The clipped edges are marked partial, the whole buckets between them are not.
            QVERIFY(s->buckets.constFirst().partial);
            QVERIFY(s->buckets.constLast().partial);
            for (const UsageBucket &b : s->buckets.mid(1, s->buckets.size() - 2))
                QVERIFY(!b.partial);
        }
        // A 1-hour window at a whole-day grouping is one hour, never a day-wide bucket.
        const auto hour = UsageSeriesQuery(t.db()).run(m.value(), now, 1, 1440);
        QVERIFY(hour.ok());
        QCOMPARE(hour->buckets.size(), 1);
        QCOMPARE(hour->buckets.constFirst().end - hour->buckets.constFirst().start, 3600);
    }

    // The simulator's counters count 0.01 kWh steps: its 1 min buckets are 0 or one step (the
    // picket fence of the walkthrough), its hours are the use.
    void bucketsFinerThanTheCounterStepAreRecognised()
    {
        TestDatabase t;
        const Meter created = t.addMeter(QStringLiteral("india"), QStringLiteral("simulator"), 30,
                                         QStringLiteral("Asia/Kolkata"));
        const QTimeZone zone("Asia/Kolkata");
        const qint64 now = QDateTime(QDate(2025, 7, 25), QTime(3, 0), zone).toSecsSinceEpoch();
        const Result<Meter> m = SimulatorBackfill::prepare(t.db(), created, 3, 77, now);
        QVERIFY(m.ok());
        QVERIFY(SimulatorBackfill::run(t.db(), m.value(), now - 2 * 86400, now).ok());
        const auto minutes = UsageSeriesQuery(t.db()).run(m.value(), now, 3, 1);
        QVERIFY(minutes.ok());
        QCOMPARE(minutes->finerThanCounterStepWh(), std::optional<qint64>(10));
        for (const int g : {30, 60}) {
            const auto coarse = UsageSeriesQuery(t.db()).run(m.value(), now, 48, g);
            QVERIFY(coarse.ok());
            QCOMPARE(coarse->finerThanCounterStepWh(), std::nullopt);
        }
        // A steady use of two steps a minute is the use, not a fence; nor are nine buckets.
        const auto series = [](int count, const std::function<qint64(int)> &wh) {
            UsageSeries s;
            for (int i = 0; i < count; ++i) {
                UsageBucket b;
                b.hasData = true;
                b.gridWh = wh(i);
                s.buckets.append(b);
            }
            return s;
        };
        QCOMPARE(series(20, [](int i) { return i % 4 == 0 ? 10 : 20; }).finerThanCounterStepWh(),
                 std::nullopt);
        UsageSeries few = series(9, [](int i) { return i % 2 == 0 ? 0 : 10; });
        QCOMPARE(few.finerThanCounterStepWh(), std::nullopt);
        few.buckets.append(few.buckets.constFirst());
        QCOMPARE(few.finerThanCounterStepWh(), std::optional<qint64>(10));
    }

    void sumOverBucketsIsTheSameForEveryGrouping()
    {
        TestDatabase t;
        const Meter created = t.addMeter(QStringLiteral("sim"));
        const qint64 now = 1'753'000'000;
        const Result<Meter> m = SimulatorBackfill::prepare(t.db(), created, 3, 77, now);
        QVERIFY(m.ok());
        QVERIFY(SimulatorBackfill::run(t.db(), m.value(), now - 3 * 86400, now).ok());
        // Reference: the same window read as one bucket per day.
        const auto reference = UsageSeriesQuery(t.db()).run(m.value(), now, 72, 1440);
        QVERIFY(reference.ok());
        QVERIFY(reference->totalGridWh() > 0);
        for (const int g : {1, 5, 7, 10, 15, 30, 45, 60, 90, 120, 360, 720, 1440}) {
            const auto s = UsageSeriesQuery(t.db()).runRange(m.value(), reference->from, reference->to, g);
            QVERIFY(s.ok());
            QCOMPARE(s->totalGridWh(), reference->totalGridWh());
            QCOMPARE(s->totalGeneratorWh(), reference->totalGeneratorWh());
            QCOMPARE(s->totalCostMilli(), reference->totalCostMilli());
        }
    }

    void energyFromCountersAndMoneyFromBalance()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("utc"), QStringLiteral("simulator"), 30, QStringLiteral("UTC"));
        const qint64 day = 1'753'056'000; // 2025-07-21T00:00:00Z
        QVERIFY(ReadingIngestor(t.db())
                    .ingest(m, {at(day + 0, 100'000, 1'000), at(day + 60, 99'150, 1'100),
                                at(day + 120, 98'300, 1'200),
                                at(day + 180, 96'100, 1'200, 100, PowerSource::Generator)})
                    .ok());
        const auto s = UsageSeriesQuery(t.db()).runRange(m, day, day + 3600, 60);
        QVERIFY(s.ok());
        QCOMPARE(s->buckets.size(), 1);
        const UsageBucket &b = s->buckets[0];
        QCOMPARE(b.gridWh, 200);
        QCOMPARE(b.generatorWh, 100);
        QCOMPARE(b.costMilli, 3'900); // 100.000 - 96.100
        QVERIFY(!b.estimated);
        QVERIFY(!b.gap);
    }

    void rechargeIntervalIsEstimatedNotNegative()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("utc"), QStringLiteral("simulator"), 30, QStringLiteral("UTC"));
        const qint64 day = 1'753'056'000;
        QVERIFY(ReadingIngestor(t.db())
                    .ingest(m, {at(day, 10'000, 1'000), at(day + 60, 9'000, 1'100), // 1.0 per 100 Wh
                                at(day + 120, 1'008'000, 1'200)})                   // +1000 recharge
                    .ok());
        const auto s = UsageSeriesQuery(t.db()).runRange(m, day, day + 3600, 1);
        QVERIFY(s.ok());
        const UsageBucket &recharge = s->buckets[1]; // booked in the minute before the reading
        QVERIFY(recharge.estimated);
        QCOMPARE(recharge.costMilli, 1'000); // 100 Wh at the learnt 10 milli/Wh
        QCOMPARE(recharge.gridWh, 100);
    }

    void gapIsFlaggedNotSmeared()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("utc"), QStringLiteral("simulator"), 30, QStringLiteral("UTC"));
        const qint64 day = 1'753'056'000;
        // 30 s readings, then nothing for 2 hours (gap limit 10 min), then readings again.
        QList<Reading> readings;
        for (int i = 0; i <= 10; ++i)
            readings.append(at(day + i * 30, 100'000 - i * 10, 1'000 + i));
        for (int i = 0; i <= 10; ++i)
            readings.append(at(day + 7500 + i * 30, 99'000 - i * 10, 2'000 + i));
        QVERIFY(ReadingIngestor(t.db()).ingest(m, readings).ok());
        const auto s = UsageSeriesQuery(t.db()).runRange(m, day, day + 3 * 3600, 15);
        QVERIFY(s.ok());
        int gapBuckets = 0;
        for (const UsageBucket &b : s->buckets)
            gapBuckets += b.gap ? 1 : 0;
        QVERIFY2(gapBuckets >= 8, qPrintable(QString::number(gapBuckets))); // 2 h of 15-min buckets
        // The first bucket has readings, then misses the rest of its 15 minutes: partly a gap.
        QVERIFY(s->buckets[0].hasData);
        QVERIFY(s->buckets[1].gap && !s->buckets[1].hasData);
        QVERIFY(!s->buckets.constLast().gap); // after the last reading: no data, but no gap claimed
        // Everything consumed is still counted, in the bucket where readings resume.
        QCOMPARE(s->totalGridWh(), 2'010 - 1'000);
        const UsageBucket &resume = s->buckets[(7500) / 900];
        QVERIFY(resume.gap);
        QVERIFY(resume.gridWh >= 2'000 - 1'010);
    }

    void counterResetIsNotASpike()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("utc"), QStringLiteral("simulator"), 30, QStringLiteral("UTC"));
        const qint64 day = 1'753'056'000;
        QVERIFY(ReadingIngestor(t.db())
                    .ingest(m, {at(day, 10'000, 90'000), at(day + 30, 9'990, 90'010), at(day + 60, 9'980, 5),
                                at(day + 90, 9'970, 15)})
                    .ok());
        const auto s = UsageSeriesQuery(t.db()).runRange(m, day, day + 600, 10);
        QVERIFY(s.ok());
        QCOMPARE(s->totalGridWh(), 20);
    }

    void daylightSavingDaysHaveTheirRealLength()
    {
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("berlin"), QStringLiteral("simulator"), 30,
                                   QStringLiteral("Europe/Berlin"));
        const QTimeZone zone("Europe/Berlin");
        LocalCalendar cal(zone);
        // 2025-03-30 has 23 hours, 2025-10-26 has 25.
        const qint64 spring = cal.startOf(QDate(2025, 3, 30));
        QCOMPARE(cal.nextDayStart(spring) - spring, 23 * 3600);
        const qint64 autumn = cal.startOf(QDate(2025, 10, 26));
        QCOMPARE(cal.nextDayStart(autumn) - autumn, 25 * 3600);
        const auto s23 = UsageSeriesQuery(t.db()).runRange(m, spring, cal.nextDayStart(spring), 60);
        QCOMPARE(s23->buckets.size(), 23);
        const auto s25 = UsageSeriesQuery(t.db()).runRange(m, autumn, cal.nextDayStart(autumn), 60);
        QCOMPARE(s25->buckets.size(), 25);
        const auto daily = UsageSeriesQuery(t.db()).runRange(m, autumn, cal.nextDayStart(autumn), 1440);
        QCOMPARE(daily->buckets.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUsageSeries)
#include "tst_usageseries.moc"
