// The balance chart's speed (issue 15 "Proof"): a year (--days, or ten years with --days 3650)
// of simulated 30 s readings for one meter into a fresh database, then the real
// BalanceChartPanel offscreen: for every interval x group combination the interval slider
// moves back and forth and each move is timed from the change to the painted chart (the query
// runs on the panel's worker thread; the wait for it is counted). Beside it the query alone
// (BalanceSeriesQuery): at the chosen grouping, as `kilowatch-cli balance` runs it, and at the
// grouping the chart draws (BalanceSeriesQuery::drawnGroupMinutes for its pixel columns).
// Prints median and p95 per combination against the usage chart's targets (16 / 33 ms);
// never fails on time.
//
//   bench_balancechart [--days N (365)] [--moves N (30)]
#include "BalanceChartPanel.h"
#include "BalanceChartView.h"
#include "analytics/BalanceSeries.h"
#include "setup/SimulatorBackfill.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"

#include <QApplication>
#include <QChartView>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSlider>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kTargetMedianMs = 16.0;
constexpr double kTargetP95Ms = 33.0;

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return {};
    const auto rank = [&](double q) {
        const auto index = static_cast<qsizetype>(std::ceil(q * static_cast<double>(ms.size()))) - 1;
        return ms.at(std::clamp<qsizetype>(index, 0, ms.size() - 1));
    };
    return {rank(0.5), rank(0.95)};
}

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// From a change to the painted chart: the worker's answer applied, then a forced paint.
double measure(BalanceChartPanel &panel, const std::function<void()> &change)
{
    int refreshes = 0;
    const QMetaObject::Connection c =
        QObject::connect(&panel, &BalanceChartPanel::refreshed, [&refreshes] { ++refreshes; });
    QElapsedTimer timer;
    timer.start();
    change();
    while ((refreshes == 0 || panel.isBusy()) && timer.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 1);
    QCoreApplication::processEvents();
    panel.repaint();
    panel.chart()->chartView()->viewport()->repaint();
    QObject::disconnect(c);
    return elapsedMs(timer);
}

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
    if (days < 1 || days > 3660)
        qFatal("--days needs a number from 1 to 3660");
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
    meter.lowBalanceMilli = 500'000;
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
    if (!stored)
        qFatal("%s", qPrintable(stored.error()));
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out << QStringLiteral("Generated %1 readings (%2 days of 30 s readings) in %3 s.\n")
               .arg(ReadingRepository(db).count(meter.id))
               .arg(days)
               .arg(elapsedMs(generation) / 1000.0, 0, 'f', 1);

    BalanceChartPanel panel(db);
    panel.resize(1280, 560);
    panel.show();
    panel.setClock([now] { return now; });
    measure(panel, [&] { panel.setMeter(meter); });
    auto *slider = panel.findChild<QSlider *>(QStringLiteral("balanceIntervalSlider"));
    if (!slider)
        qFatal("the panel has no interval slider");

    out << QStringLiteral(
               "\nBalance chart, interval slider moves (%1 per combination): wall time from the move "
               "to the painted chart (worker query included); query: BalanceSeriesQuery alone.\n")
               .arg(moves);
    out << QStringLiteral(
        "interval  group  drawn  buckets  median ms  p95 ms  query ms  drawn query ms  target\n");
    for (const int interval : {24, 168, 720}) {
        for (const int group : {1, 30, 1440}) {
            measure(panel, [&] {
                panel.setGroupMinutes(group);
                panel.setIntervalHours(interval);
            });
            QList<double> frames;
            QList<double> queries;
            QList<double> drawnQueries;
            const int drawn = panel.chart()->content().series.groupMinutes;
            for (int i = 0; i < moves + 3; ++i) {
                const int value = (i % 2 == 0) ? interval - 1 : interval;
                const double ms = measure(panel, [&] { slider->setValue(std::max(1, value)); });
                QElapsedTimer q;
                q.start();
                const Result<BalanceSeries> s =
                    BalanceSeriesQuery(db).run(meter, now, std::max(1, value), group);
                const double queryMs = elapsedMs(q);
                if (!s)
                    qFatal("%s", qPrintable(s.error()));
                q.restart();
                const Result<BalanceSeries> d =
                    BalanceSeriesQuery(db).run(meter, now, std::max(1, value), drawn);
                const double drawnMs = elapsedMs(q);
                if (!d)
                    qFatal("%s", qPrintable(d.error()));
                if (i >= 3) { // warm-up
                    frames.append(ms);
                    queries.append(queryMs);
                    drawnQueries.append(drawnMs);
                }
            }
            const Stats f = stats(frames);
            const Stats qs = stats(queries);
            const Stats ds = stats(drawnQueries);
            const bool met = f.median <= kTargetMedianMs && f.p95 <= kTargetP95Ms;
            out << QString::number(interval).rightJustified(8) << QString::number(group).rightJustified(7)
                << QString::number(drawn).rightJustified(7)
                << QString::number(panel.chart()->content().series.buckets.size()).rightJustified(9)
                << QString::number(f.median, 'f', 2).rightJustified(11)
                << QString::number(f.p95, 'f', 2).rightJustified(8)
                << QString::number(qs.median, 'f', 2).rightJustified(10)
                << QString::number(ds.median, 'f', 2).rightJustified(16) << (met ? "  met" : "  MISSED")
                << '\n';
            out.flush();
        }
    }
    return 0;
}
