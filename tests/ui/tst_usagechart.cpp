// The usage chart through its real widgets: sliders and toggles drive the query, bars vs
// step areas vs lines, the pixel budget, the tooltip, zoom/pan/reset re-querying the visible
// range, the comparison overlay, the table alternative and the clipboard, and screenshots.
#include "ChartFixtures.h"
#include "CopyableTableView.h"
#include "Formatters.h"
#include "LayoutAudit.h"
#include "TestArtifacts.h"
#include "TestDatabase.h"
#include "ThemeManager.h"
#include "UsageChartPanel.h"
#include "UsageChartView.h"
#include "UsageTableModel.h"
#include "analytics/PeriodComparison.h"
#include "charts/ChartText.h"
#include "setup/Localization.h"
#include "setup/SimulatorBackfill.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>
#include <QToolTip>
#include <QWheelEvent>

namespace {

using namespace ChartFixtures;

bool isHole(const UsageBucket &b)
{
    return b.gap && !b.hasData;
}

} // namespace

class TestUsageChart : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_t;
    Meter m_meter;
    QTimeZone m_zone{"Asia/Kolkata"};
    qint64 m_now = 0;
    std::unique_ptr<UsageChartPanel> m_panel;

    UsageChartView *chart() const { return m_panel->chart(); }
    QWidget *viewport() const { return chart()->chartView()->viewport(); }

    template <typename T>
    T *find(const QString &accessibleName) const
    {
        return childNamed<T>(*m_panel, accessibleName);
    }

    // A day of hourly buckets from `from`, `wh` each, for a view on its own.
    static UsageChartView::Content hourlyDay(qint64 from, qint64 wh, const QByteArray &timezone)
    {
        UsageChartView::Content content;
        for (int i = 0; i < 24; ++i) {
            UsageBucket b;
            b.start = from + i * 3600;
            b.end = b.start + 3600;
            b.gridWh = wh;
            b.hasData = true;
            content.series.buckets.append(b);
        }
        content.series.from = from;
        content.series.to = from + 24 * 3600;
        content.series.groupMinutes = 60;
        content.timezone = timezone;
        return content;
    }

    // Runs `action` and waits for the coalesced refresh it must cause.
    [[nodiscard]] bool refreshAfter(const std::function<void()> &action)
    {
        return ChartFixtures::refreshAfter(m_panel.get(), &UsageChartPanel::refreshed, action);
    }

    void show(int hours, int group, UsageChartView::Style style = UsageChartView::Style::Bars,
              UsageChartPanel::Comparison comparison = UsageChartPanel::Comparison::None)
    {
        QVERIFY(refreshAfter([&] {
            m_panel->resetZoom();
            m_panel->setIntervalHours(hours);
            m_panel->setGroupMinutes(group);
            m_panel->setStyle(style);
            m_panel->setComparison(comparison);
            m_panel->setUnit(UsageChartView::Unit::Energy);
            m_panel->setTableShown(false);
        }));
        QCOMPARE(m_panel->series().groupMinutes, group);
    }

