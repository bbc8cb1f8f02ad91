#include "TestDatabase.h"
#include "analytics/ReadingIngestor.h"
#include "providers/SimulatedMeter.h"
#include "storage/ReadingRepository.h"
#include "storage/RollupRepository.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

namespace {

// Everything derived for a meter, as text, to compare two databases exactly.
QString derivedState(Database &db, qint64 meterId)
{
    QString out;
    QSqlQuery hours(db.connection());
    hours.prepare(
        QStringLiteral("SELECT hour, hex(minutes) FROM usage_hour WHERE meter_id = ? ORDER BY hour"));
    hours.addBindValue(meterId);
    hours.exec();
    while (hours.next())
        out += hours.value(0).toString() + QLatin1Char(':') + hours.value(1).toString() + QLatin1Char('\n');
    QSqlQuery days(db.connection());
    days.prepare(QStringLiteral("SELECT day, grid_wh, generator_wh, cost_milli, recharged_milli,"
                                " closing_balance_milli, closing_t, intervals, gap_seconds, estimated"
                                " FROM usage_day WHERE meter_id = ? ORDER BY day"));
    days.addBindValue(meterId);
    days.exec();
    while (days.next()) {
        for (int i = 0; i < 10; ++i)
            out += days.value(i).toString() + QLatin1Char(',');
        out += QLatin1Char('\n');
    }
    QSqlQuery quarters(db.connection());
    quarters.prepare(
        QStringLiteral("SELECT q, open_at, open_milli, close_at, close_milli, min_milli, max_milli"
                       " FROM balance_quarter WHERE meter_id = ? ORDER BY q"));
    quarters.addBindValue(meterId);
    quarters.exec();
    while (quarters.next()) {
        out += QLatin1Char('Q');
        for (int i = 0; i < 7; ++i)
            out += quarters.value(i).toString() + QLatin1Char(',');
        out += QLatin1Char('\n');
    }
    QSqlQuery recharges(db.connection());
    recharges.prepare(
        QStringLiteral("SELECT t, amount_milli, balance_after_milli FROM recharges WHERE meter_id = ?"
                       " AND origin = 'detected' ORDER BY t"));
    recharges.addBindValue(meterId);
    recharges.exec();
    while (recharges.next())
        out += QStringLiteral("R%1,%2,%3\n")
                   .arg(recharges.value(0).toString(), recharges.value(1).toString(),
                        recharges.value(2).toString());
    return out;
}

// A realistic history with holes: simulated 30 s readings, some hours dropped (gaps).
QList<Reading> history(quint64 seed, int days)
{
    const qint64 origin = 1'740'000'000;
    SimulatedMeter meter(seed, origin, QTimeZone("Asia/Kolkata"));
    QList<Reading> all = meter.history(origin, origin + qint64(days) * 86400);
    QRandomGenerator rng(seed);
    QList<Reading> kept;
    for (int i = 0; i < all.size(); ++i) {
        if (rng.bounded(2000) == 0) // start of an outage of the data feed: skip 1-5 hours
            i += 120 * (1 + rng.bounded(5));
        else if (i < all.size())
            kept.append(all[i]);
    }
    return kept;
}

} // namespace

