// The one definition of "the period to compare with" (compare and the chart's overlay).

#include "analytics/PeriodComparison.h"

#include <QDateTime>
#include <QTest>

using PC = PeriodComparison;
using Period = SummaryQuery::Period;

namespace {

qint64 local(const char *zone, int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(zone)).toSecsSinceEpoch();
}

QString text(const PC::Days &d)
{
    return d.first.toString(Qt::ISODate) + QLatin1Char('/') + d.last.toString(Qt::ISODate);
}

} // namespace

class TestPeriodComparison : public QObject
{
    Q_OBJECT

private slots:
    void calendarPeriods_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("lastYear");
        QTest::newRow("mid month") << int(Period::Month) << QDate(2025, 3, 15) << "2025-03-01/2025-03-15"
                                   << "2025-02-01/2025-02-15"
                                   << "2024-03-01/2024-03-15";
        // Month end: 29, 30 and 31 March all compare with the whole of February, never with
        // March days.
        QTest::newRow("31 March") << int(Period::Month) << QDate(2025, 3, 31) << "2025-03-01/2025-03-31"
                                  << "2025-02-01/2025-02-28"
                                  << "2024-03-01/2024-03-31";
        QTest::newRow("29 March") << int(Period::Month) << QDate(2025, 3, 29) << "2025-03-01/2025-03-29"
                                  << "2025-02-01/2025-02-28"
                                  << "2024-03-01/2024-03-29";
        QTest::newRow("leap February") << int(Period::Month) << QDate(2024, 3, 30) << "2024-03-01/2024-03-30"
                                       << "2024-02-01/2024-02-29"
                                       << "2023-03-01/2023-03-30";
        QTest::newRow("29 February, last year")
            << int(Period::Month) << QDate(2024, 2, 29) << "2024-02-01/2024-02-29"
            << "2024-01-01/2024-01-29"
            << "2023-02-01/2023-02-28";
        QTest::newRow("31 May vs April")
            << int(Period::Month) << QDate(2025, 5, 31) << "2025-05-01/2025-05-31"
            << "2025-04-01/2025-04-30"
            << "2024-05-01/2024-05-31";
        QTest::newRow("first of the month")
            << int(Period::Month) << QDate(2025, 1, 1) << "2025-01-01/2025-01-01"
            << "2024-12-01/2024-12-01"
            << "2024-01-01/2024-01-01";
        QTest::newRow("year so far") << int(Period::Year) << QDate(2024, 3, 1) << "2024-01-01/2024-03-01"
                                     << "2023-01-01/2023-03-02"
                                     << "2023-01-01/2023-03-02";
        QTest::newRow("year end, leap") << int(Period::Year) << QDate(2024, 12, 31) << "2024-01-01/2024-12-31"
                                        << "2023-01-01/2023-12-31"
                                        << "2023-01-01/2023-12-31";
        QTest::newRow("DST day") << int(Period::Day) << QDate(2025, 3, 9) << "2025-03-09/2025-03-09"
                                 << "2025-03-08/2025-03-08"
                                 << "2024-03-09/2024-03-09";
    }

    void calendarPeriods()
    {
        QFETCH(int, period);
        QFETCH(QDate, day);
        QFETCH(QString, current);
        QFETCH(QString, previous);
        QFETCH(QString, lastYear);
        const auto p = static_cast<Period>(period);
        QCOMPARE(text(PC::current(p, day)), current);
        QCOMPARE(text(PC::compared(p, day, PC::Against::PreviousPeriod)), previous);
        QCOMPARE(text(PC::compared(p, day, PC::Against::LastYear)), lastYear);
    }

    void chartWindowOverDstStartsAtMidnight_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("days");
        // A week ending after the spring change (23-hour day inside), and after the autumn one.
        QTest::newRow("New York spring") << QByteArray("America/New_York") << QDate(2025, 3, 12) << 7;
        QTest::newRow("New York autumn") << QByteArray("America/New_York") << QDate(2025, 11, 5) << 7;
        QTest::newRow("London spring") << QByteArray("Europe/London") << QDate(2025, 4, 1) << 30;
        QTest::newRow("London DST day") << QByteArray("Europe/London") << QDate(2025, 3, 31) << 1;
        QTest::newRow("Kolkata") << QByteArray("Asia/Kolkata") << QDate(2025, 7, 25) << 7;
    }

    void chartWindowOverDstStartsAtMidnight()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, to);
        QFETCH(int, days);
        const QTimeZone tz(zone);
        const QDate fromDay = to.addDays(-days);
        const qint64 from = QDateTime(fromDay, QTime(0, 0), tz).toSecsSinceEpoch();
        const qint64 end = QDateTime(to, QTime(0, 0), tz).toSecsSinceEpoch();
        const PC::Window w = PC::compared(from, end, tz, PC::Against::PreviousPeriod);
        // The window before: as many local days, midnight to midnight, right before.
        QCOMPARE(w.to, from);
        const QDateTime start = QDateTime::fromSecsSinceEpoch(w.from, tz);
        QCOMPARE(start.time(), QTime(0, 0));
        QCOMPARE(start.date(), fromDay.addDays(-days));
    }

    void chartWindowOfHours()
    {
        // Six hours that are not whole days: the six hours before.
        const qint64 from = local("Europe/London", 2025, 3, 30, 6);
        const qint64 to = local("Europe/London", 2025, 3, 30, 12);
        const PC::Window w = PC::compared(from, to, QTimeZone("Europe/London"), PC::Against::PreviousPeriod);
        QCOMPARE(w.to, from);
        QCOMPARE(w.from, from - (to - from));
    }

    void chartWindowLastYear()
    {
        const QTimeZone tz("America/New_York");
        const PC::Window w = PC::compared(local("America/New_York", 2024, 2, 29),
                                          local("America/New_York", 2024, 3, 10), tz, PC::Against::LastYear);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(w.from, tz), QDateTime(QDate(2023, 2, 28), QTime(0, 0), tz));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(w.to, tz), QDateTime(QDate(2023, 3, 10), QTime(0, 0), tz));
    }

    void changeInPerCent_data()
    {
        QTest::addColumn<qint64>("current");
        QTest::addColumn<qint64>("previous");
        QTest::addColumn<bool>("known");
        QTest::addColumn<double>("percent");
        QTest::newRow("up a fifth") << qint64(120'000) << qint64(100'000) << true << 20.0;
        QTest::newRow("down a third, one decimal") << qint64(2'000) << qint64(3'000) << true << -33.3;
        QTest::newRow("same") << qint64(5'000) << qint64(5'000) << true << 0.0;
        QTest::newRow("to nothing") << qint64(0) << qint64(4'000) << true << -100.0;
        QTest::newRow("rounds half away") << qint64(1'0005) << qint64(10'000) << true << 0.1;
        // Nothing to compare with: no per cent, not "infinitely more".
        QTest::newRow("previous zero") << qint64(7'000) << qint64(0) << false << 0.0;
    }

    void changeInPerCent()
    {
        QFETCH(qint64, current);
        QFETCH(qint64, previous);
        QFETCH(bool, known);
        QFETCH(double, percent);
        const std::optional<double> change = PC::changePercent(current, previous);
        QCOMPARE(change.has_value(), known);
        if (known)
            QCOMPARE(*change, percent);
    }
};

QTEST_GUILESS_MAIN(TestPeriodComparison)
#include "tst_periodcomparison.moc"
