#pragma once

#include "CliCommand.h"
#include "alerts/AlertConfig.h"

#include <QObject>
#include <QStringList>

#include <memory>

class CliContext;
class QIODevice;
class QTextStream;
class SecretStore;
struct CliSetup;

// kilowatch-cli: the same core as the window, from a terminal. The commands live in their
// groups (MeterCommands, ReadingCommands, AnalyticsCommands, RechargeCommands, TariffCommands,
// CsvCommands), each declared once (CliCommand); this class takes the global options, finds
// the command, parses its options and runs it. Output goes to `out` (a table, or JSON with
// --json), errors to `err` as sentences, with the exit codes of CliExitCodes.
// Runs on the caller's event loop: start() returns at once and finished() follows.
class CliDispatcher : public QObject, public CliExitCodes
{
    Q_OBJECT
public:
    CliDispatcher(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CliDispatcher() override;

    // Where credentials go (default: the OS keychain) and where --secret-stdin reads
    // (default: standard input). Neither is owned.
    void setSecretStore(SecretStore *store) { m_secrets = store; }
    void setInput(QIODevice *input) { m_input = input; }
    // The alert rules `poll` and `reading add` evaluate (default: AlertConfig::defaults()).
    void setAlertConfig(const AlertConfig &config) { m_alertConfig = config; }

    // `arguments` without the program name.
    void start(const QStringList &arguments);
    bool isFinished() const;
    int exitCode() const;

    // Every command, in the order --help lists them.
    static const QList<CliCommand> &commands();
    static QString usage();

signals:
    void finished(int exitCode);

private:
    void dispatch(const QStringList &arguments);
    CliSetup setup() const;
    // The context that ends this run (a command's, or a plain one before there is a command).
    CliContext &context(const CliCommand *command = nullptr);
    void adopt(std::unique_ptr<CliContext> context);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    QString m_databaseOption;
    SecretStore *m_secrets = nullptr;
    QIODevice *m_input = nullptr;
    AlertConfig m_alertConfig = AlertConfig::defaults();
    std::unique_ptr<CliContext> m_context;
};
