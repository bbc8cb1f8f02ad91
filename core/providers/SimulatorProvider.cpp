#include "SimulatorProvider.h"

#include "model/Meter.h"
#include "storage/MeterStateRepository.h"

#include <QDateTime>
#include <QTimeZone>
#include <QTimer>

namespace {

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

SimulatedMeter SimulatorProvider::meterModel(const Meter &meter)
{
    const quint64 seed = static_cast<quint64>(meter.settings.value(QStringLiteral("seed")).toInteger(1));
    const qint64 origin = meter.settings.value(QStringLiteral("origin")).toInteger(meter.createdAt);
    return SimulatedMeter(seed, origin, QTimeZone(meter.timezone.toUtf8()));
}

SimulatorProvider::SimulatorProvider(const Meter &meter, QObject *parent, Database *db)
    : MeterProvider(parent)
    , m_model(meterModel(meter))
    , m_failureRate(qBound(0.0, meter.settings.value(QStringLiteral("failure_rate")).toDouble(0), 1.0))
    , m_latencyMs(qBound(0, meter.settings.value(QStringLiteral("latency_ms")).toInt(0), 600000))
    , m_timer(new QTimer(this))
    , m_db(db)
    , m_meterId(meter.id)
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SimulatorProvider::answer);
}

void SimulatorProvider::fetch()
{
    // Always answer from the event loop, as a network provider would.
    m_timer->start(m_latencyMs);
}

void SimulatorProvider::abort()
{
    m_timer->stop();
}

void SimulatorProvider::answer()
{
    ++m_fetchCount;
    const double draw =
        static_cast<double>(mix(m_model.seed() ^ mix(m_fetchCount)) >> 11) / 9007199254740992.0;
    if (draw < m_failureRate) {
        emit finished(FetchOutcome::failure(FetchOutcome::Kind::ServerError,
                                            tr("The simulated server is having an outage.")));
        return;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (m_db && !m_resumed) {
        m_resumed = true;
        // Refused when it is of another seed or origin; one ahead of now (the clock went back)
        // is left behind by recordAt(), which then replays from the origin.
        if (const std::optional<QString> saved =
                MeterStateRepository(*m_db).value(m_meterId, checkpointKey()))
            m_model.resume(*saved);
    }
    Reading reading = m_model.recordAt(now);
    if (m_db)
        MeterStateRepository(*m_db).setValue(m_meterId, checkpointKey(), m_model.checkpoint());
    reading.fetchedAt = now;
    const bool repeated = reading.time == m_lastTime;
    m_lastTime = reading.time;
    emit finished(repeated ? FetchOutcome::stale(reading) : FetchOutcome::fresh(reading));
}
