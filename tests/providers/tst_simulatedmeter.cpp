#include "TestDatabase.h"
#include "providers/ProviderRegistry.h"
#include "providers/SimulatedMeter.h"
#include "providers/SimulatorProvider.h"
#include "setup/SimulatorBackfill.h"
#include "storage/MeterRepository.h"

#include <QDateTime>
#include <QSignalSpy>

#include <QRandomGenerator>
#include <QTest>

namespace {

const qint64 kOrigin = 1'735'689'600; // 2025-01-01T00:00:00Z

SimulatedMeter make(quint64 seed = 11, const char *zone = "Asia/Kolkata")
{
    return SimulatedMeter(seed, kOrigin, QTimeZone(zone));
}

} // namespace

class TestSimulatedMeter : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameHistory()
    {
        SimulatedMeter a = make();
        SimulatedMeter b = make();
        const QList<Reading> ha = a.history(kOrigin, kOrigin + 3 * 86400);
        const QList<Reading> hb = b.history(kOrigin, kOrigin + 3 * 86400);
        QCOMPARE(ha.size(), hb.size());
        for (int i = 0; i < ha.size(); ++i)
            QVERIFY(ha[i].sameRecordAs(hb[i]));
    }

    void differentSeedsDiffer()
    {
        SimulatedMeter a = make(1);
        SimulatedMeter b = make(2);
        QVERIFY(!a.recordAt(kOrigin + 86400).sameRecordAs(b.recordAt(kOrigin + 86400)));
    }

    void liveLookupsAgreeWithHistory()
    {
        // A poll at any moment sees exactly the newest record of the bulk history before it,
        // whatever order the moments come in.
        SimulatedMeter bulk = make();
        const QList<Reading> history = bulk.history(kOrigin, kOrigin + 2 * 86400);
        SimulatedMeter live = make();
        QRandomGenerator rng(5);
        for (int i = 0; i < 200; ++i) {
            const qint64 t = kOrigin + 60 + qint64(rng.bounded(2 * 86400 - 120));
            const Reading seen = live.recordAt(t);
            const auto it = std::upper_bound(history.begin(), history.end(), t,
                                             [](qint64 time, const Reading &r) { return time < r.time; });
            QVERIFY(it != history.begin());
            QVERIFY2((it - 1)->sameRecordAs(seen), qPrintable(QString::number(t)));
            QVERIFY(seen.time <= t);
        }
    }

    // A live poll resumes the walk from a checkpoint: the same records to the last digit as a
    // walk from the origin, for the cost of the slots since the checkpoint (issue 13: a poll
    // of a meter with ten years of history stepped through all of them).
    void resumedWalkMatchesWalkFromOriginAndStepsOnlyTheRest()
    {
        SimulatedMeter first = make();
        const qint64 checkpointAt = kOrigin + 200 * 86400;
        first.recordAt(checkpointAt);
        const QString checkpoint = first.checkpoint();

        SimulatedMeter resumed = make();
        QVERIFY(resumed.resume(checkpoint));
        SimulatedMeter fromOrigin = make();
        for (const qint64 t : {checkpointAt + 30, checkpointAt + 3600, checkpointAt + 5 * 86400 + 17}) {
            const Reading a = resumed.recordAt(t);
            const Reading b = fromOrigin.recordAt(t);
            QVERIFY2(a.sameRecordAs(b), qPrintable(QString::number(t)));
            QCOMPARE(a.balanceMilli, b.balanceMilli);
        }
        // Five days and a bit of slots, not the 205 days since the origin.
        const qint64 expectedSteps = (5 * 86400 + 17) / SimulatedMeter::kSlotSeconds;
        QVERIFY2(qAbs(resumed.stepsTaken() - expectedSteps) <= 1,
                 qPrintable(QString::number(resumed.stepsTaken())));
        QVERIFY(fromOrigin.stepsTaken() > 200 * 2880);

        // Another seed's or origin's checkpoint, garbage, or one behind the walk: refused.
        QVERIFY(!make(12).resume(checkpoint));
        QVERIFY(!SimulatedMeter(11, kOrigin + 30, QTimeZone("Asia/Kolkata")).resume(checkpoint));
        QVERIFY(!make().resume(QStringLiteral("1 11 x")));
        QVERIFY(!resumed.resume(checkpoint));
    }

    // Through the registry, as the poller creates it: a poll after `simulate` resumes from
    // where the history ends, and leaves its own checkpoint for the next process.
    void providerPollResumesFromTheStoredCheckpoint()
    {
        TestDatabase t;
        Meter meter = t.addMeter(QStringLiteral("sim"), QStringLiteral("simulator"), 30);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const Result<Meter> prepared = SimulatorBackfill::prepare(t.db(), meter, 20, 5, now);
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        meter = prepared.value();
        QVERIFY(SimulatorBackfill::run(t.db(), meter, now - 20 * 86400, now).ok());

        const auto poll = [&t, &meter] {
            std::unique_ptr<MeterProvider> provider(
                ProviderRegistry::find(QStringLiteral("simulator"))
                    ->create(meter, ProviderContext{nullptr, nullptr, &t.db()}, nullptr));
            QSignalSpy finished(provider.get(), &MeterProvider::finished);
            provider->fetch();
            if (!finished.wait(10'000))
                qFatal("no answer");
            const auto *simulator = static_cast<SimulatorProvider *>(provider.get());
            return std::make_pair(finished.constFirst().constFirst().value<FetchOutcome>(),
                                  simulator->model().stepsTaken());
        };
        const auto [outcome, steps] = poll();
        QVERIFY(outcome.reading);
        // The seconds since the history's end, not its 20 days (57 600 slots).
        QVERIFY2(steps < 2880, qPrintable(QString::number(steps)));
        SimulatedMeter fromOrigin = SimulatorProvider::meterModel(meter);
        QVERIFY(fromOrigin.recordAt(outcome.reading->time).sameRecordAs(*outcome.reading));
        const auto [again, stepsAgain] = poll();
        QVERIFY(again.reading);
        QVERIFY2(stepsAgain < 2880, qPrintable(QString::number(stepsAgain)));
    }

    void historyInPiecesEqualsHistoryAtOnce()
    {
        SimulatedMeter whole = make();
        const QList<Reading> all = whole.history(kOrigin + 1000, kOrigin + 86400 + 1000);
        SimulatedMeter pieces = make();
        QList<Reading> joined;
        for (qint64 from = kOrigin + 1000; from < kOrigin + 86400 + 1000; from += 7777)
            joined += pieces.history(from, qMin(from + 7777, kOrigin + 86400 + 1000));
        QCOMPARE(joined.size(), all.size());
        for (int i = 0; i < all.size(); ++i)
            QVERIFY(joined[i].sameRecordAs(all[i]));
    }

    void behavesLikeARealMeter()
    {
        SimulatedMeter m = make(2025);
        const QList<Reading> h = m.history(kOrigin, kOrigin + 30 * 86400);
        const int slotCount = 30 * 86400 / SimulatedMeter::kSlotSeconds;
        // About 3 % of slots repeat the previous record.
        QVERIFY2(h.size() > slotCount * 0.95 && h.size() < slotCount * 0.99,
                 qPrintable(QString::number(h.size())));
        int generatorReadings = 0;
        int recharges = 0;
        double gridKwh = 0;
        for (int i = 1; i < h.size(); ++i) {
            const Reading &a = h[i - 1];
            const Reading &b = h[i];
            QVERIFY(b.time > a.time);
            QVERIFY(*b.gridWh >= *a.gridWh); // counters never go back
            QVERIFY(*b.generatorWh >= *a.generatorWh);
            QVERIFY(*b.balanceMilli > 0); // never runs dry
            QVERIFY(*b.loadW >= 0);
            if (b.source == PowerSource::Generator) {
                ++generatorReadings;
                if (a.source == PowerSource::Generator)
                    QCOMPARE(*b.gridWh, *a.gridWh); // the grid counter stands still during an outage
            }
            if (*b.balanceMilli > *a.balanceMilli + 100'000)
                ++recharges;
        }
        gridKwh = double(*h.constLast().gridWh - *h.constFirst().gridWh) / 1000.0;
        QVERIFY2(generatorReadings > 100, qPrintable(QString::number(generatorReadings)));
        QVERIFY2(recharges >= 1, qPrintable(QString::number(recharges)));
        QVERIFY2(gridKwh / 30 > 5 && gridKwh / 30 < 40, qPrintable(QString::number(gridKwh)));
        // Values are rounded as the vendor's server rounds them (two decimals).
        QCOMPARE(*h[100].balanceMilli % 10, 0);
        QCOMPARE(*h[100].gridWh % 10, 0);
    }

    void eveningPeakAboveNight()
    {
        SimulatedMeter m = make(3, "UTC");
        double night = 0;
        double evening = 0;
        for (int day = 0; day < 20; ++day) {
            night += double(*m.recordAt(kOrigin + day * 86400 + 3 * 3600).loadW);
            evening += double(*m.recordAt(kOrigin + day * 86400 + 20 * 3600 + 1800).loadW);
        }
        QVERIFY2(evening > 2 * night, qPrintable(QStringLiteral("%1 %2").arg(evening).arg(night)));
    }

    void worksAcrossDaylightSavingChanges()
    {
        // Europe/Berlin switches on 2025-03-30 and 2025-10-26; the walk must not stall or skip.
        SimulatedMeter m(9, 1'742'860'800 /* 2025-03-25 */, QTimeZone("Europe/Berlin"));
        const QList<Reading> h = m.history(1'742'860'800, 1'742'860'800 + 10 * 86400);
        QVERIFY(h.size() > 10 * 2880 * 0.95);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedMeter)
#include "tst_simulatedmeter.moc"
