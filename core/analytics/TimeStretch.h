#pragma once

#include <QtGlobal>

// A stretch of time [start, end), UTC seconds.
struct TimeStretch
{
    qint64 start = 0;
    qint64 end = 0;

    bool operator==(const TimeStretch &o) const { return start == o.start && end == o.end; }
};
