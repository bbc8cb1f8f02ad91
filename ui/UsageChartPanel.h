#pragma once

#include "UsageChartView.h"
#include "model/Meter.h"

#include <QWidget>

#include <optional>

class Database;
class QButtonGroup;
class QLabel;
class QSlider;
class QSpinBox;
class QTimer;

// The usage chart with its controls: the interval slider (1..720 h), the grouping slider
// stepping through sensible minute values plus a spin box for any value, and the kWh/money
// toggle. Control changes are coalesced into one query and redraw per event-loop turn.
class UsageChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UsageChartPanel(Database &db, QWidget *parent = nullptr);

    static const QList<int> &groupSteps(); // 1, 5, 10, 15, 30, 60, 120, 360, 720, 1440

    void setMeter(const std::optional<Meter> &meter);
    void setIntervalHours(int hours);
    void setGroupMinutes(int minutes);
    void setUnit(UsageChartView::Unit unit);
    int intervalHours() const;
    int groupMinutes() const;
    UsageChartView::Unit unit() const;
    // Re-runs the query soon (coalesced); new readings call this.
    void scheduleRefresh();
    UsageChartView *chart() const { return m_chart; }
    const UsageSeries &series() const { return m_series; }

signals:
    void refreshed();

private:
    void refreshNow();
    void updateLabels();

    Database &m_db;
    std::optional<Meter> m_meter;
    QSlider *m_intervalSlider;
    QSpinBox *m_intervalSpin;
    QSlider *m_groupSlider;
    QSpinBox *m_groupSpin;
    QButtonGroup *m_unitGroup;
    QLabel *m_summary;
    UsageChartView *m_chart;
    QTimer *m_coalesce;
    UsageSeries m_series;
};
