#include "RechargeRepository.h"

#include "Database.h"
#include "SqlRun.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RechargeRepository)
};

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant orNull(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

const QString kEntryColumns =
    QStringLiteral("id, t, amount_milli, balance_after_milli, origin, token, status,"
                   " energy_wh, interval_t, pinned, deleted, estimated_amount_milli");

RechargeEntry entryFromQuery(const QSqlQuery &q)
{
    const auto optional = [&q](int i) {
        return q.value(i).isNull() ? std::nullopt : std::optional<qint64>(q.value(i).toLongLong());
    };
    RechargeEntry e;
    e.id = q.value(0).toLongLong();
    e.time = q.value(1).toLongLong();
    e.amountMilli = q.value(2).toLongLong();
    e.balanceAfterMilli = optional(3);
    e.origin = q.value(4).toString();
    e.token = q.value(5).toString();
    e.status = q.value(6).toString();
    e.energyWh = optional(7);
    e.intervalEnd = optional(8);
    e.pinned = q.value(9).toBool();
    e.deleted = q.value(10).toBool();
    e.estimatedMilli = optional(11);
    return e;
}

Status run(QSqlQuery &q)
{
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()),
                               Tr::tr("Could not store a recharge: %1").arg(q.lastError().text()));
    return {};
}

// One statement with its values bound in order.
Status runBound(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    return run(q);
}

} // namespace

RechargeRepository::RechargeRepository(Database &db)
    : m_db(db)
{}

Result<int> RechargeRepository::upsertFromProvider(qint64 meterId, const QList<ProviderRecharge> &recharges,
                                                   std::optional<qint64> *earliestChange)
{
    if (recharges.isEmpty())
        return 0;
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<int>::failure(tx.typedError());
    QSqlQuery exists(m_db.connection());
    exists.prepare(QStringLiteral("SELECT t, amount_milli, energy_wh, status FROM recharges"
                                  " WHERE meter_id = ? AND provider_ref = ?"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO recharges (meter_id, t, amount_milli, origin, token, provider_ref, energy_wh, status)"
        " VALUES (?, ?, ?, 'provider', ?, ?, ?, ?)"
        " ON CONFLICT (meter_id, provider_ref) WHERE provider_ref IS NOT NULL DO UPDATE SET"
        " t = excluded.t, amount_milli = excluded.amount_milli, token = excluded.token,"
        " energy_wh = excluded.energy_wh, status = excluded.status"));
    int added = 0;
    const auto changedAt = [earliestChange](qint64 time) {
        if (earliestChange && (!*earliestChange || time < **earliestChange))
            *earliestChange = time;
    };
    for (const ProviderRecharge &r : recharges) {
        if (r.reference.isEmpty())
            return Result<int>::failure(Tr::tr("A provider recharge without a reference cannot be stored."));
        exists.addBindValue(meterId);
        exists.addBindValue(r.reference);
        const bool known = exists.exec() && exists.next();
        if (!known) {
            changedAt(r.time);
        } else {
            // What the ledger reads: time, amount, units, status.
            const qint64 oldTime = exists.value(0).toLongLong();
            const QVariant oldEnergy = exists.value(2);
            const bool same = oldTime == r.time && exists.value(1).toLongLong() == r.amountMilli &&
                              (oldEnergy.isNull() ? !r.energyWh : r.energyWh == oldEnergy.toLongLong()) &&
                              exists.value(3).toString() == r.status;
            if (!same) {
                changedAt(oldTime);
                changedAt(r.time);
            }
        }
        exists.finish();
        q.addBindValue(meterId);
        q.addBindValue(r.time);
        q.addBindValue(r.amountMilli);
        q.addBindValue(orNull(r.token));
        q.addBindValue(r.reference);
        q.addBindValue(r.energyWh ? QVariant(*r.energyWh) : QVariant());
        q.addBindValue(orNull(r.status));
        if (!q.exec())
            return Result<int>::failure(StorageError::kindOf(q.lastError()),
                                        Tr::tr("Could not store a recharge: %1").arg(q.lastError().text()));
        added += known ? 0 : 1;
    }
    if (Status committed = tx.commit(); !committed)
        return Result<int>::failure(committed.typedError());
    return added;
}

