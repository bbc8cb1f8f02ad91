#pragma once

#include "model/Result.h"

#include <QtGlobal>

// The window a chart (and its CLI command) covers: an interval of 1-720 hours grouped in
// buckets of 1-1440 minutes. One rule for the usage and the balance series, so the two
// charts' sliders and `usage`/`balance` refuse the same input with the same sentence.
class ChartWindow
{
public:
    static constexpr int kMinIntervalHours = 1;
    static constexpr int kMaxIntervalHours = 720;
    static constexpr int kMinGroupMinutes = 1;
    static constexpr int kMaxGroupMinutes = 1440;

    static Status checkInterval(int intervalHours);
    // [windowStart, at) grouped in `groupMinutes`: at most kMaxIntervalHours long when
    // `limitLength` (the balance series' raw-reading query), any length otherwise (the usage
    // series' zoom and comparisons over rollups).
    static Status checkRange(qint64 windowStart, qint64 at, int groupMinutes, bool limitLength);
};
