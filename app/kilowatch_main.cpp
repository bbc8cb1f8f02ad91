// kilowatch: the desktop window. Parses the command line, opens the database and hands
// over to DesktopController (ui), which owns everything else.
#include "DesktopController.h"
#include "Version.h"
#include "setup/DatabaseLocation.h"
#include "setup/Localization.h"
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

    Localization::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Kilowatch: a tracker for prepaid electricity meters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "Use this database file."),
                                      QStringLiteral("FILE"));
    parser.addOption(database);
    parser.process(app);

    Result<std::unique_ptr<Database>> db = Database::open(DatabaseLocation::resolve(parser.value(database)));
    if (!db) {
        std::fprintf(stderr, "kilowatch: %s\n", qPrintable(db.error()));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Kilowatch"), db.error());
        return 1;
    }
    DesktopController controller(std::move(db).value());
    controller.start();
    return app.exec();
}
