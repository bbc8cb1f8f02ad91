#pragma once

#include "alerts/Alert.h"
#include "analytics/BalanceForecast.h"
#include "analytics/SupplyStatus.h"
#include "model/Clock.h"
#include "model/Reading.h"
#include "polling/MeterHealth.h"

#include <QFrame>

#include <optional>

class PowerSourceIndicator;
class QLabel;
class QTimer;

// What a meter looks like right now: balance, today's spend and energy, the power source
// (PowerSourceIndicator: since when, ticking, and today's generator), the present load, and how fresh the
// data is.
class StatusCard : public QFrame
{
    Q_OBJECT
public:
    struct Snapshot
    {
        QString meterName;
        QString currency;
        std::optional<Reading> latest;
        PowerNow power; // the power-source indicator's figures
        qint64 todayWh = 0;
        qint64 todayCostMilli = 0;
        MeterHealth health;
        std::optional<ForecastResult> forecast;
        // The balance against the meter's low-balance levels (MeterAttention::balanceLevel):
        // amber with "Low balance" at a warning level, red with "Critical" at a critical one.
        std::optional<Alert::Severity> lowBalance;
    };

    explicit StatusCard(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    // "Now" for the ages it shows (the wall clock unless a test pins it).
    void setClock(const Clock &clock);
    const Snapshot &snapshot() const { return m_snapshot; }

    // For tests and accessibility: the texts as shown.
    QString balanceText() const;
    QString sourceText() const;
    PowerSourceIndicator *powerIndicator() const { return m_source; }
    QString freshnessText() const;
    QString forecastText() const;
    // "Low balance", "Critical" or empty: the words beside the balance's colour.
    QString balanceLevelText() const;
    // "12 days left" in large type beside the balance; empty without a forecast.
    QString daysLeftText() const;
    // The balance's colour: amber at a warning level, red at a critical one, invalid when
    // neither (the palette's text colour).
    QColor balanceColor() const;
    // The forecast sentence on its own, as cards and the tray show it.
    static QString forecastSentence(const std::optional<ForecastResult> &forecast);

private:
    void refreshTimes();

    Snapshot m_snapshot;
    Clock m_clock;
    QLabel *m_balance;
    QLabel *m_balanceLevel;
    QLabel *m_daysLeft;
    QLabel *m_today;
    PowerSourceIndicator *m_source;
    QLabel *m_load;
    QLabel *m_forecast;
    QLabel *m_freshness;
    QTimer *m_ticker;
};
