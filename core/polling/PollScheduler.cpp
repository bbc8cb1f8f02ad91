#include "PollScheduler.h"

#include "BackoffPolicy.h"
#include "Logging.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/RechargeLedger.h"
#include "model/FixedPoint.h"
#include "providers/MeterProvider.h"
#include "providers/ProviderRegistry.h"
#include "storage/DailyUsageRepository.h"
#include "storage/Database.h"
#include "storage/MeterEventRepository.h"
#include "storage/MeterStateRepository.h"
#include "storage/ReadingRepository.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>

namespace {

// A reading claiming to be from further ahead than this is refused as bad data.
constexpr qint64 kFutureToleranceSeconds = 300;

QString backfilledKey()
{
    return QStringLiteral("history_backfilled");
}

QString kwh(qint64 wh)
{
    return QString::number(FixedPoint::toDouble(wh), 'f', 3);
}

bool wentBackwards(const std::optional<qint64> &before, const std::optional<qint64> &after)
{
    return before && after && *after < *before;
}

} // namespace

struct PollScheduler::Poller
{
    Meter meter;
    MeterProvider *provider = nullptr; // a child of the scheduler
    QTimer *timer = nullptr;
    QTimer *watchdog = nullptr;
    bool polled = true;
    bool inFlight = false;
    bool backfilling = false;
    bool needsBackfill = false;
    quint64 fetchId = 0;
    QElapsedTimer fetchClock;
    MeterHealth health;
    std::optional<Reading> pendingReset; // a backwards counter waiting for confirmation

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
    const ProviderInfo *info = ProviderRegistry::find(meter.provider);
    p.polled = !info || info->polled;
    ProviderContext context = m_context;
    if (!context.db)
        context.db = &m_db;
    p.provider = p.polled ? m_factory(meter, context, this) : nullptr;
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
        p.needsBackfill = p.provider->canBackfill() &&
                          MeterStateRepository(m_db).value(id, backfilledKey()) != QLatin1String("1");
    } else if (!p.polled) {
        p.health.state = MeterHealth::State::Manual;
    } else {
        p.health.state = MeterHealth::State::Failing;
        p.health.lastError = tr("This version of Kilowatch has no provider \"%1\".").arg(meter.provider);
    }
    if (const auto latest = ReadingRepository(m_db).latest(id))
        p.health.lastGoodReadingTime = latest->time;
    m_pollers.emplace(id, std::move(poller));
    if (m_running && !m_paused && p.provider)
        scheduleNext(p, QRandomGenerator::global()->bounded(1000)); // spread the first fetches
}

void PollScheduler::removeMeter(qint64 meterId)
{
    m_pollers.erase(meterId);
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
    if (m_running || m_shutDown)
        return;
    m_running = true;
    if (m_paused)
        return;
    for (auto &entry : m_pollers) {
        if (entry.second->provider)
            scheduleNext(*entry.second, QRandomGenerator::global()->bounded(1000));
    }
}

void PollScheduler::stop()
{
    m_running = false;
    for (auto &entry : m_pollers) {
        entry.second->timer->stop();
        entry.second->health.nextFetchAtMs = 0;
    }
}

void PollScheduler::shutdown()
{
    stop();
    m_shutDown = true;
    for (auto &entry : m_pollers) {
        Poller &p = *entry.second;
        p.watchdog->stop();
        if (p.inFlight && p.provider) {
            qCInfo(lcPoll) << "quitting: abandoning the fetch of meter" << entry.first;
            p.provider->abort();
        }
        p.inFlight = false;
        p.backfilling = false;
        ++p.fetchId; // an answer that still comes belongs to no fetch
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
        } else if (m_running && !p.inFlight && p.provider) {
            scheduleNext(p, 0);
        }
    }
}

