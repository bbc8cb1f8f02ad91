// The balance per quarter hour (BalanceQuarters, schema 10) answers balanceSlots exactly as the
// raw readings do: random readings (out of order, repeated, without a balance, beyond the
// value limit) in four zones with half- and quarter-hour offsets, every kind of grouping and
// random windows; the kept quarters equal a rebuild and a migrated file's.
#include "TestDatabase.h"
#include "analytics/LocalCalendar.h"
#include "storage/BalanceQuarters.h"
#include "storage/ReadingRepository.h"
#include "storage/SchemaMigrations.h"
#include "storage/SqliteDialect.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

namespace {

QString quarterRows(Database &db, qint64 meterId)
{
    QString out;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT q, open_at, open_milli, close_at, close_milli, min_milli, max_milli"
                             " FROM balance_quarter WHERE meter_id = ? ORDER BY q"));
    q.addBindValue(meterId);
    if (!q.exec())
        return QStringLiteral("error: ") + q.lastError().text();
    while (q.next()) {
        for (int i = 0; i < 7; ++i)
            out += q.value(i).toString() + QLatin1Char(',');
        out += QLatin1Char('\n');
    }
    return out;
}

QString text(const QList<BalanceSlot> &found)
{
    QString out;
    for (const BalanceSlot &s : found)
        out += QStringLiteral("%1:%2,%3,%4,%5\n")
                   .arg(s.index)
                   .arg(s.openMilli)
                   .arg(s.closeMilli)
                   .arg(s.minMilli)
                   .arg(s.maxMilli);
    return out;
}

// About 20 days of readings 10-90 s apart with holes, some without a balance, a few beyond
// the value limit; shuffled into batches of any size (repeats included).
QList<QList<Reading>> randomBatches(quint64 seed, qint64 start)
{
    QRandomGenerator rng(seed);
    QList<Reading> all;
    qint64 t = start + rng.bounded(900);
    qint64 balance = 500'000;
    while (t < start + 20 * 86400) {
        Reading r;
        r.time = t;
        r.fetchedAt = t;
        const int kind = rng.bounded(100);
        if (kind < 4) {
            r.balanceMilli.reset();
        } else if (kind == 4) {
            r.balanceMilli = (rng.bounded(2) ? 1 : -1) * (kReadingValueLimit + 1 + rng.bounded(1000));
        } else {
            balance += rng.bounded(2000) == 0 ? 300'000 : -qint64(rng.bounded(40));
            r.balanceMilli = balance - (rng.bounded(50) == 0 ? balance * 2 : 0); // a few negative
        }
        r.gridWh = 1000;
        all.append(r);
        t += 10 + rng.bounded(80);
        if (rng.bounded(3000) == 0)
            t += 3600 * (1 + rng.bounded(6)); // a hole
    }
    std::shuffle(all.begin(), all.end(), std::mt19937(static_cast<unsigned>(seed)));
    QList<QList<Reading>> batches;
    for (qsizetype i = 0; i < all.size();) {
        const qsizetype n = 1 + rng.bounded(4000);
        QList<Reading> batch = all.mid(i, n);
        if (i > 0 && rng.bounded(4) == 0)
            batch.append(all.at(rng.bounded(static_cast<int>(i)))); // a repeat: kept once
        batches.append(batch);
        i += n;
    }
    return batches;
}

} // namespace

