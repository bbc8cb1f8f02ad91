#pragma once

#include <QDate>

#include <optional>

// A day's consumption as the provider reports it (DESCO's daily history), in the meter's
// local calendar.
struct DailyUsage
{
    QDate date;
    std::optional<qint64> energyWh;
    std::optional<qint64> costMilli;
};
