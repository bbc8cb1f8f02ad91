#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class Database;
class QThread;

// One worker thread with one database connection, opened on its first job and kept for the
// next ones (a Qt SQL connection belongs to the thread that opened it): a chart that queries
// on every slider step pays for opening the file once, not per query. Jobs run one after the
// other in the order given; each one's `done` runs afterwards on the thread that owns the
// worker. Destroying the worker waits for the running job and closes the connection on its
// thread; jobs not yet started are dropped.
class DatabaseWorker : public QObject
{
    Q_OBJECT
public:
    // `db` is null when the file could not be opened; `error` then says why.
    using Job = std::function<void(Database *db, const QString &error)>;

    explicit DatabaseWorker(QString path, QObject *parent = nullptr);
    ~DatabaseWorker() override;

    void run(Job job, std::function<void()> done);
    // Connections opened so far (tests: one for any number of jobs).
    int opens() const { return m_opens->load(); }

private:
    class Context;
    QThread *m_thread;
    Context *m_context;
    std::shared_ptr<std::atomic<int>> m_opens;
};
