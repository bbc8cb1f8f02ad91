// The balance chart's speed (issue 15 "Proof", issue 20 "frames at their floor"): a year
// (--days, or ten years with --days 3650) of simulated 30 s readings for one meter into a
// fresh database, then the real BalanceChartPanel offscreen. Each frame is timed from the user's
// action (a slider step) until the chart's viewport has painted the new content once
// (FrameTimer.h: the worker's query, the series update and that paint; no forced repaint).
// Beside it, in the same run: the worker's time for that frame's query (lastQueryMs()) and
// one more paint of the same picture. ratio = frame / (query + paint): the frame's overhead
// over its floor (issue 20 wants at most 1.5). Also the query alone on the GUI thread
// (BalanceSeriesQuery at the chosen grouping, as `kilowatch-cli balance` runs it, and at the
// grouping the chart draws). Prints a table and JSON; never fails on time.
//
//   bench_balancechart [--json FILE] [--days N (365)] [--moves N (30)]
#include "BalanceChartPanel.h"
#include "BalanceChartView.h"
#include "BenchMeter.h"
#include "ChartWindowControls.h"
#include "FrameTimer.h"
#include "analytics/BalanceSeries.h"
#include "storage/Database.h"

#include <QApplication>
#include <QChartView>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSlider>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>

using FrameTimer::elapsedMs;
using FrameTimer::number;
using FrameTimer::Row;
using FrameTimer::rowJson;
using FrameTimer::rowText;
using FrameTimer::Stats;
using FrameTimer::stats;
using FrameTimer::summarize;

namespace {

constexpr int kWarmup = 3;

class Driver
{
public:
    explicit Driver(BalanceChartPanel &panel)
        : m_panel(panel)
    {
        QObject::connect(&panel, &BalanceChartPanel::refreshed, [this] { ++m_refreshes; });
    }

    using Sample = FrameTimer::Sample;

    Sample measure(const std::function<void()> &action)
    {
        const int before = m_refreshes;
        const int queries = m_panel.queryRuns();
        Sample s;
        s.frame = FrameTimer::measure(
            action, [&] { return m_refreshes != before && !m_panel.isBusy(); },
            [&] { return m_panel.chart()->chartView()->viewport(); });
        if (!s.frame.painted)
            ++m_unpainted;
        m_extraQueries += std::max(0, m_panel.queryRuns() - queries - 1);
        s.query = m_panel.lastQueryMs();
        return s;
    }

