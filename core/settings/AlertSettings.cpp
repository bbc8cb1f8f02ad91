#include "AlertSettings.h"

#include "AppSettings.h"

AlertConfig AlertSettings::configFrom(const AppSettings &s)
{
    AlertConfig config = AlertConfig::defaults();
    // The global low-balance levels; a meter's own amount (its --low-balance) wins over them
    // (AlertConfig::lowBalanceLevels).
    if (s.lowBalanceBasis() == AppSettings::LowBalanceBasis::Days) {
        BalanceThreshold warning =
            BalanceThreshold::days(s.lowBalanceWarningDays(), Alert::Severity::Warning);
        BalanceThreshold critical =
            BalanceThreshold::days(s.lowBalanceCriticalDays(), Alert::Severity::Critical);
        warning.hysteresisMilli = critical.hysteresisMilli = qint64(s.lowBalanceHysteresisDays()) * 1000;
        config.defaultThresholds = {warning, critical};
    } else {
        BalanceThreshold warning =
            BalanceThreshold::money(s.lowBalanceWarningMilli(), Alert::Severity::Warning);
        BalanceThreshold critical =
            BalanceThreshold::money(s.lowBalanceCriticalMilli(), Alert::Severity::Critical);
        warning.hysteresisMilli = critical.hysteresisMilli = s.lowBalanceHysteresisMilli();
        config.defaultThresholds = {warning, critical};
    }
    config.dailySummary = s.dailySummaryEnabled();
    config.dailySummaryTime = s.dailySummaryTime();
    if (s.quietHoursEnabled())
        config.quietHours = QuietHours{s.quietHoursStart(), s.quietHoursEnd()};
    config.staleLiveSeconds = s.troubleDelayLiveMinutes() * 60;
    config.staleHourlySeconds = s.troubleDelayHourlyMinutes() * 60;
    config.dailyKwhLimitWh = s.consumptionWhPerDay();
    config.dailySpendLimitMilli = s.consumptionMilliPerDay();
    config.telegram.enabled = s.telegramEnabled();
    config.telegram.chatId = s.telegramChatId();
    config.telegram.baseUrl = QUrl(s.telegramBaseUrl());
    return config;
}
