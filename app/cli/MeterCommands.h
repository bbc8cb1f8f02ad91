#pragma once

#include "CliContext.h"

#include <QHash>

#include <functional>

struct ProviderInfo;
struct ProviderOption;

// meter add, meter list, meter remove, meter secrets.
class MeterCommands : public CliContext
{
    Q_OBJECT
public:
    using CliContext::CliContext;

    static QList<CliCommand> commands();

    void runMeterAdd(const QCommandLineParser &parser);
    void runMeterList(const QCommandLineParser &parser);
    void runMeterRemove(const QCommandLineParser &parser);
    void runMeterSecrets(const QCommandLineParser &parser);

private:
    // Every provider's options, each name once (meter add accepts them all, then checks).
    static QList<ProviderOption> providerOptions();
    QJsonObject meterRow(const Meter &meter);
    // Reads "key=value" lines for the provider's credential fields; fails the command on error.
    std::optional<QHash<QString, QString>> readSecrets(const ProviderInfo &info, bool requireAll);
    void writeSecrets(qint64 meterId, const QHash<QString, QString> &values,
                      const std::function<void(int exitCode, const QString &error)> &done);
};
