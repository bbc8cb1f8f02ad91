#include "MeterEventRepository.h"

#include "Database.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

MeterEventRepository::MeterEventRepository(Database &db)
    : m_db(db)
{}

Status MeterEventRepository::add(qint64 meterId, qint64 time, const QString &kind, const QString &detail)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO meter_events (meter_id, t, kind, detail) VALUES (?, ?, ?, ?)"));
    q.addBindValue(meterId);
    q.addBindValue(time);
    q.addBindValue(kind);
    q.addBindValue(detail);
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    return {};
}
