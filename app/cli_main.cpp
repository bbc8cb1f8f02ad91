// kilowatch-cli: a thin shell around CliDispatcher (app/cli), which runs every command.
#include "Version.h"
#include "cli/CliDispatcher.h"
#include "settings/AlertSettings.h"
#include "settings/AppSettings.h"
#include "setup/LanguageOption.h"
#include "setup/SettingsLocation.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <csignal>
#endif

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
#ifdef Q_OS_UNIX
    // Over a file size limit (ulimit -f) a write then fails instead of killing the process:
    // SQLite reports it and the user is told the disk refused the write; nothing is lost.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    // The same application name as the window, so both find the same default database.
    QCoreApplication::setApplicationName(QStringLiteral("Kilowatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KILOWATCH_VERSION));

    // Informational logs are for the window's log file; the CLI keeps stderr for problems.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("kilowatch.*.info=false"));

    // --lang CODE is taken out before the commands see the arguments: the translations must be
    // in place before the first message is made.
    const QStringList arguments = app.arguments().mid(1);
    const Result<QString> language = LanguageOption::find(arguments);
    if (!language) {
        std::fprintf(stderr, "kilowatch-cli: %s\n", qPrintable(language.error()));
        return 2;
    }
    if (const QString warning = LanguageOption::apply(app, language.value()); !warning.isEmpty())
        std::fprintf(stderr, "kilowatch-cli: %s\n", qPrintable(warning));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliDispatcher cli(out, err);
    // The same alert rules as the window: the user's settings file (read only here).
    AppSettings settings(SettingsLocation::resolve());
    settings.load();
    cli.setAlertConfig(AlertSettings::configFrom(settings));
    QObject::connect(&cli, &CliDispatcher::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    cli.start(LanguageOption::strip(arguments));
    return app.exec();
}
