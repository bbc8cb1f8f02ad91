#pragma once

#include "CliCommand.h"
#include "alerts/AlertConfig.h"
#include "model/Meter.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

class CliTable;
class Database;
class Error;
class QCommandLineParser;
class QIODevice;
class QTextStream;
class SecretStore;

// What one run of kilowatch-cli gets from its caller and from the global options.
struct CliSetup
{
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    bool json = false;              // --json
    QString databaseOption;         // --database, else the default location
    SecretStore *secrets = nullptr; // null: the OS keychain
    QIODevice *input = nullptr;     // null: standard input
    AlertConfig alertConfig = AlertConfig::defaults();
};

// One command at work: the database it opened, where it prints, and the helpers every command
// group shares (meter lookup, time parsing, printing a table or an object). A command ends
// with finish() or fail(); finished() follows on the event loop.
class CliContext : public QObject, public CliExitCodes
{
    Q_OBJECT
public:
    // `command` is null before a command was found (global option errors).
    CliContext(const CliSetup &setup, const CliCommand *command, QObject *parent = nullptr);
    ~CliContext() override;

    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

    void finish(int code);
    void fail(int code, const QString &sentence);
    // A typed failure: a database fault is said as one sentence about the database.
    void fail(int code, const Error &error);

    // The --meter/--from/--to options of the listings (recharges, sessions, alerts).
    static QList<CliOption> windowOptions();

signals:
    void finished(int exitCode);

protected:
    // The declared option of the running command (CliCommand::option).
    const QCommandLineOption &option(const QString &name) const;
    bool openDatabase();
    std::optional<Meter> requireMeter(const QString &name);
    void print(const CliTable &table);
    void printObject(const QJsonObject &object);
    std::optional<qint64> parseTime(const QString &text, const Meter &meter, const QString &option);
    std::optional<QDate> parseDate(const QString &text, const Meter &meter, const QString &option);
    // The time option `name`, if given, into *value (else *value stays); fails the command on a
    // bad value.
    bool timeOption(const QCommandLineParser &parser, const QString &name, const Meter &meter, qint64 *value);
    // The date option `name`, if given, into *value (else *value stays); fails the command on a
    // bad value.
    bool dateOption(const QCommandLineParser &parser, const QString &name, const Meter &meter, QDate *value);
    // --from/--to of a listing (default: everything); fails the command on a bad value.
    bool parseWindow(const QCommandLineParser &parser, const Meter &meter, qint64 *begin, qint64 *end);
    // --meter of a command that needs one, the database opened; fails the command otherwise.
    std::optional<Meter> meterOption(const QCommandLineParser &parser);
    // A listing's --meter and --from/--to window; fails the command otherwise.
    std::optional<Meter> listingMeter(const QCommandLineParser &parser, qint64 *begin, qint64 *end);
    // Finds the meter and makes sure its derived data is current; fails the command otherwise.
    std::optional<Meter> requireDerivedMeter(const QString &name);
    // Commands whose only option is --meter NAME: open, find the meter (`derived`: with its
    // derived data current); fails the command otherwise.
    std::optional<Meter> meterOnlyCommand(const QCommandLineParser &parser, bool derived);
    SecretStore &secrets();

    QTextStream &m_out;
    QTextStream &m_err;
    const bool m_json;
    const QString m_databaseOption;
    const CliCommand *const m_command;
    std::unique_ptr<Database> m_db;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<SecretStore> m_ownSecrets;
    QIODevice *const m_input;
    const AlertConfig m_alertConfig;

private:
    bool m_finished = false;
    int m_exitCode = Success;
};

// A number or null, for JSON rows.
QJsonValue optionalNumber(const std::optional<qint64> &milli);
// A non-negative amount in the meter's currency (or kWh), e.g. "500" or "499.50".
std::optional<qint64> parseAmount(const QString &text);
