// The period chart's speed (issue 20 "frames at their floor"): the same simulated meter as the
// other chart benchmarks (a year of 30 s readings, or ten with --days 3650), then the real
// PeriodPanel offscreen. Each frame is timed from the user's action (a mode switch, a step to
// the previous or next period, a drill in or up, kWh/money, the table) until the view shown
// (the bars, the day's chart or the table) has painted the new content once (FrameTimer.h, no
// forced repaint). Beside it, in the same run: the panel's time in its queries for that frame
// (lastQueryMs(): SummaryQuery, or UsageSeriesQuery for a day) and one more paint of the same
// picture; ratio = frame / (query + paint). Prints a table and JSON; never fails on time.
//
//   bench_periodchart [--json FILE] [--days N (365)] [--moves N (30)]
#include "BenchMeter.h"
#include "CopyableTableView.h"
#include "FrameTimer.h"
#include "PeriodPanel.h"
#include "UsageChartView.h"
#include "charts/PeriodBarChart.h"
#include "storage/Database.h"

#include <QApplication>
#include <QChartView>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>

#include <algorithm>

namespace {

class Driver
{
public:
    explicit Driver(PeriodPanel &panel)
        : m_panel(panel)
    {
        QObject::connect(&panel, &PeriodPanel::refreshed, [this] { ++m_refreshes; });
    }

    // The view shown: the table, the day's chart or the bars.
    QWidget *viewport() const
    {
        if (m_panel.isTableShown())
            return m_panel.table()->viewport();
        if (m_panel.level() == PeriodPanel::Level::Day)
            return m_panel.dayChart()->chartView()->viewport();
        return m_panel.barChart()->chartView()->viewport();
    }

    // `refreshes`: whether the action re-reads (the table toggle only shows what was read).
    FrameTimer::Sample measure(const std::function<void()> &action, bool refreshes = true)
    {
        const int before = m_refreshes;
        const int queries = m_panel.queryRuns();
        FrameTimer::Sample s;
        s.frame = FrameTimer::measure(
            action, [&] { return !refreshes || m_refreshes != before; }, [this] { return viewport(); });
        if (!s.frame.painted)
            ++m_unpainted;
        // Let a second refresh the action queued show up in the count.
        m_extraQueries += std::max(0, m_panel.queryRuns() - queries - (refreshes ? 1 : 0));
        s.query = m_panel.queryRuns() != queries ? m_panel.lastQueryMs() : 0.0;
        return s;
    }

    int unpainted() const { return m_unpainted; }
    int extraQueries() const { return m_extraQueries; }

private:
    PeriodPanel &m_panel;
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
    const int moves = std::max(2, intArg(QStringLiteral("--moves"), 30));
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
    const QDate today = QDateTime::fromSecsSinceEpoch(now, QTimeZone(meter.timezone.toUtf8())).date();
    // A month and a day inside the history, with a month before and after them.
    const QDate month = QDate(today.year(), today.month(), 1).addMonths(-2);
    const QDate day = today.addDays(-20);

    PeriodPanel panel(db);
    panel.resize(1280, 560);
    panel.show();
    panel.setClock([now] { return now; });
    Driver driver(panel);
    driver.measure([&] { panel.setMeter(meter); });
    out << QStringLiteral("Load average before the measurements: %1 (%2 CPUs).\n")
               .arg(FrameTimer::loadAverage())
               .arg(QThread::idealThreadCount());
    out << QStringLiteral(
               "\nPeriod chart frames (%1 each). median, p95: the frame, from the action until the view "
               "shown painted it; cpu: GUI thread CPU of the frame; query: the panel's queries for the "
               "frame; paint: one more paint of the same picture; ratio: frame / (query + paint).\n")
               .arg(moves);
    out << QStringLiteral("what").leftJustified(44) << FrameTimer::kColumns;

