#include "TestDatabase.h"
#include "analytics/BalanceForecast.h"
#include "analytics/ReadingIngestor.h"

#include <QTest>

namespace {

// Hourly readings (UTC meter) spending `perDay[i]` evenly on day i, from `start`.
QList<Reading> spending(qint64 start, qint64 balance, const QList<qint64> &perDay)
{
    QList<Reading> readings;
    qint64 grid = 1'000'000;
    for (int day = 0; day < perDay.size(); ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            Reading r;
            r.time = start + qint64(day) * 86400 + hour * 3600;
            r.fetchedAt = r.time;
            r.balanceMilli = balance;
            r.gridWh = grid;
            r.source = PowerSource::Grid;
            readings.append(r);
            balance -= perDay[day] / 24;
            grid += 400;
        }
    }
    return readings;
}

} // namespace

class TestBalanceForecast : public QObject
{
    Q_OBJECT

private:
    const qint64 m_start = 1'735'689'600; // 2025-01-01T00:00Z

private slots:
    void nothingIsClaimedBeforeThreeDays()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 3600, QStringLiteral("UTC"));
        QVERIFY(ReadingIngestor(t.db()).ingest(m, spending(m_start, 1'000'000, {96'000, 96'000})).ok());
        const auto f = BalanceForecast(t.db()).run(m, m_start + 2 * 86400 + 3600);
        QVERIFY(f.ok());
        QCOMPARE(f->confidence, ForecastResult::Confidence::None);
        QVERIFY(!f->runsOutOn);
        QCOMPARE(f->confidenceName(), QStringLiteral("none"));
    }

    void steadySpendGivesAConfidentDate()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 3600, QStringLiteral("UTC"));
        QList<qint64> days(14, 96'000); // 96.000 a day
        QVERIFY(ReadingIngestor(t.db()).ingest(m, spending(m_start, 2'000'000, days)).ok());
        const qint64 now = m_start + 14 * 86400 + 60;
        const auto f = BalanceForecast(t.db()).run(m, now);
        QVERIFY(f.ok());
        QCOMPARE(f->daysUsed, 14); // the 14 complete days before today
        QVERIFY2(qAbs(*f->dailyCostMilli - 96'000) <= 4'000, qPrintable(QString::number(*f->dailyCostMilli)));
        // 2000 - 14 x 96 = 656 left: about 6.8 days.
        QVERIFY(f->daysRemaining && *f->daysRemaining > 6.4 && *f->daysRemaining < 7.4);
        QCOMPARE(f->confidence, ForecastResult::Confidence::High);
        QVERIFY(*f->earliestDate <= *f->runsOutOn && *f->runsOutOn <= *f->latestDate);
    }

    void oneHeavyDayIsDamped()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 3600, QStringLiteral("UTC"));
        QList<qint64> days(14, 96'000);
        days[10] = 960'000; // a party
        QVERIFY(ReadingIngestor(t.db()).ingest(m, spending(m_start, 5'000'000, days)).ok());
        const auto f = BalanceForecast(t.db()).run(m, m_start + 14 * 86400 + 60);
        // A plain mean would be ~160/day; damping keeps it near the usual ~103.
        QVERIFY2(*f->dailyCostMilli < 120'000, qPrintable(QString::number(*f->dailyCostMilli)));
    }

    // "N days left" is said the same way by the status card, the chart and the forecast
    // sentence: rounded half up, never below zero, nothing without a forecast.
    void wholeDaysLeftRoundsOnceForEveryFrontEnd()
    {
        ForecastResult f;
        f.daysRemaining = 2.5;
        QVERIFY(!f.wholeDaysLeft()); // no confidence: no claim
        f.confidence = ForecastResult::Confidence::Medium;
        QVERIFY(!f.wholeDaysLeft()); // no date either
        f.runsOutOn = QDate(2026, 12, 10);
        QCOMPARE(f.wholeDaysLeft(), std::optional<int>(3));
        f.daysRemaining = 2.49;
        QCOMPARE(f.wholeDaysLeft(), std::optional<int>(2));
        f.daysRemaining = 0.4;
        QCOMPARE(f.wholeDaysLeft(), std::optional<int>(0));
        f.daysRemaining = -0.7; // already below zero when the forecast ran
        QCOMPARE(f.wholeDaysLeft(), std::optional<int>(0));
        f.daysRemaining.reset();
        QVERIFY(!f.wholeDaysLeft());
    }
};

QTEST_GUILESS_MAIN(TestBalanceForecast)
#include "tst_balanceforecast.moc"
