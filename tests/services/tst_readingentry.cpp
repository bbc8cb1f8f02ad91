#include "TestDatabase.h"
#include "analytics/ReadingIngestor.h"
#include "providers/SimulatedMeter.h"
#include "services/ReadingEntry.h"
#include "storage/ReadingRepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

namespace {

qint64 utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toSecsSinceEpoch();
}

const qint64 kNow = utc(2026, 3, 10, 23, 30);

ReadingEntry::Input input(qint64 time, qint64 balanceMilli, std::optional<qint64> gridWh = std::nullopt,
                          std::optional<qint64> generatorWh = std::nullopt)
{
    ReadingEntry::Input in;
    in.time = time;
    in.balanceMilli = balanceMilli;
    in.gridWh = gridWh;
    in.generatorWh = generatorWh;
    return in;
}

int count(Database &db, qint64 meterId)
{
    int n = 0;
    ReadingRepository(db).forEachInRange(meterId, 0, kNow + 86400, [&n](const Reading &) {
        ++n;
        return true;
    });
    return n;
}

// Everything derived for a meter, as text: rollups, detected recharges, power-source sessions
// and the session rule's state, to compare two databases exactly.
QString derivedState(Database &db, qint64 meterId)
{
    QString out;
    const auto rows = [&](const QString &prefix, const QString &sql) {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        q.addBindValue(meterId);
        if (!q.exec())
            qFatal("%s", qPrintable(sql));
        while (q.next()) {
            out += prefix;
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char(',');
            out += QLatin1Char('\n');
        }
    };
    rows(QStringLiteral("H"), QStringLiteral("SELECT hour, hex(minutes) FROM usage_hour WHERE meter_id = ? "
                                             "ORDER BY hour"));
    rows(QStringLiteral("D"), QStringLiteral("SELECT day, grid_wh, generator_wh, cost_milli, recharged_milli,"
                                             " closing_balance_milli, closing_t, intervals, gap_seconds,"
                                             " estimated FROM usage_day WHERE meter_id = ? ORDER BY day"));
    rows(QStringLiteral("R"), QStringLiteral("SELECT t, amount_milli, balance_after_milli, interval_t,"
                                             " estimated_amount_milli FROM recharges WHERE meter_id = ?"
                                             " AND origin = 'detected' AND deleted = 0 ORDER BY t"));
    rows(QStringLiteral("S"), QStringLiteral("SELECT source, start_t, end_t, last_t, energy_wh, cost_milli"
                                             " FROM source_sessions WHERE meter_id = ? ORDER BY start_t"));
    rows(QStringLiteral("T"), QStringLiteral("SELECT session_source, session_start, session_last_t,"
                                             " session_energy_wh, session_cost_milli, pending_source,"
                                             " pending_since, held_wh, held_cost_milli, last_t"
                                             " FROM source_session_state WHERE meter_id = ?"));
    return out;
}

} // namespace

