// kilowatch: the desktop window. Parses the command line, makes sure this is the only window on
// its database, opens the database and hands over to DesktopController (ui), which owns
// everything else.
#include "AppIcons.h"
#include "DesktopController.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Version.h"
#include "WindowActivation.h"
#include "setup/DatabaseLocation.h"
#include "setup/DesktopCommandLine.h"
#include "setup/LanguageOption.h"
#include "setup/LogFile.h"
#include "setup/SingleInstance.h"
#include "setup/TerminationSignals.h"
#include "storage/Database.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Kilowatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KILOWATCH_VERSION));
}

// --lang first: the help texts and every message after it are translated.
bool applyLanguage(QCoreApplication &app)
{
    const Result<QString> language = LanguageOption::find(app.arguments().mid(1));
    if (!language) {
        std::fprintf(stderr, "kilowatch: %s\n", qPrintable(language.error()));
        return false;
    }
    if (const QString warning = LanguageOption::apply(app, language.value()); !warning.isEmpty())
        std::fprintf(stderr, "kilowatch: %s\n", qPrintable(warning));
    return true;
}

// --help and --version print and exit; they need no display, so no QApplication.
int printOnly(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    if (!applyLanguage(app))
        return 1;
    DesktopCommandLine commandLine;
    commandLine.process(app);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (DesktopCommandLine::printsOnly(argc, argv))
        return printOnly(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Kilowatch"));
    // The .desktop file's id: Wayland compositors and docks match the window to it.
    QApplication::setDesktopFileName(AppIcons::applicationId());
    QApplication::setWindowIcon(AppIcons::application());
    if (!applyLanguage(app))
        return 1;
    DesktopCommandLine commandLine;
    commandLine.process(app);

    // Everything logged from here on also goes to kilowatch.log (0600, rotated).
    if (const Status logging = LogFile::install(LogFile::defaultPath()); !logging)
        std::fprintf(stderr, "kilowatch: %s\n", qPrintable(logging.error()));

    // Logout, `kill` and Ctrl+C quit through the event loop: the database closes cleanly.
    QObject::connect(TerminationSignals::install(), &TerminationSignals::received, &app,
                     [](int signalNumber) {
                         qCInfo(lcUi) << "quitting on signal" << signalNumber;
                         QCoreApplication::quit();
                     });

    const QString databasePath = DatabaseLocation::resolve(commandLine.database());
    SingleInstance instance(databasePath);
    const Result<SingleInstance::Role> role = instance.claim();
    if (!role) {
        std::fprintf(stderr, "kilowatch: %s\n", qPrintable(role.error()));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Kilowatch"), role.error());
        return 1;
    }
    if (role.value() == SingleInstance::Role::Secondary) {
        std::fprintf(stderr, "kilowatch: %s\n",
                     qPrintable(QApplication::translate(
                         "main", "Kilowatch is already running with this database; its window was brought "
                                 "to the front.")));
        return 0;
    }

    Result<std::unique_ptr<Database>> db = Database::open(databasePath);
    if (!db) {
        std::fprintf(stderr, "kilowatch: %s\n", qPrintable(db.error()));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Kilowatch"), db.error());
        return 1;
    }
    DesktopController controller(std::move(db).value());
    QObject::connect(&instance, &SingleInstance::activationRequested, &controller,
                     [&controller] { WindowActivation::bringToFront(controller.window()); });
    controller.start();
    const int code = app.exec();
    qCInfo(lcUi) << "exiting with code" << code;
    return code;
}
