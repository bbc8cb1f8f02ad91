#include "CliRunner.h"
#include "DesktopController.h"
#include "MainWindow.h"
#include "UsageChartPanel.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/ReadingRepository.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>

// Issue 13: nothing on the poll, start-up, meter list or dashboard paths may cost more with
// more history. The cost is what SQLite really does, counted, never timed: every statement of
// every connection in this process reports its virtual-machine steps (sqlite3_trace_v2 with
// SQLITE_TRACE_PROFILE, installed on each new connection by sqlite3_auto_extension). Each path
// runs on a meter with a short and with a three times longer history; a statement that reads a
// meter's whole history (a count(*), a min/max without the key, a rebuild from the first day)
// costs hundreds of thousands of steps more on the longer one.
namespace {

constexpr int kShortDays = 40;
constexpr int kLongDays = 3 * kShortDays;
// What may differ between the two runs without any history scan: the data itself, a day's
// boundary crossed between them. Reading the 80 extra days once (230 000 readings, or the
// sessions of those days) costs more: a count(*) of the readings 670 000 steps more, a walk
// through the sessions since the first about 900.
constexpr double kAllowedRatio = 1.1;
constexpr qint64 kAllowedExtraSteps = 500;

QMutex g_mutex;
qint64 g_steps = 0;
QHash<QString, qint64> g_stepsBySql;

int profiled(unsigned type, void *, void *statement, void *)
{
    if (type != SQLITE_TRACE_PROFILE)
        return 0;
    auto *stmt = static_cast<sqlite3_stmt *>(statement);
    const int steps = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_VM_STEP, 1);
    const char *sql = sqlite3_sql(stmt);
    QMutexLocker lock(&g_mutex);
    g_steps += steps;
    g_stepsBySql[QString::fromUtf8(sql ? sql : "?").simplified()] += steps;
    return 0;
}

int traceConnection(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, profiled, nullptr);
    return SQLITE_OK;
}

struct Cost
{
    qint64 steps = 0;
    QHash<QString, qint64> bySql;

    // The statements that cost the most more than on `other`.
    QString costliestGrowth(const Cost &other, int n = 4) const
    {
        QList<QPair<qint64, QString>> list;
        for (auto it = bySql.begin(); it != bySql.end(); ++it)
            list.append({it.value() - other.bySql.value(it.key()), it.key()});
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList lines;
        for (int i = 0; i < qMin(n, static_cast<int>(list.size())); ++i)
            lines.append(QStringLiteral("  +%1 steps: %2").arg(list[i].first).arg(list[i].second.left(200)));
        return lines.join(QLatin1Char('\n'));
    }
};

void resetCost()
{
    QMutexLocker lock(&g_mutex);
    g_steps = 0;
    g_stepsBySql.clear();
}

Cost takeCost()
{
    QMutexLocker lock(&g_mutex);
    Cost cost{g_steps, g_stepsBySql};
    g_steps = 0;
    g_stepsBySql.clear();
    return cost;
}

} // namespace

