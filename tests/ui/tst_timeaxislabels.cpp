// The time axis labels of the usage and balance charts: round local times in the meter's
// zone, whatever the machine's zone, dates at local midnights, days once the span is long.
#include "charts/TimeAxisLabels.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

namespace {

qint64 at(const char *zone, int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(zone)).toSecsSinceEpoch();
}

// "a|b|c" as a list.
QStringList list(const char *items)
{
    return QString::fromLatin1(items).split(QLatin1Char('|'));
}

QStringList texts(const QList<TimeAxisLabels::Tick> &ticks)
{
    QStringList out;
    for (const TimeAxisLabels::Tick &t : ticks)
        out << t.text;
    return out;
}

} // namespace

class TestTimeAxisLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC"); // a UTC machine with an Asia/Kolkata meter
    }

    void aDayOfAKolkataMeterIsLabelledInKolkataTime()
    {
        const qint64 from = at("Asia/Kolkata", 2026, 3, 10);
        const QList<TimeAxisLabels::Tick> ticks =
            TimeAxisLabels::ticks(from, from + 86400, "Asia/Kolkata", 1440, QLocale::c());
        // 1440 px hold 13 labels: every two hours from local midnight.
        QCOMPARE(texts(ticks),
                 list("00:00|02:00|04:00|06:00|08:00|10:00|12:00|14:00|16:00|18:00|20:00|22:00"));
        QCOMPARE(ticks.first().time, from); // 18:30 UTC the day before
        QCOMPARE(ticks.at(6).time, at("Asia/Kolkata", 2026, 3, 10, 12));
    }

    void aWindowNotOnTheHourStartsAtTheNextRoundTime()
    {
        const qint64 from = at("Asia/Kolkata", 2026, 3, 10, 5) + 1234;
        const QList<TimeAxisLabels::Tick> ticks =
            TimeAxisLabels::ticks(from, from + 6 * 3600, "Asia/Kolkata", 700, QLocale::c());
        // 700 px: 6 labels, hourly.
        QCOMPARE(texts(ticks), list("06:00|07:00|08:00|09:00|10:00|11:00"));
    }

    void longerThanADayShowsTheDateAtLocalMidnight()
    {
        const qint64 from = at("Asia/Kolkata", 2026, 3, 10);
        const QList<TimeAxisLabels::Tick> ticks =
            TimeAxisLabels::ticks(from, from + 2 * 86400, "Asia/Kolkata", 1000, QLocale::c());
        // 1000 px: 9 labels, six-hourly, the midnights as dates (the end itself is not labelled).
        QCOMPARE(texts(ticks), list("10 Mar|06:00|12:00|18:00|11 Mar|06:00|12:00|18:00"));
        QCOMPARE(ticks.at(4).time, at("Asia/Kolkata", 2026, 3, 11));
    }

    void aMonthIsLabelledInDays()
    {
        const qint64 from = at("Africa/Kigali", 2026, 6, 1);
        const QList<TimeAxisLabels::Tick> ticks =
            TimeAxisLabels::ticks(from, from + 30 * 86400, "Africa/Kigali", 1200, QLocale::c());
        // 1200 px: 10 labels; 30 days in steps of a week, on the same weekday each time.
        QVERIFY(!ticks.isEmpty());
        QVERIFY(ticks.size() <= 10);
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(ticks[i].time, QTimeZone("Africa/Kigali"));
            QCOMPARE(local.time(), QTime(0, 0));
            QCOMPARE(ticks[i].text, QLocale::c().toString(local, QStringLiteral("dd MMM")));
            if (i > 0)
                QCOMPARE(ticks[i].time - ticks[i - 1].time, qint64(7 * 86400));
        }
    }

    void anEmptyWindowHasNoLabels()
    {
        QVERIFY(TimeAxisLabels::ticks(100, 100, QByteArrayLiteral("UTC"), 1000).isEmpty());
        QVERIFY(TimeAxisLabels::ticks(200, 100, QByteArrayLiteral("UTC"), 1000).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimeAxisLabels)
#include "tst_timeaxislabels.moc"
