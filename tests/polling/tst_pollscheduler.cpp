#include "ScriptedProvider.h"
#include "TestDatabase.h"
#include "polling/PollScheduler.h"
#include "storage/DailyUsageRepository.h"
#include "storage/ReadingRepository.h"
#include "storage/RechargeRepository.h"

#include <QSqlQuery>

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

namespace {

Reading readingAt(qint64 time, qint64 balance = 1'000'000)
{
    Reading r;
    r.time = time;
    r.fetchedAt = QDateTime::currentSecsSinceEpoch();
    r.balanceMilli = balance;
    r.gridWh = 10'000;
    r.generatorWh = 0;
    r.loadW = 500;
    r.source = PowerSource::Grid;
    return r;
}

FetchOutcome lastOutcome(const QSignalSpy &spy)
{
    return spy.constLast().at(1).value<FetchOutcome>();
}

} // namespace

class TestPollScheduler : public QObject
{
    Q_OBJECT

private:
    // A scheduler whose meters all get one ScriptedProvider, returned for scripting.
    struct Rig
    {
        TestDatabase t;
        PollScheduler scheduler{t.db()};
        ScriptedProvider *provider = nullptr;
        std::function<void(ScriptedProvider *)> configure; // applied to each new provider
        Meter meter;

        explicit Rig(int intervalSeconds = 30)
        {
            meter = t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), intervalSeconds);
            scheduler.setProviderFactory([this](const Meter &, const ProviderContext &, QObject *parent) {
                provider = new ScriptedProvider(parent);
                if (configure)
                    configure(provider);
                return provider;
            });
            scheduler.addMeter(meter);
        }
    };

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FetchOutcome>();
        qRegisterMetaType<MeterHealth>();
    }

    void simulatorPollStoresAReading()
    {
        TestDatabase t;
        QJsonObject settings{{QStringLiteral("seed"), 4},
                             {QStringLiteral("origin"), QDateTime::currentSecsSinceEpoch() - 3600}};
        const Meter meter = t.addMeter(QStringLiteral("sim"), QStringLiteral("simulator"), 30,
                                       QStringLiteral("Asia/Kolkata"), settings);
        PollScheduler scheduler(t.db());
        scheduler.addMeter(meter);
        QSignalSpy finished(&scheduler, &PollScheduler::fetchFinished);
        QSignalSpy stored(&scheduler, &PollScheduler::readingStored);
        QCOMPARE(scheduler.health(meter.id).state, MeterHealth::State::Unknown);
        QVERIFY(scheduler.pollNow(meter.id));
        QVERIFY(finished.wait(5000));
        QCOMPARE(lastOutcome(finished).kind, FetchOutcome::Kind::Reading);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(ReadingRepository(t.db()).count(meter.id), 1);
        const MeterHealth health = scheduler.health(meter.id);
        QCOMPARE(health.state, MeterHealth::State::Ok);
        QCOMPARE(health.lastGoodReadingTime, ReadingRepository(t.db()).latest(meter.id)->time);
        QVERIFY(health.lastFetchAt > 0);
    }

    void repeatedRecordIsStaleAndStoredOnce()
    {
        Rig rig;
        const Reading r = readingAt(QDateTime::currentSecsSinceEpoch() - 5);
        rig.provider->enqueue(FetchOutcome::fresh(r));
        QSignalSpy finished(&rig.scheduler, &PollScheduler::fetchFinished);
        QVERIFY(rig.scheduler.pollNow(rig.meter.id));
        QVERIFY(finished.wait());
        QVERIFY(rig.scheduler.pollNow(rig.meter.id));
        QVERIFY(finished.wait());
        QCOMPARE(lastOutcome(finished).kind, FetchOutcome::Kind::Stale);
        QCOMPARE(ReadingRepository(rig.t.db()).count(rig.meter.id), 1);
        // A repeat shortly after fresh data is normal: still ok.
        QCOMPARE(rig.scheduler.health(rig.meter.id).state, MeterHealth::State::Ok);
    }

    void longRunOfRepeatsIsStale()
    {
        Rig rig;
        const Reading old = readingAt(QDateTime::currentSecsSinceEpoch() - 1000);
        rig.provider->enqueue(FetchOutcome::fresh(old));
        QSignalSpy finished(&rig.scheduler, &PollScheduler::fetchFinished);
        QSignalSpy health(&rig.scheduler, &PollScheduler::healthChanged);
        rig.scheduler.pollNow(rig.meter.id);
        QVERIFY(finished.wait());
        rig.scheduler.pollNow(rig.meter.id);
        QVERIFY(finished.wait());
        QCOMPARE(rig.scheduler.health(rig.meter.id).state, MeterHealth::State::Stale);
        QCOMPARE(health.constLast().at(1).value<MeterHealth>().stateName(), QStringLiteral("stale"));
    }

    void neverTwoFetchesOfOneMeterAtOnce()
    {
        Rig rig;
        rig.provider->enqueue(FetchOutcome::fresh(readingAt(QDateTime::currentSecsSinceEpoch())), 200);
        QSignalSpy finished(&rig.scheduler, &PollScheduler::fetchFinished);
        QVERIFY(rig.scheduler.pollNow(rig.meter.id));
        QVERIFY(rig.scheduler.isFetching(rig.meter.id));
        QVERIFY(!rig.scheduler.pollNow(rig.meter.id));
        rig.scheduler.pollAllNow();
        QCOMPARE(rig.provider->fetchCount(), 1);
        QVERIFY(finished.wait());
        QVERIFY(!rig.scheduler.isFetching(rig.meter.id));
        QVERIFY(rig.scheduler.pollNow(rig.meter.id));
        QCOMPARE(rig.provider->fetchCount(), 2);
    }

    void watchdogEndsAHangingFetch()
    {
        Rig rig;
        rig.scheduler.setFetchTimeoutMs(300);
        rig.provider->enqueue(FetchOutcome::fresh(readingAt(QDateTime::currentSecsSinceEpoch())), 60'000);
        QSignalSpy finished(&rig.scheduler, &PollScheduler::fetchFinished);
        QVERIFY(rig.scheduler.pollNow(rig.meter.id));
        QVERIFY(finished.wait(3000));
        QCOMPARE(lastOutcome(finished).kind, FetchOutcome::Kind::Timeout);
        QCOMPARE(rig.provider->abortCount(), 1);
        QVERIFY(!rig.provider->isBusy());
        const MeterHealth health = rig.scheduler.health(rig.meter.id);
        QCOMPARE(health.state, MeterHealth::State::Failing);
        QVERIFY2(health.sentence().contains(QStringLiteral("did not answer in time")),
                 qPrintable(health.sentence()));
        QCOMPARE(ReadingRepository(rig.t.db()).count(rig.meter.id), 0);
    }

    void backsOffExponentiallyAndResetsOnSuccess()
    {
        Rig rig(1); // 1 s interval: back-off base 1 s
        rig.provider->enqueue(
            FetchOutcome::failure(FetchOutcome::Kind::ServerError, QStringLiteral("HTTP 500")));
        QSignalSpy finished(&rig.scheduler, &PollScheduler::fetchFinished);
        rig.scheduler.start();
        for (int n = 1; n <= 3; ++n) {
            QVERIFY(finished.wait(10'000));
            const MeterHealth h = rig.scheduler.health(rig.meter.id);
            QCOMPARE(h.consecutiveFailures, n);
            const qint64 delay = h.nextFetchAtMs - QDateTime::currentMSecsSinceEpoch();
            const qint64 full = 1000LL << (n - 1);
            QVERIFY2(delay >= full / 2 - 100 && delay <= full + 50,
                     qPrintable(QStringLiteral("failure %1: delay %2").arg(n).arg(delay)));
            QVERIFY(h.sentence().contains(QStringLiteral("HTTP 500")));
        }
        // The next answer is good: failures reset, back to the plain interval.
        rig.provider->setScript(FetchOutcome::fresh(readingAt(QDateTime::currentSecsSinceEpoch())));
        QVERIFY(finished.wait(10'000));
        const MeterHealth h = rig.scheduler.health(rig.meter.id);
        QCOMPARE(h.consecutiveFailures, 0);
        QCOMPARE(h.state, MeterHealth::State::Ok);
        QVERIFY(h.nextFetchAtMs - QDateTime::currentMSecsSinceEpoch() <= 1000);
        rig.scheduler.stop();
    }

    void honoursRetryAfterAndHumanCheck_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<qint64>("minimumMs");
        QTest::newRow("429 Retry-After 120")
            << int(FetchOutcome::Kind::RateLimited) << 120 << qint64(119'000);
        QTest::newRow("human check") << int(FetchOutcome::Kind::HumanCheckRequired) << 0 << qint64(3599'000);
    }
    void honoursRetryAfterAndHumanCheck()
    {
        QFETCH(int, kind);
        QFETCH(int, retryAfter);
        QFETCH(qint64, minimumMs);
        Rig rig(30);
        FetchOutcome outcome = FetchOutcome::failure(static_cast<FetchOutcome::Kind>(kind), QString());
        if (retryAfter > 0)
            outcome.retryAfterSeconds = retryAfter;
        rig.provider->enqueue(outcome);
        QSignalSpy finished(&rig.scheduler, &PollScheduler::fetchFinished);
        rig.scheduler.start();
        QVERIFY(finished.wait(5000));
        const qint64 delay =
            rig.scheduler.health(rig.meter.id).nextFetchAtMs - QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(delay >= minimumMs, qPrintable(QString::number(delay)));
        rig.scheduler.stop();
    }

    void impossibleReadingsAreRefused_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("balanceMilli");
        QTest::addColumn<QString>("field");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QTest::newRow("from the future") << now + 86400 << qint64(500'000) << QStringLiteral("time");
        // A zero placeholder or a misread format; the next real reading would make one interval
        // of decades.
        QTest::newRow("from before 2000") << qint64(86400) << qint64(500'000) << QStringLiteral("time");
        // A timestamp read as the balance: stored, it would overflow the ledger's arithmetic.
        QTest::newRow("beyond a billion")
            << now << qint64(1'753'000'000'000'000) << QStringLiteral("balance");
    }

    void impossibleReadingsAreRefused()
    {
        QFETCH(qint64, time);
        QFETCH(qint64, balanceMilli);
        QFETCH(QString, field);
        Rig rig;
        rig.provider->enqueue(FetchOutcome::fresh(readingAt(time, balanceMilli)));
        QSignalSpy finished(&rig.scheduler, &PollScheduler::fetchFinished);
        rig.scheduler.pollNow(rig.meter.id);
        QVERIFY(finished.wait());
        QCOMPARE(lastOutcome(finished).kind, FetchOutcome::Kind::BadData);
        QCOMPARE(lastOutcome(finished).field, field);
        QCOMPARE(ReadingRepository(rig.t.db()).count(rig.meter.id), 0);
    }

    void removingAMeterMidFetchIsSafe()
    {
        Rig rig;
        rig.provider->enqueue(FetchOutcome::fresh(readingAt(QDateTime::currentSecsSinceEpoch())), 100);
        QSignalSpy finished(&rig.scheduler, &PollScheduler::fetchFinished);
        QVERIFY(rig.scheduler.pollNow(rig.meter.id));
        rig.scheduler.removeMeter(rig.meter.id);
        QVERIFY(!finished.wait(400));
        QVERIFY(rig.scheduler.meterIds().isEmpty());
    }

    void shutdownAbortsTheFetchesInFlight()
    {
        // Quitting: a fetch still waiting for its answer is aborted, nothing is stored or
        // recorded for it, and no fetch starts afterwards.
        Rig rig(1);
        rig.provider->enqueue(FetchOutcome::fresh(readingAt(QDateTime::currentSecsSinceEpoch())), 300);
        QSignalSpy finished(&rig.scheduler, &PollScheduler::fetchFinished);
        QSignalSpy health(&rig.scheduler, &PollScheduler::healthChanged);
        rig.scheduler.start();
        QVERIFY(rig.scheduler.pollNow(rig.meter.id));
        QVERIFY(rig.scheduler.isFetching(rig.meter.id));
        health.clear();
        rig.scheduler.shutdown();
        QVERIFY(!rig.scheduler.isRunning());
        QVERIFY(!rig.scheduler.isFetching(rig.meter.id));
        QCOMPARE(rig.provider->abortCount(), 1);
        QVERIFY(!rig.provider->isBusy());
        QVERIFY(!rig.scheduler.pollNow(rig.meter.id));
        rig.scheduler.pollAllNow();
        rig.scheduler.start();
        QVERIFY(!finished.wait(1500));
        QCOMPARE(rig.provider->fetchCount(), 1);
        QVERIFY(health.isEmpty());
        QCOMPARE(ReadingRepository(rig.t.db()).count(rig.meter.id), 0);
    }

    void pausedSchedulerDoesNotFetch()
    {
        Rig rig(1);
        rig.provider->enqueue(FetchOutcome::fresh(readingAt(QDateTime::currentSecsSinceEpoch())));
        rig.scheduler.setPaused(true);
        rig.scheduler.start();
        QTest::qWait(1500);
        QCOMPARE(rig.provider->fetchCount(), 0);
        QCOMPARE(rig.scheduler.health(rig.meter.id).nextFetchAtMs, 0);
        QSignalSpy finished(&rig.scheduler, &PollScheduler::fetchFinished);
        rig.scheduler.setPaused(false);
        QVERIFY(finished.wait(3000));
        QVERIFY(rig.provider->fetchCount() >= 1);
        rig.scheduler.stop();
    }

    void backwardsCounterIsRefusedThenConfirmedAsAReset()
    {
        Rig rig;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        Reading before = readingAt(now - 90);
        before.gridWh = 48'808'720;
        Reading glitch = readingAt(now - 60);
        glitch.gridWh = 1'000;
        Reading confirm = readingAt(now - 30);
        confirm.gridWh = 1'010;
        rig.provider->enqueue(FetchOutcome::fresh(before));
        rig.provider->enqueue(FetchOutcome::fresh(glitch));
        rig.provider->enqueue(FetchOutcome::fresh(confirm));
        rig.provider->enqueue(FetchOutcome::fresh(confirm)); // the last one repeats
        QSignalSpy finished(&rig.scheduler, &PollScheduler::fetchFinished);
        QSignalSpy reset(&rig.scheduler, &PollScheduler::counterReset);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(rig.scheduler.pollNow(rig.meter.id));
            QVERIFY(finished.wait());
        }
        QCOMPARE(finished.at(1).at(1).value<FetchOutcome>().kind, FetchOutcome::Kind::BadData);
        QCOMPARE(finished.at(1).at(1).value<FetchOutcome>().field, QStringLiteral("grid_kwh"));
        QCOMPARE(finished.at(2).at(1).value<FetchOutcome>().kind, FetchOutcome::Kind::Reading);
        QCOMPARE(reset.size(), 1);
        // All three are stored, the reset one too: the chart sees a reset, never a spike.
        QCOMPARE(ReadingRepository(rig.t.db()).count(rig.meter.id), 3);
        QSqlQuery q(rig.t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind FROM meter_events ORDER BY id")));
        QStringList kinds;
        while (q.next())
            kinds << q.value(0).toString();
        QCOMPARE(kinds, (QStringList{QStringLiteral("counter_backwards"), QStringLiteral("counter_reset")}));
    }

    void singleGlitchIsDroppedWhenCountersRecover()
    {
        Rig rig;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        Reading a = readingAt(now - 90);
        a.gridWh = 5'000;
        Reading glitch = readingAt(now - 60);
        glitch.gridWh = 0;
        Reading b = readingAt(now - 30);
        b.gridWh = 5'010;
        rig.provider->enqueue(FetchOutcome::fresh(a));
        rig.provider->enqueue(FetchOutcome::fresh(glitch));
        rig.provider->enqueue(FetchOutcome::fresh(b));
        QSignalSpy finished(&rig.scheduler, &PollScheduler::fetchFinished);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(rig.scheduler.pollNow(rig.meter.id));
            QVERIFY(finished.wait());
        }
        QCOMPARE(finished.at(2).at(1).value<FetchOutcome>().kind, FetchOutcome::Kind::Reading);
        QCOMPARE(ReadingRepository(rig.t.db()).count(rig.meter.id), 2); // the glitch never landed
    }

    void historyAndExtrasAreStoredOnceInOneGo()
    {
        Rig rig;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        FetchOutcome outcome = FetchOutcome::fresh(readingAt(now - 10));
        outcome.history = {readingAt(now - 7200), readingAt(now - 3600)};
        ProviderRecharge recharge;
        recharge.time = now - 5000;
        recharge.amountMilli = 1'000'000;
        recharge.reference = QStringLiteral("ORD-1");
        recharge.status = QStringLiteral("pending");
        outcome.recharges = {recharge};
        DailyUsage day;
        day.date = QDate(2025, 7, 24);
        day.energyWh = 12'500;
        day.costMilli = 95'000;
        outcome.dailyUsage = {day};
        rig.provider->enqueue(outcome);
        recharge.status = QStringLiteral("success");
        outcome.recharges = {recharge};
        rig.provider->enqueue(outcome);
        QSignalSpy finished(&rig.scheduler, &PollScheduler::fetchFinished);
        QVERIFY(rig.scheduler.pollNow(rig.meter.id));
        QVERIFY(finished.wait());
        QVERIFY(rig.scheduler.pollNow(rig.meter.id));
        QVERIFY(finished.wait());
        QCOMPARE(ReadingRepository(rig.t.db()).count(rig.meter.id), 3);
        const auto recharges = RechargeRepository(rig.t.db()).providerRecharges(rig.meter.id);
        QCOMPARE(recharges->size(), 1);
        QCOMPARE(recharges->at(0).status, QStringLiteral("success"));
        const auto days =
            DailyUsageRepository(rig.t.db()).range(rig.meter.id, QDate(2025, 7, 1), QDate(2025, 7, 31));
        QCOMPARE(days->size(), 1);
        QCOMPARE(days->at(0).energyWh, std::optional<qint64>(12'500));
        // The repeated live record made the second fetch stale, the extras were still merged.
        QCOMPARE(finished.at(1).at(1).value<FetchOutcome>().kind, FetchOutcome::Kind::Stale);
    }

    void backfillRunsOnceBeforeTheFirstFetch()
    {
        Rig rig;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        FetchOutcome history = FetchOutcome::fresh(readingAt(now - 100));
        history.history = {readingAt(now - 86400), readingAt(now - 43200)};
        rig.configure = [history, now](ScriptedProvider *p) {
            p->setBackfill(history);
            p->enqueue(FetchOutcome::fresh(readingAt(now - 5)));
        };
        rig.scheduler.addMeter(rig.meter); // re-created with a history API
        QSignalSpy finished(&rig.scheduler, &PollScheduler::fetchFinished);
        rig.scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 5000);
        rig.scheduler.stop();
        QCOMPARE(rig.provider->backfillCount(), 1);
        QCOMPARE(rig.provider->fetchCount(), 1); // the live fetch followed right away
        QCOMPARE(rig.provider->lastBackfillRange().second - rig.provider->lastBackfillRange().first,
                 qint64(PollScheduler::kBackfillDays) * 86400);
        QCOMPARE(ReadingRepository(rig.t.db()).count(rig.meter.id), 4);
        // Remembered: after a restart (a new provider object) there is no second backfill.
        ScriptedProvider *previous = rig.provider;
        rig.scheduler.addMeter(rig.meter);
        QVERIFY(rig.provider != previous);
        QVERIFY(rig.scheduler.pollNow(rig.meter.id));
        QVERIFY(finished.wait());
        QCOMPARE(rig.provider->backfillCount(), 0);
        QCOMPARE(rig.provider->fetchCount(), 1);
    }

    void unknownProviderIsReportedNotCrashed()
    {
        TestDatabase t;
        const Meter meter = t.addMeter();
        Meter odd = meter;
        odd.provider = QStringLiteral("from-the-future");
        PollScheduler scheduler(t.db());
        scheduler.addMeter(odd);
        QVERIFY(!scheduler.pollNow(odd.id));
        QCOMPARE(scheduler.health(odd.id).state, MeterHealth::State::Failing);
        QVERIFY(scheduler.health(odd.id).lastError.contains(QStringLiteral("from-the-future")));
    }
};

QTEST_GUILESS_MAIN(TestPollScheduler)
#include "tst_pollscheduler.moc"
