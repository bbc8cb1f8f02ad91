#pragma once

#include "CliContext.h"
#include "analytics/SummaryQuery.h"

// usage, balance, summary, compare, forecast, alerts: what the readings add up to.
class AnalyticsCommands : public CliContext
{
    Q_OBJECT
public:
    using CliContext::CliContext;

    static QList<CliCommand> commands();

    void runUsage(const QCommandLineParser &parser);
    void runBalance(const QCommandLineParser &parser);
    void runSummary(const QCommandLineParser &parser);
    void runCompare(const QCommandLineParser &parser);
    void runForecast(const QCommandLineParser &parser);
    void runAlerts(const QCommandLineParser &parser);

private:
    bool readWindow(const QCommandLineParser &parser, int *intervalHours, int *groupMinutes);
    // summary and compare: --meter and --period (`usage` when one is missing), the database open
    // and the meter's derived data current; fails the command otherwise.
    std::optional<Meter> periodCommand(const QCommandLineParser &parser, const QString &usage,
                                       SummaryQuery::Period *kind);
};