class TestBalanceQuarters : public QObject
{
    Q_OBJECT

private slots:
    void quartersAnswerAsTheReadings_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<QString>("zone");
        quint64 seed = 11;
        for (const char *zone : {"UTC", "Asia/Kolkata", "Asia/Dhaka", "Asia/Kathmandu"})
            QTest::newRow(zone) << seed++ << QString::fromLatin1(zone);
    }
    void quartersAnswerAsTheReadings()
    {
        QFETCH(quint64, seed);
        QFETCH(QString, zone);
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 30, zone);
        const Meter other = t.addMeter(QStringLiteral("other"), QStringLiteral("simulator"), 30, zone);
        const qint64 start = 1'760'000'000;
        ReadingRepository repo(t.db());
        for (const QList<Reading> &batch : randomBatches(seed, start))
            QVERIFY(repo.insert(m.id, batch).ok());
        const QList<QList<Reading>> others = randomBatches(seed + 100, start);
        QVERIFY(repo.insert(other.id, others.constFirst()).ok());

        LocalCalendar calendar{QTimeZone(zone.toUtf8())};
        QRandomGenerator rng(seed * 7);
        int compared = 0;
        for (const int minutes : {1, 5, 7, 15, 30, 45, 60, 90, 180, 720, 2880}) {
            const qint64 slot = qint64(minutes) * 60;
            for (int i = 0; i < 12; ++i) {
                // A window of up to 30 days from anywhere in the data (and before and after it),
                // on any second, counted from its local midnight as BalanceSeriesQuery counts.
                const qint64 from = start - 86400 + rng.bounded(21 * 86400);
                const qint64 to = from + 1 + rng.bounded(i % 3 == 0 ? 3600 : 30 * 86400);
                const qint64 origin = calendar.dayStart(from);
                const auto fast = repo.balanceSlots(m.id, from, to, origin, slot);
                const auto raw = repo.balanceSlotsFromReadings(m.id, from, to, origin, slot);
                QVERIFY2(fast.ok() && raw.ok(), qPrintable(fast.error() + raw.error()));
                QCOMPARE(text(fast.value()), text(raw.value()));
                compared += static_cast<int>(raw->size());
            }
        }
        QVERIFY(compared > 1000);
    }

    // Whole quarters come from the table (a changed row shows), other slots from the readings.
    void alignedSlotsReadTheQuarters()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 30, QStringLiteral("Asia/Kolkata"));
        ReadingRepository repo(t.db());
        QList<Reading> list;
        const qint64 day = 1'760'000'000 - (1'760'000'000 + 19'800) % 86400; // Kolkata midnight
        for (int i = 0; i < 2880; ++i) {
            Reading r;
            r.time = day + i * 30;
            r.fetchedAt = r.time;
            r.balanceMilli = 1'000'000 - i;
            list.append(r);
        }
        QVERIFY(repo.insert(m.id, list).ok());
        QCOMPARE(repo.balanceSlots(m.id, day, day + 86400, day, 3600)->size(), 24);
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE balance_quarter SET min_milli = -5")));
        const QList<BalanceSlot> hours = repo.balanceSlots(m.id, day, day + 86400, day, 3600).value();
        for (const BalanceSlot &s : hours)
            QCOMPARE(s.minMilli, -5);
        const QList<BalanceSlot> tens = repo.balanceSlots(m.id, day, day + 86400, day, 600).value();
        QCOMPARE(tens.size(), 144);
        for (const BalanceSlot &s : tens)
            QVERIFY(s.minMilli > 0);
    }

    void keptQuartersEqualARebuildAndAMigration()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        const qint64 start = 1'760'000'000;
        for (const QList<Reading> &batch : randomBatches(5, start))
            QVERIFY(ReadingRepository(t.db()).insert(m.id, batch).ok());
        const QString kept = quarterRows(t.db(), m.id);
        QVERIFY(kept.count(QLatin1Char('\n')) > 1000);
        QVERIFY(BalanceQuarters::rebuildFrom(t.db(), m.id, start + 3 * 86400 + 17).ok());
        QCOMPARE(quarterRows(t.db(), m.id), kept);
        QVERIFY(BalanceQuarters::rebuildFrom(t.db(), m.id, 0).ok());
        QCOMPARE(quarterRows(t.db(), m.id), kept);

        // A file from schema 9 (no quarters) gets them when it is opened.
        {
            QSqlQuery q(t.db().connection());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE balance_quarter")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=9")));
        }
        t.reopen();
        QCOMPARE(t.db().schemaVersion(), SchemaMigrations::latestVersion());
        QCOMPARE(quarterRows(t.db(), m.id), kept);
    }
};

QTEST_GUILESS_MAIN(TestBalanceQuarters)
#include "tst_balancequarters.moc"
