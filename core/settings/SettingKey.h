#pragma once

#include <QObject>

// Every application setting has one key here and one row in SettingDefinition's table (same
// order). Q_ENUM_NS gives the keys names in debug output and lets them travel in signals.
namespace SettingKeys {
Q_NAMESPACE

enum class SettingKey
{
    // Appearance
    Theme,
    Language,
    EnergyUnit,
    // Desktop integration
    StartMinimised,
    CloseToTray,
    Autostart,
    // Default polling intervals for new meters
    LivePollSeconds,
    HourlyPollSeconds,
    // Alerts: global defaults (a meter may override its thresholds)
    LowBalanceBasis,
    LowBalanceWarningAmount,
    LowBalanceCriticalAmount,
    LowBalanceHysteresisAmount,
    LowBalanceWarningDays,
    LowBalanceCriticalDays,
    LowBalanceHysteresisDays,
    DailySummaryEnabled,
    DailySummaryTime,
    QuietHoursEnabled,
    QuietHoursStart,
    QuietHoursEnd,
    TroubleDelayLiveMinutes,
    TroubleDelayHourlyMinutes,
    ConsumptionKwhPerDay,
    ConsumptionMoneyPerDay,
    // Telegram (the bot token is a secret: keychain only)
    TelegramEnabled,
    TelegramChatId,
    TelegramBaseUrl,
    // Window state, restored on start
    WindowGeometry,
    WindowState,
    LastMeterId,
    ChartIntervalHours,
    ChartGroupMinutes,
    ChartUnit,
    ChartMode,
};
Q_ENUM_NS(SettingKey)

inline constexpr int settingKeyCount = static_cast<int>(SettingKey::ChartMode) + 1;

} // namespace SettingKeys

using SettingKey = SettingKeys::SettingKey;
