#pragma once

#include "SummaryQuery.h"

#include <QDate>
#include <QTimeZone>

#include <optional>

// The one definition of "the period to compare with", for `kilowatch-cli compare` and the
// usage chart's overlay, in the meter's local calendar:
// - a calendar period so far (a day, this month, this year up to `day`) is compared with
//   the period before, or the same period a year before, from its first day over as many
//   days, cut at that period's last day: on 15 March, 1-15 February; on 29, 30 or 31 March,
//   all of February (1-28); the year to 1 March 2024 (61 days) with 1 January-2 March 2023.
//   Days are local days, so a 23- or 25-hour DST day counts as one day.
// - a window of the chart [from, to) is compared with the window just before it, or a year
//   before, in local wall-clock time: a window from and to local midnight moves by whole local
//   days (a week over a DST change starts at midnight too, not an hour off), any other window
//   by its length; a year before is the same wall-clock times a year earlier (29 February is
//   28 February).
class PeriodComparison
{
public:
    enum class Against
    {
        PreviousPeriod,
        LastYear,
    };

    struct Days
    {
        QDate first;
        QDate last; // inclusive
    };

    struct Window
    {
        qint64 from = 0; // UTC seconds
        qint64 to = 0;   // exclusive
    };

    // The period holding `day`, from its first day up to `day`.
    static Days current(SummaryQuery::Period period, const QDate &day);
    // What current(period, day) is compared with.
    static Days compared(SummaryQuery::Period period, const QDate &day, Against against);
    // What the window [from, to) is compared with.
    static Window compared(qint64 from, qint64 to, const QTimeZone &zone, Against against);
    // The change from `previous` to `current` in per cent, rounded to one decimal (as
    // `kilowatch-cli compare` prints it); none when `previous` is zero (nothing to compare with).
    static std::optional<double> changePercent(qint64 current, qint64 previous);
};
