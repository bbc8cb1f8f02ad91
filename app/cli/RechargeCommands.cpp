#include "RechargeCommands.h"

#include "CliTable.h"
#include "analytics/RechargeLedger.h"
#include "analytics/SourceSession.h"
#include "export/RechargeColumns.h"
#include "export/SessionColumns.h"
#include "model/FixedPoint.h"
#include "model/PowerSource.h"
#include "model/RechargeEntry.h"
#include "model/TimeFormat.h"
#include "storage/Database.h"
#include "storage/SessionRepository.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>

namespace {

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace

QList<CliCommand> RechargeCommands::commands()
{
    const CliOption meter =
        CliOption::required(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME"));
    const CliOption id =
        CliOption::required(QStringLiteral("id"), tr("The recharge (see recharges)."), QStringLiteral("N"));
    return {
        {{QStringLiteral("recharges")},
         tr("List the recharges (detected, from the provider and typed in), each once."),
         windowOptions(),
         runOf(&RechargeCommands::runRecharges)},
        {{QStringLiteral("recharge"), QStringLiteral("add")},
         tr("Record a recharge by hand (the token has 20 digits; spaces and dashes are fine)."),
         {meter,
          CliOption::required(QStringLiteral("amount"), tr("The amount recharged."),
                              QStringLiteral("AMOUNT")),
          CliOption::optional(QStringLiteral("time"), tr("When (default: now)."), QStringLiteral("ISO8601")),
          CliOption::optional(QStringLiteral("token"), tr("The 20-digit prepaid token."),
                              QStringLiteral("TOKEN"))},
         runOf(&RechargeCommands::runRechargeAdd)},
        {{QStringLiteral("recharge"), QStringLiteral("edit")},
         tr("Correct the amount of a detected or typed-in recharge."),
         {meter, id,
          CliOption::required(QStringLiteral("amount"), tr("The right amount."), QStringLiteral("AMOUNT"))},
         runOf(&RechargeCommands::runRechargeEdit)},
        {{QStringLiteral("recharge"), QStringLiteral("delete")},
         tr("Delete a recharge (a detected one: that balance rise was no recharge)."),
         {meter, id},
         runOf(&RechargeCommands::runRechargeDelete)},
        {{QStringLiteral("sessions")},
         tr("List the grid and generator sessions with their duration, kWh, cost and average kW."),
         windowOptions(),
         runOf(&RechargeCommands::runSessions)},
    };
}

QJsonObject RechargeCommands::rechargeRow(const Meter &meter, const RechargeEntry &r)
{
    return RechargeColumns::row(meter, r).toJson();
}

QJsonObject RechargeCommands::sessionRow(const Meter &meter, const SourceSession &s)
{
    return SessionColumns::row(meter, s).toJson();
}

void RechargeCommands::runRecharges(const QCommandLineParser &parser)
{
    qint64 begin = 0;
    qint64 end = 0;
    const std::optional<Meter> meter = listingMeter(parser, &begin, &end);
    if (!meter)
        return;
    const Result<QList<RechargeEntry>> list = RechargeLedger(*m_db).list(*meter, begin, end);
    if (!list)
        return fail(Failure, list.typedError());
    CliTable table({{QStringLiteral("id"), true},
                    {QStringLiteral("meter")},
                    {QStringLiteral("time")},
                    {QStringLiteral("amount"), true},
                    {QStringLiteral("balance_after"), true},
                    {QStringLiteral("origin")},
                    {QStringLiteral("token")}});
    for (const RechargeEntry &r : list.value())
        table.addRow(rechargeRow(*meter, r));
    print(table);
    finish(Success);
}

void RechargeCommands::runRechargeAdd(const QCommandLineParser &parser)
{
    const QCommandLineOption &amount = option(QStringLiteral("amount"));
    const QCommandLineOption &token = option(QStringLiteral("token"));
    if (!parser.isSet(amount))
        return fail(
            UsageError,
            tr("recharge add needs --amount AMOUNT.\nUsage: kilowatch-cli %1").arg(m_command->synopsis()));
    const std::optional<qint64> milli = parseAmount(parser.value(amount));
    if (!milli || *milli <= 0)
        return fail(
            UsageError,
            tr("--amount needs an amount above zero such as 500, not \"%1\".").arg(parser.value(amount)));
    if (parser.isSet(token) && !RechargeLedger::normalizeToken(parser.value(token)))
        return fail(UsageError,
                    tr("--token needs exactly 20 digits (spaces and dashes are fine), not \"%1\".")
                        .arg(parser.value(token)));
    const std::optional<Meter> meter = meterOption(parser);
    if (!meter)
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    qint64 when = now;
    if (!timeOption(parser, QStringLiteral("time"), *meter, &when))
        return;
    if (when > now + 300)
        return fail(UsageError, tr("--time is in the future."));
    const Result<RechargeEntry> added = RechargeLedger(*m_db).add(*meter, *milli, when, parser.value(token));
    if (!added)
        return fail(Failure, added.typedError());
    printObject(rechargeRow(*meter, added.value()));
    finish(Success);
}

void RechargeCommands::runRechargeEdit(const QCommandLineParser &parser)
{
    const QCommandLineOption &id = option(QStringLiteral("id"));
    const QCommandLineOption &amount = option(QStringLiteral("amount"));
    if (!parser.isSet(id) || !parser.isSet(amount))
        return fail(UsageError, tr("recharge edit needs --id N and --amount AMOUNT.\nUsage: kilowatch-cli %1")
                                    .arg(m_command->synopsis()));
    const std::optional<qint64> which = parseId(parser.value(id));
    if (!which)
        return fail(UsageError, tr("--id needs a recharge number, not \"%1\".").arg(parser.value(id)));
    const std::optional<qint64> milli = parseAmount(parser.value(amount));
    if (!milli || *milli <= 0)
        return fail(
            UsageError,
            tr("--amount needs an amount above zero such as 500, not \"%1\".").arg(parser.value(amount)));
    const std::optional<Meter> meter = meterOption(parser);
    if (!meter)
        return;
    const Result<RechargeEntry> corrected = RechargeLedger(*m_db).correct(*meter, *which, *milli);
    if (!corrected)
        return fail(Failure, corrected.typedError());
    printObject(rechargeRow(*meter, corrected.value()));
    finish(Success);
}

void RechargeCommands::runRechargeDelete(const QCommandLineParser &parser)
{
    const QCommandLineOption &id = option(QStringLiteral("id"));
    if (!parser.isSet(id))
        return fail(UsageError,
                    tr("recharge delete needs --id N.\nUsage: kilowatch-cli %1").arg(m_command->synopsis()));
    const std::optional<qint64> which = parseId(parser.value(id));
    if (!which)
        return fail(UsageError, tr("--id needs a recharge number, not \"%1\".").arg(parser.value(id)));
    const std::optional<Meter> meter = meterOption(parser);
    if (!meter)
        return;
    const Result<RechargeEntry> removed = RechargeLedger(*m_db).remove(*meter, *which);
    if (!removed)
        return fail(Failure, removed.typedError());
    printObject(rechargeRow(*meter, removed.value()));
    finish(Success);
}

void RechargeCommands::runSessions(const QCommandLineParser &parser)
{
    qint64 begin = 0;
    qint64 end = 0;
    const std::optional<Meter> meter = listingMeter(parser, &begin, &end);
    if (!meter)
        return;
    const Result<QList<SourceSession>> list = SessionRepository(*m_db).sessions(meter->id, begin, end);
    if (!list)
        return fail(Failure, list.typedError());
    CliTable table({{QStringLiteral("meter")},
                    {QStringLiteral("source")},
                    {QStringLiteral("start")},
                    {QStringLiteral("end")},
                    {QStringLiteral("duration_s"), true},
                    {QStringLiteral("kwh"), true},
                    {QStringLiteral("cost"), true},
                    {QStringLiteral("avg_kw"), true}});
    for (const SourceSession &s : list.value())
        table.addRow(sessionRow(*meter, s));
    print(table);
    finish(Success);
}
