#pragma once

#include "CliContext.h"

#include <QJsonArray>

struct AlertContext;
class PollScheduler;
class QNetworkAccessManager;

// reading add, readings, poll, simulate: readings in, readings out.
class ReadingCommands : public CliContext
{
    Q_OBJECT
public:
    ReadingCommands(const CliSetup &setup, const CliCommand *command, QObject *parent = nullptr);
    ~ReadingCommands() override;

    static QList<CliCommand> commands();

    void runReadingAdd(const QCommandLineParser &parser);
    void runReadings(const QCommandLineParser &parser);
    void runPoll(const QCommandLineParser &parser);
    void runSimulate(const QCommandLineParser &parser);

private:
    // Runs the alert rules for `meter` now; returns the alerts raised as JSON rows.
    QJsonArray evaluateAlerts(const Meter &meter, const AlertContext &context);

    std::unique_ptr<PollScheduler> m_scheduler;
    QNetworkAccessManager *m_network = nullptr;
};
