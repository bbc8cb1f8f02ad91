#include "TestDatabase.h"
#include "storage/ReadingRepository.h"

#include <QSqlQuery>
#include <QTest>

class TestReadingRepository : public QObject
{
    Q_OBJECT

private:
    static Reading reading(qint64 time, qint64 balance, qint64 grid = 1000,
                           PowerSource source = PowerSource::Grid)
    {
        Reading r;
        r.time = time;
        r.fetchedAt = time + 3;
        r.balanceMilli = balance;
        r.gridWh = grid;
        r.generatorWh = 50;
        r.loadW = 400;
        r.source = source;
        return r;
    }

private slots:
    void storesAndReadsBackEveryField()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        Reading r = reading(1'700'000'000, 1'787'420, 48'808'720);
        r.generatorWh = 477'240;
        r.loadW = 580;
        r.source = PowerSource::Generator;
        QVERIFY(ReadingRepository(t.db()).insert(m.id, r).ok());
        const auto back = ReadingRepository(t.db()).latest(m.id);
        QVERIFY(back);
        QVERIFY(back->sameRecordAs(r));
        QCOMPARE(back->fetchedAt, r.fetchedAt);
    }

    void unknownValuesStayUnknown()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        Reading r;
        r.time = 500;
        r.fetchedAt = 500;
        r.balanceMilli = 100;
        QVERIFY(ReadingRepository(t.db()).insert(m.id, r).ok());
        const auto back = ReadingRepository(t.db()).latest(m.id);
        QVERIFY(back);
        QVERIFY(!back->gridWh);
        QVERIFY(!back->generatorWh);
        QVERIFY(!back->loadW);
        QCOMPARE(back->source, PowerSource::Unknown);
    }

    void repeatedRecordIsStoredOnce()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        ReadingRepository repo(t.db());
        const Reading r = reading(1000, 5000);
        const auto first = repo.insert(m.id, r);
        QVERIFY(first.ok());
        QCOMPARE(first->inserted, 1);
        Reading again = r;
        again.fetchedAt += 30; // polled again later, same provider record
        const auto second = repo.insert(m.id, QList<Reading>{again, again});
        QVERIFY(second.ok());
        QCOMPARE(second->inserted, 0);
        QCOMPARE(second->duplicates, 2);
        QCOMPARE(repo.count(m.id), 1);
        QCOMPARE(repo.latest(m.id)->fetchedAt, r.fetchedAt); // the first sighting is kept
    }

    // The count is kept, not counted: `meter list` must not read every reading. A database
    // from before the kept counts (schema 7) gets them when it is opened.
    void countIsKeptAcrossBatchesMetersAndMigration()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        const Meter other = t.addMeter(QStringLiteral("other"));
        ReadingRepository repo(t.db());
        QList<Reading> batch;
        for (int i = 0; i < 40; ++i)
            batch.append(reading(10'000 + i * 30, 50'000 - i));
        QVERIFY(repo.insert(m.id, batch).ok());
        QVERIFY(repo.insert(m.id, batch.mid(30) + QList<Reading>{reading(90'000, 1)}).ok()); // 10 repeats
        QVERIFY(repo.insert(other.id, reading(10'000, 5)).ok());
        QCOMPARE(repo.count(m.id), 41);
        QCOMPARE(repo.count(other.id), 1);
        {
            QSqlQuery q(t.db().connection());
            QVERIFY(q.exec(QStringLiteral("SELECT n FROM reading_counts WHERE meter_id = %1").arg(m.id)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 41);
            // Back to schema 7: no kept counts.
            QVERIFY(q.exec(QStringLiteral("DROP TABLE reading_counts")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=7")));
        }
        t.reopen();
        QCOMPARE(ReadingRepository(t.db()).count(m.id), 41);
        QCOMPARE(ReadingRepository(t.db()).count(other.id), 1);
        QCOMPARE(ReadingRepository(t.db()).count(t.addMeter(QStringLiteral("new")).id), 0);
    }

    void failedBatchLeavesNoRowsBehind()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        ReadingRepository repo(t.db());
        QList<Reading> batch;
        for (int i = 0; i < 100; ++i)
            batch.append(reading(10'000 + i * 30, 50'000 - i, 1000 + i));
        batch[60].gridWh = -5; // violates the schema's CHECK: the write fails on row 61
        const auto result = repo.insert(m.id, batch);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("Could not store")), qPrintable(result.error()));
        QCOMPARE(repo.count(m.id), 0);
        // And the connection is usable afterwards: the transaction was rolled back.
        batch[60].gridWh = 1060;
        const auto retry = repo.insert(m.id, batch);
        QVERIFY2(retry.ok(), qPrintable(retry.error()));
        QCOMPARE(repo.count(m.id), 100);
    }

    void failedStreamLeavesNoRowsBehind()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        ReadingRepository repo(t.db());
        int produced = 0;
        const auto result = repo.insert(m.id, [&]() -> std::optional<Reading> {
            if (produced == 5000)
                return std::nullopt;
            Reading r = reading(produced * 30, 1000, produced);
            if (produced == 4000)
                r.source = static_cast<PowerSource>(7); // not a valid source: CHECK fails
            ++produced;
            return r;
        });
        QVERIFY(!result.ok());
        QCOMPARE(repo.count(m.id), 0);
    }

    void rangesAreHalfOpenAndOrdered()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        const Meter other = t.addMeter(QStringLiteral("other"));
        ReadingRepository repo(t.db());
        QList<Reading> batch;
        for (int i = 9; i >= 0; --i) // inserted out of order
            batch.append(reading(1000 + i * 100, 9000 - i));
        QVERIFY(repo.insert(m.id, batch).ok());
        QVERIFY(repo.insert(other.id, reading(1200, 1)).ok());
        const auto range = repo.range(m.id, 1200, 1500);
        QVERIFY(range.ok());
        QCOMPARE(range->size(), 3);
        QCOMPARE(range->at(0).time, 1200);
        QCOMPARE(range->at(2).time, 1400);
        QCOMPARE(repo.latest(m.id)->time, 1900);
        QCOMPARE(repo.earliest(m.id)->time, 1000);
        QCOMPARE(repo.latestBefore(m.id, 1450)->time, 1400);
        QVERIFY(!repo.latestBefore(m.id, 1000));
        int visited = 0;
        QVERIFY(
            repo.forEachInRange(m.id, 0, 10'000, [&visited](const Reading &) { return ++visited < 4; }).ok());
        QCOMPARE(visited, 4);
    }

    void sourceSinceFindsStartOfCurrentRun()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        ReadingRepository repo(t.db());
        QList<Reading> batch;
        for (int i = 0; i < 20; ++i)
            batch.append(reading(i * 30, 1000, i, i >= 12 ? PowerSource::Generator : PowerSource::Grid));
        QVERIFY(repo.insert(m.id, batch).ok());
        QCOMPARE(repo.sourceSince(m.id, 0), std::optional<qint64>(12 * 30));
        // Looking back less far than the run: the run's start is not seen, the floor's first reading is.
        QCOMPARE(repo.sourceSince(m.id, 15 * 30), std::optional<qint64>(15 * 30));
    }

    void compactOnDisk()
    {
        // The schema's promise behind the < 80 bytes per reading target: 20 000 realistic
        // readings take well under 80 bytes each, however SQLite pages them.
        TestDatabase t;
        const Meter m = t.addMeter();
        int i = 0;
        QVERIFY(ReadingRepository(t.db())
                    .insert(m.id,
                            [&i]() -> std::optional<Reading> {
                                if (i == 20'000)
                                    return std::nullopt;
                                Reading r =
                                    reading(1'760'000'000 + i * 30, 1'787'420 - i * 20, 48'808'720 + i * 4);
                                r.generatorWh = 477'240;
                                r.loadW = 300 + (i * 37) % 900;
                                ++i;
                                return r;
                            })
                    .ok());
        QSqlQuery pages(t.db().connection());
        QVERIFY(pages.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QSqlQuery size(t.db().connection());
        QVERIFY(size.exec(QStringLiteral("PRAGMA page_count")) && size.next());
        const qint64 pageCount = size.value(0).toLongLong();
        QSqlQuery pageSize(t.db().connection());
        QVERIFY(pageSize.exec(QStringLiteral("PRAGMA page_size")) && pageSize.next());
        const double bytesPerReading = double(pageCount * pageSize.value(0).toLongLong()) / 20'000.0;
        qInfo("bytes per reading: %.1f", bytesPerReading);
        QVERIFY2(bytesPerReading < 60.0, qPrintable(QString::number(bytesPerReading)));
    }
};

QTEST_GUILESS_MAIN(TestReadingRepository)
#include "tst_readingrepository.moc"
