#pragma once

#include "alerts/MeterAttention.h"

#include <QIcon>
#include <QMenu>
#include <QObject>
#include <QPointer>

class AlertMonitor;
class Database;
class PollScheduler;
class QAction;

class QSystemTrayIcon;

// The tray icon: its picture says ok / failing / low / critical (the worst meter, ranked by
// MeterAttention: a low balance before a failing connection), its
// tooltip each meter's balance and when it runs out, and its menu opens the dashboard, shows
// the balances, refreshes, pauses polling, exports, opens the settings and quits. It only
// emits what was asked; DesktopController decides what that does.
class TrayController : public QObject
{
    Q_OBJECT
public:
    using State = MeterAttention::Level;

    TrayController(Database &db, PollScheduler &scheduler, AlertMonitor &alerts, QObject *parent = nullptr);
    ~TrayController() override;

    static bool isAvailable();
    void show();
    // Reads the balances, forecasts and alert standing again.
    void refresh();

    State state() const { return m_state; }
    QString stateName() const { return stateName(m_state); }
    static QString stateName(State state);
    // resources/icons/tray-<state>.svg when packaged, else drawn here.
    static QIcon iconFor(State state);
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }
    QString toolTip() const;
    // By object name: openDashboard, refreshNow, pausePolling, exportCsv, settings, quit,
    // meter-<id>.
    QAction *action(const QString &objectName) const;

signals:
    // 0: the window as it was; else that meter.
    void openDashboardRequested(qint64 meterId);
    void refreshRequested();
    void pauseRequested(bool paused);
    void exportCsvRequested();
    void settingsRequested();
    void quitRequested();
    void stateChanged(TrayController::State state);

private:
    Database &m_db;
    PollScheduler &m_scheduler;
    AlertMonitor &m_alerts;
    QSystemTrayIcon *m_tray;
    QPointer<QMenu> m_menu;
    QAction *m_meterSeparator;
    QAction *m_pause;
    QList<QAction *> m_meterActions;
    State m_state = State::Ok;
    bool m_first = true;
};
