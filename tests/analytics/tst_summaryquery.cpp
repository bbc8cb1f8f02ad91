#include "TestDatabase.h"
#include "analytics/LocalCalendar.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/SummaryQuery.h"
#include "analytics/UsageSeries.h"
#include "setup/SimulatorBackfill.h"

#include <QTest>

class TestSummaryQuery : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_t;
    Meter m_meter;
    qint64 m_now = 0;

private slots:
    void initTestCase()
    {
        // 2025-01-10 .. 2025-03-20 in Asia/Kolkata: a January tail, a short February, March.
        m_now = QDateTime(QDate(2025, 3, 20), QTime(12, 0), QTimeZone("Asia/Kolkata")).toSecsSinceEpoch();
        const Meter created = m_t.addMeter(QStringLiteral("sim"));
        const Result<Meter> m = SimulatorBackfill::prepare(m_t.db(), created, 69, 11, m_now);
        QVERIFY(m.ok());
        m_meter = m.value();
        QVERIFY(SimulatorBackfill::run(m_t.db(), m_meter, m_now - 69 * 86400, m_now).ok());
    }

    void monthsAreTheSumOfTheirDays()
    {
        SummaryQuery q(m_t.db());
        const auto days = q.run(m_meter, SummaryQuery::Period::Day, QDate(2025, 1, 1), QDate(2025, 3, 31));
        const auto months =
            q.run(m_meter, SummaryQuery::Period::Month, QDate(2025, 1, 15), QDate(2025, 3, 2));
        QVERIFY(days.ok() && months.ok());
        QCOMPARE(days->size(), 90);
        QCOMPARE(months->size(), 3);
        QCOMPARE(months->at(1).label, QStringLiteral("2025-02"));
        QCOMPARE(months->at(1).last, QDate(2025, 2, 28)); // the short month ends where it ends
        for (const PeriodSummary &month : months.value()) {
            qint64 grid = 0;
            qint64 cost = 0;
            int withData = 0;
            std::optional<qint64> closing;
            for (const PeriodSummary &d : days.value()) {
                if (d.first < month.first || d.first > month.last)
                    continue;
                grid += d.gridWh;
                cost += d.costMilli;
                withData += d.daysWithData;
                if (d.closingBalanceMilli)
                    closing = d.closingBalanceMilli;
            }
            QCOMPARE(month.gridWh, grid);
            QCOMPARE(month.costMilli, cost);
            QCOMPARE(month.daysWithData, withData);
            QCOMPARE(month.closingBalanceMilli, closing);
        }
        QCOMPARE(months->at(1).daysWithData, 28);
        QVERIFY(months->at(0).daysWithData >= 21 && months->at(0).daysWithData <= 23); // from Jan 10
        QVERIFY(months->at(1).averageDailyCostMilli().value() > 0);
        // Days without data are listed, with nothing claimed.
        QCOMPARE(days->at(0).daysWithData, 0);
        QVERIFY(!days->at(0).closingBalanceMilli);
    }

    void partialPeriodsAreMarked()
    {
        // Readings from 10 January to 20 March 2025: January and March are partial, February
        // is whole, and so is a day with readings; 2025 is a partial year, 2024 has nothing.
        SummaryQuery q(m_t.db());
        const auto months =
            q.run(m_meter, SummaryQuery::Period::Month, QDate(2025, 1, 1), QDate(2025, 3, 31));
        QVERIFY(months.ok());
        QVERIFY(months->at(0).isPartial());
        QVERIFY(!months->at(1).isPartial());
        QVERIFY(months->at(2).isPartial());
        const auto years = q.run(m_meter, SummaryQuery::Period::Year, QDate(2024, 1, 1), QDate(2025, 3, 20));
        QVERIFY(years.ok());
        QVERIFY(!years->at(0).isPartial()); // no readings at all: empty, not partial
        QVERIFY(years->at(1).isPartial());
        const auto day = q.run(m_meter, SummaryQuery::Period::Day, QDate(2025, 2, 10), QDate(2025, 2, 10));
        QVERIFY(day.ok());
        QVERIFY(!day->at(0).isPartial());
        // The period holding today is not over: partial even with readings on every day so far.
        QVERIFY(day->at(0).isPartial(QDate(2025, 2, 10)));
        QVERIFY(!day->at(0).isPartial(QDate(2025, 2, 11)));
        QVERIFY(!months->at(1).isPartial(QDate(2025, 3, 20)));
        QVERIFY(months->at(2).isPartial(QDate(2025, 3, 20)));
    }

    void yearsAndTotals()
    {
        SummaryQuery q(m_t.db());
        const auto years = q.run(m_meter, SummaryQuery::Period::Year, QDate(2024, 6, 1), QDate(2025, 3, 20));
        QVERIFY(years.ok());
        QCOMPARE(years->size(), 2);
        QCOMPARE(years->at(0).daysWithData, 0);
        const auto total = q.total(m_meter, QDate(2025, 1, 1), QDate(2025, 12, 31));
        QCOMPARE(total->gridWh, years->at(1).gridWh);
        QCOMPARE(total->costMilli, years->at(1).costMilli);
    }

    void dailyRollupsAgreeWithTheMinuteRollups()
    {
        // Two independent rollups of the same intervals: the day row and the day's minutes.
        LocalCalendar calendar{QTimeZone("Asia/Kolkata")};
        SummaryQuery q(m_t.db());
        for (const QDate &date : {QDate(2025, 2, 1), QDate(2025, 2, 28), QDate(2025, 3, 10)}) {
            const auto day = q.run(m_meter, SummaryQuery::Period::Day, date, date);
            const qint64 start = calendar.startOf(date);
            const auto series =
                UsageSeriesQuery(m_t.db()).runRange(m_meter, start, calendar.nextDayStart(start), 15);
            QVERIFY(day.ok() && series.ok());
            QCOMPARE(series->totalGridWh(), day->at(0).gridWh);
            QCOMPARE(series->totalGeneratorWh(), day->at(0).generatorWh);
            QCOMPARE(series->totalCostMilli(), day->at(0).costMilli);
        }
    }

    void periodBoundaries()
    {
        QCOMPARE(SummaryQuery::periodEnd(SummaryQuery::Period::Month, QDate(2024, 2, 10)),
                 QDate(2024, 2, 29));
        QCOMPARE(SummaryQuery::periodEnd(SummaryQuery::Period::Month, QDate(2025, 4, 30)),
                 QDate(2025, 4, 30));
        QCOMPARE(SummaryQuery::periodStart(SummaryQuery::Period::Year, QDate(2025, 4, 30)),
                 QDate(2025, 1, 1));
        QVERIFY(!SummaryQuery::periodFromName(QStringLiteral("week")));
        QVERIFY(!SummaryQuery(m_t.db())
                     .run(m_meter, SummaryQuery::Period::Day, QDate(2025, 2, 2), QDate(2025, 2, 1))
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestSummaryQuery)
#include "tst_summaryquery.moc"
