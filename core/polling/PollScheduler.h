#pragma once

#include "MeterHealth.h"
#include "model/Meter.h"
#include "providers/FetchOutcome.h"
#include "providers/ProviderContext.h"

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
// What a fetch brings goes straight to the store, in one transaction:
// provider -> scheduler -> store. Everything runs on the owning thread's event loop;
// fetching never blocks it.
class PollScheduler : public QObject
{
    Q_OBJECT
public:
    using ProviderFactory =
        std::function<MeterProvider *(const Meter &, const ProviderContext &, QObject *parent)>;

    // How far back a new meter's history is asked for when its provider has a history API.
    static constexpr int kBackfillDays = 90;

    explicit PollScheduler(Database &db, QObject *parent = nullptr);
    ~PollScheduler() override;

    // Default: ProviderRegistry::create.
    void setProviderFactory(ProviderFactory factory);
    // The network access manager and credential store handed to adapters created from now on.
    void setProviderContext(const ProviderContext &context) { m_context = context; }
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
    // Quitting: stop() and abort every fetch in flight; nothing is stored or recorded for them
    // (their answers are lost, which a later fetch makes up for). Nothing fetches afterwards.
    void shutdown();
    bool isRunning() const { return m_running; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Starts a fetch now unless one is in flight (or the meter is not polled, e.g. manual);
    // returns whether one was started.
    bool pollNow(qint64 meterId);
    void pollAllNow();

    MeterHealth health(qint64 meterId) const;
    bool isFetching(qint64 meterId) const;

signals:
    void fetchStarted(qint64 meterId);
    void fetchFinished(qint64 meterId, const FetchOutcome &outcome);
    void readingStored(qint64 meterId, const Reading &reading);
    void healthChanged(qint64 meterId, const MeterHealth &health);
    // A counter went backwards and the next reading confirmed it: a reset or a new meter.
    void counterReset(qint64 meterId, const QString &detail);

private:
    struct Poller;

    void onFinished(Poller &poller, quint64 fetchId, FetchOutcome outcome);
    void onWatchdog(Poller &poller);
    // Refuses one backwards counter, accepts it as a reset when the next reading agrees.
    FetchOutcome checkCounters(Poller &poller, const FetchOutcome &outcome);
    // Stores what an outcome brought in one transaction; a repeat becomes Stale.
    FetchOutcome store(Poller &poller, FetchOutcome outcome, qint64 now);
    void scheduleNext(Poller &poller, qint64 delayMs);
    void scheduleAfterOutcome(Poller &poller, const FetchOutcome &outcome);
    void setHealth(Poller &poller, MeterHealth::State state, const QString &error = {});
    Poller *find(qint64 meterId) const;

    Database &m_db;
    ProviderFactory m_factory;
    ProviderContext m_context;
    std::map<qint64, std::unique_ptr<Poller>> m_pollers;
    int m_fetchTimeoutMs = 30'000;
    bool m_running = false;
    bool m_paused = false;
    bool m_shutDown = false;
};
