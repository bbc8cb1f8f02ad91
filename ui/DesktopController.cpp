#include "DesktopController.h"

#include "Logging.h"
#include "MainWindow.h"
#include "analytics/ReadingIngestor.h"
#include "polling/PollScheduler.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionFallbackSecretStore.h"
#include "setup/DemoMeter.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QThread>

DesktopController::DesktopController(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_network(new QNetworkAccessManager(this))
    , m_keychain(new KeychainSecretStore(this))
    , m_secrets(new SessionFallbackSecretStore(m_keychain, this))
    , m_scheduler(std::make_unique<PollScheduler>(*m_db))
    , m_window(std::make_unique<MainWindow>(*m_db, *m_scheduler))
{
    // One network access manager for all adapters (shared connections); credentials from the
    // OS keychain, or held for this session only when the user chose so.
    m_scheduler->setProviderContext(ProviderContext{m_network, m_secrets});
    m_window->setMeterServices(m_secrets, m_network);
}

DesktopController::~DesktopController()
{
    if (m_demoWorker)
        m_demoWorker->wait();
    m_scheduler->stop();
}

void DesktopController::start()
{
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
    m_window->showMessage(tr("Preparing 30 days of demo history…"));
    auto error = std::make_shared<QString>();
    QThread *worker = QThread::create([path = m_db->path(), meter, now, error] {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db) {
            *error = db.error();
            return;
        }
        if (Status filled = DemoMeter::backfill(*db.value(), meter, now); !filled)
            *error = filled.error();
    });
    worker->setParent(this);
    m_demoWorker = worker;
    connect(worker, &QThread::finished, this, [this, worker, error] {
        worker->deleteLater();
        m_window->showMessage(error->isEmpty() ? tr("Demo meter ready: this is simulated data.") : *error);
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
                m_window->showMessage(derived.error());
        }
        m_scheduler->setMeters(meters.value());
    }
    m_window->reloadMeters();
    m_scheduler->start();
    m_ready = true;
    emit ready();
}
