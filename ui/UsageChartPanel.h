#pragma once

#include "UsageChartView.h"
#include "model/Meter.h"

#include <QWidget>

#include <functional>
#include <optional>

class ChartWindowControls;
class CopyableTableView;
class Database;
class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLabel;
class QSlider;
class QStackedWidget;
class QTimer;
class QToolButton;
class UsageTableModel;

// The usage chart with its controls: the interval and grouping row (ChartWindowControls), kWh/money, bars or
// lines, an overlay of the previous period or the same period last year, a reset for the
// zoom, and the table alternative. Control changes, zooming and panning are coalesced into
// one query and redraw per event-loop turn.
//
// Zooming re-queries the rollups for the visible range at a finer grouping, so the chart
// keeps about as many buckets as the unzoomed window had (never coarser than the grouping
// chosen, never finer than a minute): zooming into a month of hours shows the minutes.
class UsageChartPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Comparison
    {
        None,
        PreviousPeriod,
        LastYear,
    };

    explicit UsageChartPanel(Database &db, QWidget *parent = nullptr);

    void setMeter(const std::optional<Meter> &meter);
    void setIntervalHours(int hours);
    void setGroupMinutes(int minutes);
    void setUnit(UsageChartView::Unit unit);
    void setStyle(UsageChartView::Style style);
    void setComparison(Comparison comparison);
    void setTableShown(bool shown);
    int intervalHours() const;
    // The grouping chosen (the Group box shows the grouping drawn, finer while zoomed). Never
    // longer than the interval: a longer one is clamped to it.
    int groupMinutes() const;
    UsageChartView::Unit unit() const;
    UsageChartView::Style style() const;
    Comparison comparison() const;
    bool isTableShown() const;
    bool isZoomed() const { return m_zoom.has_value(); }
    void resetZoom();
    // The grouping the last query used (finer than groupMinutes() while zoomed).
    int effectiveGroupMinutes() const { return m_series.groupMinutes; }
    // The database work of the last refresh (usage, recharges, comparison), in ms: the floor a
    // frame cannot go below (bench_usagechart), and a debug log line.
    double lastQueryMs() const { return m_lastQueryMs; }
    // Tests pin "now" (UTC seconds); the default is the wall clock.
    void setClock(std::function<qint64()> clock);

    // Re-runs the query soon (coalesced); new readings call this.
    void scheduleRefresh();
    UsageChartView *chart() const { return m_chart; }
    CopyableTableView *table() const { return m_table; }
    UsageTableModel *tableModel() const { return m_model; }
    const UsageSeries &series() const { return m_series; }
    const std::optional<UsageSeries> &overlaySeries() const { return m_overlaySeries; }

signals:
    void refreshed();

private:
    void refreshNow();
    void fitTableColumns();
    QString comparisonText(const UsageSeries &other, const QString &name) const;
    void onRangeRequested(qint64 from, qint64 to);
    int groupForSpan(qint64 span) const;

    Database &m_db;
    std::optional<Meter> m_meter;
    std::function<qint64()> m_clock;
    ChartWindowControls *m_window;
    QButtonGroup *m_unitGroup;
    QButtonGroup *m_styleGroup;
    QComboBox *m_comparison;
    QToolButton *m_reset;
    QToolButton *m_tableToggle;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    UsageChartView *m_chart;
    CopyableTableView *m_table;
    UsageTableModel *m_model;
    QTimer *m_coalesce;
    bool m_columnsFitted = false; // to the rows of the last query
    UsageSeries m_series;
    std::optional<UsageSeries> m_overlaySeries;
    // The unzoomed window of the last unzoomed query, and the zoomed range if any.
    qint64 m_homeFrom = 0;
    qint64 m_homeTo = 0;
    std::optional<std::pair<qint64, qint64>> m_zoom;
    qint64 m_limitFrom = 0; // the meter's first reading: panning stops there
    double m_lastQueryMs = 0;
};
