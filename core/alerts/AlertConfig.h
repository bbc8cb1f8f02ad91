#pragma once

#include "Alert.h"
#include "model/Meter.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QTime>
#include <QTimeZone>
#include <QUrl>

#include <optional>

// One low-balance level of a meter: money (thousandths of the meter's currency) or days
// remaining from the forecast (thousandths of a day). It fires once when the value falls to
// or below it, and re-arms only when the value rises above value + hysteresis.
struct BalanceThreshold
{
    enum class Measure
    {
        Money,
        DaysRemaining,
    };

    Measure measure = Measure::Money;
    qint64 valueMilli = 0;
    // Negative: the default (money: a tenth of the level, at least one unit; days: one day).
    qint64 hysteresisMilli = -1;
    Alert::Severity severity = Alert::Severity::Warning;

    static BalanceThreshold money(qint64 milli, Alert::Severity severity = Alert::Severity::Warning);
    static BalanceThreshold days(double days, Alert::Severity severity = Alert::Severity::Warning);

    qint64 hysteresis() const;
    // Names the arming state: "money:500000", "days:3000". A changed level is a new one.
    QString key() const;
};

// The rules of one meter that have values.
struct MeterAlertRules
{
    QList<BalanceThreshold> lowBalance;
    std::optional<qint64> dailyKwhLimitWh;      // today's kWh above this
    std::optional<qint64> dailySpendLimitMilli; // today's spend above this
};

// Quiet hours in the user's local time (may cross midnight): only critical alerts show.
struct QuietHours
{
    QTime start;
    QTime end;
};

struct TelegramSettings
{
    bool enabled = false;
    QString chatId;
    QUrl baseUrl = QUrl(QStringLiteral("https://api.telegram.org"));
    bool allowHttp = false; // plain http is refused except to loopback, unless set
};

// Everything the alert rules and channels need, as plain values. The desktop fills it from
// its settings; without any, defaults() is what the issue asks for.
struct AlertConfig
{
    bool lowBalance = true;
    bool recharges = true;
    bool generator = true;
    bool dailySummary = true;
    bool consumption = true;
    bool providerTrouble = true;

    // The global low-balance levels (Settings > Alerts), for every meter without rules of its
    // own; a meter's own low-balance amount wins over them (see lowBalanceLevels).
    QList<BalanceThreshold> defaultThresholds = {
        BalanceThreshold::days(3, Alert::Severity::Warning),
        BalanceThreshold::days(1, Alert::Severity::Critical),
    };
    std::optional<qint64> dailyKwhLimitWh;
    std::optional<qint64> dailySpendLimitMilli;
    QHash<qint64, MeterAlertRules> meters; // per meter id: replaces the defaults

    QTime dailySummaryTime = QTime(23, 59); // in each meter's time zone
    int staleLiveSeconds = 15 * 60;         // no fresh reading for this long: trouble
    int staleHourlySeconds = 3 * 3600;      // meters polled hourly or slower

    std::optional<QuietHours> quietHours;
    QTimeZone quietZone = QTimeZone::systemTimeZone();

    bool desktop = true;
    TelegramSettings telegram;
    int desktopExpirySeconds = 3600;       // a desktop notice older than this is not shown
    int telegramExpirySeconds = 2 * 86400; // retried until delivered or this old

    static AlertConfig defaults() { return AlertConfig(); }

    MeterAlertRules rulesFor(const Meter &meter) const;
    // The one rule of low-balance levels, for the engine, the tray and the command line alike.
    // Without an amount of its own, a meter gets the global levels. With one (its meter
    // dialog, or kilowatch-cli meter add --low-balance), that amount is its warning level
    // and replaces every global warning level, in money or in days; it re-arms after the
    // global money hysteresis. The global critical levels stay, except that a money one at
    // or above the meter's amount would come first: it becomes the same share of the meter's
    // amount as it is of the global money warning (100 of 500: a fifth).
    static QList<BalanceThreshold> lowBalanceLevels(const QList<BalanceThreshold> &global,
                                                    std::optional<qint64> meterAmountMilli);
    int staleAfterSeconds(const Meter &meter) const;
    bool isQuiet(qint64 utcSeconds) const;
    bool telegramActive() const { return telegram.enabled && !telegram.chatId.trimmed().isEmpty(); }
};