private slots:
    void initTestCase()
    {
        // A fixed "now" in India (UTC+05:30): hourly buckets start at :30 UTC.
        m_now = QDateTime(QDate(2025, 7, 25), QTime(15, 56, 59), m_zone).toSecsSinceEpoch();
        m_meter = m_t.addMeter(QStringLiteral("chart"), QStringLiteral("simulator"), 30,
                               QStringLiteral("Asia/Kolkata"));
        const Result<Meter> prepared = SimulatorBackfill::prepare(m_t.db(), m_meter, 400, 11, m_now);
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        m_meter = prepared.value();
        // Four days a year ago (for "same period last year"), then 40 days up to now with
        // three hours of missing readings ending seven hours ago.
        const qint64 yearAgo = QDateTime::fromSecsSinceEpoch(m_now, m_zone).addYears(-1).toSecsSinceEpoch();
        for (const auto &[from, to] :
             {std::pair{yearAgo - 2 * 86400, yearAgo + 2 * 86400},
              std::pair{m_now - 40 * 86400, m_now - 10 * 3600}, std::pair{m_now - 7 * 3600, m_now + 1}}) {
            const Result<IngestStats> stored = SimulatorBackfill::run(m_t.db(), m_meter, from, to);
            QVERIFY2(stored.ok(), qPrintable(stored.error()));
        }

        m_panel = std::make_unique<UsageChartPanel>(m_t.db());
        m_panel->setClock([this] { return m_now; });
        m_panel->resize(1100, 640);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QVERIFY(refreshAfter([&] { m_panel->setMeter(m_meter); }));
        QCOMPARE(m_panel->intervalHours(), 720);
        QCOMPARE(m_panel->groupMinutes(), 60);
    }

    void slidersAndTogglesChangeTheQuery()
    {
        show(720, 60);
        // The interval slider by keyboard: one hour less.
        auto *interval = m_panel->findChild<QSlider *>(QStringLiteral("intervalSlider"));
        interval->setFocus();
        QVERIFY(refreshAfter([&] { QTest::keyClick(interval, Qt::Key_Left); }));
        QCOMPARE(m_panel->intervalHours(), 719);
        QCOMPARE(chart()->content().series.buckets.size(), m_panel->series().buckets.size());
        QVERIFY(m_panel->series().to - m_panel->series().from <= 720 * 3600);
        QVERIFY(m_panel->series().to - m_panel->series().from >= 719 * 3600);

        // The group slider steps down from 60 to 30 minutes.
        auto *group = m_panel->findChild<QSlider *>(QStringLiteral("groupSlider"));
        group->setFocus();
        QVERIFY(refreshAfter([&] { QTest::keyClick(group, Qt::Key_Left); }));
        QCOMPARE(m_panel->groupMinutes(), 30);
        QCOMPARE(m_panel->series().groupMinutes, 30);
        QVERIFY(qAbs(m_panel->series().buckets.size() - 719 * 2) <= 2);

        // Money: the bars' tops are the buckets' cost.
        QVERIFY(refreshAfter([&] { m_panel->setIntervalHours(24); }));
        QVERIFY(refreshAfter(
            [&] { QTest::mouseClick(find<QAbstractButton>(QStringLiteral("Show money")), Qt::LeftButton); }));
        QCOMPARE(m_panel->unit(), UsageChartView::Unit::Money);
        QCOMPARE(chart()->content().unit, UsageChartView::Unit::Money);
        QCOMPARE(chart()->lastShape(), UsageChartView::Shape::Bars);
        const QList<QPointF> totals = chart()->drawnPoints(UsageChartView::Layer::Total);
        int bar = 0;
        for (const UsageBucket &b : m_panel->series().buckets) {
            if (isHole(b))
                continue;
            QCOMPARE(totals.at(bar * 4 + 1).y(), static_cast<double>(b.costMilli) / 1000.0);
            ++bar;
        }

        // Lines, by the button.
        QVERIFY(refreshAfter(
            [&] { QTest::mouseClick(find<QAbstractButton>(QStringLiteral("Draw lines")), Qt::LeftButton); }));
        QCOMPARE(chart()->lastShape(), UsageChartView::Shape::Lines);
        QVERIFY(refreshAfter([&] {
            QTest::mouseClick(find<QAbstractButton>(QStringLiteral("Draw stacked bars")), Qt::LeftButton);
        }));
        QCOMPARE(chart()->lastShape(), UsageChartView::Shape::Bars);

        // The comparison box by keyboard.
        auto *compare = find<QComboBox>(QStringLiteral("Compare with"));
        compare->setFocus();
        QVERIFY(refreshAfter([&] { QTest::keyClick(compare, Qt::Key_Down); }));
        QCOMPARE(m_panel->comparison(), UsageChartPanel::Comparison::PreviousPeriod);
        QVERIFY(chart()->overlayShown());
    }

    void barsForFewBucketsStepsForMany()
    {
        show(24, 60);
        QCOMPARE(chart()->lastShape(), UsageChartView::Shape::Bars);
        int bars = 0;
        for (const UsageBucket &b : m_panel->series().buckets)
            bars += isHole(b) ? 0 : 1;
        QCOMPARE(chart()->drawnPoints(UsageChartView::Layer::Grid).size(), bars * 4);

        // Around the threshold: bars up to 200 buckets, step areas beyond.
        for (const int hours : {48, 49, 50, 51, 52}) {
            QVERIFY(refreshAfter([&] {
                m_panel->setIntervalHours(hours);
                m_panel->setGroupMinutes(15);
            }));
            const qsizetype n = m_panel->series().buckets.size();
            QVERIFY(chart()->plotColumns() >= 3 * 200);
            QCOMPARE(chart()->lastShape(), n <= UsageChartView::kMaxBars ? UsageChartView::Shape::Bars
                                                                         : UsageChartView::Shape::Steps);
        }
        show(720, 1);
        QCOMPARE(chart()->lastShape(), UsageChartView::Shape::Steps);
        show(720, 1, UsageChartView::Style::Lines);
        QCOMPARE(chart()->lastShape(), UsageChartView::Shape::Lines);
        show(24, 60, UsageChartView::Style::Lines);
        QCOMPARE(chart()->lastShape(), UsageChartView::Shape::Lines);
    }

    void pointsNeverExceedTheWidthBudget()
    {
        const auto check = [&](const char *what) {
            const int budget = chart()->pointBudget();
            QVERIFY2(budget <= 4 * chart()->plotColumns() + 2, what);
            for (const auto layer :
                 {UsageChartView::Layer::Grid, UsageChartView::Layer::Total, UsageChartView::Layer::Overlay,
                  UsageChartView::Layer::MissingReadings}) {
                const qsizetype points = chart()->drawnPoints(layer).size();
                QVERIFY2(points <= budget, qPrintable(QStringLiteral("%1: %2 points > %3")
                                                          .arg(QLatin1String(what))
                                                          .arg(points)
                                                          .arg(budget)));
            }
            QVERIFY(chart()->lastMaxLayerPointCount() <= budget);
        };
        for (const auto style : {UsageChartView::Style::Bars, UsageChartView::Style::Lines}) {
            for (const auto &[hours, group] : {std::pair{720, 1}, std::pair{720, 5}, std::pair{168, 1},
                                               std::pair{24, 1}, std::pair{720, 60}}) {
                show(hours, group, style, UsageChartPanel::Comparison::PreviousPeriod);
                check(qPrintable(QStringLiteral("%1 h / %2 min").arg(hours).arg(group)));
                // However many strips a layer is drawn in, each legend entry has its label.
                const QStringList legend = chart()->legendNames();
                QVERIFY2(!legend.contains(QString()) && legend.contains(QStringLiteral("Grid")),
                         qPrintable(legend.join(QLatin1Char('|'))));
            }
        }
        // A month of minutes is 43 200 buckets; the steps hold about two points per column.
        show(720, 1);
        QVERIFY(m_panel->series().buckets.size() >= 43'000);
        QVERIFY(chart()->drawnPoints(UsageChartView::Layer::Grid).size() <= 2 * chart()->plotColumns() + 64);

        // A narrower window decimates harder.
        const int wide = chart()->plotColumns();
        m_panel->resize(640, 640);
        QTRY_VERIFY(chart()->plotColumns() < wide - 200);
        QTRY_VERIFY(chart()->drawnPoints(UsageChartView::Layer::Grid).size() <=
                    2 * chart()->plotColumns() + 64);
        check("narrow");
        m_panel->resize(1100, 640);
        QTRY_VERIFY(chart()->plotColumns() > wide - 50);
    }

    void tooltipShowsTheHoveredBucket()
    {
        show(24, 60);
        const QList<UsageBucket> &buckets = m_panel->series().buckets;
        int index = -1;
        for (int i = 4; i < buckets.size(); ++i) {
            if (buckets[i].hasData && !buckets[i].gap && buckets[i].gridWh > 0) {
                index = i;
                break;
            }
        }
        QVERIFY(index >= 0);
        const UsageBucket &b = buckets[index];
        QTest::mouseMove(viewport(), chart()->viewportPosition((b.start + b.end) / 2));
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), chart()->tooltipText(index));

        // Start and end in the meter's zone (a whole local hour, :30 in UTC), numbers by QLocale.
        const QDateTime start = QDateTime::fromSecsSinceEpoch(b.start, m_zone);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(b.end, m_zone);
        QCOMPARE(start.time().minute(), 0);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(b.start, QTimeZone::utc()).time().minute(), 30);
        const QLocale locale;
        const QStringList lines = QToolTip::text().split(QLatin1Char('\n'));
        // To the minute: no seconds ("19:00:00") anywhere.
        QCOMPARE(lines.at(0),
                 QStringLiteral("%1 – %2 IST").arg(ChartText::dateTime(start), ChartText::time(end.time())));
        QVERIFY2(!QToolTip::text().contains(QRegularExpression(QStringLiteral("\\d:\\d\\d:\\d\\d"))),
                 qPrintable(QToolTip::text()));
        QVERIFY(lines.at(0).contains(end.time().toString(QStringLiteral("HH:mm"))));
        // The source in words from the catalogue, capitalised as everywhere else.
        QVERIFY2(lines.contains(QStringLiteral("Source: Grid")), qPrintable(QToolTip::text()));
        QVERIFY(lines.contains(QStringLiteral("Grid: %1").arg(Formatters::energy(b.gridWh))));
        QVERIFY(lines.contains(QStringLiteral("Generator: %1").arg(Formatters::energy(b.generatorWh))));
        QVERIFY(lines.contains(QStringLiteral("Total: %1").arg(Formatters::energy(b.totalWh()))));
        QVERIFY(QToolTip::text().contains(Formatters::money(b.costMilli, QStringLiteral("INR"))));
        QVERIFY(QToolTip::text().contains(QStringLiteral("Source: ")));

        // A bucket without readings says so.
        int hole = -1;
        for (int i = 0; i < buckets.size(); ++i)
            hole = hole < 0 && isHole(buckets[i]) ? i : hole;
        QVERIFY2(hole >= 0, "the three missing hours are in the last day");
        QTest::mouseMove(viewport(),
                         chart()->viewportPosition((buckets[hole].start + buckets[hole].end) / 2));
        QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("No readings")));
        QVERIFY(!chart()->drawnPoints(UsageChartView::Layer::MissingReadings).isEmpty());
        QTest::mouseMove(viewport(), QPoint(2, 2)); // off the plot: no tooltip
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void zoomPanAndResetChangeAndRestoreTheVisibleRange()
    {
        show(720, 60);
        const qint64 homeFrom = chart()->visibleFrom();
        const qint64 homeTo = chart()->visibleTo();
        auto *reset = find<QAbstractButton>(QStringLiteral("Reset zoom"));
        QVERIFY(!reset->isEnabled());

        // Three wheel notches in at a point: the time under the cursor stays put.
        const QPoint at = chart()->viewportPosition(homeFrom + (homeTo - homeFrom) * 2 / 3);
        const qint64 anchor = chart()->timeAtViewportX(at.x());
        QVERIFY(refreshAfter([&] {
            QWheelEvent wheel(at, viewport()->mapToGlobal(at), QPoint(), QPoint(0, 3 * 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(viewport(), &wheel);
        }));
        QVERIFY(m_panel->isZoomed());
        QVERIFY(reset->isEnabled());
        const qint64 span = chart()->visibleTo() - chart()->visibleFrom();
        QVERIFY(qAbs(span - qint64((homeTo - homeFrom) * 0.512)) < 3600);
        QVERIFY(qAbs(chart()->timeAtViewportX(at.x()) - anchor) <= (homeTo - homeFrom) / 500);
        // Re-queried for the visible range, at a finer grouping (about as many buckets as before).
        QCOMPARE(m_panel->effectiveGroupMinutes(), 30);
        QCOMPARE(m_panel->groupMinutes(), 60); // the user's choice is kept
        // ... and the Group box shows the grouping drawn.
        auto *groupBox = find<QSpinBox>(QStringLiteral("Grouping in minutes"));
        QCOMPARE(groupBox->value(), 30);
        QCOMPARE(groupBox->text(), QStringLiteral("30 min"));
        QVERIFY(m_panel->series().from <= chart()->visibleFrom());
        QVERIFY(m_panel->series().to >= chart()->visibleTo());
        QVERIFY(m_panel->series().to - m_panel->series().from < span + 3600);

        // Keyboard: + halves the span.
        chart()->chartView()->setFocus();
        QVERIFY(refreshAfter([&] { QTest::keyClick(chart()->chartView(), Qt::Key_Plus); }));
        QVERIFY(qAbs((chart()->visibleTo() - chart()->visibleFrom()) - span / 2) <= 1);
        QCOMPARE(m_panel->effectiveGroupMinutes(), 15);

        // Dragging right shows earlier times; the series follows.
        const qint64 fromBeforeDrag = chart()->visibleFrom();
        const QPoint press = chart()->viewportPosition((chart()->visibleFrom() + chart()->visibleTo()) / 2);
        QVERIFY(refreshAfter([&] {
            QTest::mousePress(viewport(), Qt::LeftButton, Qt::NoModifier, press);
            QMouseEvent move(QEvent::MouseMove, press + QPoint(150, 0),
                             viewport()->mapToGlobal(press + QPoint(150, 0)), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(viewport(), &move);
            QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, press + QPoint(150, 0));
        }));
        QVERIFY(chart()->visibleFrom() < fromBeforeDrag);
        QVERIFY(m_panel->series().from <= chart()->visibleFrom());
        QVERIFY(m_panel->series().to >= chart()->visibleTo());

        // Panning never goes into the future.
        QVERIFY(refreshAfter([&] { chart()->panBy(10 * 86400); }));
        QCOMPARE(chart()->visibleTo(), homeTo);

        // The reset button restores the whole window and the chosen grouping.
        QVERIFY(refreshAfter([&] { QTest::mouseClick(reset, Qt::LeftButton); }));
        QVERIFY(!m_panel->isZoomed());
        QCOMPARE(chart()->visibleFrom(), homeFrom);
        QCOMPARE(chart()->visibleTo(), homeTo);
        QCOMPARE(m_panel->effectiveGroupMinutes(), 60);
        QCOMPARE(groupBox->value(), 60);
        QCOMPARE(groupBox->text(), QStringLiteral("1 h"));
        QVERIFY(!reset->isEnabled());

        // Home in the chart does the same; moving a slider drops the zoom too.
        QVERIFY(refreshAfter([&] { chart()->zoomAt(homeTo, 0.25); }));
        QVERIFY(m_panel->isZoomed());
        chart()->chartView()->setFocus();
        QVERIFY(refreshAfter([&] { QTest::keyClick(chart()->chartView(), Qt::Key_Home); }));
        QVERIFY(!m_panel->isZoomed());
        QVERIFY(refreshAfter([&] { chart()->zoomAt(homeTo, 0.25); }));
        QVERIFY(refreshAfter([&] { m_panel->setIntervalHours(700); }));
        QVERIFY(!m_panel->isZoomed());
    }

    void overlayShowsWhenToggled()
    {
        show(24, 60);
        QVERIFY(!chart()->overlayShown());
        QVERIFY(chart()->drawnPoints(UsageChartView::Layer::Overlay).isEmpty());

        show(24, 60, UsageChartView::Style::Bars, UsageChartPanel::Comparison::PreviousPeriod);
        QVERIFY(chart()->overlayShown());
        QVERIFY(m_panel->overlaySeries().has_value());
        const UsageSeries &previous = *m_panel->overlaySeries();
        QCOMPARE(previous.to, m_panel->series().from); // the window just before
        int withData = 0;
        for (const UsageBucket &b : previous.buckets)
            withData += b.hasData ? 1 : 0;
        const QList<QPointF> overlay = chart()->drawnPoints(UsageChartView::Layer::Overlay);
        QCOMPARE(overlay.size(), withData);
        for (const QPointF &p : overlay) {
            QVERIFY(p.x() >= m_panel->series().from &&
                    p.x() <= m_panel->series().to); // laid over this window
            QVERIFY(p.y() >= 0);
        }
        QVERIFY(chart()->legendNames().contains(QStringLiteral("Previous period")));

        show(24, 60, UsageChartView::Style::Bars, UsageChartPanel::Comparison::LastYear);
        const qint64 yearAgo =
            QDateTime::fromSecsSinceEpoch(m_panel->series().from, m_zone).addYears(-1).toSecsSinceEpoch();
        QVERIFY(qAbs(m_panel->overlaySeries()->from - yearAgo) < 3600);
        QVERIFY(chart()->drawnPoints(UsageChartView::Layer::Overlay).size() >= 20);
        QVERIFY(chart()->legendNames().contains(QStringLiteral("Same period last year")));

        show(24, 60, UsageChartView::Style::Lines, UsageChartPanel::Comparison::None);
        QVERIFY(!chart()->overlayShown());
        QVERIFY(chart()->drawnPoints(UsageChartView::Layer::Overlay).isEmpty());
        QVERIFY(!chart()->legendNames().contains(QStringLiteral("Previous period")));
    }

    void tableRowsAreTheChartsData()
    {
        show(24, 60);
        QVERIFY(chart()->isVisible());
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("Show the chart as a table")), Qt::LeftButton);
        QVERIFY(m_panel->isTableShown());
        QVERIFY(m_panel->table()->isVisible());
        QVERIFY(!chart()->isVisible());

        const UsageTableModel *model = m_panel->tableModel();
        const QList<UsageBucket> &buckets = chart()->content().series.buckets;
        QCOMPARE(model->rowCount(), buckets.size() + 1); // and the totals row
        const QList<QPointF> grid = chart()->drawnPoints(UsageChartView::Layer::Grid);
        const QList<QPointF> total = chart()->drawnPoints(UsageChartView::Layer::Total);
        int bar = 0;
        for (int row = 0; row < buckets.size(); ++row) {
            const UsageBucket &b = buckets[row];
            const auto raw = [&](int column) {
                return model->index(row, column).data(Qt::UserRole).toLongLong();
            };
            QCOMPARE(raw(UsageTableModel::Start), b.start);
            QCOMPARE(raw(UsageTableModel::End), b.end);
            QCOMPARE(raw(UsageTableModel::Grid), b.gridWh);
            QCOMPARE(raw(UsageTableModel::Generator), b.generatorWh);
            QCOMPARE(raw(UsageTableModel::Cost), b.costMilli);
            if (isHole(b)) {
                QVERIFY(model->index(row, UsageTableModel::Grid).data().toString().isEmpty());
                continue;
            }
            // The row's bar: same time span, same heights.
            QVERIFY(grid.at(bar * 4).x() >= b.start && grid.at(bar * 4 + 2).x() <= b.end);
            QCOMPARE(grid.at(bar * 4 + 1).y(), static_cast<double>(raw(UsageTableModel::Grid)) / 1000.0);
            QCOMPARE(total.at(bar * 4 + 1).y(), static_cast<double>(raw(UsageTableModel::Total)) / 1000.0);
            QCOMPARE(model->index(row, UsageTableModel::Total).data().toString(),
                     Formatters::energy(b.totalWh()));
            ++bar;
        }
        QCOMPARE(grid.size(), bar * 4);

        // Zoomed, the table lists what the chart was given for the visible range.
        QVERIFY(refreshAfter([&] { chart()->zoomAt(chart()->visibleTo(), 0.5); }));
        QCOMPARE(model->rowCount(), chart()->content().series.buckets.size() + 1);
        QCOMPARE(model->index(0, UsageTableModel::Start).data(Qt::UserRole).toLongLong(),
                 m_panel->series().from);

        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("Show the chart as a table")), Qt::LeftButton);
        QVERIFY(chart()->isVisible());
    }

    void ctrlCCopiesTheSelectionAsTsv()
    {
        show(24, 60);
        m_panel->setTableShown(true);
        CopyableTableView *table = m_panel->table();
        const QAbstractItemModel *model = table->model();
        table->setFocus();
        table->selectionModel()->select(
            QItemSelection(model->index(1, 0), model->index(3, model->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QApplication::clipboard()->clear();
        QTest::keySequence(table, QKeySequence::Copy);
        const QStringList lines =
            QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QStringList header;
        for (int c = 0; c < model->columnCount(); ++c)
            header << model->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(lines.at(0), header.join(QLatin1Char('\t')));
        for (int row = 1; row <= 3; ++row) {
            QStringList cells;
            for (int c = 0; c < model->columnCount(); ++c)
                cells << model->index(row, c).data().toString();
            QCOMPARE(lines.at(row), cells.join(QLatin1Char('\t')));
        }

        // One column of two rows: just that.
        table->selectionModel()->clearSelection();
        for (int row : {5, 6})
            table->selectionModel()->select(model->index(row, UsageTableModel::Total),
                                            QItemSelectionModel::Select);
        QTest::keySequence(table, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("Total\n%1\n%2\n")
                     .arg(model->index(5, UsageTableModel::Total).data().toString(),
                          model->index(6, UsageTableModel::Total).data().toString()));
        m_panel->setTableShown(false);
    }

    void tableHasTotalsSourcesAndFittingColumns()
    {
        show(720, 60);
        m_panel->setTableShown(true);
        const UsageTableModel *model = m_panel->tableModel();
        const UsageSeries &series = m_panel->series();
        const int last = model->rowCount() - 1;
        QVERIFY(model->isTotalsRow(last));
        QCOMPARE(model->index(last, UsageTableModel::Start).data().toString(), QStringLiteral("Total"));
        QCOMPARE(model->index(last, UsageTableModel::Grid).data(Qt::UserRole).toLongLong(),
                 series.totalGridWh());
        QCOMPARE(model->index(last, UsageTableModel::Generator).data(Qt::UserRole).toLongLong(),
                 series.totalGeneratorWh());
        QCOMPARE(model->index(last, UsageTableModel::Cost).data(Qt::UserRole).toLongLong(),
                 series.totalCostMilli());
        QCOMPARE(model->index(last, UsageTableModel::Total).data().toString(),
                 Formatters::energy(series.totalGridWh() + series.totalGeneratorWh()));

        // A bucket with both sources says both.
        int mixed = -1;
        for (int i = 0; i < series.buckets.size() && mixed < 0; ++i)
            mixed = series.buckets[i].gridWh > 0 && series.buckets[i].generatorWh > 0 ? i : -1;
        QVERIFY2(mixed >= 0, "the simulator runs the generator now and then");
        QCOMPARE(model->index(mixed, UsageTableModel::Source).data().toString(),
                 QStringLiteral("Grid + generator"));

        // Start and End are shown whole; the Notes column is no wider than its longest text.
        CopyableTableView *table = m_panel->table();
        const QFontMetrics metrics(table->font());
        for (const int column : {int(UsageTableModel::Start), int(UsageTableModel::End)}) {
            const QString text = model->index(1, column).data().toString();
            QVERIFY2(table->columnWidth(column) >= metrics.horizontalAdvance(text),
                     qPrintable(QStringLiteral("%1: %2 px < %3")
                                    .arg(text)
                                    .arg(table->columnWidth(column))
                                    .arg(metrics.horizontalAdvance(text))));
        }
        int widestNote =
            metrics.horizontalAdvance(model->headerData(UsageTableModel::Notes, Qt::Horizontal).toString());
        for (int row = 0; row < model->rowCount(); ++row)
            widestNote = std::max(
                widestNote,
                metrics.horizontalAdvance(model->index(row, UsageTableModel::Notes).data().toString()));
        QVERIFY2(table->columnWidth(UsageTableModel::Notes) <= widestNote + 40,
                 qPrintable(QString::number(table->columnWidth(UsageTableModel::Notes))));
        QImage image = m_panel->grab().toImage();
        image.save(TestArtifacts::path(QStringLiteral("usage-table-720h.png")));
        m_panel->setTableShown(false);
    }

    void linesDrawGridAndGeneratorApartWithALabelledLegend()
    {
        show(720, 60, UsageChartView::Style::Lines);
        QCOMPARE(chart()->lastShape(), UsageChartView::Shape::Lines);
        const QStringList legend = chart()->legendNames();
        QVERIFY2(legend.contains(QStringLiteral("Grid")) && legend.contains(QStringLiteral("Generator")),
                 qPrintable(legend.join(QLatin1Char('|'))));
        QVERIFY(!legend.contains(QStringLiteral("Grid + generator")));
        // Missing readings have their labelled entry; no entry without a label.
        QVERIFY(legend.contains(QStringLiteral("No readings")));
        for (const QString &name : legend)
            QVERIFY2(!name.trimmed().isEmpty(), qPrintable(legend.join(QLatin1Char('|'))));

        // Two series: the generator line is the generator's own energy, not grid + generator.
        const QList<QPointF> grid = chart()->drawnPoints(UsageChartView::Layer::Grid);
        const QList<QPointF> generator = chart()->drawnPoints(UsageChartView::Layer::Generator);
        QVERIFY(!grid.isEmpty());
        QVERIFY(!generator.isEmpty());
        QVERIFY(chart()->drawnPoints(UsageChartView::Layer::Total).isEmpty());
        double maxGenerator = 0;
        double maxGrid = 0;
        for (const UsageBucket &b : m_panel->series().buckets) {
            maxGenerator = std::max(maxGenerator, static_cast<double>(b.generatorWh) / 1000.0);
            maxGrid = std::max(maxGrid, static_cast<double>(b.gridWh) / 1000.0);
        }
        const auto highest = [](const QList<QPointF> &points) {
            double top = 0;
            for (const QPointF &p : points)
                top = std::max(top, p.y());
            return top;
        };
        QVERIFY(maxGenerator > 0);
        QCOMPARE(highest(generator), maxGenerator);
        QCOMPARE(highest(grid), maxGrid);

        QImage image = m_panel->grab().toImage();
        image.save(TestArtifacts::path(QStringLiteral("usage-chart-lines-720h.png")));
        QVERIFY(countNear(image, kGrid) > 500);
        QVERIFY(countNear(image, kGenerator) > 200);
    }

    void todaysPartialBucketIsMarked()
    {
        show(720, 1440);
        const UsageSeries &series = m_panel->series();
        QVERIFY(series.buckets.constLast().partial);
        QCOMPARE(series.to, m_now);
        QVERIFY(chart()->legendNames().contains(QStringLiteral("Partial period")));
        QVERIFY(!chart()->drawnPoints(UsageChartView::Layer::Partial).isEmpty());
        const int lastRow = static_cast<int>(series.buckets.size()) - 1;
        QVERIFY(chart()->tooltipText(lastRow).contains(QStringLiteral("Partial")));
        QVERIFY(m_panel->tableModel()
                    ->index(lastRow, UsageTableModel::Notes)
                    .data()
                    .toString()
                    .contains(QStringLiteral("partial")));
        QVERIFY(!chart()->tooltipText(lastRow - 1).contains(QStringLiteral("Partial")));
    }

    void intervalShorterThanTheGroupIsClamped()
    {
        show(24, 1440);
        QVERIFY(refreshAfter([&] { m_panel->setIntervalHours(1); }));
        QCOMPARE(m_panel->groupMinutes(), 60);
        QCOMPARE(find<QSpinBox>(QStringLiteral("Grouping in minutes"))->value(), 60);
        for (const UsageBucket &b : m_panel->series().buckets) {
            QVERIFY(b.start >= m_now - 3600);
            QVERIFY(b.end <= m_now);
        }
        // Typing a longer group than the window is clamped too (the same window: no query).
        m_panel->setGroupMinutes(720);
        QCOMPARE(m_panel->groupMinutes(), 60);
        QCOMPARE(find<QSpinBox>(QStringLiteral("Grouping in minutes"))->value(), 60);
        QCOMPARE(m_panel->series().groupMinutes, 60);
    }

    void pageUpAndDownStepThroughRoundDurations()
    {
        show(1, 1);
        auto *slider = m_panel->findChild<QSlider *>(QStringLiteral("intervalSlider"));
        slider->setFocus();
        const QList<int> up = {2, 3, 6, 12, 24, 48, 72, 168, 336, 720, 720};
        for (const int expected : up) {
            QTest::keyClick(slider, Qt::Key_PageUp);
            QCOMPARE(m_panel->intervalHours(), expected);
        }
        const QList<int> down = {336, 168, 72, 48, 24, 12, 6, 3, 2, 1, 1};
        for (const int expected : down) {
            QTest::keyClick(slider, Qt::Key_PageDown);
            QCOMPARE(m_panel->intervalHours(), expected);
        }
        // From between two steps, to the next one.
        m_panel->setIntervalHours(21);
        QTest::keyClick(slider, Qt::Key_PageUp);
        QCOMPARE(m_panel->intervalHours(), 24);
        // The box does the same.
        auto *box = find<QSpinBox>(QStringLiteral("Interval in hours"));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_PageUp);
        QCOMPARE(m_panel->intervalHours(), 48);
        QTest::keyClick(box, Qt::Key_PageDown);
        QCOMPARE(m_panel->intervalHours(), 24);
    }

    void durationsReadAsDays()
    {
        auto *interval = find<QSpinBox>(QStringLiteral("Interval in hours"));
        auto *group = find<QSpinBox>(QStringLiteral("Grouping in minutes"));
        auto *slider = m_panel->findChild<QSlider *>(QStringLiteral("intervalSlider"));
        show(720, 1440);
        QCOMPARE(interval->text(), QStringLiteral("30 days"));
        QCOMPARE(slider->toolTip(), QStringLiteral("30 days"));
        QCOMPARE(group->text(), QStringLiteral("1 day"));
        show(48, 120);
        QCOMPARE(interval->text(), QStringLiteral("2 days"));
        QCOMPARE(group->text(), QStringLiteral("2 h"));
        show(47, 15);
        QCOMPARE(interval->text(), QStringLiteral("47 h"));
        QCOMPARE(group->text(), QStringLiteral("15 min"));
        show(50, 90);
        QCOMPARE(interval->text(), QStringLiteral("2 days 2 h"));
        QCOMPARE(group->text(), QStringLiteral("90 min"));
        // Typed as a number of the box's unit, or as shown.
        interval->setFocus();
        interval->selectAll();
        QTest::keyClicks(interval, QStringLiteral("96"));
        QTest::keyClick(interval, Qt::Key_Enter);
        QCOMPARE(m_panel->intervalHours(), 96);
        QCOMPARE(interval->text(), QStringLiteral("4 days"));
        // The box is wide enough for its widest text.
        QVERIFY(interval->sizeHint().width() >=
                interval->fontMetrics().horizontalAdvance(QStringLiteral("29 days 23 h")));
    }

    // 1 min bars of a 0.01 kWh counter are a picket fence of steps: the summary says so, and
    // what a longer group shows; an hour's bars are the use and need no word.
    void barsFinerThanTheCounterSayWhatTheyShow()
    {
        auto *summary = find<QLabel>(QStringLiteral("Totals of the chart"));
        show(1, 1);
        QCOMPARE(m_panel->series().finerThanCounterStepWh(), std::optional<qint64>(10));
        QVERIFY2(
            summary->text().contains(
                QStringLiteral("counts energy in steps of %1: bars of 1 min").arg(Formatters::energy(10))),
            qPrintable(summary->text()));
        show(720, 60);
        QVERIFY2(!summary->text().contains(QStringLiteral("steps of")), qPrintable(summary->text()));
    }

    void compareShowsTheChangeInPerCent()
    {
        show(168, 60, UsageChartView::Style::Bars, UsageChartPanel::Comparison::PreviousPeriod);
        const UsageSeries &now = m_panel->series();
        const UsageSeries &before = *m_panel->overlaySeries();
        const qint64 nowWh = now.totalGridWh() + now.totalGeneratorWh();
        const qint64 beforeWh = before.totalGridWh() + before.totalGeneratorWh();
        const std::optional<double> change = PeriodComparison::changePercent(nowWh, beforeWh);
        QVERIFY(change.has_value());
        auto *summary = find<QLabel>(QStringLiteral("Totals of the chart"));
        const QString expected = QStringLiteral("Previous period: %1, change %2.")
                                     .arg(Formatters::energy(beforeWh), ChartText::percentChange(*change));
        QVERIFY2(summary->text().contains(expected),
                 qPrintable(summary->text() + QStringLiteral(" / ") + expected));

        // The tooltip carries the compared bucket's value and the change.
        int index = -1;
        for (int i = 1; i < now.buckets.size() - 1 && index < 0; ++i)
            index = now.buckets[i].hasData && before.buckets.value(i).hasData ? i : -1;
        QVERIFY(index > 0);
        const UsageBucket &b = now.buckets[index];
        const UsageBucket &c = before.buckets[index];
        const std::optional<double> bucketChange = PeriodComparison::changePercent(b.totalWh(), c.totalWh());
        QVERIFY(bucketChange.has_value());
        const QString line =
            QStringLiteral("Previous period: %1 (%2)")
                .arg(Formatters::energy(c.totalWh()), ChartText::percentChange(*bucketChange));
        QVERIFY2(chart()->tooltipText(index).split(QLatin1Char('\n')).contains(line),
                 qPrintable(chart()->tooltipText(index) + QStringLiteral(" / ") + line));

        // A year before ten days ago there are no readings: it says so instead of drawing nothing.
        QVERIFY(refreshAfter([&] { m_panel->setClock([this] { return m_now - 10 * 86400; }); }));
        show(168, 60, UsageChartView::Style::Bars, UsageChartPanel::Comparison::LastYear);
        QVERIFY2(
            summary->text().contains(QStringLiteral("Same period last year: no readings to compare with.")),
            qPrintable(summary->text()));
        QVERIFY(chart()->tooltipText(10).contains(QStringLiteral("Same period last year: no readings")));
        QVERIFY(refreshAfter([&] { m_panel->setClock([this] { return m_now; }); }));
        show(24, 60);
    }

    void screenshotsShowTheChart()
    {
        const auto shoot = [&](const QString &name) {
            QTest::qWait(50);
            const QImage image = m_panel->grab().toImage();
            image.save(TestArtifacts::path(name));
            return image;
        };
        show(24, 60);
        QImage bars = shoot(QStringLiteral("usage-chart-bars-24h.png"));
        QVERIFY2(countNear(bars, kGrid) > 5000, qPrintable(QString::number(countNear(bars, kGrid))));

        // A month of minutes: low, because the three missing hours are booked whole in the
        // minute the readings came back and set the scale.
        show(720, 1);
        QImage steps = shoot(QStringLiteral("usage-chart-steps-720h-1min.png"));
        QVERIFY2(countNear(steps, kGrid) > 2500, qPrintable(QString::number(countNear(steps, kGrid))));

        // (The previous month would start with the 325 days between the test's two stretches of
        // readings, booked whole at their end: a week stays inside the recent stretch.)
        show(168, 5, UsageChartView::Style::Bars, UsageChartPanel::Comparison::PreviousPeriod);
        QImage previous = shoot(QStringLiteral("usage-chart-steps-168h-5min-previous.png"));
        QVERIFY(countNear(previous, kGrid) > 5000);
        QVERIFY2(countNear(previous, kOverlay) > 300,
                 qPrintable(QString::number(countNear(previous, kOverlay))));

        show(168, 60, UsageChartView::Style::Lines, UsageChartPanel::Comparison::LastYear);
        QImage lines = shoot(QStringLiteral("usage-chart-lines-168h.png"));
        QVERIFY(countNear(lines, kGrid) > 500);
        QVERIFY(countNear(lines, kGenerator) > 500);

        show(720, 60);
        QVERIFY(refreshAfter([&] { chart()->zoomAt(chart()->visibleTo() - 8 * 3600, 0.04); }));
        QImage zoomed = shoot(QStringLiteral("usage-chart-zoomed.png"));
        QVERIFY(countNear(zoomed, kGrid) > 3000);
        QVERIFY(m_panel->effectiveGroupMinutes() < 60);
        m_panel->resetZoom();
    }

    // The labels under the plot are the meter's local times, whatever the machine's zone (ctest
    // runs on UTC machines as well): a Kolkata day starts at 18:30 UTC and is labelled 00:00.
    void timeLabelsAreTheMetersLocalTimes()
    {
        UsageChartView view;
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const qint64 from = QDateTime(QDate(2026, 3, 10), QTime(0, 0), m_zone).toSecsSinceEpoch();
        UsageChartView::Content content = hourlyDay(from, 300, "Asia/Kolkata");
        view.setContent(content);
        QCoreApplication::processEvents();
        const QStringList labels = view.timeLabels();
        QVERIFY2(labels.size() >= 4, qPrintable(labels.join(QLatin1Char(','))));
        const auto local = [](int hour) {
            return QLocale().toString(QTime(hour, 0), QStringLiteral("HH:mm"));
        };
        QCOMPARE(labels.first(), local(0));
        QVERIFY2(labels.contains(local(12)), qPrintable(labels.join(QLatin1Char(','))));
        // Another zone, the same instants: other labels.
        content.timezone = "UTC";
        view.setContent(content);
        QCoreApplication::processEvents();
        QVERIFY2(view.timeLabels().first() != local(0), qPrintable(view.timeLabels().join(QLatin1Char(','))));
    }

    // A recharge is a thin vertical marker at its time, the plot's full height, with its amount.
    void rechargesAreMarkedWithTheirAmount()
    {
        UsageChartView view;
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const qint64 from = 1'764'547'200;
        UsageChartView::Content content = hourlyDay(from, 400, "UTC");
        content.currency = QStringLiteral("INR");
        content.recharges = {{from + 10 * 3600 + 900, 250'000},
                             {from + 30 * 3600, 1'000}}; // the second is after
        view.setContent(content);
        QCoreApplication::processEvents();
        const QList<QPointF> marks = view.drawnPoints(UsageChartView::Layer::Recharges);
        QCOMPARE(marks.size(), 2);
        QCOMPARE(marks[0].x(), double(from + 10 * 3600 + 900));
        QCOMPARE(marks[1].x(), marks[0].x());
        QCOMPARE(marks[0].y(), 0.0);
        QVERIFY(marks[1].y() >= 0.4);
        QCOMPARE(view.rechargeLabels(),
                 QStringList{QStringLiteral("+") + Formatters::money(250'000, QStringLiteral("INR"))});
        QVERIFY2(view.legendNames().contains(QStringLiteral("Recharge")),
                 qPrintable(view.legendNames().join(QLatin1Char(','))));
    }

    // Lines mode and the table, light and dark, at 1280x720 and 1920x1080, in English and (last:
    // the catalogue stays installed) Bengali: saved for people to look at, and no text cut or
    // widget drawn over another.
    void linesAndTableInThemesSizesAndLanguages()
    {
        const auto shootAll = [&](UsageChartPanel *panel, const QString &language) {
            const auto refreshed = [&](const std::function<void()> &action) {
                return ChartFixtures::refreshAfter(panel, &UsageChartPanel::refreshed, action);
            };
            for (const AppSettings::Theme theme : {AppSettings::Theme::Light, AppSettings::Theme::Dark}) {
                ThemeManager::apply(theme);
                for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
                    panel->resize(size);
                    for (const bool table : {false, true}) {
                        QVERIFY(refreshed([&] {
                            // A week: the previous one stays inside the recent stretch of
                            // readings (the month before starts with 325 days booked at once).
                            panel->setIntervalHours(168);
                            panel->setGroupMinutes(60);
                            panel->setStyle(UsageChartView::Style::Lines);
                            panel->setComparison(UsageChartPanel::Comparison::PreviousPeriod);
                            panel->setTableShown(table);
                            panel->scheduleRefresh();
                        }));
                        QTest::qWait(100);
                        const QString name =
                            QStringLiteral("usage-%1-%2-%3-%4x%5.png")
                                .arg(table ? QStringLiteral("table") : QStringLiteral("lines"),
                                     theme == AppSettings::Theme::Dark ? QStringLiteral("dark")
                                                                       : QStringLiteral("light"),
                                     language)
                                .arg(size.width())
                                .arg(size.height());
                        QVERIFY(panel->grab().save(TestArtifacts::path(name)));
                        const QString layout = LayoutAudit::describe(panel, name);
                        QVERIFY2(layout.isEmpty(), qPrintable(layout));
                    }
                }
            }
            ThemeManager::apply(AppSettings::Theme::Light);
        };
        shootAll(m_panel.get(), QStringLiteral("en"));
        m_panel->resize(1100, 640);

        QVERIFY(!Localization::install(*qApp, QStringLiteral("bn")).isEmpty());
        UsageChartPanel bengali(m_t.db());
        bengali.setClock([this] { return m_now; });
        bengali.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bengali));
        QVERIFY(ChartFixtures::refreshAfter(&bengali, &UsageChartPanel::refreshed,
                                            [&] { bengali.setMeter(m_meter); }));
        shootAll(&bengali, QStringLiteral("bn"));
    }
};

QTEST_MAIN(TestUsageChart)
#include "tst_usagechart.moc"
