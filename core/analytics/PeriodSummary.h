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
    int days() const { return static_cast<int>(first.daysTo(last)) + 1; }
    // Readings on some but not all of its days (a year with two months, this month so far), or
    // still going on (holds `today`, when given): not comparable with a whole period at a glance.
    bool isPartial(const QDate &today = QDate()) const
    {
        return daysWithData > 0 &&
               (daysWithData < days() || (today.isValid() && first <= today && today <= last));
    }
    // Per day with data; nullopt without any.
    std::optional<qint64> averageDailyCostMilli() const;
    std::optional<qint64> averageDailyWh() const;
};
