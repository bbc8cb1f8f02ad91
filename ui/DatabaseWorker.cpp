#include "DatabaseWorker.h"

#include "storage/Database.h"

#include <QPointer>
#include <QThread>

// Lives on the worker thread: the connection is opened, used and closed there.
class DatabaseWorker::Context : public QObject
{
public:
    Context(QString path, std::shared_ptr<std::atomic<int>> opens)
        : m_path(std::move(path))
        , m_opens(std::move(opens))
    {}

    void run(const Job &job)
    {
        if (!m_db) {
            Result<std::unique_ptr<Database>> opened = Database::open(m_path);
            if (!opened) {
                job(nullptr, opened.error()); // tried again with the next job
                return;
            }
            m_db = std::move(opened.value());
            m_opens->fetch_add(1);
        }
        job(m_db.get(), QString());
    }

private:
    QString m_path;
    std::shared_ptr<std::atomic<int>> m_opens;
    std::unique_ptr<Database> m_db;
};

DatabaseWorker::DatabaseWorker(QString path, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_opens(std::make_shared<std::atomic<int>>(0))
{
    m_context = new Context(std::move(path), m_opens);
    m_context->moveToThread(m_thread);
    // Deleted on the worker thread once its loop has ended (the connection closes there).
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

DatabaseWorker::~DatabaseWorker()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void DatabaseWorker::run(Job job, std::function<void()> done)
{
    QMetaObject::invokeMethod(
        m_context,
        [context = m_context, job = std::move(job), done = std::move(done), self = QPointer(this)] {
            context->run(job);
            // Back on the owner's thread; dropped with the worker.
            QMetaObject::invokeMethod(self, done, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
