#pragma once

#include "model/Meter.h"

#include <QWidget>

#include <optional>

class Database;
class QTableWidget;

// The alert log of one meter, newest first: when, what, how severe, and the message
// (silenced ones, raised in quiet hours, say so).
class AlertsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPanel(Database &db, QWidget *parent = nullptr);

    void setMeter(const std::optional<Meter> &meter);
    void refresh();
    QTableWidget *table() const { return m_table; }

private:
    Database &m_db;
    std::optional<Meter> m_meter;
    QTableWidget *m_table;
};