// A reading typed in by a person: the rules the window's dialog and `reading add` share.
class TestReadingEntry : public QObject
{
    Q_OBJECT

private slots:
    void storesAReadingLikeAPolledOne()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("hand"), QStringLiteral("manual"), 3600, QStringLiteral("Asia/Dhaka"));
        const ReadingEntry::Outcome stored =
            ReadingEntry(t.db()).add(m, input(kNow - 3600, 500'250, 100'500), kNow);
        QVERIFY2(stored, qPrintable(stored.sentence));
        const std::optional<Reading> latest = ReadingRepository(t.db()).latest(m.id);
        QVERIFY(latest);
        QCOMPARE(latest->time, kNow - 3600);
        QCOMPARE(latest->balanceMilli, std::optional<qint64>(500'250));
        QCOMPARE(latest->gridWh, std::optional<qint64>(100'500));
        QCOMPARE(latest->generatorWh, std::nullopt);
        QCOMPARE(latest->fetchedAt, kNow);
    }

    void badInputIsRefusedWithItsFieldAndNothingStored_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("balance");
        QTest::addColumn<qint64>("grid");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("sentence");
        const qint64 noGrid = -1'000'000'000'000'000;
        QTest::newRow("future") << kNow + 301 << qint64(1000) << noGrid << QStringLiteral("time")
                                << QStringLiteral("The time 2026-03-11T05:35:01+06:00 is in the future.");
        QTest::newRow("before 2000") << qint64(900'000'000) << qint64(1000) << noGrid
                                     << QStringLiteral("time")
                                     << QStringLiteral(
                                            "The time 1998-07-09T22:00:00+06:00 is before 2000; check it.");
        QTest::newRow("huge balance")
            << kNow << qint64(1'000'000'000'001) << noGrid << QStringLiteral("balance")
            << QStringLiteral("The balance must be within a billion.");
        QTest::newRow("negative counter") << kNow << qint64(1000) << qint64(-1) << QStringLiteral("grid-kwh")
                                          << QStringLiteral("The grid counter cannot be negative.");
        QTest::newRow("counter backwards")
            << kNow << qint64(1000) << qint64(99'000) << QStringLiteral("grid-kwh")
            << QStringLiteral("A counter is lower than in the reading of "
                              "2026-03-11T04:30:00+06:00; check the numbers.");
        // Typed in before a stored reading: its counters may not pass that reading's.
        QTest::newRow("counter above the next reading")
            << kNow - 7200 << qint64(1000) << qint64(100'001) << QStringLiteral("grid-kwh")
            << QStringLiteral(
                   "A counter is higher than in the later reading of 2026-03-11T04:30:00+06:00; check the "
                   "numbers.");
        QTest::newRow("same time") << kNow - 3600 << qint64(1000) << noGrid << QStringLiteral("time")
                                   << QStringLiteral("A reading at that time is already stored.");
    }
    void badInputIsRefusedWithItsFieldAndNothingStored()
    {
        QFETCH(qint64, time);
        QFETCH(qint64, balance);
        QFETCH(qint64, grid);
        QFETCH(QString, field);
        QFETCH(QString, sentence);
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("hand"), QStringLiteral("manual"), 3600, QStringLiteral("Asia/Dhaka"));
        QVERIFY(ReadingEntry(t.db()).add(m, input(kNow - 3600, 2'000'000, 100'000), kNow));
        const ReadingEntry::Outcome refused = ReadingEntry(t.db()).add(
            m,
            input(time, balance, grid == -1'000'000'000'000'000 ? std::nullopt : std::optional<qint64>(grid)),
            kNow);
        QVERIFY(!refused);
        QCOMPARE(refused.field, field);
        QCOMPARE(refused.sentence, sentence);
        QCOMPARE(count(t.db(), m.id), 1);
    }

    void aReadingBetweenTwoFitsTheirCounters()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("hand"), QStringLiteral("manual"), 3600, QStringLiteral("Asia/Dhaka"));
        QVERIFY(ReadingEntry(t.db()).add(m, input(kNow - 7200, 2'000'000, 100'000), kNow));
        QVERIFY(ReadingEntry(t.db()).add(m, input(kNow, 1'000'000, 102'000), kNow));
        const ReadingEntry::Outcome between =
            ReadingEntry(t.db()).add(m, input(kNow - 3600, 1'500'000, 101'000), kNow);
        QVERIFY2(between, qPrintable(between.sentence));
        QCOMPARE(count(t.db(), m.id), 3);
    }

    void polledMetersTakeTypedReadingsToo()
    {
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("demo"), QStringLiteral("simulator"));
        const ReadingEntry::Outcome stored = ReadingEntry(t.db()).add(m, input(kNow, 1000), kNow);
        QVERIFY2(stored, qPrintable(stored.sentence));
        QCOMPARE(count(t.db(), m.id), 1);
        // The other rules stay: the same time again is refused.
        const ReadingEntry::Outcome again = ReadingEntry(t.db()).add(m, input(kNow, 900), kNow);
        QVERIFY(!again);
        QCOMPARE(again.field, QStringLiteral("time"));
    }

    // The user writes down this morning's display of a polled meter after the app was closed:
    // typed after later polled readings, it is derived as if it had arrived in time order.
    void aTypedReadingBeforePolledOnesIsDerivedAsInTimeOrder_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {3ULL, 2026ULL})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void aTypedReadingBeforePolledOnesIsDerivedAsInTimeOrder()
    {
        QFETCH(quint64, seed);
        const qint64 origin = utc(2026, 2, 1, 0, 0);
        const QList<Reading> polled =
            SimulatedMeter(seed, origin, QTimeZone("Asia/Kolkata")).history(origin, origin + 30 * 86400);
        QVERIFY(polled.size() > 1000);
        // Typed between two polled readings: what the display showed at the earlier one (a
        // person reads no source or load), once mid-history and once just before a recharge.
        QList<int> at{static_cast<int>(polled.size() / 3)};
        for (int i = static_cast<int>(polled.size() / 3) + 10; i + 1 < polled.size(); ++i) {
            if (*polled[i + 1].balanceMilli > *polled[i].balanceMilli + 50'000) {
                at.append(i);
                break;
            }
        }
        QCOMPARE(at.size(), 2); // the history has a recharge to split
        const qint64 now = polled.constLast().time + 60;
        QList<Reading> typed;
        for (int i : at) {
            Reading r;
            r.time = polled[i].time + 10;
            r.fetchedAt = now;
            r.balanceMilli = polled[i].balanceMilli;
            r.gridWh = polled[i].gridWh;
            r.generatorWh = polled[i].generatorWh;
            typed.append(r);
        }

        // Polled live in batches, then typed in.
        TestDatabase live;
        const Meter a = live.addMeter(QStringLiteral("demo"), QStringLiteral("simulator"));
        for (int i = 0; i < polled.size(); i += 600)
            QVERIFY(ReadingIngestor(live.db()).ingest(a, polled.mid(i, 600)).ok());
        for (const Reading &r : std::as_const(typed)) {
            ReadingEntry::Input in = input(r.time, *r.balanceMilli, r.gridWh, r.generatorWh);
            const ReadingEntry::Outcome stored = ReadingEntry(live.db()).add(a, in, now);
            QVERIFY2(stored, qPrintable(stored.sentence));
        }

        // All of them at once, in time order.
        QList<Reading> all = polled + typed;
        std::sort(all.begin(), all.end(), [](const Reading &x, const Reading &y) { return x.time < y.time; });
        TestDatabase bulk;
        const Meter b = bulk.addMeter(QStringLiteral("demo"), QStringLiteral("simulator"));
        int next = 0;
        QVERIFY(ReadingIngestor(bulk.db())
                    .ingestSorted(b,
                                  [&]() -> std::optional<Reading> {
                                      if (next >= all.size())
                                          return std::nullopt;
                                      return all[next++];
                                  })
                    .ok());
        const QString derived = derivedState(bulk.db(), b.id);
        QVERIFY(derived.contains(QLatin1Char('R')) && derived.contains(QLatin1Char('S')));
        QCOMPARE(derivedState(live.db(), a.id), derived);
        QCOMPARE(count(live.db(), a.id), static_cast<int>(all.size()));
    }
    // Which meters the window asks for counters: those whose provider reports them (a person
    // reading a manual meter can), or whose stored readings have them.
    void countersAreOfferedWhereTheMeterHasThem()
    {
        TestDatabase t;
        ReadingEntry entry(t.db());
        QVERIFY(entry.hasCounters(t.addMeter(QStringLiteral("hand"), QStringLiteral("manual"))));
        QVERIFY(entry.hasCounters(t.addMeter(QStringLiteral("demo"), QStringLiteral("simulator"))));
        const QJsonObject elnet{{QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:9")}};
        QVERIFY(entry.hasCounters(
            t.addMeter(QStringLiteral("elnet"), QStringLiteral("elnet"), 30, QStringLiteral("UTC"), elnet)));
        const QJsonObject balanceOnly{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/m")},
                                      {QStringLiteral("balance_path"), QStringLiteral("balance")}};
        QVERIFY(!entry.hasCounters(t.addMeter(QStringLiteral("json money"), QStringLiteral("json"), 3600,
                                              QStringLiteral("UTC"), balanceOnly)));
        QJsonObject withGrid = balanceOnly;
        withGrid.insert(QStringLiteral("grid_kwh_path"), QStringLiteral("kwh"));
        QVERIFY(entry.hasCounters(t.addMeter(QStringLiteral("json kwh"), QStringLiteral("json"), 3600,
                                             QStringLiteral("UTC"), withGrid)));
        // A money-only provider: the balance alone, until a stored reading has a counter.
        const QJsonObject desco{{QStringLiteral("account"), QStringLiteral("12345678")},
                                {QStringLiteral("meter_number"), QStringLiteral("661100123456")}};
        const Meter money = t.addMeter(QStringLiteral("desco"), QStringLiteral("desco"), 3600,
                                       QStringLiteral("Asia/Dhaka"), desco);
        QVERIFY(!entry.hasCounters(money));
        QVERIFY(entry.add(money, input(kNow - 7200, 900'000), kNow));
        QVERIFY(!entry.hasCounters(money));
        QVERIFY(entry.add(money, input(kNow - 3600, 800'000, std::nullopt, 5'000), kNow));
        QVERIFY(entry.hasCounters(money));
        QVERIFY(entry.add(money, input(kNow, 700'000), kNow)); // the latest without: still has them
        QVERIFY(entry.hasCounters(money));
    }
};

QTEST_GUILESS_MAIN(TestReadingEntry)
#include "tst_readingentry.moc"
