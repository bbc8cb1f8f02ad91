#include "TestDatabase.h"
#include "analytics/BalanceSeries.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/RechargeLedger.h"

#include <QTest>

namespace {

constexpr qint64 kStart = 1'735'689'600; // 2025-01-01T00:00:00Z
constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;

// A reading every 10 minutes from kStart: k = 0..38 (0:00 to 6:20), none for k = 12..17
// (2:00 to 2:50). The balance falls by 0.100 a reading and rises by 50.000 at k = 25 (4:10).
qint64 balanceAt(int k)
{
    return (k < 25 ? 100'000 : 150'000) - qint64(k) * 100;
}

QList<Reading> history(qint64 start = kStart, int count = 39)
{
    QList<Reading> list;
    for (int k = 0; k < count; ++k) {
        if (k >= 12 && k <= 17)
            continue;
        Reading r;
        r.time = start + k * 10 * kMinute;
        r.fetchedAt = r.time;
        r.balanceMilli = balanceAt(k);
        r.gridWh = 1'000'000 + 10 * k;
        r.generatorWh = 0;
        r.source = PowerSource::Grid;
        list.append(r);
    }
    return list;
}

} // namespace

class TestBalanceSeries : public QObject
{
    Q_OBJECT

private slots:
    void bucketsCarryOpenCloseMinMaxAndRecharges()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 600, QStringLiteral("UTC"));
        QVERIFY(ReadingIngestor(t.db()).ingest(m, history()).ok());
        // A recharge typed in at 3:30, where the balance shows no rise: it counts in its bucket.
        QVERIFY(RechargeLedger(t.db()).add(m, 20'000, kStart + 3 * kHour + 30 * kMinute).ok());

        // "Now" is 6:20: the last 6 hours in hours, from 0:20.
        const qint64 now = kStart + 6 * kHour + 20 * kMinute;
        const Result<BalanceSeries> s = BalanceSeriesQuery(t.db()).run(m, now, 6, 60);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->from, kStart + 20 * kMinute);
        QCOMPARE(s->to, now);
        QCOMPARE(s->buckets.size(), 7);

        // Clipped to the window at both ends: 0:20-1:00 and 6:00-6:20.
        const BalanceBucket &first = s->buckets[0];
        QCOMPARE(first.start, kStart + 20 * kMinute);
        QCOMPARE(first.end, kStart + kHour);
        QCOMPARE(first.openMilli, std::optional<qint64>(balanceAt(2))); // not 0:00's or 0:10's
        QCOMPARE(first.closeMilli, std::optional<qint64>(balanceAt(5)));
        QCOMPARE(first.recharged(), std::optional<qint64>(0));
        const BalanceBucket &last = s->buckets[6];
        QCOMPARE(last.start, kStart + 6 * kHour);
        QCOMPARE(last.end, now);
        QCOMPARE(last.openMilli, std::optional<qint64>(balanceAt(36)));
        QCOMPARE(last.closeMilli, std::optional<qint64>(balanceAt(37))); // 6:20 is after the window

        // 1:00-2:00 falls: opens at its highest, closes at its lowest.
        const BalanceBucket &falling = s->buckets[1];
        QCOMPARE(falling.start, kStart + kHour);
        QCOMPARE(falling.openMilli, std::optional<qint64>(balanceAt(6)));
        QCOMPARE(falling.closeMilli, std::optional<qint64>(balanceAt(11)));
        QCOMPARE(falling.maxMilli, std::optional<qint64>(balanceAt(6)));
        QCOMPARE(falling.minMilli, std::optional<qint64>(balanceAt(11)));

        // 2:00-3:00 has no readings: every value empty, recharged too.
        const BalanceBucket &empty = s->buckets[2];
        QCOMPARE(empty.start, kStart + 2 * kHour);
        QVERIFY(!empty.hasData());
        QVERIFY(!empty.openMilli && !empty.closeMilli && !empty.minMilli && !empty.maxMilli);
        QVERIFY(!empty.recharged());

        // 3:00-4:00 holds the typed recharge.
        QCOMPARE(s->buckets[3].recharged(), std::optional<qint64>(20'000));
        QCOMPARE(s->buckets[3].rechargeCount, 1);

        // 4:00-5:00 rises at 4:10: opens at its lowest, peaks right after the rise, closes
        // below the peak; the detected recharge is what the ledger lists for it.
        const BalanceBucket &rise = s->buckets[4];
        QCOMPARE(rise.openMilli, std::optional<qint64>(balanceAt(24)));
        QCOMPARE(rise.minMilli, std::optional<qint64>(balanceAt(24)));
        QCOMPARE(rise.maxMilli, std::optional<qint64>(balanceAt(25)));
        QCOMPARE(rise.closeMilli, std::optional<qint64>(balanceAt(29)));
        QCOMPARE(rise.rechargeCount, 1);
        QVERIFY2(rise.rechargedMilli >= 50'000 && rise.rechargedMilli <= 50'200,
                 qPrintable(QString::number(rise.rechargedMilli)));
        QCOMPARE(s->buckets[5].recharged(), std::optional<qint64>(0));

        // The recharges themselves, by time, for the chart's markers.
        QCOMPARE(s->recharges.size(), 2);
        QCOMPARE(s->recharges[0].origin, QStringLiteral("manual"));
        QCOMPARE(s->recharges[0].amountMilli, 20'000);
        QCOMPARE(s->recharges[1].origin, QStringLiteral("detected"));
        QCOMPARE(s->recharges[1].time, kStart + 4 * kHour + 10 * kMinute);
    }

    void aReadingWithoutBalanceIsNoBalance()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 600, QStringLiteral("UTC"));
        QList<Reading> list = history(kStart, 12);
        for (Reading &r : list) {
            if (r.time >= kStart + kHour)
                r.balanceMilli.reset();
        }
        QVERIFY(ReadingIngestor(t.db()).ingest(m, list).ok());
        const Result<BalanceSeries> s = BalanceSeriesQuery(t.db()).run(m, kStart + 2 * kHour, 2, 60);
        QVERIFY(s.ok());
        QCOMPARE(s->buckets.size(), 2);
        QCOMPARE(s->buckets[0].closeMilli, std::optional<qint64>(balanceAt(5)));
        QVERIFY(!s->buckets[1].hasData());
        QVERIFY(!s->buckets[1].minMilli);
    }

    void bucketsStartAtLocalMidnightAndNeverSpanIt()
    {
        TestDatabase t;
        // Kolkata is UTC+5:30: local hours start at UTC half hours.
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 600, QStringLiteral("Asia/Kolkata"));
        QVERIFY(ReadingIngestor(t.db()).ingest(m, history()).ok());
        const qint64 now = kStart + 6 * kHour;
        const Result<BalanceSeries> s = BalanceSeriesQuery(t.db()).run(m, now, 3, 60);
        QVERIFY(s.ok());
        // 3:00Z to 6:00Z in local hours: 3:00-3:30, 3:30-4:30, 4:30-5:30, 5:30-6:00.
        QCOMPARE(s->buckets.size(), 4);
        QCOMPARE(s->buckets[0].end, kStart + 3 * kHour + 30 * kMinute);
        QCOMPARE(s->buckets[1].start, kStart + 3 * kHour + 30 * kMinute);
        QCOMPARE(s->buckets[3].end, now);
        // 3:30-4:30 holds 3:30 to 4:20: the rise at 4:10 is its highest point and close.
        QCOMPARE(s->buckets[1].openMilli, std::optional<qint64>(balanceAt(21)));
        QCOMPARE(s->buckets[1].closeMilli, std::optional<qint64>(balanceAt(26)));
        QCOMPARE(s->buckets[1].maxMilli, std::optional<qint64>(balanceAt(25)));
        QCOMPARE(s->buckets[1].minMilli, std::optional<qint64>(balanceAt(24)));

        // Whole days in Berlin across the spring change: 2025-03-30 lasts 23 hours.
        const Meter berlin = t.addMeter(QStringLiteral("b"), QStringLiteral("simulator"), 600,
                                        QStringLiteral("Europe/Berlin"));
        const qint64 march29 = 1'743'202'800; // 2025-03-29T00:00+01:00
        const Result<BalanceSeries> days =
            BalanceSeriesQuery(t.db()).runRange(berlin, march29, march29 + 3 * 86400 - 3600, 1440);
        QVERIFY(days.ok());
        QCOMPARE(days->buckets.size(), 3);
        QCOMPARE(days->buckets[1].end - days->buckets[1].start, 23 * kHour);
        QCOMPARE(days->buckets[2].end, march29 + 3 * 86400 - 3600);
    }

    // A chart narrower than the buckets draws a multiple of the chosen grouping that fits,
    // of whole quarter hours where that costs under twice the width.
    void aNarrowChartDrawsAMultipleOfTheGroupingThatFits()
    {
        QCOMPARE(BalanceSeriesQuery::drawnGroupMinutes(720, 60, 1000), 60); // 721 buckets fit
        QCOMPARE(BalanceSeriesQuery::drawnGroupMinutes(720, 1, 1000), 45);
        QCOMPARE(BalanceSeriesQuery::drawnGroupMinutes(168, 1, 1000), 15);
        QCOMPARE(BalanceSeriesQuery::drawnGroupMinutes(24, 1, 1000), 2);   // 15 would be 7 px
        QCOMPARE(BalanceSeriesQuery::drawnGroupMinutes(720, 7, 1000), 49); // 105 would be 2.4 px
        QCOMPARE(BalanceSeriesQuery::drawnGroupMinutes(720, 1440, 10), 1440);
        for (const int hours : {1, 5, 24, 100, 168, 333, 720}) {
            for (int group = 1; group <= 1440; group += 1 + group / 3) {
                for (const int columns : {100, 640, 1000, 1917}) {
                    const int drawn = BalanceSeriesQuery::drawnGroupMinutes(hours, group, columns);
                    QVERIFY(drawn % group == 0);
                    QVERIFY(drawn >= group && drawn <= 1440);
                    const qint64 buckets = (qint64(hours) * 60 + drawn - 1) / drawn + 1;
                    QVERIFY2(buckets <= columns || drawn == 1440,
                             qPrintable(QStringLiteral("%1 h %2 min %3 px: %4")
                                            .arg(hours)
                                            .arg(group)
                                            .arg(columns)
                                            .arg(drawn)));
                    if (drawn > group) // no finer multiple would have fitted
                        QVERIFY((qint64(hours) * 60 + (drawn - group) - 1) / (drawn - group) + 1 > columns ||
                                drawn % 15 == 0);
                }
            }
        }
    }

    // Each drawn bucket is the union of the chosen ones in it: its first open, last close,
    // lowest, highest and recharges are theirs (Kathmandu, +5:45: quarter-hour origins).
    void drawnBucketsAreUnionsOfTheChosenOnes()
    {
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 60,
                                   QStringLiteral("Asia/Kathmandu"));
        QList<Reading> list;
        qint64 balance = 900'000;
        for (qint64 time = kStart; time < kStart + 3 * 86400; time += 60 + (time / 60) % 7) {
            balance += (time / 60) % 997 == 0 ? 250'000 : -qint64((time / 60) % 13);
            if ((time / 3600) % 29 == 5)
                continue; // an hour without readings
            Reading r;
            r.time = time;
            r.fetchedAt = time;
            r.balanceMilli = balance;
            r.gridWh = 1'000'000 + (time - kStart) / 60;
            list.append(r);
        }
        QVERIFY(ReadingIngestor(t.db()).ingest(m, list).ok());
        const qint64 at = kStart + 3 * 86400 - 1234;
        for (const int group : {1, 2, 5, 7, 10}) {
            const int drawn = BalanceSeriesQuery::drawnGroupMinutes(70, group, 300);
            QVERIFY(drawn > group);
            const Result<BalanceSeries> fine = BalanceSeriesQuery(t.db()).run(m, at, 70, group);
            const Result<BalanceSeries> coarse = BalanceSeriesQuery(t.db()).run(m, at, 70, drawn);
            QVERIFY(fine.ok() && coarse.ok());
            QCOMPARE(coarse->groupMinutes, drawn);
            QVERIFY(coarse->buckets.size() <= 300);
            QVERIFY(!coarse->recharges.isEmpty());
            auto f = fine->buckets.cbegin();
            for (const BalanceBucket &c : coarse->buckets) {
                BalanceBucket merged;
                merged.start = f->start;
                for (; f != fine->buckets.cend() && f->end <= c.end; ++f) {
                    merged.end = f->end;
                    merged.rechargedMilli += f->rechargedMilli;
                    merged.rechargeCount += f->rechargeCount;
                    if (!f->hasData())
                        continue;
                    if (!merged.hasData()) {
                        merged.openMilli = f->openMilli;
                        merged.minMilli = f->minMilli;
                        merged.maxMilli = f->maxMilli;
                    }
                    merged.closeMilli = f->closeMilli;
                    merged.minMilli = std::min(*merged.minMilli, *f->minMilli);
                    merged.maxMilli = std::max(*merged.maxMilli, *f->maxMilli);
                }
                QCOMPARE(merged.start, c.start);
                QCOMPARE(merged.end, c.end);
                QCOMPARE(merged.openMilli, c.openMilli);
                QCOMPARE(merged.closeMilli, c.closeMilli);
                QCOMPARE(merged.minMilli, c.minMilli);
                QCOMPARE(merged.maxMilli, c.maxMilli);
                QCOMPARE(merged.rechargedMilli, c.rechargedMilli);
                QCOMPARE(merged.rechargeCount, c.rechargeCount);
            }
            QVERIFY(f == fine->buckets.cend());
        }
    }

    void refusesWindowsOutOfRange()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        BalanceSeriesQuery q(t.db());
        QVERIFY(!q.run(m, kStart, 0, 60).ok());
        QVERIFY(!q.run(m, kStart, 721, 60).ok());
        QVERIFY(!q.run(m, kStart, 24, 0).ok());
        QVERIFY(!q.run(m, kStart, 24, 1441).ok());
        QVERIFY(!q.runRange(m, kStart, kStart, 60).ok());
    }
};

QTEST_GUILESS_MAIN(TestBalanceSeries)
#include "tst_balanceseries.moc"
