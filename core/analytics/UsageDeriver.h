#pragma once

#include "IntervalUsage.h"
#include "model/Meter.h"
#include "model/Reading.h"

#include <optional>

// Prices to estimate with, in thousandths of the currency per Wh: from the meter's tariff,
// else learnt from its recent days.
struct EstimateRates
{
    std::optional<double> gridMilliPerWh;
    std::optional<double> generatorMilliPerWh;

    std::optional<double> rateFor(PowerSource source) const;
};

// The derivation rule of one interval, the same for live readings, imports and rebuilds:
// - energy from the cumulative counters (a counter going backwards is a reset: zero, flagged);
// - money from the balance drop; a rise above the tolerance (twice the currency's smallest
//   unit by default, setting "recharge_tolerance") is a recharge of rise + the money consumed
//   meanwhile, that consumption estimated from the energy at the estimate rates;
// - a smaller rise is jitter: booked as a tiny negative cost so the ledger still balances;
// - energy unknown but money known: energy estimated through the rate (flagged);
// - readings further apart than the gap limit make a gap (flagged, consumption kept).
class UsageDeriver
{
public:
    struct Settings
    {
        qint64 gapLimitSeconds = 600;
        qint64 rechargeToleranceMilli = 20;
    };

    static Settings settingsFor(const Meter &meter);
    // Default gap limit: 10 min for meters polled every minute or faster, else 3 h.
    static qint64 gapLimitSeconds(const Meter &meter);
    // The interval from reading `a` to the later reading `b`.
    static IntervalUsage derive(const Reading &a, const Reading &b, const Settings &settings,
                                const EstimateRates &rates);
};
