#pragma once

#include "PeriodSummary.h"
#include "model/Meter.h"
#include "model/Result.h"

#include <QList>

class Database;

// Day, month and year totals from the daily rollups (never raw readings): kWh by source,
// cost, recharges, closing balance, days with data, averages.
class SummaryQuery
{
public:
    enum class Period
    {
        Day,
        Month,
        Year,
    };

    explicit SummaryQuery(Database &db);

    // Every period that overlaps [from, to] (local dates, inclusive), oldest first; periods
    // without data are listed too (zero, no closing balance) so charts see the gaps.
    Result<QList<PeriodSummary>> run(const Meter &meter, Period period, const QDate &from,
                                     const QDate &to) const;
    // One summary over an arbitrary range of days.
    Result<PeriodSummary> total(const Meter &meter, const QDate &from, const QDate &to) const;

    static std::optional<Period> periodFromName(const QString &name);
    static QDate periodStart(Period period, const QDate &date);
    static QDate periodEnd(Period period, const QDate &date);

private:
    Database &m_db;
};
