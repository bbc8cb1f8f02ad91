#pragma once

#include "PowerSource.h"

#include <QtGlobal>

#include <optional>

// 2000-01-01T00:00:00Z: no reading is older. An earlier time is a misread format (seconds as
// milliseconds, a zero placeholder), and an interval reaching back from it to a real reading
// would span decades of minutes in the rollups.
inline constexpr qint64 kEarliestReadingTime = 946'684'800;

// A billion in fixed point (a billion of a currency, a billion Wh, a billion W): no real balance,
// counter or load comes near it, and products with durations stay far inside 64 bits.
inline constexpr qint64 kReadingValueLimit = 1'000'000'000'000;

inline bool withinReadingLimit(qint64 value)
{
    return value >= -kReadingValueLimit && value <= kReadingValueLimit;
}

// One meter reading as the provider reported it. Times are UTC seconds since the epoch;
// quantities are fixed point (see FixedPoint.h): balance in thousandths of the meter's
// currency, counters in Wh, load in W. An empty optional means "the provider did not say".
struct Reading
{
    qint64 time = 0;      // provider's reading time, UTC seconds
    qint64 fetchedAt = 0; // when Kilowatch received it, UTC seconds
    std::optional<qint64> balanceMilli;
    std::optional<qint64> gridWh;
    std::optional<qint64> generatorWh;
    std::optional<qint64> loadW;
    PowerSource source = PowerSource::Unknown;

    // Same provider record: the time and every value agree (fetch time does not count).
    bool sameRecordAs(const Reading &other) const
    {
        return time == other.time && balanceMilli == other.balanceMilli && gridWh == other.gridWh &&
               generatorWh == other.generatorWh && loadW == other.loadW && source == other.source;
    }
};
