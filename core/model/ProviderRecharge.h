#pragma once

#include <QString>

#include <optional>

// A recharge as the provider's own history reports it (DESCO, IngufuPay, ELNET).
struct ProviderRecharge
{
    qint64 time = 0; // UTC seconds
    qint64 amountMilli = 0;
    std::optional<qint64> energyWh; // units bought, where the provider says
    QString token;                  // the prepaid token, where the provider shows it
    QString status;                 // provider's word, e.g. "success", "pending"
    QString reference;              // provider's id: the key that keeps it stored once
};
