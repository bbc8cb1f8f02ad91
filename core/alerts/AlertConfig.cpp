#include "AlertConfig.h"

#include <QDateTime>

#include <cmath>

BalanceThreshold BalanceThreshold::money(qint64 milli, Alert::Severity severity)
{
    BalanceThreshold t;
    t.measure = Measure::Money;
    t.valueMilli = milli;
    t.severity = severity;
    return t;
}

BalanceThreshold BalanceThreshold::days(double days, Alert::Severity severity)
{
    BalanceThreshold t;
    t.measure = Measure::DaysRemaining;
    t.valueMilli = static_cast<qint64>(std::llround(days * 1000.0));
    t.severity = severity;
    return t;
}

qint64 BalanceThreshold::hysteresis() const
{
    if (hysteresisMilli >= 0)
        return hysteresisMilli;
    if (measure == Measure::DaysRemaining)
        return 1000;
    // A recharge lifts the balance far more than this; spending noise and rounding do not.
    return qMax<qint64>(valueMilli / 10, 1000);
}

QString BalanceThreshold::key() const
{
    return (measure == Measure::Money ? QStringLiteral("money:") : QStringLiteral("days:")) +
           QString::number(valueMilli);
}

MeterAlertRules AlertConfig::rulesFor(const Meter &meter) const
{
    if (const auto it = meters.constFind(meter.id); it != meters.constEnd())
        return it.value();
    MeterAlertRules rules;
    rules.lowBalance = defaultThresholds;
    if (meter.lowBalanceMilli)
        rules.lowBalance.prepend(BalanceThreshold::money(*meter.lowBalanceMilli, Alert::Severity::Warning));
    rules.dailyKwhLimitWh = dailyKwhLimitWh;
    rules.dailySpendLimitMilli = dailySpendLimitMilli;
    return rules;
}

int AlertConfig::staleAfterSeconds(const Meter &meter) const
{
    return meter.intervalSeconds >= 3600 ? staleHourlySeconds : staleLiveSeconds;
}

bool AlertConfig::isQuiet(qint64 utcSeconds) const
{
    if (!quietHours || quietHours->start == quietHours->end || !quietHours->start.isValid() ||
        !quietHours->end.isValid())
        return false;
    const QTime local = QDateTime::fromSecsSinceEpoch(utcSeconds, quietZone).time();
    const QTime &from = quietHours->start;
    const QTime &to = quietHours->end;
    // [from, to), across midnight when from > to (22:00-07:00).
    return from < to ? (local >= from && local < to) : (local >= from || local < to);
}
