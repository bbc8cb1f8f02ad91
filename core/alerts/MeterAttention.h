#pragma once

#include "Alert.h"
#include "AlertConfig.h"
#include "analytics/BalanceForecast.h"
#include "model/Reading.h"
#include "polling/MeterHealth.h"

#include <QList>
#include <QString>

#include <optional>

// What a meter asks of its user, and the one ranking of it that the window's dots and status
// card, the "All meters" overview and the tray icon share: a low balance comes before a
// failing connection (the money runs out whether or not the provider answers), a critical
// balance before everything.
class MeterAttention
{
public:
    enum class Level
    {
        Ok,
        Failing,  // no fresh data: the connection fails
        Low,      // at or below a warning level
        Critical, // at or below a critical level, or nothing left
    };

    // The balance against the meter's low-balance levels (AlertConfig::rulesFor: the meter's
    // own amount wins over the global one): the most severe level reached, by money or by the
    // forecast's days remaining; Critical at or below zero; nullopt when none is reached or
    // there is no balance.
    static std::optional<Alert::Severity> balanceLevel(const QList<BalanceThreshold> &levels,
                                                       std::optional<qint64> balanceMilli,
                                                       std::optional<double> daysRemaining);
    // The same for a meter under `config` (its own amount winning over the global levels),
    // from its latest reading and forecast.
    static std::optional<Alert::Severity> balanceLevel(const AlertConfig &config, const Meter &meter,
                                                       const std::optional<Reading> &latest,
                                                       const std::optional<ForecastResult> &forecast);
    // One meter: its balance level, then its connection.
    static Level of(std::optional<Alert::Severity> balance, MeterHealth::State health);
    // The worst of several meters (Ok for none).
    static Level worst(const QList<Level> &levels);
    // The words beside a colour, never colour alone: "Low balance", "Critical",
    // "Connection failing"; empty for Ok.
    static QString words(Level level);
    // Stable machine name: "ok", "failing", "low", "critical".
    static QString name(Level level);
};
