#include "model/TimeFormat.h"

#include <QDateTime>
#include <QTest>

class TestTimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void formatsInTheMeterZone()
    {
        const qint64 t =
            QDateTime(QDate(2025, 7, 25), QTime(10, 26, 59), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(TimeFormat::iso(t, QTimeZone("Asia/Kolkata")), QStringLiteral("2025-07-25T15:56:59+05:30"));
        QCOMPARE(TimeFormat::iso(t, QTimeZone("Asia/Dhaka")), QStringLiteral("2025-07-25T16:26:59+06:00"));
        QCOMPARE(TimeFormat::iso(t, QTimeZone("America/New_York")),
                 QStringLiteral("2025-07-25T06:26:59-04:00"));
        QCOMPARE(TimeFormat::iso(t, QTimeZone::utc()), QStringLiteral("2025-07-25T10:26:59+00:00"));
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        const qint64 base =
            QDateTime(QDate(2025, 7, 25), QTime(10, 26, 59), QTimeZone::utc()).toSecsSinceEpoch();
        QTest::newRow("offset") << "2025-07-25T15:56:59+05:30" << base;
        QTest::newRow("Z") << "2025-07-25T10:26:59Z" << base;
        QTest::newRow("compact offset") << "2025-07-25T15:56:59+0530" << base;
        QTest::newRow("local, meter zone") << "2025-07-25T15:56:59" << base;
        QTest::newRow("space") << "2025-07-25 15:56:59" << base;
        QTest::newRow("minutes") << "2025-07-25T15:56" << base - 59;
        QTest::newRow("date is local midnight")
            << "2025-07-25"
            << QDateTime(QDate(2025, 7, 25), QTime(0, 0), QTimeZone("Asia/Kolkata")).toSecsSinceEpoch();
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QCOMPARE(TimeFormat::parseIso(text, QTimeZone("Asia/Kolkata")), std::optional<qint64>(expected));
    }

    void rejectsNonsense()
    {
        for (const char *bad : {"", "yesterday", "2025-13-01", "2025-02-30", "2025-07-25T25:00", "25-07-2025",
                                "2025-07-25T10:00+99:00"})
            QVERIFY2(!TimeFormat::parseIso(QLatin1String(bad), QTimeZone::utc()), bad);
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
