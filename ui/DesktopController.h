#pragma once

#include "SettingsDialog.h"
#include "alerts/AlertConfig.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class AlertDispatcher;
class AppSettings;
class AlertMonitor;
class Database;
class DesktopNotifier;
class TelegramChannel;
class TrayController;
class MainWindow;
class PollScheduler;
class QTimer;
class QNetworkAccessManager;
class QThread;
class SecretStore;
class SessionFallbackSecretStore;

// Owns what the desktop app runs on: the database, the scheduler and the window. On first
// start with an empty database it creates the demo meter and fills its 30 days of history
// on a worker thread (its own connection), then starts polling.
//
// Every way of quitting ends in quit(): File > Quit, the tray's Quit, SIGTERM/SIGINT/SIGHUP
// (main() turns them into QCoreApplication::quit()) and the session manager all send the
// application its quit event, which this controller takes over. Qt's own handling of that
// event would close the windows first, and closing the window only hides it to the tray.
class DesktopController : public QObject
{
    Q_OBJECT
public:
    explicit DesktopController(std::unique_ptr<Database> db, QObject *parent = nullptr);
    ~DesktopController() override;

    void start();
    bool isReady() const { return m_ready; }
    MainWindow *window() const { return m_window.get(); }
    PollScheduler *scheduler() const { return m_scheduler.get(); }
    Database &database() const { return *m_db; }
    SessionFallbackSecretStore &secrets() const { return *m_secrets; }
    AlertMonitor *alertMonitor() const { return m_alerts; }
    AlertDispatcher *alertDispatcher() const { return m_dispatcher; }
    DesktopNotifier *notifier() const { return m_notifier; }
    // Null when the desktop has no system tray.
    TrayController *tray() const { return m_tray; }
    // Thresholds, quiet hours, summary time, Telegram (from the settings); any time.
    void setAlertConfig(const AlertConfig &config);
    // The user's settings (not owned): alert configuration, close-to-tray, window state
    // (geometry, last meter, chart controls) restored now and saved as it changes.
    void setSettings(AppSettings *settings);
    void openSettings(SettingsDialog::Page page = SettingsDialog::Page::General);
    // Quits in order, with the window shown or hidden: modal dialogs rejected, a running import
    // or export and the first start's demo history cancelled (rolled back; their workers are
    // joined when the controller goes), polling
    // stopped with every fetch in flight aborted, the tray icon taken away, the window state
    // saved; then the event loop ends with 0. The workers are joined and the database closed
    // when the controller is destroyed, right after the loop.
    void quit();
    bool isQuitting() const { return m_quitting; }
    // The session is ending (QGuiApplication::commitDataRequest): the settings and the window
    // state are written now, before the session manager asks the app to quit.
    void commitSessionData();

signals:
    // The window shows stored history and polling runs.
    void ready();
    // Asked for from the tray menu; whoever owns those dialogs connects here.
    void exportCsvRequested();
    void settingsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void shutDown();
    void startPolling();
    void createTray();
    void openDashboard(qint64 meterId);
    void onHiddenToTray();
    void saveWindowState();

    std::unique_ptr<Database> m_db;
    QNetworkAccessManager *m_network;
    SecretStore *m_keychain;
    SessionFallbackSecretStore *m_secrets;
    std::unique_ptr<PollScheduler> m_scheduler;
    std::unique_ptr<MainWindow> m_window;
    AlertMonitor *m_alerts;
    AlertDispatcher *m_dispatcher;
    DesktopNotifier *m_notifier;
    TelegramChannel *m_telegram;
    TrayController *m_tray = nullptr;
    QTimer *m_trayRefresh;
    bool m_ready = false;
    bool m_quitting = false;
    AppSettings *m_settings = nullptr;
    // The first start's demo history worker, waited for on destruction: quitting meanwhile
    // (the window closed, SIGTERM) must not tear the process down under its database work.
    // quit() cancels it (rolled back within a simulated day's work).
    QPointer<QThread> m_demoWorker;
    std::shared_ptr<std::atomic<bool>> m_cancelDemo = std::make_shared<std::atomic<bool>>(false);
};
