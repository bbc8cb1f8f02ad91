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
    // What the balance jump says was recharged (the rise plus the consumption estimated in its
    // interval), in the balance's unit: on a detected row, and on a provider or manual row
    // tied to a rise. `amountMilli` is what was paid where that is known or a round amount
    // lies within the estimate's error; else the estimate itself.
    std::optional<qint64> estimatedMilli;
    QString origin;
    QString token;
    QString status;                    // provider's word, where it gives one
    std::optional<qint64> energyWh;    // units bought, where the provider says
    std::optional<qint64> intervalEnd; // provider/manual: the interval whose balance it explains
    bool pinned = false;               // a correction tied to the rise at `time`
    bool deleted = false;

    bool isDetected() const { return origin == QLatin1String("detected"); }
};
