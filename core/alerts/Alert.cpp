#include "Alert.h"

#include "AlertLogging.h"

#include <array>
#include <utility>

namespace {

const std::array<std::pair<Alert::Kind, const char *>, 8> kKinds = {{
    {Alert::Kind::LowBalance, "low_balance"},
    {Alert::Kind::Recharge, "recharge"},
    {Alert::Kind::GeneratorOn, "generator_on"},
    {Alert::Kind::GeneratorOff, "generator_off"},
    {Alert::Kind::DailySummary, "daily_summary"},
    {Alert::Kind::Consumption, "consumption"},
    {Alert::Kind::ProviderTrouble, "provider_trouble"},
    {Alert::Kind::HumanCheck, "human_check"},
}};

} // namespace

QString Alert::kindName(Kind kind)
{
    for (const auto &entry : kKinds) {
        if (entry.first == kind)
            return QLatin1String(entry.second);
    }
    return QString();
}

std::optional<Alert::Kind> Alert::kindFromName(const QString &name)
{
    for (const auto &entry : kKinds) {
        if (name == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

QString Alert::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

Q_LOGGING_CATEGORY(lcAlerts, "kilowatch.alerts", QtInfoMsg)
