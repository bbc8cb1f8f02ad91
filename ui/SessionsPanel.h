#pragma once

#include "model/Clock.h"
#include "model/Meter.h"

#include <QWidget>

#include <optional>

class Database;
class QComboBox;
class QTableWidget;

// Grid and generator sessions: start, end, duration (days kept), kWh, cost, average kW.
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

private:
    Database &m_db;
    std::optional<Meter> m_meter;
    Clock m_clock;
    QComboBox *m_range;
    QComboBox *m_source;
    QTableWidget *m_table;
};
