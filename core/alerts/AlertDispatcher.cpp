#include "AlertDispatcher.h"

#include "AlertChannel.h"
#include "AlertLogging.h"
#include "storage/AlertOutboxRepository.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QTimer>

AlertDispatcher::AlertDispatcher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &AlertDispatcher::processDue);
}

void AlertDispatcher::addChannel(AlertChannel *channel)
{
    m_channels.insert(channel->name(), channel);
}

void AlertDispatcher::start()
{
    processDue();
}

qint64 AlertDispatcher::now() const
{
    return m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
}

bool AlertDispatcher::isBusy() const
{
    for (const bool busy : m_busy) {
        if (busy)
            return true;
    }
    return false;
}

qint64 AlertDispatcher::retryDelaySeconds(int attempts)
{
    qint64 delay = kRetryBaseSeconds;
    for (int i = 1; i < attempts && delay < kRetryCapSeconds; ++i)
        delay *= 2;
    return qMin(delay, kRetryCapSeconds);
}

void AlertDispatcher::processDue()
{
    AlertOutboxRepository outbox(m_db);
    const qint64 t = now();
    if (const Result<int> expired = outbox.expire(t); expired && expired.value() > 0)
        qCInfo(lcAlerts) << expired.value() << "alert deliveries expired undelivered";
    outbox.prune(t - 30 * 86400);
    for (const QPointer<AlertChannel> &channel : std::as_const(m_channels)) {
        if (channel)
            processChannel(channel);
    }
    scheduleWake();
}

void AlertDispatcher::processChannel(AlertChannel *channel)
{
    const QString name = channel->name();
    if (m_busy.value(name))
        return;
    const Result<QList<OutboxItem>> due = AlertOutboxRepository(m_db).due(name, now(), 1);
    if (!due) {
        qCWarning(lcAlerts) << "could not read the alert outbox:" << due.error();
        return;
    }
    if (due->isEmpty())
        return;
    const OutboxItem item = due->constFirst();
    m_busy.insert(name, true);
    QPointer<AlertDispatcher> self(this);
    QPointer<AlertChannel> guard(channel);
    channel->deliver(item.alert, item.silent, [self, guard, item, name](const DeliveryResult &result) {
        if (!self)
            return;
        AlertDispatcher *d = self.data();
        d->m_busy.insert(name, false);
        AlertOutboxRepository outbox(d->m_db);
        const qint64 t = d->now();
        if (result.delivered) {
            if (Status s = outbox.markDelivered(item.id, t); !s)
                qCWarning(lcAlerts) << "could not mark an alert delivered:" << s.error();
        } else {
            const int attempts = item.attempts + 1;
            const qint64 delay = qMax<qint64>(retryDelaySeconds(attempts), result.retryAfterSeconds);
            qCInfo(lcAlerts) << "alert delivery via" << name << "failed, retry in" << delay
                             << "s:" << result.error;
            if (Status s = outbox.markFailed(item.id, attempts, t + delay, result.error); !s)
                qCWarning(lcAlerts) << "could not record a failed delivery:" << s.error();
        }
        emit d->attempted(item.id, name, result.delivered, result.error);
        // Next in line (later, from the event loop: never recurse inside a channel's callback).
        QTimer::singleShot(0, d, [self, guard] {
            if (self && guard)
                self->processChannel(guard);
            if (self)
                self->scheduleWake();
        });
    });
}

void AlertDispatcher::scheduleWake()
{
    std::optional<qint64> next;
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it) {
        if (const std::optional<qint64> t = AlertOutboxRepository(m_db).nextAttempt(it.key());
            t && (!next || *t < *next))
            next = t;
    }
    const qint64 waitS = next ? qBound(qint64(1), *next - now(), qint64(60)) : 60;
    m_timer->start(static_cast<int>(waitS * 1000));
}
