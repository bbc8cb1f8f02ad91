#include "RechargeRepository.h"

#include "Database.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RechargeRepository", text);
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

RechargeRepository::RechargeRepository(Database &db)
    : m_db(db)
{}

Result<int> RechargeRepository::upsertFromProvider(qint64 meterId, const QList<ProviderRecharge> &recharges)
{
    if (recharges.isEmpty())
        return 0;
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<int>::failure(tx.error());
    QSqlQuery exists(m_db.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM recharges WHERE meter_id = ? AND provider_ref = ?"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO recharges (meter_id, t, amount_milli, origin, token, provider_ref, energy_wh, status)"
        " VALUES (?, ?, ?, 'provider', ?, ?, ?, ?)"
        " ON CONFLICT (meter_id, provider_ref) WHERE provider_ref IS NOT NULL DO UPDATE SET"
        " t = excluded.t, amount_milli = excluded.amount_milli, token = excluded.token,"
        " energy_wh = excluded.energy_wh, status = excluded.status"));
    int added = 0;
    for (const ProviderRecharge &r : recharges) {
        if (r.reference.isEmpty())
            return Result<int>::failure(tr("A provider recharge without a reference cannot be stored."));
        exists.addBindValue(meterId);
        exists.addBindValue(r.reference);
        const bool known = exists.exec() && exists.next();
        q.addBindValue(meterId);
        q.addBindValue(r.time);
        q.addBindValue(r.amountMilli);
        q.addBindValue(orNull(r.token));
        q.addBindValue(r.reference);
        q.addBindValue(r.energyWh ? QVariant(*r.energyWh) : QVariant());
        q.addBindValue(orNull(r.status));
        if (!q.exec())
            return Result<int>::failure(tr("Could not store a recharge: %1").arg(q.lastError().text()));
        added += known ? 0 : 1;
    }
    if (Status committed = tx.commit(); !committed)
        return Result<int>::failure(committed.error());
    return added;
}

Result<QList<ProviderRecharge>> RechargeRepository::providerRecharges(qint64 meterId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT t, amount_milli, energy_wh, token, status, provider_ref FROM recharges"
                             " WHERE meter_id = ? AND origin = 'provider' AND deleted = 0 ORDER BY t"));
    q.addBindValue(meterId);
    if (!q.exec())
        return Result<QList<ProviderRecharge>>::failure(q.lastError().text());
    QList<ProviderRecharge> list;
    while (q.next()) {
        ProviderRecharge r;
        r.time = q.value(0).toLongLong();
        r.amountMilli = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            r.energyWh = q.value(2).toLongLong();
        r.token = q.value(3).toString();
        r.status = q.value(4).toString();
        r.reference = q.value(5).toString();
        list.append(r);
    }
    return list;
}
