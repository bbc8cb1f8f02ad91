#pragma once

#include "model/ProviderRecharge.h"
#include "model/Result.h"

#include <QList>

class Database;

// Recharges of a meter. This part stores the providers' recharge histories: each provider
// reference once, its status and amount kept current.
class RechargeRepository
{
public:
    explicit RechargeRepository(Database &db);

    // Returns how many were new.
    Result<int> upsertFromProvider(qint64 meterId, const QList<ProviderRecharge> &recharges);
    Result<QList<ProviderRecharge>> providerRecharges(qint64 meterId) const;

private:
    Database &m_db;
};
