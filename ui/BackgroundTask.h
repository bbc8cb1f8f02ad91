#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QTimer;

// Runs one piece of long work (a CSV export or import) on a worker thread so the window
// stays responsive. The work reports progress and sees cancellation through its Control;
// the UI thread polls the progress a few times a second (no signal per row) and hears
// finished() when the work is done. Work that touches the database opens its own
// Database on the worker (a Qt SQL connection belongs to one thread).
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    class Control
    {
    public:
        // Records progress (0..1000); false once the user cancelled.
        bool report(int permille)
        {
            m_permille.store(permille);
            return !m_cancelled.load();
        }
        bool isCancelled() const { return m_cancelled.load(); }

    private:
        friend class BackgroundTask;
        std::atomic<int> m_permille{0};
        std::atomic<bool> m_cancelled{false};
    };
    using Work = std::function<void(Control &control)>;

    explicit BackgroundTask(Work work, QObject *parent = nullptr);
    ~BackgroundTask() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int permille() const { return m_control->m_permille.load(); }

signals:
    void progress(int permille);
    void finished();

private:
    Work m_work;
    std::shared_ptr<Control> m_control;
    QThread *m_thread = nullptr;
    QTimer *m_poll;
    bool m_running = false;
};
