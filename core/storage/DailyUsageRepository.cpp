#include "DailyUsageRepository.h"

#include "Database.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

DailyUsageRepository::DailyUsageRepository(Database &db)
    : m_db(db)
{}

Status DailyUsageRepository::upsert(qint64 meterId, const QList<DailyUsage> &days)
{
    if (days.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.typedError());
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO daily_usage (meter_id, day, energy_wh, cost_milli) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (meter_id, day) DO UPDATE SET energy_wh = excluded.energy_wh,"
                       " cost_milli = excluded.cost_milli"));
    for (const DailyUsage &d : days) {
        q.addBindValue(meterId);
        q.addBindValue(d.date.toString(Qt::ISODate));
        q.addBindValue(d.energyWh ? QVariant(*d.energyWh) : QVariant());
        q.addBindValue(d.costMilli ? QVariant(*d.costMilli) : QVariant());
        if (!q.exec())
            return Status::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    }
    return tx.commit();
}

Result<QList<DailyUsage>> DailyUsageRepository::range(qint64 meterId, const QDate &from,
                                                      const QDate &to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT day, energy_wh, cost_milli FROM daily_usage WHERE meter_id = ? AND day >= ?"
                       " AND day <= ? ORDER BY day"));
    q.addBindValue(meterId);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return Result<QList<DailyUsage>>::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    QList<DailyUsage> list;
    while (q.next()) {
        DailyUsage d;
        d.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (!q.value(1).isNull())
            d.energyWh = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            d.costMilli = q.value(2).toLongLong();
        list.append(d);
    }
    return list;
}
