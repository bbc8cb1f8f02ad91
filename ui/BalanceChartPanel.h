#pragma once

#include "BalanceChartView.h"
#include "model/Meter.h"

#include <QWidget>

#include <functional>
#include <optional>

class ChartWindowControls;
class Database;
class DatabaseWorker;
class QLabel;
class QSlider;
class QTimer;

// The balance chart with the usage chart's interval (1..720 h) and grouping row. The
// query (BalanceSeriesQuery, the latest balance and BalanceForecast) runs on one worker
// thread with its own connection kept open (DatabaseWorker), one at a time: changes while it
// runs are coalesced into one more query, so dragging the slider never queues work behind
// the window. The forecast runs again only for another meter or another minute of the clock.
// A grouping finer than the plot's pixel columns is drawn coarser
// (BalanceSeriesQuery::drawnGroupMinutes), and the summary says so.
class BalanceChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BalanceChartPanel(Database &db, QWidget *parent = nullptr);
    ~BalanceChartPanel() override;

    void setMeter(const std::optional<Meter> &meter);
    void setIntervalHours(int hours);
    void setGroupMinutes(int minutes);
    int intervalHours() const;
    int groupMinutes() const;
    // Tests pin "now" (UTC seconds); the default is the wall clock.
    void setClock(std::function<qint64()> clock);

    // Re-runs the query soon (coalesced), the forecast included; new readings and recharges
    // call this. Slider steps redraw with the forecast of the minute.
    void scheduleRefresh();
    // Whether a query is running or waiting to run.
    bool isBusy() const;
    BalanceChartView *chart() const { return m_chart; }
    QSlider *intervalSlider() const;
    QLabel *summary() const { return m_summary; }
    // What the worker did so far (tests): connections opened, forecasts computed.
    int workerConnections() const;
    int forecastRuns() const { return m_forecastRuns; }
    // The worker's time for the query shown last (series, latest reading, forecast), in ms.
    double lastQueryMs() const { return m_lastQueryMs; }
    // Queries run so far (tests: one per coalesced burst of changes).
    int queryRuns() const { return m_queryRuns; }

signals:
    // The chart shows the latest query's answer.
    void refreshed();

private:
    void scheduleRedraw();
    void refreshNow();
    void apply();

    struct Answer;
    Database &m_db;
    std::optional<Meter> m_meter;
    std::function<qint64()> m_clock;
    ChartWindowControls *m_window;
    QLabel *m_summary;
    BalanceChartView *m_chart;
    QTimer *m_coalesce;
    DatabaseWorker *m_worker;
    bool m_running = false;
    bool m_again = false;
    std::shared_ptr<Answer> m_answer;
    // The forecast of (meter id, minute of the clock) last computed.
    std::optional<std::pair<qint64, qint64>> m_forecastKey;
    std::optional<ForecastResult> m_forecast;
    int m_forecastRuns = 0;
    int m_queryRuns = 0;
    double m_lastQueryMs = 0;
};
