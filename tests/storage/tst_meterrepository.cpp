#include "TestDatabase.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"

#include <QTest>

class TestMeterRepository : public QObject
{
    Q_OBJECT

private:
    static Meter meter(const QString &name)
    {
        Meter m;
        m.name = name;
        m.provider = QStringLiteral("simulator");
        m.timezone = QStringLiteral("Asia/Dhaka");
        m.currency = QStringLiteral("BDT");
        m.intervalSeconds = 3600;
        return m;
    }

private slots:
    void addListFindRoundTrip()
    {
        TestDatabase t;
        MeterRepository repo(t.db());
        Meter m = meter(QStringLiteral("  Flat 4B  "));
        m.lowBalanceMilli = 250'500;
        m.settings.insert(QStringLiteral("seed"), 7);
        const Result<Meter> added = repo.add(m);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(added->id > 0);
        QCOMPARE(added->name, QStringLiteral("Flat 4B"));
        const std::optional<Meter> found = repo.findByName(QStringLiteral("Flat 4B"));
        QVERIFY(found);
        QCOMPARE(found->timezone, QStringLiteral("Asia/Dhaka"));
        QCOMPARE(found->currency, QStringLiteral("BDT"));
        QCOMPARE(found->intervalSeconds, 3600);
        QCOMPARE(found->lowBalanceMilli, std::optional<qint64>(250'500));
        QCOMPARE(found->settings.value(QStringLiteral("seed")).toInt(), 7);
        QVERIFY(found->createdAt > 0);
        QVERIFY(repo.findById(added->id));
    }

    void listIsSortedCaseInsensitively()
    {
        TestDatabase t;
        MeterRepository repo(t.db());
        for (const char *name : {"beta", "Alpha", "gamma"})
            QVERIFY(repo.add(meter(QLatin1String(name))).ok());
        const auto list = repo.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).name, QStringLiteral("Alpha"));
        QCOMPARE(list->at(2).name, QStringLiteral("gamma"));
    }

    void rejectsWhatUsersGetWrong_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("timezone");
        QTest::addColumn<int>("interval");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty name") << "  "
                                    << "UTC" << 30 << "needs a name";
        QTest::newRow("bad zone") << "x"
                                  << "Mars/Olympus" << 30 << "not a known time zone";
        QTest::newRow("zero interval") << "x"
                                       << "UTC" << 0 << "polling interval";
        QTest::newRow("huge interval") << "x"
                                       << "UTC" << 8 * 86400 << "polling interval";
        QTest::newRow("long name") << QString(101, QLatin1Char('n')) << "UTC" << 30 << "100 characters";
    }
    void rejectsWhatUsersGetWrong()
    {
        QFETCH(QString, name);
        QFETCH(QString, timezone);
        QFETCH(int, interval);
        QFETCH(QString, expected);
        TestDatabase t;
        Meter m = meter(name);
        m.timezone = timezone;
        m.intervalSeconds = interval;
        const Result<Meter> added = MeterRepository(t.db()).add(m);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(expected), qPrintable(added.error()));
        QVERIFY(MeterRepository(t.db()).list()->isEmpty());
    }

    void rejectsDuplicateName()
    {
        TestDatabase t;
        MeterRepository repo(t.db());
        QVERIFY(repo.add(meter(QStringLiteral("home"))).ok());
        const Result<Meter> again = repo.add(meter(QStringLiteral("home")));
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QStringLiteral("already exists")));
    }

    void updateAndRename()
    {
        TestDatabase t;
        MeterRepository repo(t.db());
        Meter a = repo.add(meter(QStringLiteral("a"))).value();
        repo.add(meter(QStringLiteral("b")));
        a.name = QStringLiteral("b");
        QVERIFY(!repo.update(a).ok()); // would collide
        a.name = QStringLiteral("c");
        a.intervalSeconds = 60;
        QVERIFY(repo.update(a).ok());
        QCOMPARE(repo.findById(a.id)->intervalSeconds, 60);
        QCOMPARE(repo.findById(a.id)->name, QStringLiteral("c"));
    }

    void removeCascadesToReadings()
    {
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("gone"));
        Reading r;
        r.time = 1000;
        r.fetchedAt = 1001;
        r.balanceMilli = 5000;
        QVERIFY(ReadingRepository(t.db()).insert(m.id, r).ok());
        QCOMPARE(ReadingRepository(t.db()).count(m.id), 1);
        QVERIFY(MeterRepository(t.db()).remove(m.id).ok());
        QCOMPARE(ReadingRepository(t.db()).count(m.id), 0);
        QVERIFY(!MeterRepository(t.db()).remove(m.id).ok());
    }
};

QTEST_GUILESS_MAIN(TestMeterRepository)
#include "tst_meterrepository.moc"
