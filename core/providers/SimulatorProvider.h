#pragma once

#include "MeterProvider.h"
#include "SimulatedMeter.h"

#include <QPointer>

class QTimer;
struct Meter;

// The demo meter: answers like an ELNET server, from a SimulatedMeter. Settings:
// seed, origin (UTC seconds), and for demonstrating health states failure_rate (0..1,
// deterministic per fetch) and latency_ms.
class SimulatorProvider final : public MeterProvider
{
    Q_OBJECT
public:
    SimulatorProvider(const Meter &meter, QObject *parent = nullptr);

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
};
