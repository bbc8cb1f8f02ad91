#pragma once

#include "model/PowerSource.h"

#include <QtGlobal>

#include <optional>

// A stretch of time on one power source (grid or generator). It starts at the reading before
// the first interval that showed the source and ends where the next session starts, so
// sessions never overlap and every interval in between is booked into exactly one of them.
struct SourceSession
{
    qint64 id = 0;
    PowerSource source = PowerSource::Unknown;
    qint64 start = 0;          // UTC seconds
    std::optional<qint64> end; // empty while the session is open
    qint64 lastTime = 0;       // the last reading booked into it
    qint64 energyWh = 0;       // grid + generator energy of its intervals
    qint64 costMilli = 0;      // money of its intervals

    bool isOpen() const { return !end.has_value(); }
    // Whole seconds, days included; an open session counts up to its last reading.
    qint64 durationSeconds() const { return (end ? *end : lastTime) - start; }
    // Average power in kW over the duration; empty for a session without duration yet.
    std::optional<double> averageKw() const
    {
        const qint64 seconds = durationSeconds();
        if (seconds <= 0)
            return std::nullopt;
        return double(energyWh) * 3.6 / double(seconds);
    }
    // Compares what the rule derived, not the row id.
    bool operator==(const SourceSession &o) const
    {
        return source == o.source && start == o.start && end == o.end && lastTime == o.lastTime &&
               energyWh == o.energyWh && costMilli == o.costMilli;
    }
};
