#include "TestDatabase.h"
#include "services/ReadingEntry.h"
#include "storage/ReadingRepository.h"

#include <QDateTime>
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

    void polledMetersTakeNoTypedReadings()
    {
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("demo"), QStringLiteral("simulator"));
        QVERIFY(!ReadingEntry::acceptsTypedReadings(m));
        const ReadingEntry::Outcome refused = ReadingEntry(t.db()).add(m, input(kNow, 1000), kNow);
        QVERIFY(!refused);
        QCOMPARE(refused.field, QStringLiteral("meter"));
        QVERIFY2(refused.sentence.contains(QStringLiteral("typed in only for manual meters")),
                 qPrintable(refused.sentence));
        QCOMPARE(count(t.db(), m.id), 0);
        QVERIFY(
            ReadingEntry::acceptsTypedReadings(t.addMeter(QStringLiteral("hand"), QStringLiteral("manual"))));
    }
};

QTEST_GUILESS_MAIN(TestReadingEntry)
#include "tst_readingentry.moc"
