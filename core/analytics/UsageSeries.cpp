#include "UsageSeries.h"

#include "LocalCalendar.h"
#include "storage/Database.h"
#include "storage/ReadingRepository.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UsageSeriesQuery", text);
}

// Running price per kWh per source, learnt from intervals where the balance dropped, used
// to estimate the cost of an interval that contains a recharge.
struct RateEstimate
{
    double milliPerWh[3] = {0, 0, 0};

    void learn(PowerSource source, qint64 wh, qint64 costMilli)
    {
        if (wh <= 0 || costMilli <= 0)
            return;
        double &rate = milliPerWh[static_cast<int>(source)];
        const double observed = static_cast<double>(costMilli) / static_cast<double>(wh);
        rate = rate == 0 ? observed : 0.8 * rate + 0.2 * observed;
    }
    qint64 estimate(qint64 gridWh, qint64 generatorWh) const
    {
        const double grid = milliPerWh[int(PowerSource::Grid)];
        const double gen = milliPerWh[int(PowerSource::Generator)];
        return static_cast<qint64>(std::llround(grid * gridWh + (gen > 0 ? gen : grid) * generatorWh));
    }
};

qint64 counterDelta(const std::optional<qint64> &before, const std::optional<qint64> &after)
{
    if (!before || !after || *after < *before)
        return 0; // unknown, or a counter reset (recorded as an event, never a spike)
    return *after - *before;
}

} // namespace

qint64 UsageSeries::totalGridWh() const
{
    qint64 sum = 0;
    for (const UsageBucket &b : buckets)
        sum += b.gridWh;
    return sum;
}

qint64 UsageSeries::totalGeneratorWh() const
{
    qint64 sum = 0;
    for (const UsageBucket &b : buckets)
        sum += b.generatorWh;
    return sum;
}

qint64 UsageSeries::totalCostMilli() const
{
    qint64 sum = 0;
    for (const UsageBucket &b : buckets)
        sum += b.costMilli;
    return sum;
}

UsageSeriesQuery::UsageSeriesQuery(Database &db)
    : m_db(db)
{}

qint64 UsageSeriesQuery::gapLimitSeconds(const Meter &meter)
{
    const qint64 configured = meter.settings.value(QStringLiteral("gap_limit_s")).toInteger(0);
    if (configured > 0)
        return configured;
    return meter.intervalSeconds <= 60 ? 600 : 3 * 3600;
}

Result<UsageSeries> UsageSeriesQuery::run(const Meter &meter, qint64 at, int intervalHours,
                                          int groupMinutes) const
{
    using R = Result<UsageSeries>;
    if (intervalHours < kMinIntervalHours || intervalHours > kMaxIntervalHours)
        return R::failure(tr("The interval must be between %1 and %2 hours.")
                              .arg(kMinIntervalHours)
                              .arg(kMaxIntervalHours));
    return runRange(meter, at - qint64(intervalHours) * 3600, at, groupMinutes);
}

Result<UsageSeries> UsageSeriesQuery::runRange(const Meter &meter, qint64 windowStart, qint64 at,
                                               int groupMinutes) const
{
    using R = Result<UsageSeries>;
    if (groupMinutes < kMinGroupMinutes || groupMinutes > kMaxGroupMinutes)
        return R::failure(tr("The grouping must be between %1 and %2 minutes.")
                              .arg(kMinGroupMinutes)
                              .arg(kMaxGroupMinutes));
    if (at <= windowStart)
        return R::failure(tr("The end of the window must be after its start."));

    LocalCalendar calendar{QTimeZone(meter.timezone.toUtf8())};
    const qint64 groupSeconds = qint64(groupMinutes) * 60;
    UsageSeries series;
    series.groupMinutes = groupMinutes;

    // Buckets are G real minutes counted from local midnight, cut at the next midnight, so a
    // 25-hour DST day has 25 hourly buckets; a whole-day grouping is the local day itself.
    const bool wholeDays = groupMinutes == kMaxGroupMinutes;
    const qint64 dayStart = calendar.dayStart(windowStart);
    qint64 bucketStart =
        wholeDays ? dayStart : dayStart + (windowStart - dayStart) / groupSeconds * groupSeconds;
    while (bucketStart < at) {
        const qint64 midnight = calendar.nextDayStart(bucketStart);
        UsageBucket bucket;
        bucket.start = bucketStart;
        bucket.end = wholeDays ? midnight : std::min(bucketStart + groupSeconds, midnight);
        series.buckets.append(bucket);
        bucketStart = bucket.end;
    }
    series.from = series.buckets.constFirst().start;
    series.to = series.buckets.constLast().end;

    ReadingRepository readings(m_db);
    std::optional<Reading> previous = readings.latestBefore(meter.id, series.from);
    const qint64 gapLimit = gapLimitSeconds(meter);
    RateEstimate rates;
    int index = 0;
    const int count = static_cast<int>(series.buckets.size());

    const Status status = readings.forEachInRange(meter.id, series.from, series.to, [&](const Reading &r) {
        while (index < count && series.buckets[index].end <= r.time)
            ++index;
        if (index >= count)
            return false;
        UsageBucket &bucket = series.buckets[index];
        if (!previous) {
            previous = r;
            return true;
        }
        const Reading &a = *previous;
        const qint64 gridWh = counterDelta(a.gridWh, r.gridWh);
        const qint64 generatorWh = counterDelta(a.generatorWh, r.generatorWh);
        qint64 cost = 0;
        if (a.balanceMilli && r.balanceMilli) {
            const qint64 drop = *a.balanceMilli - *r.balanceMilli;
            if (drop >= 0) {
                cost = drop;
                if (generatorWh == 0)
                    rates.learn(PowerSource::Grid, gridWh, drop);
                else if (gridWh == 0)
                    rates.learn(PowerSource::Generator, generatorWh, drop);
            } else {
                cost = rates.estimate(gridWh, generatorWh);
                bucket.estimated = true;
            }
        }
        if (r.time - a.time > gapLimit) {
            // Missing readings: flag every bucket the gap touches; what was consumed during
            // the gap stays in the bucket where readings resume (not smeared, not dropped).
            for (int i = index; i >= 0 && series.buckets[i].end > a.time; --i)
                series.buckets[i].gap = true;
        }
        bucket.gridWh += gridWh;
        bucket.generatorWh += generatorWh;
        bucket.costMilli += cost;
        bucket.hasData = true;
        previous = r;
        return true;
    });
    if (!status)
        return R::failure(status.error());

    for (UsageBucket &b : series.buckets) {
        if (b.generatorWh > b.gridWh)
            b.source = PowerSource::Generator;
        else if (b.gridWh > 0)
            b.source = PowerSource::Grid;
    }
    return series;
}
