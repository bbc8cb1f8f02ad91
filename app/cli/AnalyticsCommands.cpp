#include "AnalyticsCommands.h"

#include "CliTable.h"
#include "analytics/BalanceForecast.h"
#include "analytics/BalanceSeries.h"
#include "analytics/LocalCalendar.h"
#include "analytics/PeriodComparison.h"
#include "analytics/SummaryQuery.h"
#include "analytics/UsageSeries.h"
#include "export/AlertColumns.h"
#include "export/BalanceColumns.h"
#include "export/UsageColumns.h"
#include "model/FixedPoint.h"
#include "storage/AlertRepository.h"
#include "storage/Database.h"
#include "storage/ReadingRepository.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>

QList<CliCommand> AnalyticsCommands::commands()
{
    const CliOption meter =
        CliOption::required(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME"));
    const CliOption period = CliOption::required(QStringLiteral("period"), tr("day, month or year."),
                                                 QStringLiteral("day|month|year"));
    return {
        {{QStringLiteral("usage")},
         tr("The usage series the chart draws: the last H hours (1-720) in buckets of G minutes (1-1440)."),
         {meter,
          CliOption::required(QStringLiteral("interval-hours"), tr("Window length in hours (1-720)."),
                              QStringLiteral("H")),
          CliOption::required(QStringLiteral("group-minutes"), tr("Bucket length in minutes (1-1440)."),
                              QStringLiteral("G")),
          {QCommandLineOption(QStringLiteral("unit"), tr("kwh or money: the column the table shows."),
                              QStringLiteral("kwh|money"), QStringLiteral("kwh")),
           CliOption::Shape::Optional},
          CliOption::optional(QStringLiteral("at"), tr("End of the window (default: now)."),
                              QStringLiteral("ISO8601"))},
         runOf(&AnalyticsCommands::runUsage)},
        {{QStringLiteral("balance")},
         tr("The balance the chart draws: per bucket of G minutes (1-1440) over the last H hours (1-720), "
            "its first, last, lowest and highest value and what was recharged."),
         {meter,
          CliOption::required(QStringLiteral("interval-hours"), tr("Window length in hours (1-720)."),
                              QStringLiteral("H")),
          CliOption::required(QStringLiteral("group-minutes"), tr("Bucket length in minutes (1-1440)."),
                              QStringLiteral("G")),
          CliOption::optional(QStringLiteral("at"), tr("End of the window (default: now)."),
                              QStringLiteral("ISO8601"))},
         runOf(&AnalyticsCommands::runBalance)},
        {{QStringLiteral("summary")},
         tr("Energy, cost, recharges and closing balance per day, month or year."),
         {meter, period,
          CliOption::optional(QStringLiteral("from"),
                              tr("First day (default: 30 days, 12 months or all years)."),
                              QStringLiteral("ISO8601")),
          CliOption::optional(QStringLiteral("to"), tr("Last day (default: today)."),
                              QStringLiteral("ISO8601"))},
         runOf(&AnalyticsCommands::runSummary)},
        {{QStringLiteral("compare")},
         tr("This period so far against the same span of the previous period and of last year."),
         {meter, period,
          CliOption::optional(QStringLiteral("at"), tr("A moment in the period to compare (default: now)."),
                              QStringLiteral("ISO8601"))},
         runOf(&AnalyticsCommands::runCompare)},
        {{QStringLiteral("forecast")},
         tr("When the balance runs out, from the robust daily spend of the last 14 days."),
         {meter},
         runOf(&AnalyticsCommands::runForecast)},
        {{QStringLiteral("alerts")},
         tr("List the alert log: low balance, recharges, generator, daily summaries, provider trouble."),
         windowOptions(),
         runOf(&AnalyticsCommands::runAlerts)},
    };
}

void AnalyticsCommands::runUsage(const QCommandLineParser &parser)
{
    const QCommandLineOption &meterOption = option(QStringLiteral("meter"));
    const QCommandLineOption &hours = option(QStringLiteral("interval-hours"));
    const QCommandLineOption &minutes = option(QStringLiteral("group-minutes"));
    const QCommandLineOption &unit = option(QStringLiteral("unit"));
    if (!parser.isSet(meterOption) || !parser.isSet(hours) || !parser.isSet(minutes))
        return fail(UsageError,
                    tr("usage needs --meter, --interval-hours and --group-minutes.\nUsage: kilowatch-cli %1")
                        .arg(m_command->synopsis()));
    int h = 0;
    int g = 0;
    if (!readWindow(parser, &h, &g))
        return;
    const QString unitName = parser.value(unit);
    if (unitName != QLatin1String("kwh") && unitName != QLatin1String("money"))
        return fail(UsageError, tr("--unit is kwh or money, not \"%1\".").arg(unitName));
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireDerivedMeter(parser.value(meterOption));
    if (!meter)
        return;
    qint64 end = QDateTime::currentSecsSinceEpoch();
    if (!timeOption(parser, QStringLiteral("at"), *meter, &end))
        return;
    const Result<UsageSeries> series = UsageSeriesQuery(*m_db).run(*meter, end, h, g);
    if (!series)
        return fail(Failure, series.typedError());
    if (m_json) {
        CliTable table({});
        for (const UsageBucket &b : series->buckets)
            table.addRow(UsageColumns::usageRow(*meter, b).toJson());
        table.printJson(m_out);
        return finish(Success);
    }
    const bool money = unitName == QLatin1String("money");
    CliTable table({{QStringLiteral("start")},
                    {QStringLiteral("end")},
                    {money ? QStringLiteral("cost") : QStringLiteral("grid_kwh"), true},
                    {money ? QStringLiteral("kwh") : QStringLiteral("generator_kwh"), true},
                    {money ? QStringLiteral("estimated") : QStringLiteral("kwh"), true},
                    {QStringLiteral("gap")}});
    for (const UsageBucket &b : series->buckets)
        table.addRow(UsageColumns::usageRow(*meter, b).toJson());
    print(table);
    finish(Success);
}

// --interval-hours and --group-minutes as the chart's window (ChartWindow's bounds), or a
// usage error said and false.
bool AnalyticsCommands::readWindow(const QCommandLineParser &parser, int *intervalHours, int *groupMinutes)
{
    const QCommandLineOption &hours = option(QStringLiteral("interval-hours"));
    const QCommandLineOption &minutes = option(QStringLiteral("group-minutes"));
    bool okHours = false;
    bool okMinutes = false;
    *intervalHours = parser.value(hours).toInt(&okHours);
    *groupMinutes = parser.value(minutes).toInt(&okMinutes);
    if (!okHours || *intervalHours < ChartWindow::kMinIntervalHours ||
        *intervalHours > ChartWindow::kMaxIntervalHours) {
        fail(UsageError,
             tr("--interval-hours needs a whole number from 1 to 720, not \"%1\".").arg(parser.value(hours)));
        return false;
    }
    if (!okMinutes || *groupMinutes < ChartWindow::kMinGroupMinutes ||
        *groupMinutes > ChartWindow::kMaxGroupMinutes) {
        fail(UsageError, tr("--group-minutes needs a whole number from 1 to 1440, not \"%1\".")
                             .arg(parser.value(minutes)));
        return false;
    }
    return true;
}

void AnalyticsCommands::runBalance(const QCommandLineParser &parser)
{
    const QCommandLineOption &meterOption = option(QStringLiteral("meter"));
    const QCommandLineOption &hours = option(QStringLiteral("interval-hours"));
    const QCommandLineOption &minutes = option(QStringLiteral("group-minutes"));
    if (!parser.isSet(meterOption) || !parser.isSet(hours) || !parser.isSet(minutes))
        return fail(
            UsageError,
            tr("balance needs --meter, --interval-hours and --group-minutes.\nUsage: kilowatch-cli %1")
                .arg(m_command->synopsis()));
    int h = 0;
    int g = 0;
    if (!readWindow(parser, &h, &g))
        return;
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireDerivedMeter(parser.value(meterOption));
    if (!meter)
        return;
    qint64 end = QDateTime::currentSecsSinceEpoch();
    if (!timeOption(parser, QStringLiteral("at"), *meter, &end))
        return;
    // The one query the window's balance chart draws.
    const Result<BalanceSeries> series = BalanceSeriesQuery(*m_db).run(*meter, end, h, g);
    if (!series)
        return fail(Failure, series.typedError());
    QList<CliTable::Column> columns;
    for (const QString &name : BalanceColumns::names())
        columns.append({name, name != QLatin1String("start") && name != QLatin1String("end")});
    CliTable table(columns);
    for (const BalanceBucket &b : series->buckets)
        table.addRow(BalanceColumns::row(*meter, b).toJson());
    print(table);
    finish(Success);
}

std::optional<Meter> AnalyticsCommands::periodCommand(const QCommandLineParser &parser, const QString &usage,
                                                      SummaryQuery::Period *kind)
{
    const QCommandLineOption &meterOption = option(QStringLiteral("meter"));
    const QCommandLineOption &period = option(QStringLiteral("period"));
    if (!parser.isSet(meterOption) || !parser.isSet(period)) {
        fail(UsageError, usage.arg(m_command->synopsis()));
        return std::nullopt;
    }
    const std::optional<SummaryQuery::Period> named = SummaryQuery::periodFromName(parser.value(period));
    if (!named) {
        fail(UsageError, tr("--period is day, month or year, not \"%1\".").arg(parser.value(period)));
        return std::nullopt;
    }
    *kind = *named;
    if (!openDatabase())
        return std::nullopt;
    return requireDerivedMeter(parser.value(meterOption));
}

void AnalyticsCommands::runSummary(const QCommandLineParser &parser)
{
    SummaryQuery::Period kind{};
    const std::optional<Meter> meter =
        periodCommand(parser, tr("summary needs --meter and --period.\nUsage: kilowatch-cli %1"), &kind);
    if (!meter)
        return;
    const QTimeZone zone(meter->timezone.toUtf8());
    const QDate today = LocalCalendar(zone).localDate(QDateTime::currentSecsSinceEpoch());
    QDate last = today;
    if (!dateOption(parser, QStringLiteral("to"), *meter, &last))
        return;
    QDate first;
    if (parser.isSet(QStringLiteral("from"))) {
        if (!dateOption(parser, QStringLiteral("from"), *meter, &first))
            return;
    } else if (kind == SummaryQuery::Period::Day) {
        first = last.addDays(-29);
    } else if (kind == SummaryQuery::Period::Month) {
        first = QDate(last.year(), last.month(), 1).addMonths(-11);
    } else {
        const std::optional<Reading> earliest = ReadingRepository(*m_db).earliest(meter->id);
        first = earliest ? LocalCalendar(zone).localDate(earliest->time) : last;
    }
    if (last < first)
        return fail(UsageError, tr("--to must not be before --from."));
    if (first.daysTo(last) > 366 * 20)
        return fail(UsageError, tr("That range is longer than 20 years."));
    const Result<QList<PeriodSummary>> periods = SummaryQuery(*m_db).run(*meter, kind, first, last);
    if (!periods)
        return fail(Failure, periods.typedError());
    const QStringList &names = kind == SummaryQuery::Period::Day     ? UsageColumns::dailyNames()
                               : kind == SummaryQuery::Period::Month ? UsageColumns::monthlyNames()
                                                                     : UsageColumns::yearlyNames();
    QList<CliTable::Column> columns;
    for (int i = 1; i < names.size(); ++i) // the meter column is implied in the table view
        columns.append({names[i], i > 1});
    CliTable table(columns);
    for (const PeriodSummary &p : periods.value()) {
        table.addRow((kind == SummaryQuery::Period::Day     ? UsageColumns::dailyRow(*meter, p)
                      : kind == SummaryQuery::Period::Month ? UsageColumns::monthlyRow(*meter, p)
                                                            : UsageColumns::yearlyRow(*meter, p))
                         .toJson());
    }
    print(table);
    finish(Success);
}

void AnalyticsCommands::runCompare(const QCommandLineParser &parser)
{
    SummaryQuery::Period kind{};
    const std::optional<Meter> meter =
        periodCommand(parser, tr("compare needs --meter and --period.\nUsage: kilowatch-cli %1"), &kind);
    if (!meter)
        return;
    const QTimeZone zone(meter->timezone.toUtf8());
    QDate day = LocalCalendar(zone).localDate(QDateTime::currentSecsSinceEpoch());
    if (!dateOption(parser, QStringLiteral("at"), *meter, &day))
        return;
    // Like for like, as the chart's overlay: the one definition in PeriodComparison.
    using PC = PeriodComparison;
    const PC::Days now = PC::current(kind, day);
    const PC::Days before = PC::compared(kind, day, PC::Against::PreviousPeriod);
    const PC::Days yearAgo = PC::compared(kind, day, PC::Against::LastYear);

    SummaryQuery query(*m_db);
    const Result<PeriodSummary> current = query.total(*meter, now.first, now.last);
    const Result<PeriodSummary> previous = query.total(*meter, before.first, before.last);
    const Result<PeriodSummary> lastYear = query.total(*meter, yearAgo.first, yearAgo.last);
    if (!current || !previous || !lastYear)
        return fail(Failure, !current    ? current.typedError()
                             : !previous ? previous.typedError()
                                         : lastYear.typedError());
    const auto change = [](qint64 now, qint64 then, bool known) -> QJsonValue {
        const std::optional<double> percent = PeriodComparison::changePercent(now, then);
        if (!known || !percent)
            return QJsonValue::Null;
        return *percent;
    };
    CliTable table({{QStringLiteral("period")},
                    {QStringLiteral("from")},
                    {QStringLiteral("to")},
                    {QStringLiteral("kwh"), true},
                    {QStringLiteral("cost"), true},
                    {QStringLiteral("days_with_data"), true},
                    {QStringLiteral("change_kwh_pct"), true},
                    {QStringLiteral("change_cost_pct"), true}});
    const auto row = [&](const QString &name, const PeriodSummary &p, bool isCurrent) {
        const bool known = p.daysWithData > 0;
        const bool both = known && current->daysWithData > 0 && !isCurrent;
        table.addRow(QJsonObject{
            {QStringLiteral("meter"), meter->name},
            {QStringLiteral("period"), name},
            {QStringLiteral("from"), p.first.toString(Qt::ISODate)},
            {QStringLiteral("to"), p.last.toString(Qt::ISODate)},
            {QStringLiteral("kwh"), known ? QJsonValue(FixedPoint::toDouble(p.totalWh())) : QJsonValue::Null},
            {QStringLiteral("cost"),
             known ? QJsonValue(FixedPoint::toDouble(p.costMilli)) : QJsonValue::Null},
            {QStringLiteral("days_with_data"), p.daysWithData},
            {QStringLiteral("change_kwh_pct"), change(current->totalWh(), p.totalWh(), both)},
            {QStringLiteral("change_cost_pct"), change(current->costMilli, p.costMilli, both)},
        });
    };
    row(QStringLiteral("current"), current.value(), true);
    row(QStringLiteral("previous"), previous.value(), false);
    row(QStringLiteral("last_year"), lastYear.value(), false);
    print(table);
    finish(Success);
}

void AnalyticsCommands::runForecast(const QCommandLineParser &parser)
{
    const std::optional<Meter> meter = meterOnlyCommand(parser, true);
    if (!meter)
        return;
    const Result<ForecastResult> f = BalanceForecast(*m_db).run(*meter, QDateTime::currentSecsSinceEpoch());
    if (!f)
        return fail(Failure, f.typedError());
    const auto date = [](const std::optional<QDate> &d) {
        return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    printObject(QJsonObject{
        {QStringLiteral("meter"), meter->name},
        {QStringLiteral("balance"), optionalNumber(f->balanceMilli)},
        {QStringLiteral("daily_cost"), optionalNumber(f->dailyCostMilli)},
        {QStringLiteral("days_remaining"), f->daysRemaining
                                               ? QJsonValue(qRound(*f->daysRemaining * 10.0) / 10.0)
                                               : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("runs_out_on"), date(f->runsOutOn)},
        {QStringLiteral("earliest"), date(f->earliestDate)},
        {QStringLiteral("latest"), date(f->latestDate)},
        {QStringLiteral("confidence"), f->confidenceName()},
        {QStringLiteral("days_used"), f->daysUsed},
    });
    finish(Success);
}

void AnalyticsCommands::runAlerts(const QCommandLineParser &parser)
{
    qint64 begin = 0;
    qint64 end = 0;
    const std::optional<Meter> meter = listingMeter(parser, &begin, &end);
    if (!meter)
        return;
    const Result<QList<Alert>> list = AlertRepository(*m_db).list(meter->id, begin, end);
    if (!list)
        return fail(Failure, list.typedError());
    QList<CliTable::Column> columns;
    for (const QString &name : AlertColumns::names())
        columns.append({name});
    CliTable table(columns);
    for (const Alert &a : list.value())
        table.addRow(AlertColumns::row(*meter, a).toJson());
    print(table);
    finish(Success);
}
