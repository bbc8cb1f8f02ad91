#include "PollScheduler.h"

#include "BackoffPolicy.h"
#include "Logging.h"
#include "providers/MeterProvider.h"
#include "providers/ProviderRegistry.h"
#include "storage/Database.h"
#include "storage/ReadingRepository.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>

namespace {

// A reading claiming to be from further ahead than this is refused as bad data.
constexpr qint64 kFutureToleranceSeconds = 300;

} // namespace

struct PollScheduler::Poller
{
    Meter meter;
    MeterProvider *provider = nullptr; // owned through QObject parent (the scheduler)
    QTimer *timer = nullptr;
    QTimer *watchdog = nullptr;
    bool inFlight = false;
    quint64 fetchId = 0;
    QElapsedTimer fetchClock;
    MeterHealth health;

    // deleteLater: the poller may be removed from a slot the provider's own signal reached.
    ~Poller()
    {
        if (provider) {
            provider->disconnect();
            provider->abort();
            provider->deleteLater();
        }
        timer->stop();
        timer->deleteLater();
        watchdog->stop();
        watchdog->deleteLater();
    }
};

PollScheduler::PollScheduler(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_factory(&ProviderRegistry::create)
{
    qRegisterMetaType<FetchOutcome>();
    qRegisterMetaType<MeterHealth>();
}

PollScheduler::~PollScheduler() = default;

void PollScheduler::setProviderFactory(ProviderFactory factory)
{
    m_factory = std::move(factory);
}

PollScheduler::Poller *PollScheduler::find(qint64 meterId) const
{
    const auto it = m_pollers.find(meterId);
    return it == m_pollers.end() ? nullptr : it->second.get();
}

void PollScheduler::addMeter(const Meter &meter)
{
    removeMeter(meter.id);
    auto poller = std::make_unique<Poller>();
    Poller &p = *poller;
    p.meter = meter;
    p.provider = m_factory(meter, this);
    p.timer = new QTimer(this);
    p.timer->setSingleShot(true);
    p.timer->setTimerType(Qt::CoarseTimer);
    p.watchdog = new QTimer(this);
    p.watchdog->setSingleShot(true);
    const qint64 id = meter.id;
    connect(p.timer, &QTimer::timeout, this, [this, id] { pollNow(id); });
    connect(p.watchdog, &QTimer::timeout, this, [this, id] {
        if (Poller *found = find(id))
            onWatchdog(*found);
    });
    if (p.provider) {
        connect(p.provider, &MeterProvider::finished, this, [this, id](const FetchOutcome &outcome) {
            if (Poller *found = find(id))
                onFinished(*found, found->fetchId, outcome);
        });
    } else {
        p.health.state = MeterHealth::State::Failing;
        p.health.lastError = tr("This version of Kilowatch has no provider \"%1\".").arg(meter.provider);
    }
    if (const auto latest = ReadingRepository(m_db).latest(id))
        p.health.lastGoodReadingTime = latest->time;
    m_pollers.emplace(id, std::move(poller));
    if (m_running && !m_paused)
        scheduleNext(p, QRandomGenerator::global()->bounded(1000)); // spread the first fetches
}

void PollScheduler::removeMeter(qint64 meterId)
{
    const auto it = m_pollers.find(meterId);
    if (it == m_pollers.end())
        return;
    if (it->second->inFlight && it->second->provider)
        it->second->provider->abort();
    m_pollers.erase(it);
}

void PollScheduler::setMeters(const QList<Meter> &meters)
{
    QList<qint64> keep;
    for (const Meter &m : meters) {
        keep.append(m.id);
        const Poller *existing = find(m.id);
        const bool changed =
            !existing || existing->meter.provider != m.provider || existing->meter.settings != m.settings ||
            existing->meter.intervalSeconds != m.intervalSeconds || existing->meter.timezone != m.timezone;
        if (changed)
            addMeter(m);
        else
            m_pollers[m.id]->meter = m;
    }
    for (const qint64 id : meterIds()) {
        if (!keep.contains(id))
            removeMeter(id);
    }
}

QList<qint64> PollScheduler::meterIds() const
{
    QList<qint64> ids;
    for (const auto &entry : m_pollers)
        ids.append(entry.first);
    return ids;
}

void PollScheduler::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_paused)
        return;
    for (auto &entry : m_pollers)
        scheduleNext(*entry.second, QRandomGenerator::global()->bounded(1000));
}

void PollScheduler::stop()
{
    m_running = false;
    for (auto &entry : m_pollers) {
        entry.second->timer->stop();
        entry.second->health.nextFetchAtMs = 0;
    }
}

void PollScheduler::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    for (auto &entry : m_pollers) {
        Poller &p = *entry.second;
        if (paused) {
            p.timer->stop();
            p.health.nextFetchAtMs = 0;
        } else if (m_running && !p.inFlight) {
            scheduleNext(p, 0);
        }
    }
}

bool PollScheduler::pollNow(qint64 meterId)
{
    Poller *p = find(meterId);
    if (!p || p->inFlight || !p->provider)
        return false;
    p->timer->stop();
    p->health.nextFetchAtMs = 0;
    p->inFlight = true;
    ++p->fetchId;
    p->fetchClock.start();
    const int timeout = qMin(m_fetchTimeoutMs, qMax(2000, p->meter.intervalSeconds * 1000));
    p->watchdog->start(timeout);
    qCDebug(lcPoll) << "fetching meter" << meterId;
    emit fetchStarted(meterId);
    p->provider->fetch();
    return true;
}

