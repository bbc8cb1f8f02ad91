#include "DesktopController.h"

#include "settings/AppSettings.h"

#include "settings/AlertSettings.h"

#include "UsageChartPanel.h"

#include "SettingsDialog.h"

#include "CsvActions.h"

#include "AlertsPanel.h"
#include "DesktopNotifier.h"
#include "Logging.h"
#include "MainWindow.h"
#include "TrayController.h"
#include "alerts/AlertDispatcher.h"
#include "alerts/AlertMonitor.h"
#include "alerts/TelegramChannel.h"
#include "analytics/ReadingIngestor.h"
#include "polling/PollScheduler.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionFallbackSecretStore.h"
#include "setup/DemoMeter.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSessionManager>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QThread>
#include <QTimer>

DesktopController::DesktopController(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_network(new QNetworkAccessManager(this))
    , m_keychain(new KeychainSecretStore(this))
    , m_secrets(new SessionFallbackSecretStore(m_keychain, this))
    , m_scheduler(std::make_unique<PollScheduler>(*m_db))
    , m_window(std::make_unique<MainWindow>(*m_db, *m_scheduler))
    , m_alerts(new AlertMonitor(*m_db, *m_scheduler, AlertConfig::defaults(), this))
    , m_dispatcher(new AlertDispatcher(*m_db, this))
    , m_notifier(new DesktopNotifier(this))
    , m_telegram(new TelegramChannel(m_network, m_secrets, AlertConfig::defaults().telegram, this))
    , m_trayRefresh(new QTimer(this))
{
    // One network access manager for all adapters (shared connections); credentials from the
    // OS keychain, or held for this session only when the user chose so.
    ProviderContext context{m_network, m_secrets};
    context.frontEnd = ProviderContext::FrontEnd::Window; // sentences point to Meter > Edit meter…
    m_scheduler->setProviderContext(context);
    m_window->setMeterServices(m_secrets, m_network);

    // Alerts: the monitor runs the rules after each fetch and each minute, the dispatcher
    // delivers the outbox (desktop, Telegram); the window's status line is the last resort.
    m_notifier->setFallback([this](const QString &title, const QString &body) {
        m_window->showMessage(title + QStringLiteral(": ") + body);
    });
    m_dispatcher->addChannel(m_notifier);
    m_dispatcher->addChannel(m_telegram);
    connect(m_alerts, &AlertMonitor::alertsRaised, this, [this] {
        m_dispatcher->processDue();
        m_window->alertsPanel()->refresh();
        m_trayRefresh->start();
    });
    connect(m_notifier, &DesktopNotifier::activated, this, &DesktopController::openDashboard);
    // Many meters updating at once refresh the tray once.
    m_trayRefresh->setSingleShot(true);
    m_trayRefresh->setInterval(300);
    connect(m_trayRefresh, &QTimer::timeout, this, [this] {
        if (m_tray)
            m_tray->refresh();
    });
    connect(m_scheduler.get(), &PollScheduler::readingStored, m_trayRefresh, qOverload<>(&QTimer::start));
    connect(m_scheduler.get(), &PollScheduler::healthChanged, m_trayRefresh, qOverload<>(&QTimer::start));
    connect(m_alerts, &AlertMonitor::evaluated, m_trayRefresh, qOverload<>(&QTimer::start));
    connect(m_window.get(), &MainWindow::hiddenToTray, this, &DesktopController::onHiddenToTray);
    connect(m_window.get(), &MainWindow::settingsRequested, this, [this] { openSettings(); });
    connect(m_window.get(), &MainWindow::alertSettingsRequested, this,
            [this] { openSettings(SettingsDialog::Page::Alerts); });
    connect(m_window.get(), &MainWindow::readingAdded, m_alerts,
            [this](qint64 meterId) { m_alerts->evaluate(meterId); });

    // The application's quit event, from whoever sends it, comes to quit() (see the class).
    QCoreApplication::instance()->installEventFilter(this);
#if QT_CONFIG(sessionmanager)
    connect(qApp, &QGuiApplication::commitDataRequest, this,
            [this](QSessionManager &) { commitSessionData(); });
#endif
}

bool DesktopController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Quit && watched == QCoreApplication::instance()) {
        quit();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void DesktopController::quit()
{
    shutDown();
    // Ends every event loop of this thread, a modal dialog's included; nothing can refuse it.
    QCoreApplication::exit(0);
}

void DesktopController::shutDown()
{
    if (m_quitting)
        return;
    m_quitting = true;
    qCInfo(lcUi) << "quitting: closing dialogs, stopping polling";
    // A modal dialog runs an event loop of its own: rejected, it returns as if cancelled (an
    // unsaved meter is not saved). At most a few, in case one refuses to go.
    for (int i = 0; i < 8; ++i) {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            break;
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
        if (QApplication::activeModalWidget() == modal)
            break;
    }
    // The first start's demo history rolls back, and the demo meter goes: the next start is
    // a first start again.
    m_cancelDemo->store(true);
    // An import is one transaction: cancelled, it rolls back; an export removes its file.
    m_window->csvActions()->cancel();
    m_scheduler->shutdown();
    m_trayRefresh->stop();
    if (m_tray)
        m_tray->trayIcon()->hide();
    saveWindowState();
    m_window->hide();
}

void DesktopController::commitSessionData()
{
    qCInfo(lcUi) << "the session is ending: saving the settings";
    saveWindowState();
    if (!m_settings)
        return;
    if (const Status saved = m_settings->save(); !saved)
        qCWarning(lcUi) << "could not save the settings:" << saved.error();
}

void DesktopController::setAlertConfig(const AlertConfig &config)
{
    m_alerts->setConfig(config);
    m_window->setAlertConfig(config);
    m_telegram->setSettings(config.telegram);
    m_trayRefresh->start();
}

void DesktopController::setSettings(AppSettings *settings)
{
    m_settings = settings;
    if (!m_settings)
        return;
    setAlertConfig(AlertSettings::configFrom(*m_settings));
    connect(m_settings, &AppSettings::changed, this, [this] {
        setAlertConfig(AlertSettings::configFrom(*m_settings));
        if (m_tray)
            m_window->setHideOnClose(m_settings->closeToTray());
    });
    // Window state from last time.
    if (!m_settings->windowGeometry().isEmpty())
        m_window->restoreGeometry(m_settings->windowGeometry());
    if (!m_settings->windowState().isEmpty())
        m_window->restoreState(m_settings->windowState());
    UsageChartPanel *chart = m_window->usagePanel();
    chart->setIntervalHours(m_settings->chartIntervalHours());
    chart->setGroupMinutes(m_settings->chartGroupMinutes());
    chart->setUnit(m_settings->chartUnit() == AppSettings::ChartUnit::Money ? UsageChartView::Unit::Money
                                                                            : UsageChartView::Unit::Energy);
    if (m_settings->lastMeterId() > 0)
        m_window->selectMeter(m_settings->lastMeterId());
    connect(chart, &UsageChartPanel::refreshed, this, &DesktopController::saveWindowState);
    connect(m_window.get(), &MainWindow::hiddenToTray, this, &DesktopController::saveWindowState);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DesktopController::saveWindowState);
}

