#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class AlertChannel;
class Database;
class QTimer;

// Drains the alert outbox through the channels: due rows in order, one at a time per channel;
// a delivered row is marked so, a failed one is retried with exponential back-off (30 s
// doubling to 30 min, or later when the server asks) until it is delivered or expires. The
// state is all in the database, so a restart picks up exactly where this left off.
class AlertDispatcher : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;

    static constexpr qint64 kRetryBaseSeconds = 30;
    static constexpr qint64 kRetryCapSeconds = 30 * 60;

    explicit AlertDispatcher(Database &db, QObject *parent = nullptr);

    // Not owned; one per channel name.
    void addChannel(AlertChannel *channel);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Starts the timer that wakes for the next due row (at least every minute).
    void start();
    // Delivers what is due now; safe to call at any time (e.g. right after alerts were raised).
    void processDue();
    bool isBusy() const;

    static qint64 retryDelaySeconds(int attempts);

signals:
    // After each attempt (tests and the log window).
    void attempted(qint64 outboxId, const QString &channel, bool delivered, const QString &error);

private:
    void processChannel(AlertChannel *channel);
    void scheduleWake();
    qint64 now() const;

    Database &m_db;
    QHash<QString, QPointer<AlertChannel>> m_channels;
    QHash<QString, bool> m_busy;
    QTimer *m_timer;
    Clock m_clock;
};
