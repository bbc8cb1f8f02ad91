#pragma once

#include "model/PowerSource.h"

#include <QtGlobal>

#include <optional>

// What happened between two consecutive readings of a meter.
struct IntervalUsage
{
    qint64 start = 0; // earlier reading, UTC seconds
    qint64 end = 0;   // later reading
    qint64 gridWh = 0;
    qint64 generatorWh = 0;
    qint64 costMilli = 0; // may be slightly negative: balance jitter below the recharge tolerance
    std::optional<qint64> rechargeMilli; // a detected recharge in this interval
    std::optional<qint64> balanceAfterMilli;
    PowerSource source = PowerSource::Unknown;
    bool gap = false;         // the readings were further apart than the gap limit
    bool energyKnown = false; // from counters, or estimated (see estimatedEnergy)
    bool costKnown = false;   // from the balance, or estimated (see estimatedCost)
    bool estimatedCost = false;
    bool estimatedEnergy = false;
    bool counterReset = false; // a counter went backwards: a reset or a new meter, never a spike
};
