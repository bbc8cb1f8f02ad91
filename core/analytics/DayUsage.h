#pragma once

#include <QDate>

#include <optional>

// One local day of a meter, derived from its readings (the daily rollup).
struct DayUsage
{
    QDate date;
    qint64 gridWh = 0;
    qint64 generatorWh = 0;
    qint64 costMilli = 0;
    qint64 rechargedMilli = 0;
    std::optional<qint64> closingBalanceMilli; // balance of the day's last reading
    qint64 closingTime = 0;                    // time of that reading
    int intervals = 0;                         // intervals ending in this day
    qint64 gapSeconds = 0;
    bool estimated = false;

    qint64 totalWh() const { return gridWh + generatorWh; }
    bool hasData() const { return intervals > 0; }
};
