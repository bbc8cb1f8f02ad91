#pragma once

#include "model/ProviderRecharge.h"
#include "model/RechargeEntry.h"
#include "model/Result.h"

#include <QHash>
#include <QList>

#include <functional>

#include <optional>

class Database;

// Recharges of a meter: the providers' histories (each provider reference once, its status
// and amount kept current), detected rises, and the user's own entries and corrections.
// The rules that tie them together live in RechargeMatcher and RechargeLedger.
class RechargeRepository
{
public:
    explicit RechargeRepository(Database &db);

    // Returns how many were new. `earliestChange` (when given) receives the earliest time,
    // old or new, of a row that was added or changed, or stays empty.
    Result<int> upsertFromProvider(qint64 meterId, const QList<ProviderRecharge> &recharges,
                                   std::optional<qint64> *earliestChange = nullptr);
    Result<QList<ProviderRecharge>> providerRecharges(qint64 meterId) const;

    // Every row with from <= time < to (deleted ones too), by time.
    Result<QList<RechargeEntry>> entries(qint64 meterId, qint64 from, qint64 to) const;
    // Provider and manual rows (deleted ones too), by time.
    Result<QList<RechargeEntry>> external(qint64 meterId) const;
    std::optional<RechargeEntry> find(qint64 meterId, qint64 id) const;

    Result<qint64> insertManual(qint64 meterId, const RechargeEntry &entry);
    // A provider or manual recharge brought by an import (no provider reference): its time,
    // amount, origin and token.
    Result<qint64> insertImported(qint64 meterId, const RechargeEntry &entry);
    // Whether a provider or manual row (not deleted) has this time, amount and origin.
    Result<bool> hasExternal(qint64 meterId, qint64 time, qint64 amountMilli, const QString &origin) const;
    // Whether a detected recharge (not deleted) is at this time.
    Result<bool> hasDetectedAt(qint64 meterId, qint64 time) const;
    // How many detected recharges (not deleted) the meter has.
    qint64 detectedCount(qint64 meterId) const;
    // The rows an export lists (deleted ones left out) with from <= time < to, in an order
    // that does not depend on row ids (time, origin, amount, token), one at a time; `row`
    // returns false to stop. The error is the database's.
    Status forEachListed(qint64 meterId, qint64 from, qint64 to,
                         const std::function<bool(const RechargeEntry &)> &row) const;
    Status setAmount(qint64 id, qint64 amountMilli);
    Status setDeleted(qint64 id);

    // Derived data, written while booking intervals.
    Result<qint64> insertDetected(qint64 meterId, qint64 time, qint64 amountMilli, qint64 estimatedMilli,
                                  std::optional<qint64> balanceAfterMilli);
    Status updateDetected(qint64 id, qint64 amountMilli, qint64 estimatedMilli,
                          std::optional<qint64> balanceAfterMilli);
    Status removeRow(qint64 id);
    // Detected rows after `time`, time -> id.
    Result<QHash<qint64, qint64>> detectedAfter(qint64 meterId, qint64 time) const;
    // Ties a provider or manual row to the interval whose balance it explains, with that
    // interval's estimate of the recharge (when it was a rise).
    Status setInterval(qint64 id, qint64 intervalEnd, std::optional<qint64> balanceAfterMilli,
                       std::optional<qint64> estimatedMilli);
    // Unties provider and manual rows from intervals ending after `time`.
    Status clearIntervalsAfter(qint64 meterId, qint64 time);

private:
    Database &m_db;
};