class TestReadingIngestor : public QObject
{
    Q_OBJECT

private slots:
    void incrementalEqualsRebuild_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1ULL, 7ULL, 42ULL, 2025ULL})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void incrementalEqualsRebuild()
    {
        QFETCH(quint64, seed);
        const QList<Reading> readings = history(seed, 30); // long enough for recharges
        TestDatabase live;
        const Meter a = live.addMeter(QStringLiteral("live"));
        // Live: in small batches, as polls deliver them.
        QRandomGenerator rng(seed * 31);
        for (int i = 0; i < readings.size();) {
            const int n = 1 + rng.bounded(40);
            const auto stats = ReadingIngestor(live.db()).ingest(a, readings.mid(i, n));
            QVERIFY2(stats.ok(), qPrintable(stats.error()));
            QVERIFY(!stats->rebuiltFrom);
            i += n;
        }
        const QString incremental = derivedState(live.db(), a.id);
        QVERIFY(incremental.contains(QLatin1Char('R'))); // recharges were detected
        QVERIFY(incremental.contains(QLatin1Char('Q'))); // the balance per quarter hour was kept
        QVERIFY(ReadingIngestor(live.db()).rebuild(a).ok());
        QCOMPARE(derivedState(live.db(), a.id), incremental);

        // Bulk, in one sorted stream, into another database: the same again.
        TestDatabase bulk;
        const Meter b = bulk.addMeter(QStringLiteral("live"));
        int next = 0;
        QVERIFY(ReadingIngestor(bulk.db())
                    .ingestSorted(b,
                                  [&]() -> std::optional<Reading> {
                                      if (next >= readings.size())
                                          return std::nullopt;
                                      return readings[next++];
                                  })
                    .ok());
        QCOMPARE(derivedState(bulk.db(), b.id), incremental);
    }

    void olderReadingsTriggerAnExactRebuild()
    {
        const QList<Reading> readings = history(99, 4);
        TestDatabase t;
        const Meter m = t.addMeter();
        // The newest half first (live polling), then the older half arrives (a backfill).
        const int half = static_cast<int>(readings.size() / 2);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, readings.mid(half)).ok());
        const auto late = ReadingIngestor(t.db()).ingest(m, readings.mid(0, half));
        QVERIFY(late.ok());
        QVERIFY(late->rebuiltFrom.has_value());
        TestDatabase reference;
        const Meter r = reference.addMeter();
        QVERIFY(ReadingIngestor(reference.db()).ingest(r, readings).ok());
        QCOMPARE(derivedState(t.db(), m.id), derivedState(reference.db(), r.id));
    }

    void duplicatesChangeNothing()
    {
        const QList<Reading> readings = history(5, 2);
        TestDatabase t;
        const Meter m = t.addMeter();
        QVERIFY(ReadingIngestor(t.db()).ingest(m, readings).ok());
        const QString before = derivedState(t.db(), m.id);
        const auto again = ReadingIngestor(t.db()).ingest(m, readings.mid(100, 50));
        QVERIFY(again.ok());
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->duplicates, 50);
        QCOMPARE(derivedState(t.db(), m.id), before);
    }

    void ledgerBalancesToTheMilli()
    {
        // Opening balance + recharges - consumption = closing balance, over the whole history
        // and over every single day.
        const QList<Reading> readings = history(1234, 25);
        TestDatabase t;
        const Meter m = t.addMeter();
        QVERIFY(ReadingIngestor(t.db()).ingest(m, readings).ok());
        const auto days = RollupRepository(t.db()).days(m.id, QDate(2020, 1, 1), QDate(2030, 1, 1));
        QVERIFY(days.ok());
        qint64 opening = *readings.constFirst().balanceMilli;
        qint64 recharged = 0;
        qint64 cost = 0;
        for (const DayUsage &d : days.value()) {
            QVERIFY(d.closingBalanceMilli);
            QCOMPARE(opening + d.rechargedMilli - d.costMilli, *d.closingBalanceMilli);
            opening = *d.closingBalanceMilli;
            recharged += d.rechargedMilli;
            cost += d.costMilli;
        }
        QVERIFY(recharged > 0);
        QCOMPARE(*readings.constFirst().balanceMilli + recharged - cost, *readings.constLast().balanceMilli);
    }

    void migratedMeterIsDerivedOnFirstUse()
    {
        const QList<Reading> readings = history(3, 2);
        TestDatabase t;
        const Meter m = t.addMeter();
        // Readings stored raw, as a database from before the rollups would have them.
        QVERIFY(ReadingRepository(t.db()).insert(m.id, readings).ok());
        QVERIFY(RollupRepository(t.db()).days(m.id, QDate(2020, 1, 1), QDate(2030, 1, 1))->isEmpty());
        QVERIFY(ReadingIngestor(t.db()).ensureRollups(m).ok());
        QVERIFY(!RollupRepository(t.db()).days(m.id, QDate(2020, 1, 1), QDate(2030, 1, 1))->isEmpty());
        const QString derived = derivedState(t.db(), m.id);
        QVERIFY(ReadingIngestor(t.db()).ensureRollups(m).ok()); // a no-op now
        QCOMPARE(derivedState(t.db(), m.id), derived);
    }
};

QTEST_GUILESS_MAIN(TestReadingIngestor)
#include "tst_readingingestor.moc"