    void settle()
    {
        measure([this] { m_panel.scheduleRefresh(); });
    }
    int unpainted() const { return m_unpainted; }
    int extraQueries() const { return m_extraQueries; }

private:
    BalanceChartPanel &m_panel;
    int m_refreshes = 0;
    int m_unpainted = 0;
    int m_extraQueries = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto intArg = [&args](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int days = intArg(QStringLiteral("--days"), 365);
    const int moves = intArg(QStringLiteral("--moves"), 30);
    const qsizetype jsonArg = args.indexOf(QStringLiteral("--json"));
    const QString jsonPath = jsonArg >= 0 && jsonArg + 1 < args.size() ? args.at(jsonArg + 1) : QString();
    if (days < 1 || days > 3660)
        qFatal("--days needs a number from 1 to 3660");
    QTextStream out(stdout);

    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    Database &db = *opened.value();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Meter meter = BenchMeter::generate(db, days, now, out);

    BalanceChartPanel panel(db);
    panel.resize(1280, 560);
    panel.show();
    panel.setClock([now] { return now; });
    Driver driver(panel);
    driver.measure([&] { panel.setMeter(meter); });
    auto *slider = panel.findChild<QSlider *>(QStringLiteral("balanceIntervalSlider"));
    auto *groupSlider = panel.findChild<QSlider *>(QStringLiteral("balanceGroupSlider"));
    if (!slider || !groupSlider)
        qFatal("the panel has no interval or group slider");
    out << QStringLiteral("Plot %1 px wide. Load average before the measurements: %2 (%3 CPUs).\n")
               .arg(panel.chart()->plotColumns())
               .arg(FrameTimer::loadAverage())
               .arg(QThread::idealThreadCount());

    QJsonArray rows;
    QStringList over;
    out << QStringLiteral(
               "\nBalance chart, interval slider moves (%1 per combination). median, p95: the frame, from "
               "the move until the chart's viewport painted it (the worker's query included); cpu: GUI "
               "thread CPU of the frame; query: the worker's time for the frame's query; paint: one more "
               "paint of the same picture; ratio: frame / (query + paint); alone: BalanceSeriesQuery on "
               "its own at the chosen and at the drawn grouping.\n")
               .arg(moves);
    out << QStringLiteral("interval  group  drawn  buckets") << FrameTimer::kColumns.chopped(1)
        << QStringLiteral("  alone ms  drawn ms\n");
    for (const int interval : {24, 168, 720}) {
        for (const int group : {1, 30, 1440}) {
            driver.measure([&] {
                panel.setGroupMinutes(group);
                panel.setIntervalHours(interval);
            });
            QList<FrameTimer::Sample> samples;
            QList<double> alone;
            QList<double> drawnAlone;
            const int drawn = panel.chart()->content().series.groupMinutes;
            for (int i = 0; i < moves + kWarmup; ++i) {
                const int value = std::max(1, (i % 2 == 0) ? interval - 1 : interval);
                const FrameTimer::Sample s = driver.measure([&] { slider->setValue(value); });
                if (i < kWarmup)
                    continue;
                samples << s;
                if (i % 3 == 0) { // the query alone, on a third of the moves (it is steady)
                    QElapsedTimer q;
                    q.start();
                    const Result<BalanceSeries> r = BalanceSeriesQuery(db).run(meter, now, value, group);
                    alone << elapsedMs(q);
                    q.restart();
                    const Result<BalanceSeries> d = BalanceSeriesQuery(db).run(meter, now, value, drawn);
                    drawnAlone << elapsedMs(q);
                    if (!r || !d)
                        qFatal("the balance query failed");
                }
            }
            const Row r = summarize(samples);
            if (!r.withinRatio)
                over << QStringLiteral("%1 h / %2 min").arg(interval).arg(group);
            out << QString::number(interval).rightJustified(8) << QString::number(group).rightJustified(7)
                << QString::number(drawn).rightJustified(7)
                << QString::number(panel.chart()->content().series.buckets.size()).rightJustified(9)
                << rowText(r) << number(stats(alone).median, 10) << number(stats(drawnAlone).median, 10)
                << '\n';
            out.flush();
            QJsonObject json = rowJson(r);
            json.insert(QStringLiteral("interval_h"), interval);
            json.insert(QStringLiteral("group_min"), group);
            json.insert(QStringLiteral("drawn_group_min"), drawn);
            json.insert(QStringLiteral("buckets"),
                        static_cast<int>(panel.chart()->content().series.buckets.size()));
            json.insert(QStringLiteral("points"), panel.chart()->lastPointCount());
            json.insert(QStringLiteral("moves"), moves);
            json.insert(QStringLiteral("alone_query_median_ms"), stats(alone).median);
            json.insert(QStringLiteral("drawn_query_median_ms"), stats(drawnAlone).median);
            rows.append(json);
        }
    }

    // The group slider through its steps at 720 h, and a refresh as a new reading makes it
    // (the forecast computed again).
    QJsonArray others;
    out << QStringLiteral("\nOther frames:\n") << QStringLiteral("what").leftJustified(44)
        << FrameTimer::kColumns;
    const auto report = [&](const QString &name, int interval, int group,
                            const QList<FrameTimer::Sample> &samples) {
        const Row r = summarize(samples);
        if (!r.withinRatio)
            over << name;
        out << name.leftJustified(44) << rowText(r) << '\n';
        out.flush();
        QJsonObject json = rowJson(r);
        json.insert(QStringLiteral("interaction"), name);
        json.insert(QStringLiteral("interval_h"), interval);
        json.insert(QStringLiteral("group_min"), group);
        json.insert(QStringLiteral("samples"), static_cast<int>(samples.size()));
        others.append(json);
    };
    panel.setIntervalHours(720);
    panel.setGroupMinutes(1);
    driver.settle();
    const QList<int> &steps = ChartWindowControls::groupSteps();
    QList<FrameTimer::Sample> all;
    for (qsizetype step = 1; step < steps.size(); ++step) {
        QList<FrameTimer::Sample> samples;
        for (int round = 0; round < std::max(2, moves / 6); ++round) {
            samples << driver.measure([&] { groupSlider->setValue(static_cast<int>(step)); });
            samples << driver.measure([&] { groupSlider->setValue(static_cast<int>(step - 1)); });
        }
        report(QStringLiteral("group slider %1 <-> %2 min, 720 h").arg(steps[step - 1]).arg(steps[step]), 720,
               steps[step], samples);
        all += samples;
    }
    report(QStringLiteral("group slider, all steps, 720 h"), 720, 0, all);
    panel.setGroupMinutes(60);
    driver.settle();
    QList<FrameTimer::Sample> refreshes;
    for (int i = 0; i < moves + kWarmup; ++i) {
        const FrameTimer::Sample s = driver.measure([&] { panel.scheduleRefresh(); });
        if (i >= kWarmup)
            refreshes << s;
    }
    report(QStringLiteral("new reading (forecast again), 720 h / 60 min"), 720, 60, refreshes);

    out << QStringLiteral("\nFrames without a paint: %1; extra queries within a frame: %2.\n")
               .arg(driver.unpainted())
               .arg(driver.extraQueries());
    out << (over.isEmpty() ? QStringLiteral("Every row is within 1.5 x (query + paint).\n")
                           : QStringLiteral("Rows over 1.5 x (query + paint): %1.\n")
                                 .arg(over.join(QStringLiteral("; "))));
    out.flush();
    if (!jsonPath.isEmpty()) {
        QFile file(jsonPath);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(jsonPath));
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("days"), days},
                                      {QStringLiteral("load_average"), FrameTimer::loadAverage()},
                                      {QStringLiteral("interval_slider"), rows},
                                      {QStringLiteral("interactions"), others},
                                      {QStringLiteral("rows_over_ratio"), QJsonArray::fromStringList(over)}})
                .toJson());
    }
    return 0;
}
