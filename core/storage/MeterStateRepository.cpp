#include "MeterStateRepository.h"

#include "Database.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

MeterStateRepository::MeterStateRepository(Database &db)
    : m_db(db)
{}

std::optional<QString> MeterStateRepository::value(qint64 meterId, const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM meter_state WHERE meter_id = ? AND key = ?"));
    q.addBindValue(meterId);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

Status MeterStateRepository::setValue(qint64 meterId, const QString &key, const QString &value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO meter_state (meter_id, key, value) VALUES (?, ?, ?)"
                             " ON CONFLICT (meter_id, key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(meterId);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    return {};
}

Status MeterStateRepository::remove(qint64 meterId, const QString &key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM meter_state WHERE meter_id = ? AND key = ?"));
    q.addBindValue(meterId);
    q.addBindValue(key);
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    return {};
}
