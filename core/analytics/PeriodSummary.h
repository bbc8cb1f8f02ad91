#pragma once

#include <QDate>
#include <QString>

#include <optional>

// Totals of one calendar period (a day, a month or a year in the meter's zone).
struct PeriodSummary
{
    QString label; // "2025-07-25", "2025-07" or "2025"
    QDate first;   // first day of the period
    QDate last;    // last day of the period
    qint64 gridWh = 0;
    qint64 generatorWh = 0;
    qint64 costMilli = 0;
    qint64 rechargedMilli = 0;
    std::optional<qint64> closingBalanceMilli;
    int daysWithData = 0;
    bool estimated = false;

    qint64 totalWh() const { return gridWh + generatorWh; }
    // Per day with data; nullopt without any.
    std::optional<qint64> averageDailyCostMilli() const;
    std::optional<qint64> averageDailyWh() const;
};
