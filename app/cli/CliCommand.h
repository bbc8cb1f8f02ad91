#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class CliContext;
class QCommandLineParser;
struct CliSetup;

// kilowatch-cli's exit codes (the README documents them).
struct CliExitCodes
{
    enum ExitCode
    {
        Success = 0,
        Failure = 1,             // the command could not do its work (message on stderr)
        UsageError = 2,          // the command line was wrong
        KeychainUnavailable = 3, // no OS keychain reachable for a secret
    };
};

// One option of a command: what the parser accepts and how the synopsis shows it.
struct CliOption
{
    enum class Shape
    {
        Optional,    // [--x VALUE]
        Required,    // --x VALUE
        Repeated,    // --x VALUE [--x VALUE ...]: needed, and may be given several times
        OneOf,       // (--x VALUE | --y VALUE): exactly one of adjacent OneOf options
        Alternative, // | --x VALUE: instead of the options shown before it
    };

    QCommandLineOption option;
    Shape shape = Shape::Optional;

    static CliOption optional(const QString &name, const QString &description, const QString &valueName = {});
    static CliOption required(const QString &name, const QString &description, const QString &valueName = {});
    static CliOption repeated(const QString &name, const QString &description, const QString &valueName = {});
    static CliOption oneOf(const QString &name, const QString &description, const QString &valueName = {});
    static CliOption alternative(const QString &name, const QString &description,
                                 const QString &valueName = {});

    QString name() const { return option.names().constFirst(); }
    // "--name VALUE", or "--name" for a switch.
    QString text() const;
};

// One kilowatch-cli command, declared once: its words, what it does, its options and
// positional arguments. The parser and the synopsis (--help, help COMMAND, usage errors) are
// made from this declaration; `run` does the work.
struct CliCommand
{
    // Makes the command's context and starts the command on it; the context finishes it.
    using Run = std::function<std::unique_ptr<CliContext>(const CliSetup &setup, const CliCommand &command,
                                                          const QCommandLineParser &parser)>;

    QStringList words;
    QString summary;
    QList<CliOption> options;
    Run run;
    // Positional arguments as the synopsis shows them, before the options: "NAME", "[COMMAND]".
    QStringList arguments = {};
    // Shown after the options, e.g. "[provider options]" (those are `unlisted`).
    QString more = {};
    // Accepted by the parser, documented elsewhere (help COMMAND).
    QList<QCommandLineOption> unlisted = {};
    // Everything after the words is a positional argument, options included (help).
    bool verbatimArguments = false;

    // "meter add --name NAME --provider KIND [--interval SECONDS] ...".
    QString synopsis() const;
    // Declares the options on `parser` and parses `arguments` (without the words).
    bool parse(QCommandLineParser &parser, const QStringList &arguments) const;
    // The declared option of that name; a command asks only for its own.
    const QCommandLineOption &option(const QString &name) const;
};

// The Run of a command that is a member function of its group (a CliContext subclass).
template <class Group>
CliCommand::Run runOf(void (Group::*function)(const QCommandLineParser &parser))
{
    return [function](const CliSetup &setup, const CliCommand &command,
                      const QCommandLineParser &parser) -> std::unique_ptr<CliContext> {
        auto group = std::make_unique<Group>(setup, &command);
        (group.get()->*function)(parser);
        return group;
    };
}
