#pragma once

#include "model/Meter.h"

#include <QMainWindow>

#include <optional>

class Database;
class PeriodPanel;
class PollScheduler;
class QComboBox;
class QLabel;
class StatusCard;
class UsageChartPanel;

// The dashboard: a meter selector, the meter's status card and its usage chart, kept live
// from the scheduler's signals (never by polling the database on a timer).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database &db, PollScheduler &scheduler, QWidget *parent = nullptr);

    // Re-reads the meter list (after meters were added or removed).
    void reloadMeters();
    void selectMeter(qint64 meterId);
    std::optional<Meter> currentMeter() const;
    void showMessage(const QString &text);

    StatusCard *statusCard() const { return m_status; }
    UsageChartPanel *usagePanel() const { return m_usage; }
    PeriodPanel *periodPanel() const { return m_periods; }

private:
    void onMeterChanged();
    void refreshStatus();
    void createMenus();

    Database &m_db;
    PollScheduler &m_scheduler;
    QList<Meter> m_meters;
    QComboBox *m_meterBox;
    StatusCard *m_status;
    UsageChartPanel *m_usage;
    PeriodPanel *m_periods;
    QLabel *m_message;
};
