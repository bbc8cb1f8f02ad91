// The usage chart's speed with a year of 30 s readings (issue 6 "Speed", issue 9 "Benchmarks"),
// or with ten years (--days 3650, issue 13: nothing may cost more with more history).
//
// Generates a year (--days) of simulated readings for one meter into a fresh database, then drives
// the real UsageChartPanel offscreen: for every interval x group combination it moves the
// interval slider back and forth and measures query + series update + paint (a synchronous
// repaint), and runs the same chart query the naive way the reference tracker does (SQL
// grouping over raw readings with strftime, no rollups). Then the other interactions: the
// group slider, wheel zoom (which re-queries the visible range), the line style and the
// comparison overlay. Prints a table and JSON; never fails on time.
//
//   bench_usagechart [--json FILE] [--days N (365)] [--quick (30 days)]
//                    [--only 24:1 (one combination, 300 moves)]
#include "ChartWindowControls.h"
#include "FrameTimer.h"
#include "UsageChartPanel.h"
#include "analytics/SummaryQuery.h"

#include "UsageChartView.h"
#include "analytics/UsageSeries.h"
#include "setup/SimulatorBackfill.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"
#include <QTimeZone>

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QChartView>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSlider>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>

namespace {

constexpr int kMoves = 30;
constexpr int kWarmup = 3;
constexpr double kTargetMedianMs = FrameTimer::kTargetMedianMs;
constexpr double kTargetP95Ms = FrameTimer::kTargetP95Ms;
// A frame may cost at most this many times its floor (the query and one paint).
constexpr double kMaxFloorRatio = FrameTimer::kMaxRatio;

using FrameTimer::elapsedMs;
using FrameTimer::loadAverage;
using FrameTimer::Stats;
using FrameTimer::stats;
using FrameTimer::threadCpuMs;

bool meets(const Stats &s)
{
    return s.median <= kTargetMedianMs && s.p95 <= kTargetP95Ms;
}

// The reference tracker's chart query: raw readings, usage as the difference to the previous
// row, grouped by a strftime key of hour and minute / group (so it cannot group beyond an
// hour, one of its known flaws). No rollups. Returns the number of buckets.
int naiveQuery(Database &db, qint64 meterId, qint64 from, qint64 to, int groupMinutes)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT strftime('%Y-%m-%d %H:', t, 'unixepoch') ||"
        "       printf('%02d', CAST(strftime('%M', t, 'unixepoch') AS INTEGER) / ? * ?) AS bucket,"
        "       SUM(d_grid), SUM(d_generator), SUM(d_cost)"
        " FROM (SELECT t,"
        "              grid_wh - LAG(grid_wh) OVER w AS d_grid,"
        "              generator_wh - LAG(generator_wh) OVER w AS d_generator,"
        "              MAX(0, LAG(balance_milli) OVER w - balance_milli) AS d_cost"
        "       FROM readings WHERE meter_id = ? AND t >= ? AND t < ? WINDOW w AS (ORDER BY t))"
        " GROUP BY bucket ORDER BY bucket"));
    const int group = std::min(groupMinutes, 60);
    q.addBindValue(group);
    q.addBindValue(group);
    q.addBindValue(meterId);
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        qFatal("naive query failed");
    // Like the reference, the rows become the chart's points.
    QList<QPointF> points;
    while (q.next())
        points.append(
            QPointF(static_cast<double>(points.size()), q.value(1).toDouble() + q.value(2).toDouble()));
    return static_cast<int>(points.size());
}

class Driver : public QObject
{
public:
    explicit Driver(UsageChartPanel &panel)
        : m_panel(panel)
    {
        QObject::connect(&panel, &UsageChartPanel::refreshed, [this] {
            ++m_refreshes;
            m_refreshedAt = elapsedMs(m_timer);
            m_paintsAtRefresh = m_paints;
        });
        panel.chart()->chartView()->viewport()->installEventFilter(this);
    }

