#pragma once

#include "alerts/AlertConfig.h"
#include "model/Meter.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class CliTable;
struct AlertContext;
class QJsonArray;
class Database;
class Error;
struct RechargeEntry;
struct SourceSession;
class PollScheduler;
class QCommandLineParser;
class QIODevice;
class QNetworkAccessManager;
class QTextStream;
class SecretStore;
struct ProviderInfo;

// kilowatch-cli: the same core as the window, from a terminal. All commands live in one
// table (commands()); each parses its own options. Output goes to `out` (a table, or JSON
// with --json), errors to `err` as sentences, with the exit codes below.
// Runs on the caller's event loop: start() returns at once and finished() follows.
class CliApplication : public QObject
{
    Q_OBJECT
public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,             // the command could not do its work (message on stderr)
        UsageError = 2,          // the command line was wrong
        KeychainUnavailable = 3, // no OS keychain reachable for a secret
    };

    CliApplication(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CliApplication() override;

    // Where credentials go (default: the OS keychain) and where --secret-stdin reads
    // (default: standard input). Neither is owned.
    void setSecretStore(SecretStore *store) { m_secrets = store; }
    void setInput(QIODevice *input) { m_input = input; }
    // The alert rules `poll` and `reading add` evaluate (default: AlertConfig::defaults()).
    void setAlertConfig(const AlertConfig &config) { m_alertConfig = config; }

    // `arguments` without the program name.
    void start(const QStringList &arguments);
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

    static QString usage();

signals:
    void finished(int exitCode);

private:
    struct Command
    {
        QStringList words;
        QString synopsis;
        QString summary;
        void (CliApplication::*run)(const QStringList &arguments);
    };
    static const QList<Command> &commands();

    void dispatch(const QStringList &arguments);
    void finish(int code);
    void fail(int code, const QString &sentence);
    void fail(int code, const Error &error);
    bool parse(QCommandLineParser &parser, const Command &command, const QStringList &arguments);
    bool openDatabase();
    std::optional<Meter> requireMeter(const QString &name);
    void print(const CliTable &table);
    void printObject(const QJsonObject &object);
    std::optional<qint64> parseTime(const QString &text, const Meter &meter, const QString &option);
    QJsonObject meterRow(const Meter &meter);
    // --from/--to of a listing (default: everything); fails the command on a bad value.
    bool parseWindow(const QCommandLineParser &parser, const Meter &meter, qint64 *begin, qint64 *end);
    // --meter of a command that needs one, the database opened; fails the command otherwise.
    std::optional<Meter> meterOption(const QCommandLineParser &parser);
    static QJsonObject rechargeRow(const Meter &meter, const RechargeEntry &recharge);
    static QJsonObject sessionRow(const Meter &meter, const SourceSession &session);
    SecretStore &secrets();
    // Reads "key=value" lines for the provider's credential fields; fails the command on error.
    std::optional<QHash<QString, QString>> readSecrets(const ProviderInfo &info, bool requireAll);
    void writeSecrets(qint64 meterId, const QHash<QString, QString> &values,
                      const std::function<void(int exitCode, const QString &error)> &done);

    void runMeterAdd(const QStringList &arguments);
    void runMeterList(const QStringList &arguments);
    void runMeterRemove(const QStringList &arguments);
    void runMeterSecrets(const QStringList &arguments);
    void runReadingAdd(const QStringList &arguments);
    void runPoll(const QStringList &arguments);
    void runReadings(const QStringList &arguments);
    void runUsage(const QStringList &arguments);
    void runSummary(const QStringList &arguments);
    void runCompare(const QStringList &arguments);
    void runForecast(const QStringList &arguments);
    // Finds the meter and makes sure its derived data is current; fails the command otherwise.
    std::optional<Meter> requireDerivedMeter(const QString &name);
    // The prologue of commands whose only option is --meter NAME: parse, open, find the meter
    // (`derived`: with its derived data current); fails the command otherwise.
    std::optional<Meter> meterOnlyCommand(const QStringList &arguments, bool derived);
    std::optional<QDate> parseDate(const QString &text, const Meter &meter, const QString &option);
    void runSimulate(const QStringList &arguments);
    void runTariffSet(const QStringList &arguments);
    void runTariffList(const QStringList &arguments);
    void runBill(const QStringList &arguments);
    void runBuy(const QStringList &arguments);
    void runRecharges(const QStringList &arguments);
    void runRechargeAdd(const QStringList &arguments);
    void runRechargeEdit(const QStringList &arguments);
    void runRechargeDelete(const QStringList &arguments);
    void runSessions(const QStringList &arguments);
    void runExport(const QStringList &arguments);
    void runImport(const QStringList &arguments);
    void runAlerts(const QStringList &arguments);
    // Runs the alert rules for `meter` now; returns the alerts raised as JSON rows.
    QJsonArray evaluateAlerts(const Meter &meter, const AlertContext &context);
    void runHelp(const QStringList &arguments);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    QString m_databaseOption;
    const Command *m_command = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PollScheduler> m_scheduler;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<SecretStore> m_ownSecrets;
    QIODevice *m_input = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    bool m_finished = false;
    int m_exitCode = Success;
    AlertConfig m_alertConfig = AlertConfig::defaults();
};
