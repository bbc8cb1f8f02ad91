// kilowatch: the desktop window. Parses the command line, makes sure this is the only window on
// its database, opens the database and hands over to DesktopController (ui), which owns
// everything else.
#include "AppIcons.h"
#include "DesktopController.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ThemeManager.h"
#include "TrayController.h"
#include "Version.h"
#include "WindowActivation.h"
#include "settings/AppSettings.h"
#include "setup/DatabaseLocation.h"
#include "setup/DesktopCommandLine.h"
#include "setup/LanguageOption.h"
#include "setup/LogFile.h"
#include "setup/SettingsLocation.h"
#include "setup/SingleInstance.h"
#include "setup/TerminationSignals.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QMessageBox>

#include <chrono>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace {

class StartupReporter : public QObject
{
public:
    explicit StartupReporter(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            QFile status(QStringLiteral("/proc/self/status"));
            QByteArray peak;
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("VmHWM:"))
                        peak = line.mid(6).trimmed();
                }
            }
            std::fprintf(stderr, "kilowatch-startup first_paint_monotonic_ms=%lld peak_rss=\"%s\"\n",
                         static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                    std::chrono::steady_clock::now().time_since_epoch())
                                                    .count()),
                         peak.constData());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Kilowatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KILOWATCH_VERSION));
}

// --lang first: the help texts and every message after it are translated. Without it, the
// language chosen in the settings ("system" follows the system).
bool applyLanguage(QCoreApplication &app, const QString &fromSettings = {})
{
    const Result<QString> language = LanguageOption::find(app.arguments().mid(1));
    if (!language) {
        std::fprintf(stderr, "kilowatch: %s\n", qPrintable(language.error()));
        return false;
    }
    QString chosen = language.value();
    if (chosen.isEmpty() && fromSettings != QLatin1String("system"))
        chosen = fromSettings;
    if (const QString warning = LanguageOption::apply(app, chosen); !warning.isEmpty())
        std::fprintf(stderr, "kilowatch: %s\n", qPrintable(warning));
    return true;
}

// The settings file named by --settings (looked up before the full parse, which needs the
// language the settings may choose).
QString settingsArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--settings") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--settings=")))
            return arguments[i].mid(11);
    }
    return {};
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
#ifdef Q_OS_UNIX
    // Over a file size limit (ulimit -f) a write then fails instead of killing the process:
    // SQLite reports it and the user is told the disk refused the write; nothing is lost.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Kilowatch"));
    // The .desktop file's id: Wayland compositors and docks match the window to it.
    QApplication::setDesktopFileName(AppIcons::applicationId());
    QApplication::setWindowIcon(AppIcons::application());
    AppSettings settings(SettingsLocation::resolve(settingsArgument(app.arguments())));
    settings.load();
    settings.setAutoSaveDelay(1000);
    if (!applyLanguage(app, settings.language()))
        return 1;
    DesktopCommandLine commandLine;
    commandLine.process(app);
    ThemeManager::follow(settings);

    // Everything logged from here on also goes to kilowatch.log (0600, rotated).
    if (const Status logging = LogFile::install(LogFile::defaultPath()); !logging)
        std::fprintf(stderr, "kilowatch: %s\n", qPrintable(logging.error()));

    // Logout, `kill`, Ctrl+C and a closed terminal quit through the event loop, as File > Quit
    // does: DesktopController takes the quit event over (it never merely hides the window), and
    // the database closes cleanly.
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
    controller.setSettings(&settings);
    controller.start();
    if (!settings.problems().isEmpty())
        controller.window()->showMessage(settings.problems().constFirst());
    if (settings.startMinimised() && TrayController::isAvailable())
        controller.window()->hide();
    // For the start-up benchmark: when the window first paints, say when (monotonic clock, the
    // one the benchmark reads too) and how much memory the process has used at most.
    if (qEnvironmentVariableIsSet("KILOWATCH_REPORT_STARTUP"))
        new StartupReporter(controller.window());
    const int code = app.exec();
    qCInfo(lcUi) << "exiting with code" << code;
    return code;
}