void DesktopController::saveWindowState()
{
    if (!m_settings)
        return;
    m_settings->setWindowGeometry(m_window->saveGeometry());
    m_settings->setWindowState(m_window->saveState());
    if (const std::optional<Meter> meter = m_window->currentMeter())
        m_settings->setLastMeterId(meter->id);
    const UsageChartPanel *chart = m_window->usagePanel();
    m_settings->setChartIntervalHours(chart->intervalHours());
    m_settings->setChartGroupMinutes(chart->groupMinutes());
    m_settings->setChartUnit(chart->unit() == UsageChartView::Unit::Money ? AppSettings::ChartUnit::Money
                                                                          : AppSettings::ChartUnit::Energy);
}

void DesktopController::openSettings(SettingsDialog::Page page)
{
    if (!m_settings)
        return;
    SettingsDialog dialog(*m_settings, *m_secrets, m_window.get());
    dialog.setTestChannels(m_notifier, m_network);
    dialog.showPage(page);
    dialog.exec();
}

void DesktopController::createTray()
{
    if (m_tray || !TrayController::isAvailable())
        return; // no tray: closing the window quits, as before
    m_tray = new TrayController(*m_db, *m_scheduler, *m_alerts, this);
    m_notifier->setTrayIcon(m_tray->trayIcon());
    connect(m_tray, &TrayController::openDashboardRequested, this, &DesktopController::openDashboard);
    connect(m_tray, &TrayController::refreshRequested, m_scheduler.get(), &PollScheduler::pollAllNow);
    connect(m_tray, &TrayController::pauseRequested, this, [this](bool paused) {
        m_scheduler->setPaused(paused);
        m_tray->refresh();
    });
    connect(m_tray, &TrayController::exportCsvRequested, this, &DesktopController::exportCsvRequested);
    connect(m_tray, &TrayController::settingsRequested, this, &DesktopController::settingsRequested);
    connect(m_tray, &TrayController::exportCsvRequested, this, [this] {
        openDashboard(0);
        m_window->csvActions()->exportAction()->trigger();
    });
    connect(m_tray, &TrayController::settingsRequested, this, [this] { openSettings(); });
    connect(m_tray, &TrayController::quitRequested, this, &DesktopController::quit, Qt::QueuedConnection);
    m_window->setHideOnClose(!m_settings || m_settings->closeToTray());
    QApplication::setQuitOnLastWindowClosed(false);
    m_tray->show();
}

