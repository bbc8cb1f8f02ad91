#include "SummaryQuery.h"

#include "storage/RollupRepository.h"

#include <QCoreApplication>

std::optional<qint64> PeriodSummary::averageDailyCostMilli() const
{
    if (daysWithData == 0)
        return std::nullopt;
    return (costMilli + daysWithData / 2) / daysWithData;
}

std::optional<qint64> PeriodSummary::averageDailyWh() const
{
    if (daysWithData == 0)
        return std::nullopt;
    return (totalWh() + daysWithData / 2) / daysWithData;
}

SummaryQuery::SummaryQuery(Database &db)
    : m_db(db)
{}

std::optional<SummaryQuery::Period> SummaryQuery::periodFromName(const QString &name)
{
    if (name == QLatin1String("day"))
        return Period::Day;
    if (name == QLatin1String("month"))
        return Period::Month;
    if (name == QLatin1String("year"))
        return Period::Year;
    return std::nullopt;
}

QDate SummaryQuery::periodStart(Period period, const QDate &date)
{
    switch (period) {
    case Period::Day:
        return date;
    case Period::Month:
        return QDate(date.year(), date.month(), 1);
    case Period::Year:
        return QDate(date.year(), 1, 1);
    }
    return date;
}

QDate SummaryQuery::periodEnd(Period period, const QDate &date)
{
    switch (period) {
    case Period::Day:
        return date;
    case Period::Month:
        return QDate(date.year(), date.month(), date.daysInMonth()); // 28..31: short months work
    case Period::Year:
        return QDate(date.year(), 12, 31);
    }
    return date;
}

Result<QList<PeriodSummary>> SummaryQuery::run(const Meter &meter, Period period, const QDate &from,
                                               const QDate &to) const
{
    using R = Result<QList<PeriodSummary>>;
    if (!from.isValid() || !to.isValid() || to < from)
        return R::failure(
            QCoreApplication::translate("SummaryQuery", "The end date must not be before the start."));
    const QDate first = periodStart(period, from);
    const QDate last = periodEnd(period, to);
    const Result<QList<DayUsage>> days = RollupRepository(m_db).days(meter.id, first, last);
    if (!days)
        return R::failure(days.typedError());

    QList<PeriodSummary> periods;
    for (QDate start = first; start <= last; start = periodEnd(period, start).addDays(1)) {
        PeriodSummary p;
        p.first = start;
        p.last = periodEnd(period, start);
        p.label = period == Period::Day     ? start.toString(Qt::ISODate)
                  : period == Period::Month ? start.toString(QStringLiteral("yyyy-MM"))
                                            : start.toString(QStringLiteral("yyyy"));
        periods.append(p);
    }
    int index = 0;
    for (const DayUsage &d : days.value()) {
        while (index < periods.size() && periods[index].last < d.date)
            ++index;
        if (index >= periods.size())
            break;
        PeriodSummary &p = periods[index];
        p.gridWh += d.gridWh;
        p.generatorWh += d.generatorWh;
        p.costMilli += d.costMilli;
        p.rechargedMilli += d.rechargedMilli;
        p.estimated = p.estimated || d.estimated;
        if (d.hasData())
            ++p.daysWithData;
        if (d.closingBalanceMilli)
            p.closingBalanceMilli = d.closingBalanceMilli; // days come in order: the last one wins
    }
    return periods;
}

Result<PeriodSummary> SummaryQuery::total(const Meter &meter, const QDate &from, const QDate &to) const
{
    const Result<QList<PeriodSummary>> days = run(meter, Period::Day, from, to);
    if (!days)
        return Result<PeriodSummary>::failure(days.typedError());
    PeriodSummary sum;
    sum.first = from;
    sum.last = to;
    sum.label = from.toString(Qt::ISODate) + QLatin1Char('/') + to.toString(Qt::ISODate);
    for (const PeriodSummary &d : days.value()) {
        sum.gridWh += d.gridWh;
        sum.generatorWh += d.generatorWh;
        sum.costMilli += d.costMilli;
        sum.rechargedMilli += d.rechargedMilli;
        sum.daysWithData += d.daysWithData;
        sum.estimated = sum.estimated || d.estimated;
        if (d.closingBalanceMilli)
            sum.closingBalanceMilli = d.closingBalanceMilli;
    }
    return sum;
}
