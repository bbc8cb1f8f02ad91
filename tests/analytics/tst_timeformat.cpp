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

    // What editors show and take: the meter's wall clock, whatever the computer's zone.
    void wallTimeIsTheMetersClock()
    {
        // 23:30 UTC is already tomorrow 05:00 in Kolkata.
        const qint64 t = QDateTime(QDate(2026, 3, 10), QTime(23, 30), QTimeZone::utc()).toSecsSinceEpoch();
        const QTimeZone kolkata("Asia/Kolkata");
        const QDateTime wall = TimeFormat::wallTime(t, kolkata);
        QCOMPARE(wall.date(), QDate(2026, 3, 11));
        QCOMPARE(wall.time(), QTime(5, 0));
        QCOMPARE(wall.timeSpec(), Qt::UTC); // zone-less: the system zone cannot move it
        QCOMPARE(TimeFormat::fromWallTime(wall.date(), wall.time(), kolkata), t);
        QCOMPARE(TimeFormat::fromWallTime(QDate(2026, 3, 1), QTime(9, 15), kolkata),
                 QDateTime(QDate(2026, 3, 1), QTime(3, 45), QTimeZone::utc()).toSecsSinceEpoch());
    }

    void wallTimeInADstGapMovesForward()
    {
        const QTimeZone newYork("America/New_York");
        // 2025-03-09 02:00 EST -> 03:00 EDT: 02:30 does not exist, 03:30 EDT is 07:30 UTC.
        QCOMPARE(TimeFormat::fromWallTime(QDate(2025, 3, 9), QTime(2, 30), newYork),
                 QDateTime(QDate(2025, 3, 9), QTime(7, 30), QTimeZone::utc()).toSecsSinceEpoch());
        // Santiago skips midnight (2025-09-07 00:00 -> 01:00): the day starts at 01:00 -03.
        QCOMPARE(TimeFormat::fromWallTime(QDate(2025, 9, 7), QTime(0, 0), QTimeZone("America/Santiago")),
                 QDateTime(QDate(2025, 9, 7), QTime(4, 0), QTimeZone::utc()).toSecsSinceEpoch());
        // The repeated hour: one of its two moments.
        const qint64 repeated = TimeFormat::fromWallTime(QDate(2025, 11, 2), QTime(1, 30), newYork);
        const qint64 first = QDateTime(QDate(2025, 11, 2), QTime(5, 30), QTimeZone::utc()).toSecsSinceEpoch();
        QVERIFY(repeated == first || repeated == first + 3600);
    }

    void zoneLabelNamesTheZoneAndItsOffset()
    {
        const qint64 winter =
            QDateTime(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
        const qint64 summer =
            QDateTime(QDate(2026, 7, 15), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(TimeFormat::zoneLabel(QTimeZone("Asia/Kolkata"), winter),
                 QStringLiteral("Asia/Kolkata (IST, UTC+05:30)"));
        QCOMPARE(TimeFormat::zoneLabel(QTimeZone("Asia/Dhaka"), winter),
                 QStringLiteral("Asia/Dhaka (UTC+06:00)"));
        QCOMPARE(TimeFormat::zoneLabel(QTimeZone("America/New_York"), winter),
                 QStringLiteral("America/New_York (EST, UTC-05:00)"));
        QCOMPARE(TimeFormat::zoneLabel(QTimeZone("America/New_York"), summer),
                 QStringLiteral("America/New_York (EDT, UTC-04:00)"));
        QCOMPARE(TimeFormat::zoneLabel(QTimeZone::utc(), winter), QStringLiteral("UTC (UTC+00:00)"));
        // The offset in the window's digits.
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("bn_BD")));
        const QString bengali = TimeFormat::zoneLabel(QTimeZone("Asia/Kolkata"), winter);
        QLocale::setDefault(before);
        QCOMPARE(bengali, QStringLiteral("Asia/Kolkata (IST, UTC+০৫:৩০)"));
    }

    // What the window shows: the language's digits, four-digit years, no seconds, and 24 hours
    // where the language has no AM/PM words of its own (Bengali and Hindi get the Latin "AM").
    void shownInTheWindowsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("dateTime");
        QTest::addColumn<QString>("yearMonth");
        QTest::newRow("C") << "C"
                           << "14 Nov 2026"
                           << "15:30"
                           << "14 Nov 2026 15:30"
                           << "November 2026";
        QTest::newRow("en_GB") << "en_GB"
                               << "14/11/2026"
                               << "15:30"
                               << "14/11/2026 15:30"
                               << "November 2026";
        QTest::newRow("en_US keeps its 12 hours") << "en_US"
                                                  << "11/14/2026"
                                                  << "3:30 PM"
                                                  << "11/14/2026 3:30 PM"
                                                  << "November 2026";
        QTest::newRow("bn_BD") << "bn_BD"
                               << "১৪/১১/২০২৬"
                               << "১৫:৩০"
                               << "১৪/১১/২০২৬ ১৫:৩০"
                               << "নভেম্বর ২০২৬";
        QTest::newRow("hi_IN") << "hi_IN"
                               << "14/11/2026"
                               << "15:30"
                               << "14/11/2026 15:30"
                               << "नवंबर 2026";
    }
    void shownInTheWindowsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, date);
        QFETCH(QString, time);
        QFETCH(QString, dateTime);
        QFETCH(QString, yearMonth);
        const QLocale locale = language == QLatin1String("C") ? QLocale::c() : QLocale(language);
        const QTimeZone kolkata("Asia/Kolkata");
        const qint64 t = QDateTime(QDate(2026, 11, 14), QTime(15, 30, 42), kolkata).toSecsSinceEpoch();
        QCOMPARE(TimeFormat::shortDate(QDate(2026, 11, 14), locale), date);
        QCOMPARE(TimeFormat::shortTime(QTime(15, 30, 42), locale), time);
        QCOMPARE(TimeFormat::shortDateTime(t, kolkata, locale), dateTime);
        QCOMPARE(
            TimeFormat::shortDateTime(QDateTime(QDate(2026, 11, 14), QTime(15, 30, 42), kolkata), locale),
            dateTime);
        QCOMPARE(TimeFormat::yearMonth(QDate(2026, 11, 14), locale), yearMonth);
        const QLocale before;
        QLocale::setDefault(locale);
        QCOMPARE(TimeFormat::shortDateTime(t, kolkata), dateTime);
        QLocale::setDefault(before);
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
