#include "ScriptedProvider.h"
#include "TestDatabase.h"
#include "polling/PollScheduler.h"
#include "storage/ReadingRepository.h"

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
        Meter meter;

        explicit Rig(int intervalSeconds = 30)
        {
            meter = t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), intervalSeconds);
            scheduler.setProviderFactory([this](const Meter &, const ProviderContext &, QObject *parent) {
                provider = new ScriptedProvider(parent);
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

    void readingFromTheFutureIsRefused()
    {
        Rig rig;
        rig.provider->enqueue(FetchOutcome::fresh(readingAt(QDateTime::currentSecsSinceEpoch() + 86400)));
        QSignalSpy finished(&rig.scheduler, &PollScheduler::fetchFinished);
        rig.scheduler.pollNow(rig.meter.id);
        QVERIFY(finished.wait());
        QCOMPARE(lastOutcome(finished).kind, FetchOutcome::Kind::BadData);
        QCOMPARE(lastOutcome(finished).field, QStringLiteral("time"));
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
