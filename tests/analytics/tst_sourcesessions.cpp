#include "DerivedSnapshot.h"
#include "RandomHistory.h"
#include "TestDatabase.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/RechargeLedger.h"
#include "analytics/SourceSessionTracker.h"
#include "storage/ReadingRepository.h"
#include "storage/SessionRepository.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

namespace {

constexpr qint64 kDay = 1'753'056'000; // 2025-07-21T00:00:00Z
constexpr qint64 kAll = std::numeric_limits<qint64>::max();

// Tariff used by these meters: grid 8.000 and generator 22.000 per kWh (milli per Wh).
const QJsonObject kRates{{QStringLiteral("grid_rate"), 8.0}, {QStringLiteral("generator_rate"), 22.0}};

// A reading whose balance follows its counters at the tariff above.
class Meterline
{
public:
    explicit Meterline(qint64 start)
        : m_t(start)
    {}
    // `seconds` later, `wh` drawn from `drawn`, the provider saying `reported`.
    Reading next(qint64 seconds, qint64 wh, PowerSource drawn, PowerSource reported)
    {
        m_t += seconds;
        (drawn == PowerSource::Grid ? m_grid : m_generator) += wh;
        m_balance -= wh * (drawn == PowerSource::Grid ? 8 : 22);
        return current(reported);
    }
    Reading next(qint64 seconds, qint64 wh, PowerSource source) { return next(seconds, wh, source, source); }
    Reading current(PowerSource reported) const
    {
        Reading r;
        r.time = m_t;
        r.fetchedAt = m_t;
        r.balanceMilli = m_balance;
        r.gridWh = m_grid;
        r.generatorWh = m_generator;
        r.source = reported;
        return r;
    }
    void recharge(qint64 milli) { m_balance += milli; }
    qint64 time() const { return m_t; }

private:
    qint64 m_t;
    qint64 m_grid = 48'808'720; // the ELNET sample's EB counter
    qint64 m_generator = 477'240;
    qint64 m_balance = 1'787'420;
};

QList<SourceSession> sessionsOf(TestDatabase &t, const Meter &m)
{
    return SessionRepository(t.db()).sessions(m.id, std::numeric_limits<qint64>::min(), kAll).value();
}

QString dump(const QList<SourceSession> &list)
{
    QStringList lines;
    for (const SourceSession &s : list)
        lines << QStringLiteral("%1 %2..%3 %4Wh")
                     .arg(powerSourceName(s.source))
                     .arg(s.start)
                     .arg(s.end ? QString::number(*s.end) : QStringLiteral("open"))
                     .arg(s.energyWh);
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestSourceSessions : public QObject
{
    Q_OBJECT

private:
    Meter utcMeter(TestDatabase &t, int interval = 30)
    {
        return t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), interval, QStringLiteral("UTC"),
                          kRates);
    }

private slots:
    void onePollOnTheOtherSourceIsNoSession()
    {
        TestDatabase t;
        const Meter m = utcMeter(t);
        Meterline line(kDay);
        QList<Reading> readings{line.current(PowerSource::Grid)};
        for (int i = 0; i < 5; ++i)
            readings << line.next(30, 10, PowerSource::Grid);
        // One generator reading between grid ones, its counter really moving: not a session.
        readings << line.next(30, 5, PowerSource::Generator);
        for (int i = 0; i < 5; ++i)
            readings << line.next(30, 10, PowerSource::Grid);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, readings).ok());
        const QList<SourceSession> sessions = sessionsOf(t, m);
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions[0].source, PowerSource::Grid);
        QVERIFY(sessions[0].isOpen());
        // Every interval from the first grid confirmation on is in it, the odd one too.
        QCOMPARE(sessions[0].energyWh, 10 * 10 + 5);
        const SourceSessionState state = SessionRepository(t.db()).state(m.id).value();
        QCOMPARE(state.pendingSource, PowerSource::Unknown);
    }

    void twoAgreeingReadingsSwitch()
    {
        TestDatabase t;
        const Meter m = utcMeter(t);
        Meterline line(kDay);
        QList<Reading> readings{line.current(PowerSource::Grid)};
        for (int i = 0; i < 4; ++i)
            readings << line.next(30, 10, PowerSource::Grid);
        const qint64 switchAt = line.time();
        readings << line.next(30, 6, PowerSource::Generator);
        // One poll alone is pending, not a session yet.
        QVERIFY(ReadingIngestor(t.db()).ingest(m, readings).ok());
        QCOMPARE(sessionsOf(t, m).size(), 1);
        QCOMPARE(SessionRepository(t.db()).state(m.id)->pendingSource, PowerSource::Generator);
        QCOMPARE(SessionRepository(t.db()).currentSession(m.id)->source, PowerSource::Grid);

        QVERIFY(ReadingIngestor(t.db()).ingest(m, {line.next(30, 6, PowerSource::Generator)}).ok());
        const QList<SourceSession> sessions = sessionsOf(t, m);
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions[0].source, PowerSource::Grid);
        QCOMPARE(sessions[0].start, kDay);
        QCOMPARE(sessions[0].end, std::optional<qint64>(switchAt));
        QCOMPARE(sessions[0].energyWh, 40);
        QCOMPARE(sessions[1].source, PowerSource::Generator);
        QCOMPARE(sessions[1].start, switchAt); // where it was first seen, not where it was confirmed
        QVERIFY(sessions[1].isOpen());
        QCOMPARE(sessions[1].energyWh, 12);
        QCOMPARE(SessionRepository(t.db()).currentSession(m.id)->start, switchAt);
    }

    void quietPollsNeitherConfirmNorCancel()
    {
        TestDatabase t;
        const Meter m = utcMeter(t);
        Meterline line(kDay);
        QList<Reading> readings{line.current(PowerSource::Generator)};
        for (int i = 0; i < 3; ++i)
            readings << line.next(30, 10, PowerSource::Generator);
        // On the generator, a quiet poll saying grid (no counter moved) is no evidence...
        readings << line.next(30, 0, PowerSource::Grid, PowerSource::Grid);
        readings << line.next(30, 10, PowerSource::Generator);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, readings).ok());
        QCOMPARE(sessionsOf(t, m).size(), 1);
        QCOMPARE(sessionsOf(t, m)[0].source, PowerSource::Generator);
        // ...and between two grid readings it does not break the pair.
        const qint64 firstGrid = line.time();
        QVERIFY(ReadingIngestor(t.db())
                    .ingest(m, {line.next(30, 10, PowerSource::Grid), line.next(30, 0, PowerSource::Grid),
                                line.next(30, 10, PowerSource::Grid)})
                    .ok());
        const QList<SourceSession> sessions = sessionsOf(t, m);
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions[1].source, PowerSource::Grid);
        QCOMPARE(sessions[1].start, firstGrid);
        QCOMPARE(sessions[1].energyWh, 20);
    }

    void unknownOrUnconfirmedReadingsNeverSwitch()
    {
        TestDatabase t;
        const Meter m = utcMeter(t);
        Meterline line(kDay);
        QList<Reading> readings{line.current(PowerSource::Grid)};
        for (int i = 0; i < 3; ++i)
            readings << line.next(30, 10, PowerSource::Grid);
        // The generator counter moves but the provider does not say which source: unknown.
        for (int i = 0; i < 5; ++i)
            readings << line.next(30, 10, PowerSource::Generator, PowerSource::Unknown);
        // The field says generator but only the grid counter moves: not confirmed.
        for (int i = 0; i < 5; ++i)
            readings << line.next(30, 10, PowerSource::Grid, PowerSource::Generator);
        // The field says generator and nothing moves (a stale counter): not confirmed.
        for (int i = 0; i < 5; ++i)
            readings << line.next(30, 0, PowerSource::Grid, PowerSource::Generator);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, readings).ok());
        // A record repeated by the provider is stored once and derives nothing again.
        const Result<IngestStats> repeated = ReadingIngestor(t.db()).ingest(m, {readings.constLast()});
        QVERIFY(repeated.ok());
        QCOMPARE(repeated->duplicates, 1);
        const QList<SourceSession> sessions = sessionsOf(t, m);
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions[0].source, PowerSource::Grid);
        QCOMPARE(SessionRepository(t.db()).state(m.id)->pendingSource, PowerSource::Unknown);
        QCOMPARE(sessions[0].energyWh, 3 * 10 + 5 * 10 + 5 * 10);
    }

    void evidenceNeedsTheNamedSourcesCounter()
    {
        Reading a;
        a.gridWh = 100;
        a.generatorWh = 50;
        Reading b = a;
        b.source = PowerSource::Generator;
        IntervalUsage u;
        QCOMPARE(SourceSessionTracker::evidence(a, b, u), PowerSource::Unknown); // nothing moved
        b.gridWh = 110;
        QCOMPARE(SourceSessionTracker::evidence(a, b, u), PowerSource::Unknown); // the other one moved
        b.generatorWh = 51;
        QCOMPARE(SourceSessionTracker::evidence(a, b, u), PowerSource::Generator); // both: it did run
        b.source = PowerSource::Unknown;
        QCOMPARE(SourceSessionTracker::evidence(a, b, u), PowerSource::Unknown);
        b.source = PowerSource::Grid;
        b.generatorWh = 40; // a reset of the generator counter does not matter for grid
        QCOMPARE(SourceSessionTracker::evidence(a, b, u), PowerSource::Grid);
        // Money-only meters: money spent is the evidence, a recharge is not.
        Reading c;
        Reading d;
        d.source = PowerSource::Generator;
        u.costKnown = true;
        u.costMilli = 500;
        QCOMPARE(SourceSessionTracker::evidence(c, d, u), PowerSource::Generator);
        u.costMilli = 0;
        QCOMPARE(SourceSessionTracker::evidence(c, d, u), PowerSource::Unknown);
        u.costMilli = 500;
        u.rechargeMilli = 100'000;
        QCOMPARE(SourceSessionTracker::evidence(c, d, u), PowerSource::Unknown);
    }

    void sessionTotalsByHand()
    {
        TestDatabase t;
        const Meter m = utcMeter(t);
        Meterline line(kDay);
        QList<Reading> readings{line.current(PowerSource::Grid)};
        readings << line.next(60, 20, PowerSource::Grid) << line.next(60, 20, PowerSource::Grid);
        // Generator for 10 minutes at 3 kW: 50 Wh a minute at 22 milli/Wh.
        const qint64 dgStart = line.time();
        for (int i = 0; i < 10; ++i)
            readings << line.next(60, 50, PowerSource::Generator);
        const qint64 dgEnd = line.time();
        readings << line.next(60, 20, PowerSource::Grid) << line.next(60, 20, PowerSource::Grid);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, readings).ok());
        const QList<SourceSession> sessions = sessionsOf(t, m);
        QCOMPARE(sessions.size(), 3);
        const SourceSession &dg = sessions[1];
        QCOMPARE(dg.source, PowerSource::Generator);
        QCOMPARE(dg.start, dgStart);
        QCOMPARE(dg.end, std::optional<qint64>(dgEnd));
        QCOMPARE(dg.durationSeconds(), 600);
        QCOMPARE(dg.energyWh, 500);
        QCOMPARE(dg.costMilli, 500 * 22); // 11.000
        QCOMPARE(*dg.averageKw(), 3.0);
        QCOMPARE(sessions[0].energyWh, 40);
        QCOMPARE(sessions[0].costMilli, 320);
        QCOMPARE(sessions[2].energyWh, 40);
        QCOMPARE(sessions[2].lastTime, line.time());
        // Sessions cover every interval once: their totals are the rollups' totals.
        qint64 wh = 0;
        qint64 cost = 0;
        for (const SourceSession &s : sessions) {
            wh += s.energyWh;
            cost += s.costMilli;
        }
        QCOMPARE(wh, 40 + 500 + 40);
        QCOMPARE(cost, 40 * 8 + 500 * 22 + 40 * 8);
    }

    void aSessionLongerThanADayKeepsItsDays()
    {
        TestDatabase t;
        const Meter m = utcMeter(t, 3600);
        Meterline line(kDay);
        QList<Reading> readings{line.current(PowerSource::Grid)};
        readings << line.next(3600, 500, PowerSource::Grid) << line.next(3600, 500, PowerSource::Grid);
        const qint64 dgStart = line.time();
        // 2 days, 3 hours on the generator, hourly readings.
        for (int i = 0; i < 51; ++i)
            readings << line.next(3600, 2000, PowerSource::Generator);
        readings << line.next(3600, 500, PowerSource::Grid) << line.next(3600, 500, PowerSource::Grid);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, readings).ok());
        const QList<SourceSession> sessions = sessionsOf(t, m);
        QCOMPARE(sessions.size(), 3);
        QCOMPARE(sessions[1].start, dgStart);
        QCOMPARE(sessions[1].durationSeconds(), qint64(51) * 3600); // 2 d 3 h, not 3 h
        QCOMPARE(sessions[1].energyWh, 51 * 2000);
        QCOMPARE(*sessions[1].averageKw(), 2.0);
    }

    void restartBetweenReadingsResumesTheOpenSession()
    {
        Meterline line(kDay);
        QList<Reading> readings{line.current(PowerSource::Grid)};
        for (int i = 0; i < 5; ++i)
            readings << line.next(30, 10, PowerSource::Grid);
        for (int i = 0; i < 6; ++i)
            readings << line.next(30, 40, PowerSource::Generator);
        for (int i = 0; i < 5; ++i)
            readings << line.next(30, 10, PowerSource::Grid);

        TestDatabase once;
        const Meter reference = utcMeter(once);
        QVERIFY(ReadingIngestor(once.db()).ingest(reference, readings).ok());
        const DerivedSnapshot expected = DerivedSnapshot::of(once.db(), reference);
        QCOMPARE(expected.sessions.size(), 3);

        // The same readings one at a time, closing and reopening the database between any two
        // (with a switch pending across a restart, too).
        TestDatabase t;
        const Meter m = utcMeter(t);
        for (const Reading &r : std::as_const(readings)) {
            QVERIFY(ReadingIngestor(t.db()).ingest(m, {r}).ok());
            t.close();
            t.reopen();
        }
        const DerivedSnapshot resumed = DerivedSnapshot::of(t.db(), m);
        QVERIFY2(resumed.differenceFrom(expected).isEmpty(), qPrintable(resumed.differenceFrom(expected)));
        // The open session's start is what "Grid for ..." counts from.
        QCOMPARE(SessionRepository(t.db()).currentSession(m.id)->start, expected.sessions[2].start);
    }

    void incrementalEqualsRebuild_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<qint64>("start");
        for (const quint64 seed : {1ULL, 2ULL, 3ULL, 42ULL, 1234ULL, 99991ULL})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed)))
                << seed << QStringLiteral("Asia/Kolkata") << kDay;
        // Across a 25-hour and a 23-hour local day.
        QTest::newRow("Berlin, October") << 5ULL << QStringLiteral("Europe/Berlin") << qint64(1'761'300'000);
        QTest::newRow("Berlin, March") << 6ULL << QStringLiteral("Europe/Berlin") << qint64(1'743'200'000);
    }
    void incrementalEqualsRebuild()
    {
        QFETCH(quint64, seed);
        QFETCH(QString, zone);
        QFETCH(qint64, start);
        RandomHistory::Options options;
        options.start = start;
        options.count = 4000; // ~3 days of minute readings
        const QList<Reading> readings = RandomHistory::generate(seed, options);
        QRandomGenerator rng(static_cast<quint32>(seed));

        // Live: in small batches, with restarts.
        TestDatabase live;
        const Meter m = live.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 30, zone);
        for (int i = 0; i < readings.size();) {
            const int n = qMin<int>(rng.bounded(1, 60), readings.size() - i);
            QVERIFY(ReadingIngestor(live.db()).ingest(m, readings.mid(i, n)).ok());
            i += n;
            if (rng.bounded(10) == 0) {
                live.close();
                live.reopen();
            }
        }
        const DerivedSnapshot expected = DerivedSnapshot::of(live.db(), m);
        QVERIFY(expected.sessions.size() > 3);

        // Rebuilt from a random day, and from scratch.
        TestDatabase rebuilt;
        const Meter r = rebuilt.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 30, zone);
        QVERIFY(ReadingIngestor(rebuilt.db()).ingest(r, readings).ok());
        for (int k = 0; k < 3; ++k) {
            const qint64 from = readings.constFirst().time +
                                rng.bounded(readings.constLast().time - readings.constFirst().time);
            QVERIFY(ReadingIngestor(rebuilt.db()).rebuild(r, from).ok());
            const DerivedSnapshot got = DerivedSnapshot::of(rebuilt.db(), r);
            QVERIFY2(got.differenceFrom(expected).isEmpty(), qPrintable(got.differenceFrom(expected)));
        }
        QVERIFY(ReadingIngestor(rebuilt.db()).rebuild(r).ok());
        const DerivedSnapshot scratch = DerivedSnapshot::of(rebuilt.db(), r);
        QVERIFY2(scratch.differenceFrom(expected).isEmpty(), qPrintable(scratch.differenceFrom(expected)));

        // Older data arriving late (a backfill) ends in the same place.
        TestDatabase late;
        const Meter l = late.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 30, zone);
        const int split = readings.size() / 2;
        QVERIFY(ReadingIngestor(late.db()).ingest(l, readings.mid(split)).ok());
        QVERIFY(ReadingIngestor(late.db()).ingest(l, readings.mid(0, split)).ok());
        const DerivedSnapshot backfilled = DerivedSnapshot::of(late.db(), l);
        QVERIFY2(backfilled.differenceFrom(expected).isEmpty(),
                 qPrintable(backfilled.differenceFrom(expected)));
    }

    void elnetSampleReplay()
    {
        // GetLiveUpdates in the seed's shape, every 30 s from 25-07-2025 15:56:59 IST:
        // Supply 0 = EB (grid), non-zero = DG; Balance INR; EB and DG cumulative kWh.
        struct Live
        {
            const char *updatedOn;
            int supply;
            double balance;
            double eb;
            double dg;
        };
        const Live replay[] = {
            {"25-07-2025 15:56:59", 0, 1787.42, 48808.72, 477.24},
            {"25-07-2025 15:57:29", 0, 1787.38, 48808.73, 477.24},
            {"25-07-2025 15:57:59", 0, 1787.30, 48808.74, 477.24},
            {"25-07-2025 15:58:29", 1, 1787.08, 48808.74, 477.25}, // power cut: DG
            {"25-07-2025 15:58:59", 1, 1786.86, 48808.74, 477.26},
            {"25-07-2025 15:59:29", 1, 1786.64, 48808.74, 477.27},
            {"25-07-2025 15:59:29", 1, 1786.64, 48808.74, 477.27}, // the server repeats itself
            {"25-07-2025 15:59:59", 1, 1786.64, 48808.74, 477.27}, // quiet poll: still DG
            {"25-07-2025 16:00:29", 1, 2786.42, 48808.74, 477.28}, // recharge of 1000 on DG
            {"25-07-2025 16:00:59", 0, 2786.38, 48808.75, 477.28}, // EB back
            {"25-07-2025 16:01:29", 0, 2786.30, 48808.76, 477.28},
            {"25-07-2025 16:01:59", 0, 2786.22, 48808.77, 477.28},
        };
        TestDatabase t;
        const QJsonObject rates{{QStringLiteral("grid_rate"), 8.0}, {QStringLiteral("generator_rate"), 22.0}};
        const Meter m = t.addMeter(QStringLiteral("elnet"), QStringLiteral("simulator"), 30,
                                   QStringLiteral("Asia/Kolkata"), rates);
        const QTimeZone zone("Asia/Kolkata");
        for (const Live &l : replay) {
            QDateTime local = QDateTime::fromString(QString::fromLatin1(l.updatedOn),
                                                    QStringLiteral("dd-MM-yyyy HH:mm:ss"));
            local.setTimeZone(zone);
            Reading r;
            r.time = local.toSecsSinceEpoch();
            r.fetchedAt = r.time + 2;
            r.balanceMilli = qRound64(l.balance * 1000);
            r.gridWh = qRound64(l.eb * 1000);
            r.generatorWh = qRound64(l.dg * 1000);
            r.source = l.supply == 0 ? PowerSource::Grid : PowerSource::Generator;
            // One poll at a time, with a restart in the middle of the DG run.
            QVERIFY(ReadingIngestor(t.db()).ingest(m, {r}).ok());
            if (qstrcmp(l.updatedOn, "25-07-2025 15:59:29") == 0) {
                t.close();
                t.reopen();
            }
        }
        QDateTime dgStartLocal(QDate(2025, 7, 25), QTime(15, 57, 59), zone);
        QDateTime ebBackLocal(QDate(2025, 7, 25), QTime(16, 0, 29), zone);
        const QList<SourceSession> sessions = sessionsOf(t, m);
        QVERIFY2(sessions.size() == 3, qPrintable(dump(sessions)));
        const SourceSession &dg = sessions[1];
        QCOMPARE(dg.source, PowerSource::Generator);
        QCOMPARE(dg.start, dgStartLocal.toSecsSinceEpoch());
        QCOMPARE(dg.end, std::optional<qint64>(ebBackLocal.toSecsSinceEpoch()));
        QCOMPARE(dg.durationSeconds(), 150);
        QCOMPARE(dg.energyWh, 40); // 477.24 -> 477.28 kWh
        // 0.22 + 0.22 + 0.22 + 0 + (recharge interval: 10 Wh at the DG rate = 0.22) = 0.88 INR
        QCOMPARE(dg.costMilli, 880);
        QCOMPARE(*dg.averageKw(), 40 * 3.6 / 150);
        QCOMPARE(sessions[2].source, PowerSource::Grid);
        QVERIFY(sessions[2].isOpen());

        // The recharge: rise 999.78 + 0.22 consumed meanwhile = 1000.00.
        const QList<RechargeEntry> recharges = RechargeLedger(t.db()).list(m, 0, kAll).value();
        QCOMPARE(recharges.size(), 1);
        QCOMPARE(recharges[0].amountMilli, 1'000'000);
        QCOMPARE(recharges[0].balanceAfterMilli, std::optional<qint64>(2'786'420));
        QCOMPARE(recharges[0].origin, QStringLiteral("detected"));
        const LedgerWindow w =
            RechargeLedger(t.db()).window(m, QDate(2025, 7, 25), QDate(2025, 7, 25)).value();
        QCOMPARE(*w.openingMilli, 1'787'420);
        QCOMPARE(*w.closingMilli, 2'786'220);
        QCOMPARE(w.rechargedMilli, 1'000'000);
        QVERIFY(w.balances());
    }
};

QTEST_GUILESS_MAIN(TestSourceSessions)
#include "tst_sourcesessions.moc"
