#pragma once

#include "CliContext.h"

// usage, summary, compare, forecast, alerts: what the readings add up to.
class AnalyticsCommands : public CliContext
{
    Q_OBJECT
public:
    using CliContext::CliContext;

    static QList<CliCommand> commands();

    void runUsage(const QCommandLineParser &parser);
    void runSummary(const QCommandLineParser &parser);
    void runCompare(const QCommandLineParser &parser);
    void runForecast(const QCommandLineParser &parser);
    void runAlerts(const QCommandLineParser &parser);
};