void DesktopController::openDashboard(qint64 meterId)
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    if (meterId > 0)
        m_window->selectMeter(meterId);
}

void DesktopController::onHiddenToTray()
{
    // Said once per user, not on every close.
    QSettings settings;
    const QString key = QStringLiteral("tray/closeHintShown");
    if (settings.value(key).toBool())
        return;
    settings.setValue(key, true);
    m_notifier->notify(
        tr("Kilowatch is still running"),
        tr("Kilowatch keeps watching your meters from the system tray. To quit, use Quit in the "
           "tray icon's menu."));
}

DesktopController::~DesktopController()
{
    // The first start's demo history is a second or so of writing: it finishes.
    if (m_demoWorker)
        m_demoWorker->wait();
    m_scheduler->shutdown();
}

void DesktopController::start()
{
    createTray();
    m_window->show();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Result<std::optional<Meter>> demo = DemoMeter::createIfEmpty(*m_db, now);
    if (!demo) {
        m_window->showMessage(demo.error());
        startPolling();
        return;
    }
    if (!demo.value()) {
        startPolling();
        return;
    }
    // First start: the history goes in on a worker with its own connection, so the window
    // paints and stays responsive meanwhile.
    const Meter meter = *demo.value();
    m_window->reloadMeters();
    m_window->showMeterMessage(meter.id,
                               tr("Preparing %1 days of demo history…").arg(QLocale().toString(30)));
    auto error = std::make_shared<QString>();
    QThread *worker = QThread::create([path = m_db->path(), meter, now, error, cancel = m_cancelDemo] {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db) {
            *error = db.error();
            return;
        }
        if (Status filled = DemoMeter::backfill(*db.value(), meter, now, [cancel] { return cancel->load(); });
            !filled)
            *error = filled.error();
    });
    worker->setParent(this);
    m_demoWorker = worker;
    connect(worker, &QThread::finished, this, [this, worker, error, meterId = meter.id] {
        worker->deleteLater();
        m_window->showMeterMessage(meterId, error->isEmpty() ? tr("Demo meter ready: this is simulated data.")
                                                             : *error);
        if (!error->isEmpty())
            qCWarning(lcUi) << "demo history failed:" << *error;
        startPolling();
    });
    worker->start();
}

void DesktopController::startPolling()
{
    const Result<QList<Meter>> meters = MeterRepository(*m_db).list();
    if (meters) {
        // After an upgrade, derive what older versions did not keep (fast when current).
        for (const Meter &m : meters.value()) {
            if (Status derived = ReadingIngestor(*m_db).ensureRollups(m); !derived)
                m_window->showMeterMessage(m.id, derived.error());
        }
        m_scheduler->setMeters(meters.value());
    }
    m_window->reloadMeters();
    m_scheduler->start();
    m_alerts->start();
    m_dispatcher->start();
    m_trayRefresh->start();
    m_ready = true;
    emit ready();
}