    QJsonArray rows;
    QStringList over;
    const auto report = [&](const QString &name, const QList<FrameTimer::Sample> &samples) {
        const FrameTimer::Row r = FrameTimer::summarize(samples);
        if (!r.withinRatio)
            over << name;
        out << name.leftJustified(44) << FrameTimer::rowText(r) << '\n';
        out.flush();
        QJsonObject json = FrameTimer::rowJson(r);
        json.insert(QStringLiteral("interaction"), name);
        json.insert(QStringLiteral("samples"), static_cast<int>(samples.size()));
        rows.append(json);
    };
    // Alternates `a` and `b` (each a frame) and reports each direction.
    const auto pair = [&](const QString &aName, const std::function<void()> &a, const QString &bName,
                          const std::function<void()> &b, bool refreshes = true) {
        QList<FrameTimer::Sample> as;
        QList<FrameTimer::Sample> bs;
        for (int i = 0; i < moves / 2 + 1; ++i) {
            const FrameTimer::Sample sa = driver.measure(a, refreshes);
            const FrameTimer::Sample sb = driver.measure(b, refreshes);
            if (i > 0) { // warm-up
                as << sa;
                bs << sb;
            }
        }
        report(aName, as);
        report(bName, bs);
    };

    // Mode switches, round the five views.
    {
        const QList<std::pair<QString, std::function<void()>>> modes = {
            {QStringLiteral("mode: last 30 days"), [&] { panel.showLastDays(); }},
            {QStringLiteral("mode: years"), [&] { panel.showYears(); }},
            {QStringLiteral("mode: months of a year"), [&] { panel.showYear(today.year()); }},
            {QStringLiteral("mode: days of a month"), [&] { panel.showMonth(month.year(), month.month()); }},
            {QStringLiteral("mode: one day"), [&] { panel.showDay(day); }},
        };
        QList<QList<FrameTimer::Sample>> samples(modes.size());
        for (int round = 0; round < moves / 2 + 1; ++round) {
            for (qsizetype m = 0; m < modes.size(); ++m) {
                const FrameTimer::Sample s = driver.measure(modes[m].second);
                if (round > 0)
                    samples[m] << s;
            }
        }
        for (qsizetype m = 0; m < modes.size(); ++m)
            report(modes[m].first, samples[m]);
    }

    // Steps back and forward.
    driver.measure([&] { panel.showYear(today.year() - 1); });
    pair(
        QStringLiteral("step: previous year"), [&] { panel.step(-1); }, QStringLiteral("step: next year"),
        [&] { panel.step(1); });
    driver.measure([&] { panel.showMonth(month.year(), month.month()); });
    pair(
        QStringLiteral("step: previous month"), [&] { panel.step(-1); }, QStringLiteral("step: next month"),
        [&] { panel.step(1); });
    driver.measure([&] { panel.showDay(day); });
    pair(
        QStringLiteral("step: previous day"), [&] { panel.step(-1); }, QStringLiteral("step: next day"),
        [&] { panel.step(1); });

    // Drilling in (the last bar: the year, month or day holding today) and up again.
    driver.measure([&] { panel.showYears(); });
    const auto lastBar = [&] { panel.drillInto(static_cast<int>(panel.periods().size()) - 1); };
    pair(QStringLiteral("drill in: years -> months"), lastBar, QStringLiteral("up: months -> years"),
         [&] { panel.goUp(); });
    driver.measure([&] { panel.showYear(today.year()); });
    pair(QStringLiteral("drill in: months -> days"), lastBar, QStringLiteral("up: days -> months"),
         [&] { panel.goUp(); });
    driver.measure([&] { panel.showMonth(today.year(), today.month()); });
    pair(QStringLiteral("drill in: days -> day"), lastBar, QStringLiteral("up: day -> days"),
         [&] { panel.goUp(); });

    // kWh / money, and the table.
    driver.measure([&] { panel.showLastDays(); });
    pair(
        QStringLiteral("money, last 30 days"), [&] { panel.setMoney(true); },
        QStringLiteral("kWh, last 30 days"), [&] { panel.setMoney(false); });
    driver.measure([&] { panel.showDay(day); });
    pair(
        QStringLiteral("money, one day"), [&] { panel.setMoney(true); }, QStringLiteral("kWh, one day"),
        [&] { panel.setMoney(false); });
    driver.measure([&] { panel.showLastDays(); });
    pair(
        QStringLiteral("table shown, last 30 days"), [&] { panel.setTableShown(true); },
        QStringLiteral("table hidden, last 30 days"), [&] { panel.setTableShown(false); }, false);
    driver.measure([&] { panel.showDay(day); });
    pair(
        QStringLiteral("table shown, one day"), [&] { panel.setTableShown(true); },
        QStringLiteral("table hidden, one day"), [&] { panel.setTableShown(false); }, false);

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
                                      {QStringLiteral("interactions"), rows},
                                      {QStringLiteral("rows_over_ratio"), QJsonArray::fromStringList(over)}})
                .toJson());
    }
    return 0;
}
