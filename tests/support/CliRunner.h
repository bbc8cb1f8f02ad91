#pragma once

#include "alerts/AlertConfig.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;
class SecretStore;

// What one in-process run of kilowatch-cli gave.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// Runs kilowatch-cli commands in process (CliDispatcher on this thread's event loop), on one
// database, as the tests of the CLI, the providers and the secrets need it.
class CliRunner
{
public:
    // `database` goes first as --database FILE; empty: no --database.
    explicit CliRunner(QString database = QString());

    void setDatabase(const QString &database) { m_database = database; }
    // Where credentials go (default: the OS keychain); not owned.
    void setSecretStore(SecretStore *store) { m_secrets = store; }
    void setAlertConfig(const AlertConfig &config) { m_alertConfig = config; }
    // How long a command may take before the test stops (default 60 s: a loaded machine).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // `input` is standard input (empty by default: never the test's own).
    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const;
    // Standard input from `input`, not owned; null: the process's standard input.
    CliRun run(const QStringList &arguments, QIODevice *input) const;

    // "meter add --name x" as arguments (split at spaces).
    static QStringList words(const QString &text) { return text.split(QLatin1Char(' '), Qt::SkipEmptyParts); }

private:
    QString m_database;
    SecretStore *m_secrets = nullptr;
    std::optional<AlertConfig> m_alertConfig;
    int m_timeoutMs = 60'000;
};
