#include "UsageDeriver.h"

#include "model/Currency.h"
#include "model/FixedPoint.h"

#include <cmath>

std::optional<double> EstimateRates::rateFor(PowerSource source) const
{
    if (source == PowerSource::Generator && generatorMilliPerWh)
        return generatorMilliPerWh;
    return gridMilliPerWh ? gridMilliPerWh : generatorMilliPerWh;
}

qint64 UsageDeriver::gapLimitSeconds(const Meter &meter)
{
    const qint64 configured = meter.settings.value(QStringLiteral("gap_limit_s")).toInteger(0);
    if (configured > 0)
        return configured;
    return meter.intervalSeconds <= 60 ? 600 : 3 * 3600;
}

UsageDeriver::Settings UsageDeriver::settingsFor(const Meter &meter)
{
    Settings s;
    s.gapLimitSeconds = gapLimitSeconds(meter);
    const QJsonValue tolerance = meter.settings.value(QStringLiteral("recharge_tolerance"));
    const std::optional<qint64> configured =
        tolerance.isDouble() ? FixedPoint::fromDouble(tolerance.toDouble()) : std::nullopt;
    s.rechargeToleranceMilli =
        configured && *configured >= 0 ? *configured : 2 * Currency::minorUnitMilli(meter.currency);
    return s;
}

IntervalUsage UsageDeriver::derive(const Reading &a, const Reading &b, const Settings &settings,
                                   const EstimateRates &rates)
{
    IntervalUsage u;
    u.start = a.time;
    u.end = b.time;
    u.source = b.source != PowerSource::Unknown ? b.source : a.source;
    u.gap = b.time - a.time > settings.gapLimitSeconds;
    u.balanceAfterMilli = b.balanceMilli;

    const auto delta = [&u](const std::optional<qint64> &before,
                            const std::optional<qint64> &after) -> qint64 {
        if (!before || !after)
            return 0;
        if (*after < *before) {
            u.counterReset = true;
            return 0;
        }
        return *after - *before;
    };
    const bool countersKnown = (a.gridWh && b.gridWh) || (a.generatorWh && b.generatorWh);
    u.gridWh = delta(a.gridWh, b.gridWh);
    u.generatorWh = delta(a.generatorWh, b.generatorWh);
    u.energyKnown = countersKnown;

    const auto estimateCost = [&]() -> std::optional<qint64> {
        const std::optional<double> grid = rates.rateFor(PowerSource::Grid);
        const std::optional<double> gen = rates.rateFor(PowerSource::Generator);
        if ((u.gridWh > 0 && !grid) || (u.generatorWh > 0 && !gen))
            return std::nullopt;
        const double cost = (u.gridWh > 0 ? *grid * double(u.gridWh) : 0.0) +
                            (u.generatorWh > 0 ? *gen * double(u.generatorWh) : 0.0);
        return static_cast<qint64>(std::llround(cost));
    };

    if (a.balanceMilli && b.balanceMilli) {
        const qint64 drop = *a.balanceMilli - *b.balanceMilli;
        if (-drop > settings.rechargeToleranceMilli) {
            // A recharge: what was added is the rise plus what was used meanwhile.
            const std::optional<qint64> consumed = countersKnown ? estimateCost() : std::optional<qint64>(0);
            u.costMilli = consumed.value_or(0);
            u.costKnown = true;
            u.estimatedCost = true;
            u.rechargeMilli = -drop + u.costMilli;
        } else {
            u.costMilli = drop;
            u.costKnown = true;
        }
    }

    if (!countersKnown && u.costKnown && u.costMilli > 0 && !u.rechargeMilli) {
        // Money only (DPDC, DESCO, manual balances): energy through the price, flagged.
        if (const std::optional<double> rate = rates.rateFor(u.source); rate && *rate > 0) {
            const qint64 wh = static_cast<qint64>(std::llround(double(u.costMilli) / *rate));
            if (u.source == PowerSource::Generator)
                u.generatorWh = wh;
            else
                u.gridWh = wh;
            u.energyKnown = true;
            u.estimatedEnergy = true;
        }
    }
    return u;
}
