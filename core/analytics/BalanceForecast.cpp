#include "BalanceForecast.h"

#include "LocalCalendar.h"
#include "storage/ReadingRepository.h"
#include "storage/RollupRepository.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace {

double quantile(QList<qint64> sorted, double q)
{
    if (sorted.isEmpty())
        return 0;
    const double position = q * double(sorted.size() - 1);
    const auto lower = static_cast<qsizetype>(std::floor(position));
    const auto upper = static_cast<qsizetype>(std::ceil(position));
    const double fraction = position - double(lower);
    return double(sorted[lower]) * (1.0 - fraction) + double(sorted[upper]) * fraction;
}

} // namespace

std::optional<int> ForecastResult::wholeDaysLeft() const
{
    if (!hasForecast() || !daysRemaining || !std::isfinite(*daysRemaining))
        return std::nullopt;
    return static_cast<int>(std::max<qint64>(0, std::llround(*daysRemaining)));
}

QString ForecastResult::confidenceName() const
{
    switch (confidence) {
    case Confidence::Low:
        return QStringLiteral("low");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::High:
        return QStringLiteral("high");
    case Confidence::None:
        break;
    }
    return QStringLiteral("none");
}

BalanceForecast::BalanceForecast(Database &db)
    : m_db(db)
{}

Result<ForecastResult> BalanceForecast::run(const Meter &meter, qint64 now) const
{
    ForecastResult result;
    const std::optional<Reading> latest = ReadingRepository(m_db).latest(meter.id);
    if (latest)
        result.balanceMilli = latest->balanceMilli;
    LocalCalendar calendar{QTimeZone(meter.timezone.toUtf8())};
    const QDate today = calendar.localDate(now);
    const Result<QList<DayUsage>> days =
        RollupRepository(m_db).days(meter.id, today.addDays(-kWindowDays), today.addDays(-1));
    if (!days)
        return Result<ForecastResult>::failure(days.typedError());

    QList<qint64> spend;
    for (const DayUsage &d : days.value()) {
        if (d.hasData() && d.gapSeconds < 6 * 3600) // a day mostly missing says little
            spend.append(qMax<qint64>(0, d.costMilli));
    }
    result.daysUsed = static_cast<int>(spend.size());
    if (spend.size() < kMinimumDays || !result.balanceMilli)
        return result;

    std::sort(spend.begin(), spend.end());
    const double median = quantile(spend, 0.5);
    double damped = 0;
    for (const qint64 s : spend)
        damped += std::clamp(double(s), median / 2.0, median * 2.0);
    damped /= double(spend.size());
    const double low = std::max(quantile(spend, 0.25), damped / 2.0);
    const double high = std::max(quantile(spend, 0.75), damped);
    result.dailyCostMilli = static_cast<qint64>(std::llround(damped));

    const double balance = double(qMax<qint64>(0, *result.balanceMilli));
    if (damped <= 0) {
        result.confidence = ForecastResult::Confidence::Low;
        return result; // nothing is being spent: no date to claim
    }
    result.daysRemaining = balance / damped;
    // Counted from the moment of the latest balance, in the meter's calendar.
    const qint64 from = latest->time;
    const auto dateAfter = [&](double days) {
        return calendar.localDate(from + static_cast<qint64>(std::llround(days * 86400.0)));
    };
    result.runsOutOn = dateAfter(*result.daysRemaining);
    result.earliestDate = dateAfter(balance / high);
    result.latestDate = dateAfter(low > 0 ? balance / low : *result.daysRemaining * 2.0);

    const double spread = median > 0 ? (quantile(spend, 0.75) - quantile(spend, 0.25)) / median : 1.0;
    if (spend.size() >= 10 && spread < 0.35)
        result.confidence = ForecastResult::Confidence::High;
    else if (spend.size() >= 7 && spread < 0.75)
        result.confidence = ForecastResult::Confidence::Medium;
    else
        result.confidence = ForecastResult::Confidence::Low;
    return result;
}
