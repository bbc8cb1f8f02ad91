#pragma once

#include "model/Meter.h"
#include "model/Result.h"

#include <QDate>

#include <optional>

class Database;

// When the balance runs out, from a robust daily spend: the last 14 complete local days with
// data, each day's spend clamped to [median / 2, 2 x median] (one heavy day or one day away
// does not swing it), averaged. The range comes from the lower and upper quartiles of the
// days' spend; the confidence from how many days there are and how much they vary. Nothing
// is claimed before 3 days of data.
struct ForecastResult
{
    enum class Confidence
    {
        None, // fewer than 3 days of data: no claim
        Low,
        Medium,
        High,
    };

    Confidence confidence = Confidence::None;
    int daysUsed = 0;
    std::optional<qint64> balanceMilli;
    std::optional<qint64> dailyCostMilli;
    std::optional<double> daysRemaining;
    std::optional<QDate> runsOutOn;    // local date
    std::optional<QDate> earliestDate; // at the upper-quartile spend
    std::optional<QDate> latestDate;   // at the lower-quartile spend

    bool hasForecast() const { return confidence != Confidence::None && runsOutOn.has_value(); }
    // "N days left" as every front end says it: daysRemaining rounded to whole days, never
    // below 0 (0 reads "less than a day"); none without a forecast.
    std::optional<int> wholeDaysLeft() const;
    QString confidenceName() const; // "none", "low", "medium", "high"
};

class BalanceForecast
{
public:
    static constexpr int kWindowDays = 14;
    static constexpr int kMinimumDays = 3;

    explicit BalanceForecast(Database &db);

    Result<ForecastResult> run(const Meter &meter, qint64 now) const;

private:
    Database &m_db;
};
