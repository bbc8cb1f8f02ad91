#pragma once

#include "Alert.h"
#include "AlertConfig.h"
#include "AlertEngine.h"
#include "providers/FetchOutcome.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class Database;
class PollScheduler;
class QTimer;

// Runs the alert rules where the app runs them: after every fetch the scheduler finishes
// (a stored reading, a repeat or a failure) and once a minute for the clock-driven rules
// (daily summary, no fresh reading). One AlertEngine does the work; this only knows when.
class AlertMonitor : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;

    AlertMonitor(Database &db, PollScheduler &scheduler, AlertConfig config = AlertConfig::defaults(),
                 QObject *parent = nullptr);

    void setConfig(const AlertConfig &config);
    const AlertConfig &config() const { return m_config; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Evaluates every meter now, then once a minute.
    void start();
    void evaluateAll();
    void evaluate(qint64 meterId, std::optional<FetchOutcome::Kind> outcome = std::nullopt,
                  const QString &error = {});
    AlertStanding standing(const Meter &meter) const;

signals:
    // Logged (and queued for delivery) just now, oldest first; silenced ones included.
    void alertsRaised(const QList<Alert> &alerts);
    void evaluated(qint64 meterId);

private:
    qint64 now() const;

    Database &m_db;
    PollScheduler &m_scheduler;
    AlertConfig m_config;
    QTimer *m_timer;
    QHash<qint64, qint64> m_watchingSince;
    Clock m_clock;
};
