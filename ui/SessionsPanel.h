#pragma once

#include "analytics/SupplyTimeline.h"
#include "model/Clock.h"
#include "model/Meter.h"

#include <QWidget>

#include <optional>

class Database;
class QComboBox;
class QLabel;
class QScrollArea;
class QTableWidget;
class SessionTimeline;

// Power-source sessions: a day-by-day timeline (grid, generator, outages, no readings) with its
// legend, the generator totals of the chosen range (hours, kWh, cost, starts, longest run), and
// the sessions' table (start, end, duration with days kept, kWh, cost, average kW).
class SessionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsPanel(Database &db, QWidget *parent = nullptr);

    void setMeter(const std::optional<Meter> &meter);
    // "Now" for the last 7 / 30 / 366 days (the wall clock unless a test pins it).
    void setClock(const Clock &clock);
    void refresh();
    QTableWidget *table() const { return m_table; }
    QComboBox *sourceFilter() const { return m_source; }
    QComboBox *rangeBox() const { return m_range; }
    SessionTimeline *timeline() const { return m_timeline; }
    // The range's figures as shown.
    const SupplyRange &range() const { return m_supply; }
    QString totalsText() const;

private:
    void refreshTimeline();
    void refreshTable();

    Database &m_db;
    std::optional<Meter> m_meter;
    Clock m_clock;
    SupplyRange m_supply;
    QComboBox *m_range;
    QComboBox *m_source;
    SessionTimeline *m_timeline;
    QScrollArea *m_scroll;
    QWidget *m_legend = nullptr;
    QWidget *m_timelineBox = nullptr;
    QLabel *m_hours;
    QLabel *m_energy;
    QLabel *m_cost;
    QLabel *m_starts;
    QLabel *m_longest;
    QTableWidget *m_table;
};
