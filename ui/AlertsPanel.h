#pragma once

#include "model/Meter.h"

#include <QWidget>

#include <optional>

class Database;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// The alert log of one meter, newest first: when, what, how severe, and the message
// (silenced ones, raised in quiet hours, say so). With none yet, it says what will appear
// and where the levels are set.
class AlertsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPanel(Database &db, QWidget *parent = nullptr);

    void setMeter(const std::optional<Meter> &meter);
    void refresh();
    QTableWidget *table() const { return m_table; }
    // Shown instead of the table while the meter has no alerts.
    QWidget *emptyState() const { return m_empty; }
    QLabel *emptyText() const { return m_emptyText; }

signals:
    // "Set the levels…": the window opens Settings (its Alerts page).
    void settingsRequested();

private:
    Database &m_db;
    std::optional<Meter> m_meter;
    QStackedWidget *m_stack;
    QTableWidget *m_table;
    QWidget *m_empty;
    QLabel *m_emptyText;
    QPushButton *m_openSettings;
};
