#pragma once

#include "MeterProvider.h"
#include "SimulatedMeter.h"

#include <QPointer>

class Database;
class QTimer;
struct Meter;

// The demo meter: answers like an ELNET server, from a SimulatedMeter. Settings:
// seed, origin (UTC seconds), and for demonstrating health states failure_rate (0..1,
// deterministic per fetch) and latency_ms.
class SimulatorProvider final : public MeterProvider
{
    Q_OBJECT
public:
    // With a database, the model's walk resumes from the meter's checkpoint there and leaves
    // a new one after each answer: a poll costs the time since the last one, not the history.
    explicit SimulatorProvider(const Meter &meter, QObject *parent = nullptr, Database *db = nullptr);

    // The meter_state key of the checkpoint (written by SimulatorBackfill too).
    static QString checkpointKey() { return QStringLiteral("simulator.checkpoint"); }
    const SimulatedMeter &model() const { return m_model; }

    QString kind() const override { return QStringLiteral("simulator"); }
    void fetch() override;
    void abort() override;

    static SimulatedMeter meterModel(const Meter &meter);

private:
    void answer();

    SimulatedMeter m_model;
    double m_failureRate = 0;
    int m_latencyMs = 0;
    quint64 m_fetchCount = 0;
    qint64 m_lastTime = -1;
    QTimer *m_timer;
    Database *m_db = nullptr;
    qint64 m_meterId = 0;
    bool m_resumed = false;
};
