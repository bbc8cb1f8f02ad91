#pragma once

#include "ExportCell.h"
#include "ExportRow.h"
#include "analytics/PeriodSummary.h"
#include "analytics/UsageSeries.h"
#include "model/Meter.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

// The row types of derived usage (see ExportRow), shared by `kilowatch-cli usage|summary
// --json` and the CSV export (the names are an interface scripts rely on). No JSON-only keys. Unknown values
// are null, never 0: a bucket or day without data has null energy and cost.
//   usage:   meter, start, end, grid_kwh, generator_kwh, kwh, cost, estimated, gap
//   daily:   meter, date, grid_kwh, generator_kwh, kwh, cost, recharged, closing_balance
//   monthly: meter, month, grid_kwh, generator_kwh, kwh, cost, recharged, days_with_data, avg_daily_cost
//   yearly:  meter, year, (as monthly)
// The *Cells functions give the rows as typed cells in names order; the *Row functions the
// whole row of a meter (its name, zone and currency), for JSON and CSV alike.
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

    static ExportRow usageRow(const Meter &meter, const UsageBucket &bucket);
    static ExportRow dailyRow(const Meter &meter, const PeriodSummary &day);
    static ExportRow monthlyRow(const Meter &meter, const PeriodSummary &month);
    static ExportRow yearlyRow(const Meter &meter, const PeriodSummary &year);
};
