// The period views through their real widgets: the last 30 days, the months of a year, the
// years; drilling from a year to a month to a day by mouse, keyboard and table; the table
// alternative holding exactly the chart's data; copying; stepping; screenshots.
#include "ChartFixtures.h"
#include "CopyableTableView.h"
#include "Formatters.h"
#include "LayoutAudit.h"
#include "PeriodPanel.h"
#include "PeriodTableModel.h"
#include "TestArtifacts.h"
#include "TestDatabase.h"
#include "UsageChartView.h"
#include "UsageTableModel.h"
#include "analytics/ReadingIngestor.h"
#include "charts/PeriodBarChart.h"
#include "providers/SimulatedMeter.h"
#include "providers/SimulatorProvider.h"
#include "setup/SimulatorBackfill.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QValueAxis>

using namespace ChartFixtures;

class TestPeriodPanel : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_t;
    Meter m_meter;
    QTimeZone m_zone{"Asia/Kolkata"};
    qint64 m_now = 0;
    std::unique_ptr<PeriodPanel> m_panel;

    PeriodBarChart *bars() const { return m_panel->barChart(); }
    QLabel *summary() const
    {
        for (QLabel *label : m_panel->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("from the grid")))
                return label;
        }
        qFatal("no summary label");
        return nullptr;
    }

    QAbstractButton *button(const QString &accessibleName) const
    {
        return childNamed<QAbstractButton>(*m_panel, accessibleName);
    }

    [[nodiscard]] bool refreshAfter(const std::function<void()> &action)
    {
        return ChartFixtures::refreshAfter(m_panel.get(), &PeriodPanel::refreshed, action);
    }

    void clickBar(int index)
    {
        QVERIFY(bars()->isVisible());
        QVERIFY(refreshAfter([&] {
            QTest::mouseClick(bars()->chartView()->viewport(), Qt::LeftButton, Qt::NoModifier,
                              bars()->barCenter(index));
        }));
    }

    // The bars hold exactly what the table rows say, in the unit shown.
    void checkTableMatchesChart(bool money)
    {
        const PeriodTableModel *model = m_panel->periodModel();
        const QList<double> grid = bars()->gridValues();
        const QList<double> generator = bars()->generatorValues();
        QCOMPARE(model->rowCount(), m_panel->periods().size());
        QCOMPARE(bars()->categories().size(), model->rowCount());
        QCOMPARE(grid.size(), model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto raw = [&](int column) {
                return model->index(row, column).data(Qt::UserRole).toLongLong();
            };
            QCOMPARE(model->index(row, PeriodTableModel::Period).data(Qt::UserRole).toString(),
                     m_panel->periods()[row].label);
            // Shown as the window writes dates ("3 Jun 2025", "June 2025"), never as ISO codes.
            const QString shown = model->index(row, PeriodTableModel::Period).data().toString();
            QVERIFY2(!shown.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d"))), qPrintable(shown));
            if (money) {
                QCOMPARE(grid[row] + generator[row],
                         static_cast<double>(raw(PeriodTableModel::Cost)) / 1000.0);
            } else {
                QCOMPARE(grid[row], static_cast<double>(raw(PeriodTableModel::Grid)) / 1000.0);
                QCOMPARE(generator[row], static_cast<double>(raw(PeriodTableModel::Generator)) / 1000.0);
            }
        }
    }

private slots:
    void initTestCase()
    {
        m_now = QDateTime(QDate(2025, 7, 25), QTime(15, 56, 59), m_zone).toSecsSinceEpoch();
        // 400 days without a break (from 20 June 2024), as a meter read every 15 minutes: the
        // simulator's records sampled at that pace (a year of 30 s readings would take seconds).
        m_meter = m_t.addMeter(QStringLiteral("periods"), QStringLiteral("simulator"), 900,
                               QStringLiteral("Asia/Kolkata"));
        const Result<Meter> prepared = SimulatorBackfill::prepare(m_t.db(), m_meter, 400, 5, m_now);
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        m_meter = prepared.value();
        SimulatedMeter model = SimulatorProvider::meterModel(m_meter);
        qint64 t = m_now - 400 * 86400;
        qint64 last = 0;
        const Result<IngestStats> stored =
            ReadingIngestor(m_t.db()).ingestSorted(m_meter, [&]() -> std::optional<Reading> {
                while (t <= m_now) {
                    const Reading r = model.recordAt(t);
                    t += 900;
                    if (r.time > last) {
                        last = r.time;
                        return r;
                    }
                }
                return std::nullopt;
            });
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QVERIFY(stored->inserted > 38'000);
        m_panel = std::make_unique<PeriodPanel>(m_t.db());
        m_panel->setClock([this] { return m_now; });
        m_panel->resize(1100, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QVERIFY(refreshAfter([&] { m_panel->setMeter(m_meter); }));
    }

    void lastThirtyDaysAreDailyBars()
    {
        QVERIFY(refreshAfter(
            [&] { QTest::mouseClick(button(QStringLiteral("Show the last 30 days")), Qt::LeftButton); }));
        QCOMPARE(m_panel->level(), PeriodPanel::Level::LastDays);
        const QList<PeriodSummary> &days = m_panel->periods();
        QCOMPARE(days.size(), 30);
        QCOMPARE(days.constLast().first, QDate(2025, 7, 25)); // today in the meter's zone
        QCOMPARE(days.constFirst().first, QDate(2025, 6, 26));
        for (const PeriodSummary &d : days) {
            QCOMPARE(d.first, d.last);
            QVERIFY(d.daysWithData == 1);
        }
        QCOMPARE(bars()->categories().size(), 30);
        // Day numbers, with the month where the axis starts and where a month begins.
        QCOMPARE(bars()->categories().constFirst(), QStringLiteral("26<br>Jun"));
        QCOMPARE(bars()->categories().at(1), QStringLiteral("27"));
        QCOMPARE(bars()->categories().at(5), QStringLiteral("1<br>Jul"));
        // Today is not over: marked partial, not a drop.
        QCOMPARE(bars()->categories().constLast(), QStringLiteral("25*"));
        QCOMPARE(bars()->categories().at(28), QStringLiteral("24"));
        QVERIFY(bars()->tooltipText(29).contains(QStringLiteral("Partial: not over yet.")));
        QVERIFY(summary()->text().contains(QStringLiteral("* Partial")));
        QCOMPARE(m_panel->title(), QStringLiteral("The last 30 days: 26 Jun – 25 Jul 2025"));
        QVERIFY(
            bars()->tooltipText(5).startsWith(QLocale().toString(QDate(2025, 7, 1), QLocale::LongFormat)));
        QVERIFY(bars()->tooltipText(5).contains(Formatters::energy(days[5].gridWh)));
        checkTableMatchesChart(false);

        // A day's bar drills into that day's usage.
        clickBar(27);
        QCOMPARE(m_panel->level(), PeriodPanel::Level::Day);
        QCOMPARE(m_panel->date(), QDate(2025, 7, 23));
        QVERIFY(m_panel->dayChart()->isVisible());
        // Up goes back where it came from.
        QVERIFY(refreshAfter(
            [&] { QTest::mouseClick(button(QStringLiteral("Back to the wider period")), Qt::LeftButton); }));
        QCOMPARE(m_panel->level(), PeriodPanel::Level::LastDays);
    }

    void drillFromYearToMonthToDay()
    {
        QVERIFY(refreshAfter(
            [&] { QTest::mouseClick(button(QStringLiteral("Show the years")), Qt::LeftButton); }));
        QCOMPARE(m_panel->level(), PeriodPanel::Level::Years);
        // Readings from 20 June 2024 to 25 July 2025: two partial years, marked and explained.
        QCOMPARE(bars()->categories(), (QStringList{QStringLiteral("2024*"), QStringLiteral("2025*")}));
        QVERIFY(m_panel->periods().at(0).isPartial());
        QVERIFY(bars()->tooltipText(0).contains(QStringLiteral("Partial: readings on 195 of 366 days")));
        QVERIFY(summary()->text().contains(QStringLiteral("* Partial: readings on only some of its days.")));
        checkTableMatchesChart(false);

        // Mouse: 2025 -> its months.
        clickBar(1);
        QCOMPARE(m_panel->level(), PeriodPanel::Level::Months);
        QCOMPARE(m_panel->date(), QDate(2025, 1, 1));
        QCOMPARE(m_panel->periods().size(), 12);
        // July so far is partial, June whole, August without readings neither.
        QCOMPARE(bars()->categories().at(5), QLocale().monthName(6, QLocale::ShortFormat));
        QCOMPARE(bars()->categories().at(6), QLocale().monthName(7, QLocale::ShortFormat) + QLatin1Char('*'));
        QCOMPARE(bars()->categories().at(7), QLocale().monthName(8, QLocale::ShortFormat));
        QVERIFY(button(QStringLiteral("Show the months of a year"))->isChecked());
        const PeriodSummary july = m_panel->periods().at(6);
        QVERIFY(july.totalWh() > 0);
        checkTableMatchesChart(false);

        // Keyboard: choose July with the arrow keys, Enter -> its days.
        bars()->chartView()->setFocus();
        QTest::keyClick(bars()->chartView(), Qt::Key_Home);
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(bars()->chartView(), Qt::Key_Right);
        QCOMPARE(bars()->currentIndex(), 6);
        QVERIFY(bars()->chartView()->accessibleDescription().contains(
            QLocale().monthName(7, QLocale::ShortFormat)));
        QVERIFY(refreshAfter([&] { QTest::keyClick(bars()->chartView(), Qt::Key_Return); }));
        QCOMPARE(m_panel->level(), PeriodPanel::Level::Days);
        QCOMPARE(m_panel->date(), QDate(2025, 7, 1));
        QCOMPARE(m_panel->periods().size(), 31);
        // Inside a month no level button is lit: Months is not what is shown.
        for (const char *name : {"Show the months of a year", "Show the years", "Show the last 30 days"})
            QVERIFY2(!button(QLatin1String(name))->isChecked(), name);
        QCOMPARE(bars()->categories().constFirst(), QStringLiteral("1<br>Jul"));
        // The month's bar is the sum of its days.
        qint64 grid = 0;
        qint64 cost = 0;
        for (const PeriodSummary &d : m_panel->periods()) {
            grid += d.gridWh;
            cost += d.costMilli;
        }
        QCOMPARE(grid, july.gridWh);
        QCOMPARE(cost, july.costMilli);
        checkTableMatchesChart(false);

        // The table: select the 24th, Enter -> that day at 15-minute grouping.
        m_panel->setTableShown(true);
        CopyableTableView *table = m_panel->table();
        QVERIFY(table->isVisible());
        table->setFocus();
        table->setCurrentIndex(table->model()->index(23, 0));
        QVERIFY(refreshAfter([&] { QTest::keyClick(table, Qt::Key_Return); }));
        QCOMPARE(m_panel->level(), PeriodPanel::Level::Day);
        QCOMPARE(m_panel->date(), QDate(2025, 7, 24));
        const UsageSeries &day = m_panel->daySeries();
        QCOMPARE(day.groupMinutes, PeriodPanel::kDayGroupMinutes);
        QCOMPARE(day.buckets.size(), 96);
        QCOMPARE(day.from, QDateTime(QDate(2025, 7, 24), QTime(0, 0), m_zone).toSecsSinceEpoch());
        QCOMPARE(day.to, QDateTime(QDate(2025, 7, 25), QTime(0, 0), m_zone).toSecsSinceEpoch());
        // ... and its table rows are the day chart's buckets, the day's total the day's bar.
        QCOMPARE(table->model(), m_panel->dayModel());
        QCOMPARE(m_panel->dayModel()->rowCount(), 96 + 1); // and the totals row
        for (const char *name : {"Show the months of a year", "Show the years", "Show the last 30 days"})
            QVERIFY2(!button(QLatin1String(name))->isChecked(), name);
        m_panel->setTableShown(false);
        QVERIFY(m_panel->dayChart()->isVisible());
        QCOMPARE(m_panel->dayChart()->lastShape(), UsageChartView::Shape::Bars);
        QCOMPARE(m_panel->dayChart()->content().series.buckets.size(), 96);
        // Nobody re-queries for the day chart: zooming redraws what it has (fewer bars).
        UsageChartView *dayChart = m_panel->dayChart();
        const qsizetype allBars = dayChart->drawnPoints(UsageChartView::Layer::Grid).size();
        dayChart->zoomAt((day.from + day.to) / 2, 0.25);
        QVERIFY(dayChart->isZoomed());
        QCOMPARE(dayChart->visibleTo() - dayChart->visibleFrom(), (day.to - day.from) / 4);
        QVERIFY(dayChart->drawnPoints(UsageChartView::Layer::Grid).size() < allBars / 3);
        dayChart->resetZoom();
        QVERIFY(!dayChart->isZoomed());
        QCOMPARE(dayChart->drawnPoints(UsageChartView::Layer::Grid).size(), allBars);

        // Up, up, up: the month, the year, the years.
        QVERIFY(refreshAfter([&] { m_panel->goUp(); }));
        QCOMPARE(m_panel->level(), PeriodPanel::Level::Days);
        QCOMPARE(m_panel->date(), QDate(2025, 7, 1));
        QCOMPARE(july.gridWh, [&] {
            qint64 sum = 0;
            for (const PeriodSummary &d : m_panel->periods())
                sum += d.gridWh;
            return sum;
        }());
        QVERIFY(refreshAfter([&] { m_panel->goUp(); }));
        QCOMPARE(m_panel->level(), PeriodPanel::Level::Months);
        QVERIFY(refreshAfter([&] { m_panel->goUp(); }));
        QCOMPARE(m_panel->level(), PeriodPanel::Level::Years);
        QVERIFY(!button(QStringLiteral("Back to the wider period"))->isEnabled());
    }

    void dayTotalsAgreeWithTheDaysBar()
    {
        QVERIFY(refreshAfter([&] { m_panel->showMonth(2025, 7); }));
        const PeriodSummary day = m_panel->periods().at(19); // 20 July
        QVERIFY(refreshAfter([&] { m_panel->drillInto(19); }));
        QCOMPARE(m_panel->date(), QDate(2025, 7, 20));
        QCOMPARE(m_panel->daySeries().totalGridWh(), day.gridWh);
        QCOMPARE(m_panel->daySeries().totalGeneratorWh(), day.generatorWh);
        QCOMPARE(m_panel->daySeries().totalCostMilli(), day.costMilli);
    }

    void moneyBarsAreTheCost()
    {
        QVERIFY(refreshAfter([&] { m_panel->showMonth(2025, 7); }));
        QVERIFY(refreshAfter([&] {
            QTest::mouseClick(button(QStringLiteral("Show money instead of energy")), Qt::LeftButton);
        }));
        checkTableMatchesChart(true);
        QVERIFY(refreshAfter([&] { m_panel->setMoney(false); }));
        checkTableMatchesChart(false);
    }

    void steppingMovesThroughPeriodsButNotIntoTheFuture()
    {
        QVERIFY(refreshAfter([&] { m_panel->showMonth(2025, 7); }));
        QVERIFY(!button(QStringLiteral("Next period"))->isEnabled()); // August has not begun
        QVERIFY(refreshAfter(
            [&] { QTest::mouseClick(button(QStringLiteral("Previous period")), Qt::LeftButton); }));
        QCOMPARE(m_panel->date(), QDate(2025, 6, 1));
        QCOMPARE(m_panel->periods().size(), 30);
        QVERIFY(button(QStringLiteral("Next period"))->isEnabled());
        QVERIFY(refreshAfter([&] { m_panel->showYear(2024); }));
        QCOMPARE(m_panel->periods().size(), 12);
        QCOMPARE(m_panel->periods().at(0).daysWithData, 0); // January 2024: no readings, still a bar
        QCOMPARE(m_panel->periods().at(0).totalWh(), 0);
        QCOMPARE(m_panel->periods().at(6).daysWithData, 31);
        QVERIFY(refreshAfter([&] { m_panel->step(1); }));
        QCOMPARE(m_panel->date(), QDate(2025, 1, 1));
        QVERIFY(refreshAfter([&] { m_panel->showDay(QDate(2025, 7, 25)); }));
        QVERIFY(!button(QStringLiteral("Next period"))->isEnabled());
        QVERIFY(m_panel->title().contains(QStringLiteral("2025")));
    }

    // Steps made before the panel gets back to the event loop (three clicks queued) are one
    // query, and the view is where the last one leads.
    void aBurstOfStepsIsOneQuery()
    {
        QVERIFY(refreshAfter([&] { m_panel->showMonth(2025, 7); }));
        const int before = m_panel->queryRuns();
        QVERIFY(refreshAfter([&] {
            m_panel->step(-1);
            m_panel->step(-1);
            m_panel->step(-1);
        }));
        QCOMPARE(m_panel->queryRuns(), before + 1);
        QCOMPARE(m_panel->date(), QDate(2025, 4, 1));
        QCOMPARE(m_panel->periods().size(), 30);
    }

    // Reading the same view again leaves the bars' axes alone: each change of an axis lays
    // every axis label out again in the frame (the value axis's nice range was a second change).
    void aRefreshOfTheSameViewLeavesTheAxesAlone()
    {
        QVERIFY(refreshAfter([&] { m_panel->showYear(2025); }));
        // The bars' axis: bar i at i (its labels are drawn by CategoryLabelsItem).
        auto *categories =
            qobject_cast<QValueAxis *>(bars()->chartView()->chart()->axes(Qt::Horizontal).value(0));
        auto *values = qobject_cast<QValueAxis *>(bars()->chartView()->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(categories && values);
        const double top = values->max();
        const int ticks = values->tickCount();
        QSignalSpy labels(categories, &QValueAxis::rangeChanged);
        QSignalSpy ranges(values, &QValueAxis::rangeChanged);
        QVERIFY(refreshAfter([&] { m_panel->scheduleRefresh(); }));
        QCOMPARE(labels.count(), 0);
        QCOMPARE(ranges.count(), 0);
        QCOMPARE(values->max(), top);
        QCOMPARE(values->tickCount(), ticks);
        QVERIFY(top >= bars()->gridValues().value(6) + bars()->generatorValues().value(6));
    }

    // Walkthrough 2026-12: the months table cut Cost ("2,368.73₹ (esti…") and its footer said
    // "Click a bar" with no bar in sight.
    void tableShowsWholeCellsAndItsOwnHint()
    {
        QVERIFY(refreshAfter([&] { m_panel->showYear(2025); }));
        QVERIFY(summary()->text().contains(QStringLiteral("Click a bar")));
        m_panel->setTableShown(true);
        CopyableTableView *table = m_panel->table();
        const QAbstractItemView *view = table; // sizeHintForColumn is public there
        QVERIFY(table->isVisible());
        QVERIFY2(!summary()->text().contains(QStringLiteral("bar")), qPrintable(summary()->text()));
        QVERIFY2(summary()->text().contains(QStringLiteral("Double-click a row")),
                 qPrintable(summary()->text()));
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            QVERIFY2(table->columnWidth(c) >= view->sizeHintForColumn(c),
                     qPrintable(QStringLiteral("column %1: %2 < %3")
                                    .arg(c)
                                    .arg(table->columnWidth(c))
                                    .arg(view->sizeHintForColumn(c))));
        }
        QVERIFY(refreshAfter([&] { m_panel->showMonth(2025, 7); }));
        QVERIFY(summary()->text().contains(QStringLiteral("Double-click a row")));
        m_panel->setTableShown(false);
        QVERIFY(summary()->text().contains(QStringLiteral("Click a bar")));
    }

    void ctrlCCopiesPeriodRows()
    {
        QVERIFY(refreshAfter([&] { m_panel->showYear(2025); }));
        m_panel->setTableShown(true);
        CopyableTableView *table = m_panel->table();
        const QAbstractItemModel *model = table->model();
        table->setFocus();
        table->selectionModel()->select(
            QItemSelection(model->index(5, 0), model->index(6, model->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QApplication::clipboard()->clear();
        QTest::keySequence(table, QKeySequence::Copy);
        const QStringList lines =
            QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Period\tGrid\tGenerator\tTotal\tCost")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("June 2025\t")));
        // July has readings on 25 of its days: marked as its bar is.
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("July 2025*\t")), qPrintable(lines.at(2)));
        QCOMPARE(lines.at(2).split(QLatin1Char('\t')).at(PeriodTableModel::Grid),
                 model->index(6, PeriodTableModel::Grid).data().toString());
        m_panel->setTableShown(false);
    }

    void screenshots()
    {
        const auto audit = [&](const QString &name) {
            const QString layout = LayoutAudit::describe(m_panel.get(), name);
            QVERIFY2(layout.isEmpty(), qPrintable(layout));
        };
        // The years, both partial (marked "*", explained below).
        QVERIFY(refreshAfter([&] { m_panel->showYears(); }));
        QTest::qWait(50);
        const QImage years = m_panel->grab().toImage();
        QVERIFY(years.save(TestArtifacts::path(QStringLiteral("periods-years.png"))));
        audit(QStringLiteral("periods-years.png"));
        // Two years are two bars, not two walls (walkthrough 2026-12: a single year was one huge
        // bar): none wider than a seventh of the chart.
        int widest = 0;
        for (int y = 0; y < years.height(); y += 4) {
            int run = 0;
            for (int x = 0; x < years.width(); ++x) {
                const QColor c = years.pixelColor(x, y);
                const bool grid = qAbs(c.red() - kGrid.red()) + qAbs(c.green() - kGrid.green()) +
                                      qAbs(c.blue() - kGrid.blue()) <
                                  40;
                run = grid ? run + 1 : 0;
                widest = std::max(widest, run);
            }
        }
        QVERIFY2(widest > 0 && widest * 7 < years.width(),
                 qPrintable(QStringLiteral("%1 of %2 px").arg(widest).arg(years.width())));
        QVERIFY(refreshAfter([&] { m_panel->showLastDays(); }));
        QTest::qWait(50);
        QImage days = m_panel->grab().toImage();
        days.save(TestArtifacts::path(QStringLiteral("periods-last-30-days.png")));
        audit(QStringLiteral("periods-last-30-days.png"));
        QVERIFY2(countNear(days, kGrid) > 5000, qPrintable(QString::number(countNear(days, kGrid))));
        QVERIFY(refreshAfter([&] { m_panel->showYear(2025); }));
        QTest::qWait(50);
        QImage months = m_panel->grab().toImage();
        months.save(TestArtifacts::path(QStringLiteral("periods-months-2025.png")));
        audit(QStringLiteral("periods-months-2025.png"));
        QVERIFY(countNear(months, kGrid) > 2000);
        QVERIFY(refreshAfter([&] { m_panel->showDay(QDate(2025, 7, 24)); }));
        QTest::qWait(50);
        QImage day = m_panel->grab().toImage();
        day.save(TestArtifacts::path(QStringLiteral("periods-day-2025-07-24.png")));
        audit(QStringLiteral("periods-day-2025-07-24.png"));
        QVERIFY(countNear(day, kGrid) > 5000);
    }
};

QTEST_MAIN(TestPeriodPanel)
#include "tst_periodpanel.moc"
