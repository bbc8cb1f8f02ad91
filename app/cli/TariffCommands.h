#pragma once

#include "CliContext.h"

// tariff set, tariff list, bill, buy: prices and what they come to.
class TariffCommands : public CliContext
{
    Q_OBJECT
public:
    using CliContext::CliContext;

    static QList<CliCommand> commands();

    void runTariffSet(const QCommandLineParser &parser);
    void runTariffList(const QCommandLineParser &parser);
    void runBill(const QCommandLineParser &parser);
    void runBuy(const QCommandLineParser &parser);

private:
    // A bill or quote without a tariff says how to set one here.
    void failWithoutTariff(const Error &error);
};
