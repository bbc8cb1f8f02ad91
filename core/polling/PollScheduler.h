#pragma once

#include "MeterHealth.h"
#include "model/Meter.h"
#include "providers/FetchOutcome.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <map>
#include <memory>

class Database;
class MeterProvider;
class QTimer;

// The one place that decides when each meter is fetched: a timer per meter at the meter's
// interval, never two fetches of one meter at once, a watchdog per fetch, exponential
// back-off with jitter after failures (Retry-After honoured), and the health of each meter.
// Fresh readings go straight to the store: provider -> scheduler -> store.
// Everything runs on the owning thread's event loop; fetching never blocks it.
class PollScheduler : public QObject
{
    Q_OBJECT
public:
    using ProviderFactory = std::function<MeterProvider *(const Meter &, QObject *parent)>;

    explicit PollScheduler(Database &db, QObject *parent = nullptr);
    ~PollScheduler() override;

    // Default: ProviderRegistry::create.
    void setProviderFactory(ProviderFactory factory);
    // Upper bound of one fetch; the effective watchdog is min(this, max(2 s, interval)).
    void setFetchTimeoutMs(int ms) { m_fetchTimeoutMs = ms; }

    // Adds the meter, or replaces its configuration (a new provider instance).
    void addMeter(const Meter &meter);
    void removeMeter(qint64 meterId);
    // Makes the polled set equal to `meters`.
    void setMeters(const QList<Meter> &meters);
    QList<qint64> meterIds() const;

    // Timers run only between start() and stop(); pollNow() works either way.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Starts a fetch now unless one is in flight; returns whether one was started.
    bool pollNow(qint64 meterId);
    void pollAllNow();

    MeterHealth health(qint64 meterId) const;
    bool isFetching(qint64 meterId) const;

signals:
    void fetchStarted(qint64 meterId);
    void fetchFinished(qint64 meterId, const FetchOutcome &outcome);
    void readingStored(qint64 meterId, const Reading &reading);
    void healthChanged(qint64 meterId, const MeterHealth &health);

private:
    struct Poller;

    void onFinished(Poller &poller, quint64 fetchId, FetchOutcome outcome);
    void onWatchdog(Poller &poller);
    void scheduleNext(Poller &poller, qint64 delayMs);
    void scheduleAfterOutcome(Poller &poller, const FetchOutcome &outcome);
    void setHealth(Poller &poller, MeterHealth::State state, const QString &error = {});
    Poller *find(qint64 meterId) const;

    Database &m_db;
    ProviderFactory m_factory;
    std::map<qint64, std::unique_ptr<Poller>> m_pollers;
    int m_fetchTimeoutMs = 30'000;
    bool m_running = false;
    bool m_paused = false;
};
