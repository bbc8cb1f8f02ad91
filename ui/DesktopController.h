#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class Database;
class MainWindow;
class PollScheduler;
class QNetworkAccessManager;
class QThread;
class SecretStore;
class SessionFallbackSecretStore;

// Owns what the desktop app runs on: the database, the scheduler and the window. On first
// start with an empty database it creates the demo meter and fills its 30 days of history
// on a worker thread (its own connection), then starts polling.
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

signals:
    // The window shows stored history and polling runs.
    void ready();

private:
    void startPolling();

    std::unique_ptr<Database> m_db;
    QNetworkAccessManager *m_network;
    SecretStore *m_keychain;
    SessionFallbackSecretStore *m_secrets;
    std::unique_ptr<PollScheduler> m_scheduler;
    std::unique_ptr<MainWindow> m_window;
    bool m_ready = false;
    // The first start's demo history worker, waited for on destruction: quitting meanwhile
    // (the window closed, SIGTERM) must not tear the process down under its database work.
    QPointer<QThread> m_demoWorker;
};