void PollScheduler::pollAllNow()
{
    for (const qint64 id : meterIds())
        pollNow(id);
}

MeterHealth PollScheduler::health(qint64 meterId) const
{
    const Poller *p = find(meterId);
    return p ? p->health : MeterHealth{};
}

bool PollScheduler::isFetching(qint64 meterId) const
{
    const Poller *p = find(meterId);
    return p && p->inFlight;
}

void PollScheduler::onWatchdog(Poller &poller)
{
    if (!poller.inFlight)
        return;
    poller.provider->abort();
    onFinished(poller, poller.fetchId,
               FetchOutcome::failure(FetchOutcome::Kind::Timeout,
                                     tr("No answer within %n second(s).", nullptr,
                                        static_cast<int>(poller.fetchClock.elapsed() / 1000))));
}

void PollScheduler::onFinished(Poller &poller, quint64 fetchId, FetchOutcome outcome)
{
    if (!poller.inFlight || fetchId != poller.fetchId)
        return; // a late answer to a fetch that already timed out
    poller.inFlight = false;
    poller.watchdog->stop();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    poller.health.lastFetchAt = now;
    const qint64 meterId = poller.meter.id;

    if (outcome.kind == FetchOutcome::Kind::Reading && outcome.reading &&
        outcome.reading->time > now + kFutureToleranceSeconds)
        outcome = FetchOutcome::badData(QStringLiteral("time"), tr("the reading time is in the future."));

    if (outcome.kind == FetchOutcome::Kind::Reading && outcome.reading) {
        const Result<InsertStats> stored = ReadingRepository(m_db).insert(meterId, *outcome.reading);
        if (!stored) {
            qCWarning(lcPoll) << "storing a reading failed for meter" << meterId << stored.error();
            outcome = FetchOutcome::failure(FetchOutcome::Kind::ServerError, stored.error());
            outcome.message = tr("The reading could not be saved: %1").arg(stored.error());
        } else if (stored->inserted == 0) {
            outcome.kind = FetchOutcome::Kind::Stale; // the provider repeated a stored record
        }
    }

    switch (outcome.kind) {
    case FetchOutcome::Kind::Reading:
        poller.health.consecutiveFailures = 0;
        poller.health.lastGoodReadingTime = qMax(poller.health.lastGoodReadingTime, outcome.reading->time);
        setHealth(poller, MeterHealth::State::Ok);
        emit readingStored(meterId, *outcome.reading);
        break;
    case FetchOutcome::Kind::Stale: {
        poller.health.consecutiveFailures = 0;
        // Repeats are normal between a meter's own updates; only a long run of them is stale.
        const qint64 staleAfter = qMax<qint64>(3LL * poller.meter.intervalSeconds, 120);
        const bool old =
            poller.health.lastGoodReadingTime == 0 || now - poller.health.lastGoodReadingTime > staleAfter;
        setHealth(poller, old ? MeterHealth::State::Stale : MeterHealth::State::Ok);
        break;
    }
    default:
        ++poller.health.consecutiveFailures;
        qCInfo(lcPoll) << "meter" << meterId << "fetch failed:" << outcome.kindName() << outcome.sentence();
        setHealth(poller, MeterHealth::State::Failing, outcome.sentence());
        break;
    }
    emit fetchFinished(meterId, outcome);
    // The slot above may have removed this meter; look it up again.
    if (Poller *still = find(meterId); still == &poller)
        scheduleAfterOutcome(poller, outcome);
}

void PollScheduler::scheduleAfterOutcome(Poller &poller, const FetchOutcome &outcome)
{
    if (!m_running || m_paused)
        return;
    const qint64 intervalMs = qint64(poller.meter.intervalSeconds) * 1000;
    qint64 delay = qMax<qint64>(0, intervalMs - poller.fetchClock.elapsed());
    if (!outcome.isSuccess()) {
        const BackoffPolicy policy = BackoffPolicy::forInterval(poller.meter.intervalSeconds);
        delay =
            policy.delayMs(poller.health.consecutiveFailures, QRandomGenerator::global()->generateDouble());
        if (outcome.retryAfterSeconds)
            delay = qMax<qint64>(delay, qint64(*outcome.retryAfterSeconds) * 1000);
        if (outcome.kind == FetchOutcome::Kind::HumanCheckRequired)
            delay = qMax<qint64>(delay, 3600'000); // never hammer a server that wants a person
    }
    scheduleNext(poller, delay);
}

void PollScheduler::scheduleNext(Poller &poller, qint64 delayMs)
{
    poller.health.nextFetchAtMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
    poller.timer->start(static_cast<int>(qMin<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void PollScheduler::setHealth(Poller &poller, MeterHealth::State state, const QString &error)
{
    const bool changed = poller.health.state != state || poller.health.lastError != error;
    poller.health.state = state;
    poller.health.lastError = error;
    if (changed)
        emit healthChanged(poller.meter.id, poller.health);
}
