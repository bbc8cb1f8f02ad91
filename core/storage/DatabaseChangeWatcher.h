#pragma once

#include <QObject>

class Database;
class QTimer;

// Notices commits that other connections made to the database: kilowatch-cli writing while the
// window is open, an import on a worker thread, another Kilowatch polling the same file. SQLite's
// PRAGMA data_version changes exactly then (never for this connection's own commits) and costs
// no file read while nothing changed, so a check every couple of seconds is cheap.
class DatabaseChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 2000;

    explicit DatabaseChangeWatcher(Database &db, QObject *parent = nullptr);

    void setInterval(int ms);
    void start();
    void stop();

    // Checks once now; emits changed() when another connection has committed since the last check.
    void check();

signals:
    void changed();

private:
    qint64 readVersion() const;

    Database &m_db;
    QTimer *m_timer;
    qint64 m_version = -1;
};
