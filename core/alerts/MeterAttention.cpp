#include "MeterAttention.h"

#include <QCoreApplication>

#include <cmath>

std::optional<Alert::Severity> MeterAttention::balanceLevel(const QList<BalanceThreshold> &levels,
                                                            std::optional<qint64> balanceMilli,
                                                            std::optional<double> daysRemaining)
{
    if (!balanceMilli)
        return std::nullopt;
    if (*balanceMilli <= 0)
        return Alert::Severity::Critical; // cut off, or about to be
    std::optional<Alert::Severity> reached;
    for (const BalanceThreshold &t : levels) {
        std::optional<qint64> value;
        if (t.measure == BalanceThreshold::Measure::Money)
            value = *balanceMilli;
        else if (daysRemaining && std::isfinite(*daysRemaining))
            value = std::llround(*daysRemaining * 1000.0);
        if (value && *value <= t.valueMilli && (!reached || t.severity > *reached))
            reached = t.severity;
    }
    if (reached && *reached < Alert::Severity::Warning)
        return std::nullopt;
    return reached;
}

std::optional<Alert::Severity> MeterAttention::balanceLevel(const AlertConfig &config, const Meter &meter,
                                                            const std::optional<Reading> &latest,
                                                            const std::optional<ForecastResult> &forecast)
{
    return balanceLevel(config.rulesFor(meter).lowBalance, latest ? latest->balanceMilli : std::nullopt,
                        forecast && forecast->hasForecast() ? forecast->daysRemaining : std::nullopt);
}

MeterAttention::Level MeterAttention::of(std::optional<Alert::Severity> balance, MeterHealth::State health)
{
    if (balance)
        return *balance == Alert::Severity::Critical ? Level::Critical : Level::Low;
    return health == MeterHealth::State::Failing ? Level::Failing : Level::Ok;
}

MeterAttention::Level MeterAttention::worst(const QList<Level> &levels)
{
    Level worst = Level::Ok;
    for (const Level level : levels)
        worst = qMax(worst, level);
    return worst;
}

QString MeterAttention::words(Level level)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("MeterAttention", text); };
    switch (level) {
    case Level::Low:
        return tr("Low balance");
    case Level::Critical:
        return tr("Critical");
    case Level::Failing:
        return tr("Connection failing");
    case Level::Ok:
        break;
    }
    return QString();
}

QString MeterAttention::name(Level level)
{
    switch (level) {
    case Level::Low:
        return QStringLiteral("low");
    case Level::Critical:
        return QStringLiteral("critical");
    case Level::Failing:
        return QStringLiteral("failing");
    case Level::Ok:
        break;
    }
    return QStringLiteral("ok");
}
