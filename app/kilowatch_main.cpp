// kilowatch: the desktop window. Parses the command line, opens the database and hands
// over to DesktopController (ui), which owns everything else.
#include "DesktopController.h"
#include "MainWindow.h"
#include "ThemeManager.h"
#include "TrayController.h"
#include "Version.h"
#include "settings/AppSettings.h"
#include "setup/DatabaseLocation.h"
#include "setup/Localization.h"
#include "setup/SettingsLocation.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kilowatch"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kilowatch"));
    QApplication::setApplicationVersion(QStringLiteral(KILOWATCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("kilowatch"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Kilowatch: a tracker for prepaid electricity meters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "Use this database file."),
                                      QStringLiteral("FILE"));
    parser.addOption(database);
    const QCommandLineOption settingsFile(QStringLiteral("settings"),
                                          QApplication::translate("main", "Use this settings file."),
                                          QStringLiteral("FILE"));
    parser.addOption(settingsFile);
    parser.process(app);

    AppSettings settings(SettingsLocation::resolve(parser.value(settingsFile)));
    settings.load();
    settings.setAutoSaveDelay(1000);
    const QString language = settings.language();
    Localization::install(app, language == QLatin1String("system") ? QString() : language);
    ThemeManager::follow(settings);

    Result<std::unique_ptr<Database>> db = Database::open(DatabaseLocation::resolve(parser.value(database)));
    if (!db) {
        std::fprintf(stderr, "kilowatch: %s\n", qPrintable(db.error()));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Kilowatch"), db.error());
        return 1;
    }
    DesktopController controller(std::move(db).value());
    controller.setSettings(&settings);
    controller.start();
    if (!settings.problems().isEmpty())
        controller.window()->showMessage(settings.problems().constFirst());
    if (settings.startMinimised() && TrayController::isAvailable())
        controller.window()->hide();
    return app.exec();
}
