#include "UsageColumns.h"

#include "model/TimeFormat.h"

namespace {

ExportCell energy(qint64 wh, bool known)
{
    return known ? ExportCell::thousandths(wh) : ExportCell::empty();
}

ExportCell money(qint64 milli, bool known)
{
    return known ? ExportCell::money(milli) : ExportCell::empty();
}

QList<ExportCell> periodCells(const QString &meter, const PeriodSummary &p, bool withAverages)
{
    const bool known = p.daysWithData > 0;
    QList<ExportCell> cells{
        ExportCell::text(meter),        ExportCell::text(p.label),  energy(p.gridWh, known),
        energy(p.generatorWh, known),   energy(p.totalWh(), known), money(p.costMilli, known),
        money(p.rechargedMilli, known),
    };
    if (withAverages) {
        cells.append(ExportCell::integer(p.daysWithData));
        cells.append(ExportCell::money(p.averageDailyCostMilli()));
    } else {
        cells.append(ExportCell::money(p.closingBalanceMilli));
    }
    return cells;
}

} // namespace

const QStringList &UsageColumns::usageNames()
{
    static const QStringList names = {
        QStringLiteral("meter"),    QStringLiteral("start"),         QStringLiteral("end"),
        QStringLiteral("grid_kwh"), QStringLiteral("generator_kwh"), QStringLiteral("kwh"),
        QStringLiteral("cost"),     QStringLiteral("estimated"),     QStringLiteral("gap"),
    };
    return names;
}

const QStringList &UsageColumns::dailyNames()
{
    static const QStringList names = {
        QStringLiteral("meter"),     QStringLiteral("date"),
        QStringLiteral("grid_kwh"),  QStringLiteral("generator_kwh"),
        QStringLiteral("kwh"),       QStringLiteral("cost"),
        QStringLiteral("recharged"), QStringLiteral("closing_balance"),
    };
    return names;
}

const QStringList &UsageColumns::monthlyNames()
{
    static const QStringList names = {
        QStringLiteral("meter"),
        QStringLiteral("month"),
        QStringLiteral("grid_kwh"),
        QStringLiteral("generator_kwh"),
        QStringLiteral("kwh"),
        QStringLiteral("cost"),
        QStringLiteral("recharged"),
        QStringLiteral("days_with_data"),
        QStringLiteral("avg_daily_cost"),
    };
    return names;
}

const QStringList &UsageColumns::yearlyNames()
{
    static const QStringList names = [] {
        QStringList n = monthlyNames();
        n[1] = QStringLiteral("year");
        return n;
    }();
    return names;
}

QList<ExportCell> UsageColumns::usageCells(const QString &meter, const QTimeZone &zone, const UsageBucket &b)
{
    return {
        ExportCell::text(meter),
        ExportCell::text(TimeFormat::iso(b.start, zone)),
        ExportCell::text(TimeFormat::iso(b.end, zone)),
        energy(b.gridWh, b.hasData),
        energy(b.generatorWh, b.hasData),
        energy(b.totalWh(), b.hasData),
        money(b.costMilli, b.hasData),
        ExportCell::boolean(b.estimated),
        ExportCell::boolean(b.gap),
    };
}

QList<ExportCell> UsageColumns::dailyCells(const QString &meter, const PeriodSummary &day)
{
    return periodCells(meter, day, false);
}

QList<ExportCell> UsageColumns::monthlyCells(const QString &meter, const PeriodSummary &month)
{
    return periodCells(meter, month, true);
}

QList<ExportCell> UsageColumns::yearlyCells(const QString &meter, const PeriodSummary &year)
{
    return periodCells(meter, year, true);
}

ExportRow UsageColumns::usageRow(const Meter &meter, const UsageBucket &bucket)
{
    return ExportRow(usageNames(), usageCells(meter.name, QTimeZone(meter.timezone.toUtf8()), bucket),
                     ExportRow::moneyDigits(meter));
}

ExportRow UsageColumns::dailyRow(const Meter &meter, const PeriodSummary &day)
{
    return ExportRow(dailyNames(), dailyCells(meter.name, day), ExportRow::moneyDigits(meter));
}

ExportRow UsageColumns::monthlyRow(const Meter &meter, const PeriodSummary &month)
{
    return ExportRow(monthlyNames(), monthlyCells(meter.name, month), ExportRow::moneyDigits(meter));
}

ExportRow UsageColumns::yearlyRow(const Meter &meter, const PeriodSummary &year)
{
    return ExportRow(yearlyNames(), yearlyCells(meter.name, year), ExportRow::moneyDigits(meter));
}
