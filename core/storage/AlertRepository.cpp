#include "AlertRepository.h"

#include "Database.h"
#include "SqlRun.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString kColumns =
    QStringLiteral("id, meter_id, t, kind, severity, title, message, silenced, dedupe_key");

Alert fromRow(const QSqlQuery &q)
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.meterId = q.value(1).toLongLong();
    a.time = q.value(2).toLongLong();
    a.kind = Alert::kindFromName(q.value(3).toString()).value_or(Alert::Kind::LowBalance);
    a.severity = static_cast<Alert::Severity>(qBound(0, q.value(4).toInt(), 2));
    a.title = q.value(5).toString();
    a.message = q.value(6).toString();
    a.silenced = q.value(7).toInt() != 0;
    a.dedupeKey = q.value(8).toString();
    return a;
}

} // namespace

AlertRepository::AlertRepository(Database &db)
    : m_db(db)
{}

Result<qint64> AlertRepository::insert(const Alert &alert)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO alerts (meter_id, t, kind, severity, title, message, silenced, dedupe_key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(alert.meterId);
    q.addBindValue(alert.time);
    q.addBindValue(alert.kindName());
    q.addBindValue(static_cast<int>(alert.severity));
    q.addBindValue(alert.title);
    q.addBindValue(alert.message);
    q.addBindValue(alert.silenced ? 1 : 0);
    q.addBindValue(alert.dedupeKey.isEmpty() ? QVariant() : QVariant(alert.dedupeKey));
    if (!q.exec())
        return Result<qint64>::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    if (q.numRowsAffected() <= 0)
        return qint64(0);
    return q.lastInsertId().toLongLong();
}

bool AlertRepository::hasKey(qint64 meterId, const QString &dedupeKey) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM alerts WHERE meter_id = ? AND dedupe_key = ?"));
    q.addBindValue(meterId);
    q.addBindValue(dedupeKey);
    return q.exec() && q.next();
}

Result<QList<Alert>> AlertRepository::list(qint64 meterId, qint64 from, qint64 to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM alerts WHERE meter_id = ? AND t >= ? AND t < ? ORDER BY t, id")
                  .arg(kColumns));
    q.addBindValue(meterId);
    q.addBindValue(from);
    q.addBindValue(to);
    return SqlRun::collect<Alert>(q, fromRow);
}

Status AlertRepository::forEachLogged(
    qint64 meterId, qint64 from, qint64 to,
    const std::function<bool(qint64 time, const QString &kind, const QString &message)> &row) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t, kind, message FROM alerts WHERE meter_id = ? AND t >= ? AND t < ?"
                             " ORDER BY t, id"));
    return SqlRun::forEachInWindow(q, meterId, from, to, [&row](const QSqlQuery &r) {
        return row(r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString());
    });
}

std::optional<Alert> AlertRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM alerts WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}
