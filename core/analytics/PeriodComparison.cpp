#include "PeriodComparison.h"

#include <QDateTime>

#include <algorithm>

PeriodComparison::Days PeriodComparison::current(SummaryQuery::Period period, const QDate &day)
{
    return {SummaryQuery::periodStart(period, day), day};
}

PeriodComparison::Days PeriodComparison::compared(SummaryQuery::Period period, const QDate &day,
                                                  Against against)
{
    const QDate start = SummaryQuery::periodStart(period, day);
    const qint64 elapsed = start.daysTo(day);
    QDate otherStart;
    if (against == Against::LastYear || period == SummaryQuery::Period::Year)
        otherStart = start.addYears(-1);
    else if (period == SummaryQuery::Period::Day)
        otherStart = start.addDays(-1);
    else
        otherStart = start.addMonths(-1);
    const QDate otherEnd = std::min(otherStart.addDays(elapsed), SummaryQuery::periodEnd(period, otherStart));
    return {otherStart, otherEnd};
}

PeriodComparison::Window PeriodComparison::compared(qint64 from, qint64 to, const QTimeZone &zone,
                                                    Against against)
{
    const QDateTime localFrom = QDateTime::fromSecsSinceEpoch(from, zone);
    const QDateTime localTo = QDateTime::fromSecsSinceEpoch(to, zone);
    if (against == Against::LastYear)
        return {localFrom.addYears(-1).toSecsSinceEpoch(), localTo.addYears(-1).toSecsSinceEpoch()};
    // Whole local days: move by days, so the buckets (from local midnight) line up.
    if (localFrom.time() == QTime(0, 0) && localTo.time() == QTime(0, 0)) {
        const qint64 days = localFrom.date().daysTo(localTo.date());
        return {localFrom.addDays(-days).toSecsSinceEpoch(), from};
    }
    return {from - (to - from), from};
}

std::optional<double> PeriodComparison::changePercent(qint64 current, qint64 previous)
{
    if (previous == 0)
        return std::nullopt;
    return static_cast<double>(
               qRound64(static_cast<double>(current - previous) * 1000.0 / static_cast<double>(previous))) /
           10.0;
}
