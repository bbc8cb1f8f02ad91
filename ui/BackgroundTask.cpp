#include "BackgroundTask.h"

#include <QThread>
#include <QTimer>

BackgroundTask::BackgroundTask(Work work, QObject *parent)
    : QObject(parent)
    , m_work(std::move(work))
    , m_control(std::make_shared<Control>())
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] { emit progress(permille()); });
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        // Leaving while the work runs (the window closes): stop it and wait, so the work
        // never outlives what it writes to.
        m_control->m_cancelled.store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start()
{
    if (m_running)
        return;
    m_running = true;
    m_thread = QThread::create([work = m_work, control = m_control] { work(*control); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_poll->stop();
        m_thread->deleteLater();
        m_thread = nullptr;
        m_running = false;
        emit progress(permille());
        emit finished();
    });
    m_poll->start();
    m_thread->start();
}

void BackgroundTask::cancel()
{
    m_control->m_cancelled.store(true);
}
