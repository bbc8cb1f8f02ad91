#include "AlertOutboxRepository.h"

#include "Database.h"
#include "SqlRun.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString kSelect = QStringLiteral(
    "SELECT o.id, o.channel, o.state, o.silent, o.created_t, o.next_t, o.expires_t, o.attempts,"
    " o.last_error, a.id, a.meter_id, a.t, a.kind, a.severity, a.title, a.message, a.silenced, a.dedupe_key"
    " FROM alert_outbox o JOIN alerts a ON a.id = o.alert_id ");

OutboxItem fromRow(const QSqlQuery &q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.channel = q.value(1).toString();
    item.state = q.value(2).toString();
    item.silent = q.value(3).toInt() != 0;
    item.createdAt = q.value(4).toLongLong();
    item.nextAttemptAt = q.value(5).toLongLong();
    item.expiresAt = q.value(6).toLongLong();
    item.attempts = q.value(7).toInt();
    item.lastError = q.value(8).toString();
    Alert &a = item.alert;
    a.id = q.value(9).toLongLong();
    a.meterId = q.value(10).toLongLong();
    a.time = q.value(11).toLongLong();
    a.kind = Alert::kindFromName(q.value(12).toString()).value_or(Alert::Kind::LowBalance);
    a.severity = static_cast<Alert::Severity>(qBound(0, q.value(13).toInt(), 2));
    a.title = q.value(14).toString();
    a.message = q.value(15).toString();
    a.silenced = q.value(16).toInt() != 0;
    a.dedupeKey = q.value(17).toString();
    return item;
}

Result<QList<OutboxItem>> collect(QSqlQuery &q)
{
    return SqlRun::collect<OutboxItem>(q, fromRow);
}

} // namespace

AlertOutboxRepository::AlertOutboxRepository(Database &db)
    : m_db(db)
{}

Status AlertOutboxRepository::enqueue(qint64 alertId, const QString &channel, bool silent, qint64 now,
                                      qint64 expiresAt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO alert_outbox (alert_id, channel, silent, created_t, next_t, expires_t)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(alertId);
    q.addBindValue(channel);
    q.addBindValue(silent ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(expiresAt);
    return SqlRun::exec(q);
}

Result<QList<OutboxItem>> AlertOutboxRepository::due(const QString &channel, qint64 now, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral("WHERE o.state = 'pending' AND o.channel = ? AND o.next_t <= ?"
                                       " AND o.expires_t > ? ORDER BY o.next_t, o.id LIMIT ?"));
    q.addBindValue(channel);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(limit);
    return collect(q);
}

Result<QList<OutboxItem>> AlertOutboxRepository::forAlert(qint64 alertId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral("WHERE o.alert_id = ? ORDER BY o.id"));
    q.addBindValue(alertId);
    return collect(q);
}

Result<QList<OutboxItem>> AlertOutboxRepository::all(const QString &channel) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral("WHERE o.channel = ? ORDER BY o.id"));
    q.addBindValue(channel);
    return collect(q);
}

std::optional<qint64> AlertOutboxRepository::nextAttempt(const QString &channel) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MIN(next_t) FROM alert_outbox WHERE state = 'pending' AND channel = ?"));
    q.addBindValue(channel);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

Status AlertOutboxRepository::markDelivered(qint64 id, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE alert_outbox SET state = 'delivered', done_t = ?, attempts = attempts + 1,"
                       " last_error = NULL WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(id);
    return SqlRun::exec(q);
}

Status AlertOutboxRepository::markFailed(qint64 id, int attempts, qint64 nextAttemptAt, const QString &error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE alert_outbox SET attempts = ?, next_t = ?, last_error = ? WHERE id = ?"));
    q.addBindValue(attempts);
    q.addBindValue(nextAttemptAt);
    q.addBindValue(error);
    q.addBindValue(id);
    return SqlRun::exec(q);
}

Result<int> AlertOutboxRepository::expire(qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE alert_outbox SET state = 'expired', done_t = ? WHERE state = 'pending' AND expires_t <= ?"));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<int>::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    return q.numRowsAffected();
}

Status AlertOutboxRepository::prune(qint64 before)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM alert_outbox WHERE state <> 'pending' AND done_t < ?"));
    q.addBindValue(before);
    return SqlRun::exec(q);
}
