#pragma once

#include <QObject>

class QSocketNotifier;

// SIGTERM (logout, systemd, `kill`), SIGINT and SIGHUP, turned into a signal in the event loop,
// so the app quits through its normal path: the scheduler stops, the database closes and the
// log is flushed, and the exit code is 0. A signal handler may only write to a pipe; the
// notifier reads it on the main thread. Elsewhere than on Unix this does nothing.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    // The process-wide instance (created on the first call).
    static TerminationSignals *install();
    ~TerminationSignals() override;

signals:
    void received(int signalNumber);

private:
    TerminationSignals();
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};
