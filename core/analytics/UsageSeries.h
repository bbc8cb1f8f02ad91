#pragma once

#include "ChartWindow.h"
#include "model/Meter.h"
#include "model/PowerSource.h"
#include "model/Result.h"

#include <QList>

#include <optional>

class Database;

// One bar of the usage chart: consumption whose interval ended in [start, end).
struct UsageBucket
{
    qint64 start = 0; // UTC seconds
    qint64 end = 0;
    qint64 gridWh = 0;
    qint64 generatorWh = 0;
    qint64 costMilli = 0;
    bool hasData = false;   // at least one interval ended here
    bool estimated = false; // part of the cost was estimated (e.g. across a recharge)
    bool gap = false;       // readings are missing for part of this bucket
    bool partial = false;   // shorter than its grouping: cut at the window's start or end (e.g. now)
    PowerSource source = PowerSource::Unknown; // where most of the energy came from

    qint64 totalWh() const { return gridWh + generatorWh; }
};

struct UsageSeries
{
    qint64 from = 0; // start of the first bucket
    qint64 to = 0;   // end of the last bucket
    int groupMinutes = 0;
    QList<UsageBucket> buckets;

    qint64 totalGridWh() const;
    qint64 totalGeneratorWh() const;
    qint64 totalCostMilli() const;
    // The meter's counter step (e.g. 10 Wh for a 0.01 kWh counter) when the buckets are finer
    // than it: at a 130 W load such a counter moves once in five minutes, so 1 min bars show
    // when a step was counted (0, 0.01, 0, 0 ...), not the use within each. Set when, of at
    // least ten buckets with data, a quarter or more hold nothing and four in five hold nothing
    // or exactly the smallest amount seen; nullopt otherwise.
    std::optional<qint64> finerThanCounterStepWh() const;
};

// The series the main chart draws: the last `intervalHours` before `at` in buckets of
// `groupMinutes` real minutes counted from the meter's local midnight (a bucket never spans
// midnight; 1440 means whole local days, 23 or 25 hours long on DST changes).
// Reads the minute rollups (see UsageDeriver for how intervals are derived and
// UsageAccumulator for how they are booked), never raw readings: a 720-hour window is 720
// rows whatever the grouping.
class UsageSeriesQuery
{
public:
    static constexpr int kMinIntervalHours = ChartWindow::kMinIntervalHours;
    static constexpr int kMaxIntervalHours = ChartWindow::kMaxIntervalHours;
    static constexpr int kMinGroupMinutes = ChartWindow::kMinGroupMinutes;
    static constexpr int kMaxGroupMinutes = ChartWindow::kMaxGroupMinutes;

    explicit UsageSeriesQuery(Database &db);

    Result<UsageSeries> run(const Meter &meter, qint64 at, int intervalHours, int groupMinutes) const;
    // Buckets covering [windowStart, at): the first starts at the aligned bucket containing
    // `windowStart`.
    Result<UsageSeries> runRange(const Meter &meter, qint64 windowStart, qint64 at, int groupMinutes) const;

private:
    Database &m_db;
};