Result<QList<ProviderRecharge>> RechargeRepository::providerRecharges(qint64 meterId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT t, amount_milli, energy_wh, token, status, provider_ref FROM recharges"
                             " WHERE meter_id = ? AND origin = 'provider' AND deleted = 0 ORDER BY t"));
    q.addBindValue(meterId);
    if (!q.exec())
        return Result<QList<ProviderRecharge>>::failure(StorageError::kindOf(q.lastError()),
                                                        q.lastError().text());
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

Result<QList<RechargeEntry>> RechargeRepository::entries(qint64 meterId, qint64 from, qint64 to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM recharges WHERE meter_id = ? AND t >= ? AND t < ? ORDER BY t, id")
            .arg(kEntryColumns));
    q.addBindValue(meterId);
    q.addBindValue(from);
    q.addBindValue(to);
    return SqlRun::collect<RechargeEntry>(q, entryFromQuery);
}

Result<QList<RechargeEntry>> RechargeRepository::external(qint64 meterId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM recharges WHERE meter_id = ? AND origin <> 'detected' ORDER BY t, id")
            .arg(kEntryColumns));
    q.addBindValue(meterId);
    return SqlRun::collect<RechargeEntry>(q, entryFromQuery);
}

std::optional<RechargeEntry> RechargeRepository::find(qint64 meterId, qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM recharges WHERE meter_id = ? AND id = ?").arg(kEntryColumns));
    q.addBindValue(meterId);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return entryFromQuery(q);
    return std::nullopt;
}

Result<qint64> RechargeRepository::insertManual(qint64 meterId, const RechargeEntry &e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO recharges (meter_id, t, amount_milli, origin, token, pinned, deleted)"
                       " VALUES (?, ?, ?, 'manual', ?, ?, ?)"));
    q.addBindValue(meterId);
    q.addBindValue(e.time);
    q.addBindValue(e.amountMilli);
    q.addBindValue(orNull(e.token));
    q.addBindValue(e.pinned ? 1 : 0);
    q.addBindValue(e.deleted ? 1 : 0);
    if (Status done = run(q); !done)
        return Result<qint64>::failure(done.typedError());
    return q.lastInsertId().toLongLong();
}

Result<qint64> RechargeRepository::insertImported(qint64 meterId, const RechargeEntry &e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO recharges (meter_id, t, amount_milli, origin, token)"
                             " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(meterId);
    q.addBindValue(e.time);
    q.addBindValue(e.amountMilli);
    q.addBindValue(e.origin);
    q.addBindValue(orNull(e.token));
    if (Status done = run(q); !done)
        return Result<qint64>::failure(done.typedError());
    return q.lastInsertId().toLongLong();
}

Result<bool> RechargeRepository::hasExternal(qint64 meterId, qint64 time, qint64 amountMilli,
                                             const QString &origin) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM recharges WHERE meter_id = ? AND t = ? AND amount_milli = ?"
                             " AND origin = ? AND deleted = 0"));
    q.addBindValue(meterId);
    q.addBindValue(time);
    q.addBindValue(amountMilli);
    q.addBindValue(origin);
    if (!q.exec())
        return Result<bool>::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    return q.next();
}

Result<bool> RechargeRepository::hasDetectedAt(qint64 meterId, qint64 time) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM recharges WHERE meter_id = ? AND origin = 'detected' AND t = ?"
                             " AND deleted = 0"));
    q.addBindValue(meterId);
    q.addBindValue(time);
    if (!q.exec())
        return Result<bool>::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    return q.next();
}

