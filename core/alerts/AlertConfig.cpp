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
    rules.lowBalance = lowBalanceLevels(defaultThresholds, meter.lowBalanceMilli);
    rules.dailyKwhLimitWh = dailyKwhLimitWh;
    rules.dailySpendLimitMilli = dailySpendLimitMilli;
    return rules;
}

QList<BalanceThreshold> AlertConfig::lowBalanceLevels(const QList<BalanceThreshold> &global,
                                                      std::optional<qint64> meterAmountMilli)
{
    if (!meterAmountMilli)
        return global;
    const qint64 own = *meterAmountMilli;
    const BalanceThreshold *moneyWarning = nullptr;
    for (const BalanceThreshold &t : global) {
        if (t.measure == BalanceThreshold::Measure::Money && t.severity < Alert::Severity::Critical &&
            (!moneyWarning || t.valueMilli > moneyWarning->valueMilli))
            moneyWarning = &t;
    }
    BalanceThreshold warning = BalanceThreshold::money(own, Alert::Severity::Warning);
    if (moneyWarning)
        warning.hysteresisMilli = moneyWarning->hysteresisMilli;
    QList<BalanceThreshold> levels{warning};
    for (BalanceThreshold t : global) {
        if (t.severity < Alert::Severity::Critical)
            continue; // the meter's own amount is its warning
        if (t.measure == BalanceThreshold::Measure::Money && t.valueMilli >= own) {
            // Scaled below the meter's amount; a fifth where no global warning says the share.
            const double share = moneyWarning && moneyWarning->valueMilli > t.valueMilli
                                     ? double(t.valueMilli) / double(moneyWarning->valueMilli)
                                     : 0.2;
            t.valueMilli = qMin(own, static_cast<qint64>(std::llround(double(own) * share)));
        }
        levels.append(t);
    }
    return levels;
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
