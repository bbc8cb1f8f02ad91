#pragma once

#include <QString>

#include <optional>

// One row of a meter's recharges, whatever its origin:
// - "detected": a balance rise the engine found (derived, re-found by every rebuild);
// - "provider": from the provider's own history (DESCO, IngufuPay, ELNET);
// - "manual": typed in by the user, or the user's correction of a detected rise (pinned).
struct RechargeEntry
{
    qint64 id = 0;
    qint64 time = 0; // UTC seconds
    qint64 amountMilli = 0;
    std::optional<qint64> balanceAfterMilli;
    QString origin;
    QString token;
    QString status;                    // provider's word, where it gives one
    std::optional<qint64> energyWh;    // units bought, where the provider says
    std::optional<qint64> intervalEnd; // provider/manual: the interval whose balance it explains
    bool pinned = false;               // a correction tied to the rise at `time`
    bool deleted = false;

    bool isDetected() const { return origin == QLatin1String("detected"); }
};