qint64 RechargeRepository::detectedCount(qint64 meterId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM recharges WHERE meter_id = ? AND origin = 'detected'"
                             " AND deleted = 0"));
    q.addBindValue(meterId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Status RechargeRepository::forEachListed(qint64 meterId, qint64 from, qint64 to,
                                         const std::function<bool(const RechargeEntry &)> &row) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t, amount_milli, balance_after_milli, origin, token FROM recharges"
                             " WHERE meter_id = ? AND deleted = 0 AND t >= ? AND t < ?"
                             " ORDER BY t, origin, amount_milli, token"));
    return SqlRun::forEachInWindow(q, meterId, from, to, [&row](const QSqlQuery &r) {
        RechargeEntry e;
        e.time = r.value(0).toLongLong();
        e.amountMilli = r.value(1).toLongLong();
        if (!r.value(2).isNull())
            e.balanceAfterMilli = r.value(2).toLongLong();
        e.origin = r.value(3).toString();
        e.token = r.value(4).toString();
        return row(e);
    });
}

Status RechargeRepository::setAmount(qint64 id, qint64 amountMilli)
{
    return runBound(m_db.connection(), QStringLiteral("UPDATE recharges SET amount_milli = ? WHERE id = ?"),
                    {amountMilli, id});
}

Status RechargeRepository::setDeleted(qint64 id)
{
    return runBound(m_db.connection(), QStringLiteral("UPDATE recharges SET deleted = 1 WHERE id = ?"), {id});
}

Result<qint64> RechargeRepository::insertDetected(qint64 meterId, qint64 time, qint64 amountMilli,
                                                  qint64 estimatedMilli,
                                                  std::optional<qint64> balanceAfterMilli)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO recharges (meter_id, t, amount_milli, estimated_amount_milli,"
                             " balance_after_milli, origin) VALUES (?, ?, ?, ?, ?, 'detected')"));
    q.addBindValue(meterId);
    q.addBindValue(time);
    q.addBindValue(amountMilli);
    q.addBindValue(estimatedMilli);
    q.addBindValue(orNull(balanceAfterMilli));
    if (Status done = run(q); !done)
        return Result<qint64>::failure(done.typedError());
    return q.lastInsertId().toLongLong();
}

Status RechargeRepository::updateDetected(qint64 id, qint64 amountMilli, qint64 estimatedMilli,
                                          std::optional<qint64> balanceAfterMilli)
{
    return runBound(m_db.connection(),
                    QStringLiteral("UPDATE recharges SET amount_milli = ?, estimated_amount_milli = ?,"
                                   " balance_after_milli = ? WHERE id = ?"),
                    {amountMilli, estimatedMilli, orNull(balanceAfterMilli), id});
}

Status RechargeRepository::removeRow(qint64 id)
{
    return runBound(m_db.connection(), QStringLiteral("DELETE FROM recharges WHERE id = ?"), {id});
}

Result<QHash<qint64, qint64>> RechargeRepository::detectedAfter(qint64 meterId, qint64 time) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT t, id FROM recharges WHERE meter_id = ? AND origin = 'detected' AND t > ?"));
    q.addBindValue(meterId);
    q.addBindValue(time);
    if (!q.exec())
        return Result<QHash<qint64, qint64>>::failure(StorageError::kindOf(q.lastError()),
                                                      q.lastError().text());
    QHash<qint64, qint64> rows;
    while (q.next())
        rows.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return rows;
}

Status RechargeRepository::setInterval(qint64 id, qint64 intervalEnd, std::optional<qint64> balanceAfterMilli,
                                       std::optional<qint64> estimatedMilli)
{
    return runBound(m_db.connection(),
                    QStringLiteral("UPDATE recharges SET interval_t = ?, balance_after_milli = ?,"
                                   " estimated_amount_milli = ? WHERE id = ?"),
                    {intervalEnd, orNull(balanceAfterMilli), orNull(estimatedMilli), id});
}

Status RechargeRepository::clearIntervalsAfter(qint64 meterId, qint64 time)
{
    return runBound(m_db.connection(),
                    QStringLiteral("UPDATE recharges SET interval_t = NULL, balance_after_milli = NULL,"
                                   " estimated_amount_milli = NULL"
                                   " WHERE meter_id = ? AND origin <> 'detected' AND interval_t > ?"),
                    {meterId, time});
}
