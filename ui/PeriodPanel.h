#pragma once

#include "analytics/PeriodSummary.h"
#include "analytics/UsageSeries.h"
#include "model/Meter.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class CopyableTableView;
class Database;
class PeriodBarChart;
class PeriodTableModel;
class QAbstractButton;
class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTimer;
class QToolButton;
class UsageChartView;
class UsageTableModel;

// The period views, from the day rollups (SummaryQuery): the last 30 days as daily bars, the
// months of a year, the years. Clicking a bar (or Enter on it, in the chart or its table)
// drills in: a year shows its months, a month its days, a day its usage in 15-minute bars.
// Up goes back the way it came. Every view has its table alternative with the same rows.
class PeriodPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Level
    {
        LastDays, // the last 30 days
        Years,
        Months, // of one year
        Days,   // of one month
        Day,    // one day's usage
    };
    static constexpr int kLastDays = 30;
    static constexpr int kDayGroupMinutes = 15;

    explicit PeriodPanel(Database &db, QWidget *parent = nullptr);

    void setMeter(const std::optional<Meter> &meter);
    // Tests pin "now" (UTC seconds); the default is the wall clock.
    void setClock(std::function<qint64()> clock);
    void scheduleRefresh();

    void showLastDays();
    void showYears();
    void showYear(int year);
    void showMonth(int year, int month);
    void showDay(const QDate &date);
    // Into the period of bar (or table row) `index`, and back out.
    void drillInto(int index);
    void goUp();
    // The previous (-1) or next (+1) year, month or day.
    void step(int delta);
    void setTableShown(bool shown);
    void setMoney(bool money);

    Level level() const { return m_level; }
    QDate date() const { return m_date; }
    QString title() const;
    bool isTableShown() const;
    // What the bars and the table rows show (empty at the Day level).
    const QList<PeriodSummary> &periods() const { return m_periods; }
    const UsageSeries &daySeries() const { return m_daySeries; }

    PeriodBarChart *barChart() const { return m_bars; }
    UsageChartView *dayChart() const { return m_dayChart; }
    CopyableTableView *table() const { return m_table; }
    PeriodTableModel *periodModel() const { return m_periodModel; }
    UsageTableModel *dayModel() const { return m_dayModel; }
    // The database's time in the last refresh (its summary or usage query), in ms, and the
    // refreshes that queried so far (benchmark, tests).
    double lastQueryMs() const { return m_lastQueryMs; }
    int queryRuns() const { return m_queryRuns; }

signals:
    void refreshed();

private:
    struct Place
    {
        Level level;
        QDate date;
    };
    void go(Level level, const QDate &date, bool remember);
    void refreshNow();
    // `fitColumns`: the table shows the rows it keeps (after a refresh, or when it is shown).
    void updateControls(bool fitColumns = false);
    // The totals, how to open a period (a bar, or a row of the table) and the partial mark.
    void updateSummary();
    QDate today() const;
    QStringList barLabels() const;

    Database &m_db;
    std::optional<Meter> m_meter;
    std::function<qint64()> m_clock;
    Level m_level = Level::LastDays;
    QDate m_date;
    QList<Place> m_trail; // where drilling came from, for Up
    QList<PeriodSummary> m_periods;
    UsageSeries m_daySeries;

    QButtonGroup *m_levels;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_up;
    QLabel *m_title;
    QToolButton *m_money;
    QToolButton *m_tableToggle;
    QStackedWidget *m_stack;
    PeriodBarChart *m_bars;
    UsageChartView *m_dayChart;
    CopyableTableView *m_table;
    PeriodTableModel *m_periodModel;
    UsageTableModel *m_dayModel;
    QLabel *m_summary;
    QString m_totals; // the summary's first sentence, from the last refresh
    QTimer *m_coalesce;
    double m_lastQueryMs = 0;
    int m_queryRuns = 0;
};
