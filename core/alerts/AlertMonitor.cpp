#include "AlertMonitor.h"

#include "AlertLogging.h"
#include "polling/PollScheduler.h"
#include "storage/MeterRepository.h"

#include <QDateTime>
#include <QTimer>

AlertMonitor::AlertMonitor(Database &db, PollScheduler &scheduler, AlertConfig config, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_scheduler(scheduler)
    , m_config(std::move(config))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<Alert>();
    qRegisterMetaType<QList<Alert>>();
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        evaluateAll();
        // Just after the start of each minute, so "23:59" means 23:59.
        const qint64 ms = QDateTime::currentMSecsSinceEpoch();
        m_timer->start(static_cast<int>(60'000 - ms % 60'000 + 500));
    });
    connect(&m_scheduler, &PollScheduler::fetchFinished, this,
            [this](qint64 meterId, const FetchOutcome &outcome) {
                evaluate(meterId, outcome.kind, outcome.isSuccess() ? QString() : outcome.sentence());
            });
}

void AlertMonitor::setConfig(const AlertConfig &config)
{
    m_config = config;
}

qint64 AlertMonitor::now() const
{
    return m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
}

void AlertMonitor::start()
{
    evaluateAll();
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    m_timer->start(static_cast<int>(60'000 - ms % 60'000 + 500));
}

void AlertMonitor::evaluateAll()
{
    for (const qint64 id : m_scheduler.meterIds())
        evaluate(id);
}

void AlertMonitor::evaluate(qint64 meterId, std::optional<FetchOutcome::Kind> outcome, const QString &error)
{
    const std::optional<Meter> meter = MeterRepository(m_db).findById(meterId);
    if (!meter)
        return;
    const qint64 t = now();
    if (!m_watchingSince.contains(meterId))
        m_watchingSince.insert(meterId, t);
    AlertContext context;
    context.now = t;
    context.watchingSince = m_watchingSince.value(meterId);
    const MeterHealth health = m_scheduler.health(meterId);
    context.polled =
        m_scheduler.isRunning() && !m_scheduler.isPaused() && health.state != MeterHealth::State::Manual;
    context.lastOutcome = outcome;
    context.lastError =
        error.isEmpty() && health.state == MeterHealth::State::Failing ? health.lastError : error;
    if (m_scheduler.isPaused())
        m_watchingSince.insert(meterId, t); // a pause is the user's choice, not the provider's fault
    const Result<QList<Alert>> raised = AlertEngine(m_db, m_config).evaluate(*meter, context);
    if (!raised) {
        qCWarning(lcAlerts) << "alert rules failed for meter" << meterId << raised.error();
        return;
    }
    if (!raised->isEmpty()) {
        for (const Alert &a : raised.value())
            qCInfo(lcAlerts) << "alert" << a.kindName() << a.severityName() << a.title;
        emit alertsRaised(raised.value());
    }
    emit evaluated(meterId);
}

AlertStanding AlertMonitor::standing(const Meter &meter) const
{
    return AlertEngine(m_db, m_config).standing(meter);
}