bool PollScheduler::pollNow(qint64 meterId)
{
    Poller *p = find(meterId);
    if (m_shutDown || !p || p->inFlight || !p->provider)
        return false;
    p->timer->stop();
    p->health.nextFetchAtMs = 0;
    p->inFlight = true;
    ++p->fetchId;
    p->fetchClock.start();
    const int timeout = qMin(m_fetchTimeoutMs, qMax(2000, p->meter.intervalSeconds * 1000));
    emit fetchStarted(meterId);
    // A provider with a history API first fills a new meter's past (once, remembered).
    p->backfilling = p->needsBackfill;
    if (p->backfilling) {
        qCInfo(lcPoll) << "backfilling the history of meter" << meterId;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        p->watchdog->start(qMax(timeout, 120'000));
        p->provider->backfill(now - qint64(kBackfillDays) * 86400, now);
    } else {
        qCDebug(lcPoll) << "fetching meter" << meterId;
        p->watchdog->start(timeout);
        p->provider->fetch();
    }
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
    if (outcome.kind == FetchOutcome::Kind::Reading && outcome.reading &&
        outcome.reading->time < kEarliestReadingTime)
        outcome =
            FetchOutcome::badData(QStringLiteral("time"), tr("the reading time is before the year 2000."));
    if (outcome.kind == FetchOutcome::Kind::Reading && outcome.reading) {
        // A value no meter can have (a misread unit, a timestamp in the balance field) would
        // overflow the ledger's arithmetic downstream.
        const Reading &r = *outcome.reading;
        const std::pair<const char *, std::optional<qint64>> values[] = {{"balance", r.balanceMilli},
                                                                         {"grid_kwh", r.gridWh},
                                                                         {"generator_kwh", r.generatorWh},
                                                                         {"load_kw", r.loadW}};
        for (const auto &[field, value] : values) {
            if (value && !withinReadingLimit(*value)) {
                outcome = FetchOutcome::badData(QLatin1String(field), tr("the value is beyond a billion."));
                break;
            }
        }
    }
    if (outcome.kind == FetchOutcome::Kind::Reading && outcome.reading)
        outcome = checkCounters(poller, outcome);
    if (outcome.isSuccess())
        outcome = store(poller, outcome, now);
    const bool backfilled = poller.backfilling && outcome.isSuccess();
    poller.backfilling = false;
    if (backfilled) {
        poller.needsBackfill = false;
        MeterStateRepository(m_db).setValue(meterId, backfilledKey(), QStringLiteral("1"));
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
        if (const auto latest = ReadingRepository(m_db).latest(meterId))
            poller.health.lastGoodReadingTime = qMax(poller.health.lastGoodReadingTime, latest->time);
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
    // A slot above may have removed this meter; look it up again.
    if (find(meterId) != &poller)
        return;
    if (backfilled && m_running && !m_paused)
        scheduleNext(poller, 0); // the history is in: now the live reading
    else
        scheduleAfterOutcome(poller, outcome);
}

FetchOutcome PollScheduler::checkCounters(Poller &poller, const FetchOutcome &outcome)
{
    // A counter that goes backwards is a glitch or a reset/swap. One such reading is refused;
    // if the next one agrees with it (still below the stored counter, not below the refused
    // one), the meter really was reset: record the event and take both, never a spike.
    const Reading &r = *outcome.reading;
    const std::optional<Reading> latest = ReadingRepository(m_db).latest(poller.meter.id);
    if (!latest || r.time <= latest->time ||
        (!wentBackwards(latest->gridWh, r.gridWh) && !wentBackwards(latest->generatorWh, r.generatorWh))) {
        poller.pendingReset.reset();
        return outcome;
    }
    const std::optional<Reading> pending = poller.pendingReset;
    const bool confirms = pending && r.time > pending->time && !wentBackwards(pending->gridWh, r.gridWh) &&
                          !wentBackwards(pending->generatorWh, r.generatorWh);
    const bool gridBack = wentBackwards(latest->gridWh, r.gridWh);
    const QString field = gridBack ? QStringLiteral("grid_kwh") : QStringLiteral("generator_kwh");
    const QString detail = tr("%1 went back from %2 to %3 kWh")
                               .arg(field, kwh(gridBack ? *latest->gridWh : *latest->generatorWh),
                                    kwh(gridBack ? *r.gridWh : *r.generatorWh));
    if (Status recorded = MeterEventRepository(m_db).add(
            poller.meter.id, confirms ? pending->time : r.time,
            confirms ? QStringLiteral("counter_reset") : QStringLiteral("counter_backwards"), detail);
        !recorded)
        qCWarning(lcPoll) << "could not record a meter event:" << recorded.error();
    if (confirms) {
        poller.pendingReset.reset();
        FetchOutcome accepted = outcome;
        accepted.history.prepend(*pending);
        emit counterReset(poller.meter.id, detail);
        return accepted;
    }
    poller.pendingReset = r;
    return FetchOutcome::badData(field,
                                 tr("the counter went backwards (%1); if the meter was reset or replaced, "
                                    "the next reading will confirm it.")
                                     .arg(detail));
}

FetchOutcome PollScheduler::store(Poller &poller, FetchOutcome outcome, qint64 now)
{
    const qint64 meterId = poller.meter.id;
    QList<Reading> older;
    for (const Reading &r : std::as_const(outcome.history)) {
        if (r.time <= now + kFutureToleranceSeconds)
            older.append(r);
    }
    // Not the provider's fault: typed, with the sentence of what is wrong with the database.
    // Logged as info: the window's log keeps it, the CLI's stderr gets only the sentence.
    const auto failed = [meterId](const Error &error) {
        qCInfo(lcPoll) << "storing failed for meter" << meterId << errorKindName(error.kind())
                       << error.message();
        const StorageError storage(error);
        return FetchOutcome::storageFailed(
            storage.isFault() ? storage.ongoingSentence()
                              : PollScheduler::tr("The reading could not be saved: %1").arg(error.message()),
            error.kind());
    };
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tx.typedError());
    const bool hasReading = outcome.kind == FetchOutcome::Kind::Reading && outcome.reading;
    // Whether the live record is new decides between a fresh reading and a stale repeat.
    const bool liveIsNew = hasReading && !ReadingRepository(m_db).exists(meterId, outcome.reading->time);
    if (hasReading)
        older.append(*outcome.reading);
    // Readings and everything derived from them (rollups, detected recharges) go together.
    if (const Result<IngestStats> stored = ReadingIngestor(m_db).ingest(poller.meter, older); !stored)
        return failed(stored.typedError());
    // Through the ledger: a provider's recharge that explains a detected rise becomes that one
    // recharge (derived data rebuilt where needed), never a second one.
    if (const Result<int> recharges =
            RechargeLedger(m_db).mergeProviderRecharges(poller.meter, outcome.recharges);
        !recharges)
        return failed(recharges.typedError());
    if (Status days = DailyUsageRepository(m_db).upsert(meterId, outcome.dailyUsage); !days)
        return failed(days.typedError());
    if (Status committed = tx.commit(); !committed)
        return failed(committed.typedError());
    if (hasReading && !liveIsNew)
        outcome.kind = FetchOutcome::Kind::Stale;
    return outcome;
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
