#pragma once

#include "CliContext.h"

struct RechargeEntry;
struct SourceSession;

// recharges, recharge add/edit/delete, sessions: the ledger and the grid/generator sessions.
class RechargeCommands : public CliContext
{
    Q_OBJECT
public:
    using CliContext::CliContext;

    static QList<CliCommand> commands();

    void runRecharges(const QCommandLineParser &parser);
    void runRechargeAdd(const QCommandLineParser &parser);
    void runRechargeEdit(const QCommandLineParser &parser);
    void runRechargeDelete(const QCommandLineParser &parser);
    void runSessions(const QCommandLineParser &parser);

private:
    static QJsonObject rechargeRow(const Meter &meter, const RechargeEntry &recharge);
    static QJsonObject sessionRow(const Meter &meter, const SourceSession &session);
};