    struct Sample
    {
        double total = 0; // wall clock from the action to the chart painted: what the user waits
        double paint = 0; // one paint of that picture (painted again, alone)
        double query = 0; // the database work of the frame (the panel's own measure)
        double cpu = 0;   // CPU time of the GUI thread for the frame
        // Where the frame's time went: up to the panel's refresh done (the control, the
        // queries, the series handed to the chart), then to the paint's start (posted layout),
        // and the paint in the frame with its flush.
        double refreshed = 0;
        double toPaint = 0;
        double painting = 0;
    };

    // Runs `change` (a user action), lets the event loop run until the panel has refreshed
    // and the chart's viewport has painted the result once, as a window would. Then paints
    // the same picture again, alone, for the paint's own cost.
    Sample measure(const std::function<void()> &change)
    {
        const int before = m_refreshes;
        const int paintsBefore = m_paints;
        const double cpuStart = threadCpuMs();
        m_timer.start();
        change();
        QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        while (m_refreshes == before && m_timer.elapsed() < 60'000)
            dispatcher->processEvents(QEventLoop::AllEvents);
        // The posted layout and update requests: until the viewport painted, or nothing is
        // left to do (an action that changes nothing paints nothing).
        while (m_paints == m_paintsAtRefresh && dispatcher->processEvents(QEventLoop::AllEvents)) {
        }
        m_earlyPaints += m_paintsAtRefresh - paintsBefore;
        const double total = elapsedMs(m_timer);
        const double cpu = threadCpuMs() - cpuStart;
        const double paintStart = m_paints == m_paintsAtRefresh ? total : m_paintAt;
        QElapsedTimer paint;
        paint.start();
        m_panel.chart()->chartView()->viewport()->repaint();
        return {total,         elapsedMs(paint),           m_panel.lastQueryMs(), cpu,
                m_refreshedAt, paintStart - m_refreshedAt, total - paintStart};
    }

    // Paints of the chart before the panel had refreshed: the old picture painted again.
    int earlyPaints() const { return m_earlyPaints; }

    void settle()
    {
        measure([this] { m_panel.scheduleRefresh(); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && ++m_paints)
            m_paintAt = elapsedMs(m_timer);
        return QObject::eventFilter(watched, event);
    }

private:
    UsageChartPanel &m_panel;
    int m_refreshes = 0;
    int m_paints = 0;
    int m_paintsAtRefresh = 0;
    QElapsedTimer m_timer; // since the action
    double m_refreshedAt = 0;
    double m_paintAt = 0;
    int m_earlyPaints = 0;
};

// One row's figures: the frame against its floor (the query and the paint it cannot avoid).
struct Row
{
    Stats frame;
    double cpu = 0;
    double query = 0;
    double paint = 0;
    double refreshed = 0;
    double toPaint = 0;
    double painting = 0;
    double floor() const { return query + paint; }
    double ratio() const { return frame.median / std::max(1e-6, floor()); }
    bool withinRatio() const { return ratio() <= kMaxFloorRatio; }
};

Row row(const QList<Driver::Sample> &samples)
{
    QList<double> total;
    QList<double> cpu;
    QList<double> query;
    QList<double> paint;
    QList<double> refreshed;
    QList<double> toPaint;
    QList<double> painting;
    for (const Driver::Sample &s : samples) {
        total.append(s.total);
        cpu.append(s.cpu);
        query.append(s.query);
        paint.append(s.paint);
        refreshed.append(s.refreshed);
        toPaint.append(s.toPaint);
        painting.append(s.painting);
    }
    return {stats(total),          stats(cpu).median,       stats(query).median,
            stats(paint).median,   stats(refreshed).median, stats(toPaint).median,
            stats(painting).median};
}

QString cell(const QString &text, int width)
{
    return text.rightJustified(width);
}

QString number(double value, int width, int decimals = 2)
{
    return cell(QString::number(value, 'f', decimals), width);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype jsonArg = args.indexOf(QStringLiteral("--json"));
    const QString jsonPath = jsonArg >= 0 && jsonArg + 1 < args.size() ? args.at(jsonArg + 1) : QString();
    const qsizetype daysArg = args.indexOf(QStringLiteral("--days"));
    int days = args.contains(QStringLiteral("--quick")) ? 30 : 365;
    if (daysArg >= 0 && daysArg + 1 < args.size())
        days = args.at(daysArg + 1).toInt();
    if (days < 1 || days > 3660)
        qFatal("--days needs a number from 1 to 3660");
    const qsizetype onlyArg = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyArg >= 0 && onlyArg + 1 < args.size() ? args.at(onlyArg + 1) : QString();
    const int moveCount = only.isEmpty() ? kMoves : 300;
    const bool linesOnly = args.contains(QStringLiteral("--lines")); // with --only: the line style
    QTextStream out(stdout);

    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    Database &db = *opened.value();

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Meter meter;
    meter.name = QStringLiteral("Bench meter");
    meter.provider = QStringLiteral("simulator");
    meter.timezone = QStringLiteral("Asia/Kolkata");
    meter.currency = QStringLiteral("INR");
    meter.intervalSeconds = 30;
    meter.createdAt = now;
    meter.settings.insert(QStringLiteral("seed"), 7);
    Result<Meter> added = MeterRepository(db).add(meter);
    if (!added)
        qFatal("%s", qPrintable(added.error()));
    Result<Meter> prepared = SimulatorBackfill::prepare(db, added.value(), days, std::nullopt, now);
    if (!prepared)
        qFatal("%s", qPrintable(prepared.error()));
    meter = prepared.value();

    QElapsedTimer generation;
    generation.start();
    const Result<IngestStats> stored = SimulatorBackfill::run(db, meter, now - qint64(days) * 86400, now);
    const double generationS = elapsedMs(generation) / 1000.0;
    if (!stored)
        qFatal("%s", qPrintable(stored.error()));
    const qint64 readings = ReadingRepository(db).count(meter.id);
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const double bytesPerReading =
        static_cast<double>(QFileInfo(db.path()).size()) / static_cast<double>(std::max<qint64>(1, readings));
    out << QStringLiteral("Generated %1 readings (%2 days of 30 s readings) with the simulator in %3 s "
                          "(%4 readings/s), %5 database bytes per reading.\n")
               .arg(readings)
               .arg(days)
               .arg(generationS, 0, 'f', 2)
               .arg(static_cast<double>(readings) / generationS, 0, 'f', 0)
               .arg(bytesPerReading, 0, 'f', 1);
    out.flush();

    UsageChartPanel panel(db);
    panel.resize(1280, 560);
    panel.show();
    Driver driver(panel);
    if (linesOnly)
        panel.setStyle(UsageChartView::Style::Lines);
    panel.setMeter(meter);
    driver.settle();
    auto *intervalSlider = panel.findChild<QSlider *>(QStringLiteral("intervalSlider"));
    auto *groupSlider = panel.findChild<QSlider *>(QStringLiteral("groupSlider"));
    if (!intervalSlider || !groupSlider)
        qFatal("the panel has no sliders");
    out << QStringLiteral(
               "Chart %1 px wide, plot %2 px: at most %3 points per layer. Load average before the "
               "measurements: %4 (%5 CPUs).\n")
               .arg(panel.chart()->width())
               .arg(panel.chart()->plotColumns())
               .arg(panel.chart()->pointBudget())
               .arg(loadAverage())
               .arg(QThread::idealThreadCount());
    const QString loadBefore = loadAverage();

    // 1. The interval slider over every combination, with the naive query beside it.
    QJsonArray rows;
    QStringList overFloor; // rows whose frame costs more than 1.5 x (query + paint)
    out << QStringLiteral(
               "\nInterval slider moves (%1 per combination). frame: median and p95 wall time from the "
               "move to the chart painted; cpu: median CPU time of the GUI thread for it; query: the "
               "database work of the frame; paint: one paint of the chart alone; ratio: frame / "
               "(query + paint), at most %2; rollup: our usage query alone; naive: the reference's "
               "strftime query over raw readings:\n")
               .arg(moveCount)
               .arg(kMaxFloorRatio);
    out << cell(QStringLiteral("interval"), 8) << cell(QStringLiteral("group"), 7)
        << cell(QStringLiteral("buckets"), 8) << cell(QStringLiteral("points"), 7)
        << cell(QStringLiteral("frame ms"), 9) << cell(QStringLiteral("p95 ms"), 8)
        << cell(QStringLiteral("cpu ms"), 8) << cell(QStringLiteral("query ms"), 9)
        << cell(QStringLiteral("paint ms"), 9) << cell(QStringLiteral("ratio"), 6)
        << cell(QStringLiteral("rollup ms"), 10) << cell(QStringLiteral("naive ms"), 9)
        << cell(QStringLiteral("ours/naive"), 11) << cell(QStringLiteral("target"), 7) << '\n';
    bool allMet = true;
    const auto verdict = [](bool met, bool within) {
        return met && within ? QStringLiteral("met")
                             : QStringLiteral("MISSED") + (within ? QString() : QStringLiteral(" (ratio)"));
    };
    for (const int interval : {24, 168, 720}) {
        for (const int group : {1, 30, 1440}) {
            if (!only.isEmpty() && only != QStringLiteral("%1:%2").arg(interval).arg(group))
                continue;
            panel.setGroupMinutes(group);
            panel.setIntervalHours(interval);
            driver.settle();
            QList<Driver::Sample> samples;
            for (int i = 0; i < kWarmup + moveCount; ++i) {
                const int value = i % 2 == 0 ? interval - 1 : interval;
                const Driver::Sample sample = driver.measure([&] { intervalSlider->setValue(value); });
                if (i >= kWarmup)
                    samples.append(sample);
            }
            // The query alone, ours and the naive one, over the same window.
            QList<double> ours;
            QList<double> naive;
            int naiveRows = 0;
            for (int i = 0; i < 10; ++i) {
                QElapsedTimer timer;
                timer.start();
                const Result<UsageSeries> series = UsageSeriesQuery(db).run(meter, now, interval, group);
                ours.append(elapsedMs(timer));
                if (!series)
                    qFatal("%s", qPrintable(series.error()));
                timer.restart();
                naiveRows = naiveQuery(db, meter.id, now - qint64(interval) * 3600, now, group);
                naive.append(elapsedMs(timer));
            }
            const Row r = row(samples);
            const Stats query = stats(ours);
            const Stats naiveStats = stats(naive);
            const bool met = meets(r.frame);
            allMet = allMet && met && r.withinRatio();
            const QString name = QStringLiteral("interval slider, %1 h / %2 min").arg(interval).arg(group);
            if (!r.withinRatio())
                overFloor << name;
            const double ratio = query.median / std::max(1e-6, naiveStats.median);
            out << cell(QStringLiteral("%1 h").arg(interval), 8)
                << cell(QStringLiteral("%1 min").arg(group), 7)
                << cell(QString::number(panel.series().buckets.size()), 8)
                << cell(QString::number(panel.chart()->lastPointCount()), 7) << number(r.frame.median, 9)
                << number(r.frame.p95, 8) << number(r.cpu, 8) << number(r.query, 9) << number(r.paint, 9)
                << number(r.ratio(), 6) << number(query.median, 10) << number(naiveStats.median, 9)
                << number(ratio, 11, 4) << "  " << verdict(met, r.withinRatio()) << '\n';
            if (!only.isEmpty())
                out << QStringLiteral("  of the frame: %1 ms to the panel refreshed (the control, queries, "
                                      "series to the chart), %2 ms to the paint's start, %3 ms painting "
                                      "and flushing; %4 paints of the old picture before a refresh so far\n")
                           .arg(r.refreshed, 0, 'f', 2)
                           .arg(r.toPaint, 0, 'f', 2)
                           .arg(r.painting, 0, 'f', 2)
                           .arg(driver.earlyPaints());
            out.flush();
            rows.append(QJsonObject{
                {QStringLiteral("interval_h"), interval},
                {QStringLiteral("group_min"), group},
                {QStringLiteral("buckets"), static_cast<int>(panel.series().buckets.size())},
                {QStringLiteral("points"), panel.chart()->lastPointCount()},
                {QStringLiteral("moves"), moveCount},
                {QStringLiteral("median_ms"), r.frame.median},
                {QStringLiteral("p95_ms"), r.frame.p95},
                {QStringLiteral("cpu_median_ms"), r.cpu},
                {QStringLiteral("paint_median_ms"), r.paint},
                {QStringLiteral("query_median_ms"), query.median},
                {QStringLiteral("frame_query_median_ms"), r.query},
                {QStringLiteral("floor_ms"), r.floor()},
                {QStringLiteral("frame_ratio"), r.ratio()},
                {QStringLiteral("within_ratio"), r.withinRatio()},
                {QStringLiteral("refreshed_median_ms"), r.refreshed},
                {QStringLiteral("to_paint_median_ms"), r.toPaint},
                {QStringLiteral("painting_median_ms"), r.painting},
                {QStringLiteral("naive_median_ms"), naiveStats.median},
                {QStringLiteral("naive_rows"), naiveRows},
                {QStringLiteral("ratio_ours_naive"), ratio},
                {QStringLiteral("met"), met},
            });
        }
    }

    // 2. The other interactions.
    QJsonArray others;
    const auto report = [&](const QString &name, const QList<Driver::Sample> &samples) {
        const Row r = row(samples);
        const bool met = meets(r.frame);
        allMet = allMet && met && r.withinRatio();
        if (!r.withinRatio())
            overFloor << name;
        out << name.leftJustified(58) << number(r.frame.median, 9) << number(r.frame.p95, 8)
            << number(r.cpu, 8) << number(r.query, 9) << number(r.paint, 9) << number(r.ratio(), 6) << "  "
            << verdict(met, r.withinRatio()) << '\n';
        out.flush();
        others.append(QJsonObject{{QStringLiteral("interaction"), name},
                                  {QStringLiteral("samples"), static_cast<int>(samples.size())},
                                  {QStringLiteral("median_ms"), r.frame.median},
                                  {QStringLiteral("p95_ms"), r.frame.p95},
                                  {QStringLiteral("cpu_median_ms"), r.cpu},
                                  {QStringLiteral("query_median_ms"), r.query},
                                  {QStringLiteral("paint_median_ms"), r.paint},
                                  {QStringLiteral("floor_ms"), r.floor()},
                                  {QStringLiteral("frame_ratio"), r.ratio()},
                                  {QStringLiteral("within_ratio"), r.withinRatio()},
                                  {QStringLiteral("refreshed_median_ms"), r.refreshed},
                                  {QStringLiteral("to_paint_median_ms"), r.toPaint},
                                  {QStringLiteral("painting_median_ms"), r.painting},
                                  {QStringLiteral("met"), met}});
    };
    const auto alternate = [&](const std::function<void(bool)> &action) {
        QList<Driver::Sample> samples;
        for (int i = 0; i < kWarmup + kMoves; ++i) {
            const Driver::Sample sample = driver.measure([&] { action(i % 2 == 0); });
            if (i >= kWarmup)
                samples.append(sample);
        }
        return samples;
    };
    if (only.isEmpty()) {
        out << '\n'
            << QStringLiteral("Other interactions").leftJustified(58) << cell(QStringLiteral("frame ms"), 9)
            << cell(QStringLiteral("p95 ms"), 8) << cell(QStringLiteral("cpu ms"), 8)
            << cell(QStringLiteral("query ms"), 9) << cell(QStringLiteral("paint ms"), 9)
            << cell(QStringLiteral("ratio"), 6) << cell(QStringLiteral("target"), 8) << '\n';
        for (const int interval : {24, 168, 720}) {
            panel.setIntervalHours(interval);
            panel.setGroupMinutes(1);
            driver.settle();
            QList<Driver::Sample> samples;
            // Through every step and back, several times.
            for (int round = 0; round < 3; ++round) {
                for (int step = 1; step < ChartWindowControls::groupSteps().size(); ++step)
                    samples.append(driver.measure([&] { groupSlider->setValue(step); }));
                for (int step = static_cast<int>(ChartWindowControls::groupSteps().size()) - 2; step >= 0;
                     --step)
                    samples.append(driver.measure([&] { groupSlider->setValue(step); }));
            }
            report(QStringLiteral("group slider through all steps, %1 h").arg(interval), samples);
        }

        panel.setIntervalHours(720);
        panel.setGroupMinutes(60);
        driver.settle();
        QList<Driver::Sample> zoom;
        for (int round = 0; round < 3; ++round) {
            // Ten wheel notches in at the middle (a month down to about a day), ten out.
            for (int i = 0; i < 10; ++i)
                zoom.append(driver.measure([&] {
                    UsageChartView *c = panel.chart();
                    c->zoomAt((c->visibleFrom() + c->visibleTo()) / 2, 0.7);
                }));
            for (int i = 0; i < 10 && panel.isZoomed(); ++i)
                zoom.append(driver.measure([&] {
                    UsageChartView *c = panel.chart();
                    c->zoomAt((c->visibleFrom() + c->visibleTo()) / 2, 1.0 / 0.7);
                }));
            if (panel.isZoomed())
                zoom.append(driver.measure([&] { panel.chart()->resetZoom(); }));
        }
        report(QStringLiteral("wheel zoom re-querying the visible range, 720 h / 60 min"), zoom);

        QList<Driver::Sample> pan;
        panel.chart()->zoomAt(panel.chart()->visibleTo(), 0.1);
        driver.settle();
        for (int i = 0; i < 30; ++i)
            pan.append(driver.measure([&] { panel.chart()->panBy(-3 * 3600); }));
        report(QStringLiteral("drag pan by 3 h while zoomed to 72 h"), pan);
        panel.resetZoom();

        // The mode switches, back and forth.
        panel.setGroupMinutes(30);
        driver.settle();
        report(QStringLiteral("kWh / money switch, 720 h / 30 min"), alternate([&](bool money) {
                   panel.setUnit(money ? UsageChartView::Unit::Money : UsageChartView::Unit::Energy);
               }));
        report(QStringLiteral("bars / lines switch, 720 h / 30 min"), alternate([&](bool lines) {
                   panel.setStyle(lines ? UsageChartView::Style::Lines : UsageChartView::Style::Bars);
               }));
        report(QStringLiteral("comparison on / off, 720 h / 30 min"), alternate([&](bool on) {
                   panel.setComparison(on ? UsageChartPanel::Comparison::PreviousPeriod
                                          : UsageChartPanel::Comparison::None);
               }));
        panel.setStyle(UsageChartView::Style::Bars);
        panel.setComparison(UsageChartPanel::Comparison::None);

        panel.setStyle(UsageChartView::Style::Lines);
        for (const int group : {1, 30}) {
            panel.setGroupMinutes(group);
            driver.settle();
            report(QStringLiteral("interval slider, lines, 720 h / %1 min").arg(group),
                   alternate([&](bool first) { intervalSlider->setValue(first ? 719 : 720); }));
        }
        panel.setStyle(UsageChartView::Style::Bars);
        panel.setComparison(UsageChartPanel::Comparison::PreviousPeriod);
        for (const int group : {1, 30}) {
            panel.setGroupMinutes(group);
            driver.settle();
            report(QStringLiteral("interval slider with the previous period, 720 h / %1 min").arg(group),
                   alternate([&](bool first) { intervalSlider->setValue(first ? 719 : 720); }));
        }
    }

    // 3. Summary queries (day, month and year totals over the whole history) from the daily
    //    rollups: the "< 10 ms over any window".
    QJsonArray summaries;
    out << QStringLiteral("\nSummary queries over the whole history (%1 runs each):\n").arg(kMoves);
    out << cell(QStringLiteral("period"), 8) << cell(QStringLiteral("rows"), 6)
        << cell(QStringLiteral("median ms"), 10) << cell(QStringLiteral("p95 ms"), 8)
        << cell(QStringLiteral("target"), 7) << '\n';
    {
        const QTimeZone zone(meter.timezone.toUtf8());
        const QDate last = QDateTime::fromSecsSinceEpoch(now, zone).date();
        const QDate first = last.addDays(-days);
        const std::pair<const char *, SummaryQuery::Period> periods[] = {
            {"day", SummaryQuery::Period::Day},
            {"month", SummaryQuery::Period::Month},
            {"year", SummaryQuery::Period::Year}};
        for (const auto &[name, period] : periods) {
            QList<double> times;
            qsizetype rowCount = 0;
            for (int i = 0; i < kMoves; ++i) {
                QElapsedTimer timer;
                timer.start();
                const Result<QList<PeriodSummary>> result = SummaryQuery(db).run(meter, period, first, last);
                times.append(elapsedMs(timer));
                if (!result)
                    qFatal("summary query failed: %s", qPrintable(result.error()));
                rowCount = result->size();
            }
            const Stats st = stats(times);
            const bool met = st.median < 10.0;
            allMet = allMet && met;
            out << cell(QLatin1String(name), 8) << cell(QString::number(rowCount), 6) << number(st.median, 10)
                << number(st.p95, 8) << cell(met ? QStringLiteral("met") : QStringLiteral("MISSED"), 7)
                << '\n';
            summaries.append(QJsonObject{{QStringLiteral("period"), QLatin1String(name)},
                                         {QStringLiteral("rows"), rowCount},
                                         {QStringLiteral("median_ms"), st.median},
                                         {QStringLiteral("p95_ms"), st.p95},
                                         {QStringLiteral("target_median_ms"), 10.0},
                                         {QStringLiteral("met"), met}});
        }
    }
    out.flush();

    const QJsonObject json{
        {QStringLiteral("benchmark"),
         QStringLiteral("usage chart: query + series update + paint per user action")},
        {QStringLiteral("readings"), readings},
        {QStringLiteral("days"), days},
        {QStringLiteral("generation_s"), generationS},
        {QStringLiteral("readings_per_s"), static_cast<double>(readings) / generationS},
        {QStringLiteral("db_bytes_per_reading"), bytesPerReading},
        {QStringLiteral("chart_width_px"), panel.chart()->width()},
        {QStringLiteral("plot_columns"), panel.chart()->plotColumns()},
        {QStringLiteral("load_average_before"), loadBefore},
        {QStringLiteral("load_average_after"), loadAverage()},
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("target_median_ms"), kTargetMedianMs},
        {QStringLiteral("target_p95_ms"), kTargetP95Ms},
        {QStringLiteral("max_floor_ratio"), kMaxFloorRatio},
        {QStringLiteral("over_floor"), QJsonArray::fromStringList(overFloor)},
        {QStringLiteral("early_paints"), driver.earlyPaints()},
        {QStringLiteral("all_met"), allMet},
        {QStringLiteral("interval_slider"), rows},
        {QStringLiteral("other_interactions"), others},
        {QStringLiteral("summary_queries"), summaries},
    };
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Indented);
    out << '\n'
        << (overFloor.isEmpty()
                ? QStringLiteral("Every frame is within %1 x its floor (query + paint).").arg(kMaxFloorRatio)
                : QStringLiteral("Frames over %1 x their floor (query + paint): %2.")
                      .arg(kMaxFloorRatio)
                      .arg(overFloor.join(QStringLiteral("; "))))
        << '\n'
        << (allMet ? QStringLiteral("Every figure meets its target.")
                   : QStringLiteral("Some figures MISS their target."))
        << "\n\n"
        << QString::fromUtf8(text);
    out.flush();
    if (!jsonPath.isEmpty()) {
        QFile file(jsonPath);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(text);
    }
    return 0; // figures, not a verdict
}
