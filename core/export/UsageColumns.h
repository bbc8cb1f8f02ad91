#pragma once

#include "ExportCell.h"
#include "analytics/PeriodSummary.h"
#include "analytics/UsageSeries.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

// The public column sets of derived usage, shared by `kilowatch-cli ... --json` and the CSV
// export (the names are an interface scripts rely on). Unknown values are null, never 0:
// a bucket or day without data has null energy and cost.
//   usage:   meter, start, end, grid_kwh, generator_kwh, kwh, cost, estimated, gap
//   daily:   meter, date, grid_kwh, generator_kwh, kwh, cost, recharged, closing_balance
//   monthly: meter, month, grid_kwh, generator_kwh, kwh, cost, recharged, days_with_data, avg_daily_cost
//   yearly:  meter, year, (as monthly)
// The *Cells functions give the rows as typed cells in names order; the *Row functions are
// the same values as JSON.
class UsageColumns
{
public:
    static const QStringList &usageNames();
    static const QStringList &dailyNames();
    static const QStringList &monthlyNames();
    static const QStringList &yearlyNames();

    static QList<ExportCell> usageCells(const QString &meter, const QTimeZone &zone,
                                        const UsageBucket &bucket);
    static QList<ExportCell> dailyCells(const QString &meter, const PeriodSummary &day);
    static QList<ExportCell> monthlyCells(const QString &meter, const PeriodSummary &month);
    static QList<ExportCell> yearlyCells(const QString &meter, const PeriodSummary &year);

    static QJsonObject usageRow(const QString &meter, const QTimeZone &zone, const UsageBucket &bucket);
    static QJsonObject dailyRow(const QString &meter, const PeriodSummary &day);
    static QJsonObject monthlyRow(const QString &meter, const PeriodSummary &month);
    static QJsonObject yearlyRow(const QString &meter, const PeriodSummary &year);
};
