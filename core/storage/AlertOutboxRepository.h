#pragma once

#include "alerts/Alert.h"
#include "model/Result.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// One alert waiting for (or done with) one delivery channel.
struct OutboxItem
{
    qint64 id = 0;
    Alert alert;
    QString channel;     // "desktop", "telegram"
    QString state;       // "pending", "delivered", "expired"
    bool silent = false; // deliver without sound (quiet hours), where the channel can
    qint64 createdAt = 0;
    qint64 nextAttemptAt = 0;
    qint64 expiresAt = 0;
    int attempts = 0;
    QString lastError;
};

// The delivery queue (alert_outbox). Rows are written with their alert, in its transaction,
// and leave "pending" only when a channel delivered them or they expired.
class AlertOutboxRepository
{
public:
    explicit AlertOutboxRepository(Database &db);

    Status enqueue(qint64 alertId, const QString &channel, bool silent, qint64 now, qint64 expiresAt);
    // Pending rows of a channel due at `now` (next attempt reached, not expired), oldest first.
    Result<QList<OutboxItem>> due(const QString &channel, qint64 now, int limit = 20) const;
    // Every row of an alert (tests, diagnostics).
    Result<QList<OutboxItem>> forAlert(qint64 alertId) const;
    Result<QList<OutboxItem>> all(const QString &channel) const;
    // The earliest next attempt of a pending row of `channel`, if any.
    std::optional<qint64> nextAttempt(const QString &channel) const;

    Status markDelivered(qint64 id, qint64 now);
    Status markFailed(qint64 id, int attempts, qint64 nextAttemptAt, const QString &error);
    // Pending rows past their expiry become "expired"; returns how many.
    Result<int> expire(qint64 now);
    // Forgets finished rows older than `before` (the alert log keeps the alerts).
    Status prune(qint64 before);

private:
    Database &m_db;
};
