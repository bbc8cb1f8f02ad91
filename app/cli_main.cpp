// kilowatch-cli: a thin shell around CliApplication (core), which holds every command.
#include "Version.h"
#include "cli/CliApplication.h"
#include "settings/AlertSettings.h"
#include "settings/AppSettings.h"
#include "setup/Localization.h"
#include "setup/SettingsLocation.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same application name as the window, so both find the same default database.
    QCoreApplication::setApplicationName(QStringLiteral("Kilowatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KILOWATCH_VERSION));

    // Informational logs are for the window's log file; the CLI keeps stderr for problems.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("kilowatch.*.info=false"));

    Localization::install(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApplication cli(out, err);
    // The same alert rules as the window: the user's settings file (read only here).
    AppSettings settings(SettingsLocation::resolve());
    settings.load();
    cli.setAlertConfig(AlertSettings::configFrom(settings));
    QObject::connect(&cli, &CliApplication::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    cli.start(app.arguments().mid(1));
    return app.exec();
}