class TestHistoryCost : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Per path: the cost on the short and on the long history.
    QMap<QString, QPair<Cost, Cost>> m_costs;

    QString database(int days) const { return m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(days)); }

    int cli(int days, const QStringList &arguments)
    {
        CliRunner runner(database(days));
        runner.setTimeoutMs(120'000);
        const CliRun r = runner.run(arguments);
        if (!r.err.isEmpty())
            qInfo().noquote() << "stderr:" << r.err.trimmed();
        return r.code;
    }

    qint64 latestReading(int days)
    {
        auto db = Database::open(database(days));
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        return ReadingRepository(*db.value()).latest(1)->time;
    }

    // One path on one history: the steps of everything it made SQLite do.
    Cost measure(int days, const QString &path)
    {
        resetCost();
        if (path == QLatin1String("meter list")) {
            if (cli(days, {QStringLiteral("--json"), QStringLiteral("meter"), QStringLiteral("list")}) != 0)
                qFatal("meter list failed");
        } else if (path == QLatin1String("poll --once")) {
            if (cli(days, {QStringLiteral("--json"), QStringLiteral("poll"), QStringLiteral("--once")}) != 0)
                qFatal("poll --once failed");
        } else if (path == QLatin1String("readings, last hour")) {
            const qint64 from = latestReading(days) - 3600;
            resetCost();
            if (cli(days, {QStringLiteral("--json"), QStringLiteral("readings"), QStringLiteral("--meter"),
                           QStringLiteral("m"), QStringLiteral("--from"),
                           QDateTime::fromSecsSinceEpoch(from, Qt::UTC).toString(Qt::ISODate)}) != 0)
                qFatal("readings failed");
        } else if (path == QLatin1String("window start-up")) {
            // As kilowatch starts: the dashboard of the meter on a 720-hour chart, polling on.
            const QString ini = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(days));
            AppSettings settings(ini);
            settings.load();
            settings.setChartIntervalHours(720);
            settings.setChartGroupMinutes(60);
            auto db = Database::open(database(days));
            if (!db)
                qFatal("%s", qPrintable(db.error()));
            DesktopController controller(std::move(db).value());
            controller.setSettings(&settings);
            QSignalSpy ready(&controller, &DesktopController::ready);
            controller.start();
            if (!controller.isReady() && !ready.wait(120'000))
                qFatal("the window never became ready");
            UsageChartPanel *chart = controller.window()->usagePanel();
            QSignalSpy refreshed(chart, &UsageChartPanel::refreshed);
            chart->scheduleRefresh();
            if (!refreshed.wait(60'000))
                qFatal("the chart never refreshed");
        }
        return takeCost();
    }

private slots:
    void initTestCase()
    {
        // Before any connection opens: every connection from now on is traced.
        QCOMPARE(sqlite3_auto_extension(reinterpret_cast<void (*)()>(traceConnection)), SQLITE_OK);
        for (const int days : {kShortDays, kLongDays}) {
            QCOMPARE(
                cli(days, {QStringLiteral("meter"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("m"), QStringLiteral("--provider"), QStringLiteral("simulator")}),
                0);
            QCOMPARE(cli(days, {QStringLiteral("simulate"), QStringLiteral("--meter"), QStringLiteral("m"),
                                QStringLiteral("--days"), QString::number(days)}),
                     0);
        }
        // The tracer sees SQLite's work: the generation above was hundreds of thousands of rows.
        QVERIFY(takeCost().steps > 1'000'000);
    }

    void cleanupTestCase()
    {
        qInfo().noquote() << QStringLiteral("SQLite steps per path, %1 and %2 days of 30 s readings:")
                                 .arg(kShortDays)
                                 .arg(kLongDays);
        for (auto it = m_costs.begin(); it != m_costs.end(); ++it)
            qInfo().noquote() << QStringLiteral("  %1 %2 %3")
                                     .arg(it.key(), -22)
                                     .arg(it.value().first.steps, 10)
                                     .arg(it.value().second.steps, 10);
    }

    void pathCostsNoMoreWithMoreHistory_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path : {"meter list", "poll --once", "readings, last hour", "window start-up"})
            QTest::newRow(path) << QString::fromLatin1(path);
    }

    void pathCostsNoMoreWithMoreHistory()
    {
        QFETCH(QString, path);
        const Cost shortHistory = measure(kShortDays, path);
        const Cost longHistory = measure(kLongDays, path);
        m_costs.insert(path, {shortHistory, longHistory});
        qInfo().noquote() << path << shortHistory.steps << longHistory.steps << "steps; grew most:\n"
                          << longHistory.costliestGrowth(shortHistory, 2);
        QVERIFY(shortHistory.steps > 0);
        QVERIFY2(double(longHistory.steps) <= double(shortHistory.steps) * kAllowedRatio + kAllowedExtraSteps,
                 qPrintable(QStringLiteral("%1: %2 steps on %3 days, %4 on %5 days; the statements that cost "
                                           "more:\n%6")
                                .arg(path)
                                .arg(shortHistory.steps)
                                .arg(kShortDays)
                                .arg(longHistory.steps)
                                .arg(kLongDays)
                                .arg(longHistory.costliestGrowth(shortHistory))));
    }
};

QTEST_MAIN(TestHistoryCost)
#include "tst_historycost.moc"
