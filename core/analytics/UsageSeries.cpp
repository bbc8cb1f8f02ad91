#include "UsageSeries.h"

#include "ChartWindow.h"
#include "HourProfile.h"
#include "LocalCalendar.h"
#include "storage/Database.h"
#include "storage/RollupRepository.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

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

std::optional<qint64> UsageSeries::finerThanCounterStepWh() const
{
    qint64 step = 0;
    int withData = 0;
    for (const UsageBucket &b : buckets) {
        if (!b.hasData)
            continue;
        ++withData;
        if (b.totalWh() > 0 && (step == 0 || b.totalWh() < step))
            step = b.totalWh();
    }
    if (withData < 10 || step == 0)
        return std::nullopt;
    int empty = 0;
    int oneStep = 0;
    for (const UsageBucket &b : buckets) {
        if (b.hasData) {
            empty += b.totalWh() == 0;
            oneStep += b.totalWh() == step;
        }
    }
    if (4 * empty < withData || 5 * (empty + oneStep) < 4 * withData)
        return std::nullopt;
    return step;
}

UsageSeriesQuery::UsageSeriesQuery(Database &db)
    : m_db(db)
{}

Result<UsageSeries> UsageSeriesQuery::run(const Meter &meter, qint64 at, int intervalHours,
                                          int groupMinutes) const
{
    if (const Status s = ChartWindow::checkInterval(intervalHours); !s)
        return Result<UsageSeries>::failure(s.typedError());
    return runRange(meter, at - qint64(intervalHours) * 3600, at, groupMinutes);
}

Result<UsageSeries> UsageSeriesQuery::runRange(const Meter &meter, qint64 windowStart, qint64 at,
                                               int groupMinutes) const
{
    using R = Result<UsageSeries>;
    if (const Status s = ChartWindow::checkRange(windowStart, at, groupMinutes, false); !s)
        return R::failure(s.typedError());

    LocalCalendar calendar{QTimeZone(meter.timezone.toUtf8())};
    const qint64 groupSeconds = qint64(groupMinutes) * 60;
    UsageSeries series;
    series.groupMinutes = groupMinutes;

    // Buckets are G real minutes counted from local midnight, cut at the next midnight, so a
    // 25-hour DST day has 25 hourly buckets; a whole-day grouping is the local day itself.
    // The buckets at the window's edges are clipped to the window (and marked partial), never
    // widened: the window's totals are the same whatever the grouping, and a 1-hour window
    // grouped by days is one hour.
    const bool wholeDays = groupMinutes == kMaxGroupMinutes;
    const qint64 dayStart = calendar.dayStart(windowStart);
    qint64 bucketStart =
        wholeDays ? dayStart : dayStart + (windowStart - dayStart) / groupSeconds * groupSeconds;
    while (bucketStart < at) {
        const qint64 midnight = calendar.nextDayStart(bucketStart);
        const qint64 fullEnd = wholeDays ? midnight : std::min(bucketStart + groupSeconds, midnight);
        UsageBucket bucket;
        bucket.start = std::max(bucketStart, windowStart);
        bucket.end = std::min(fullEnd, at);
        bucket.partial = bucket.start != bucketStart || bucket.end != fullEnd;
        series.buckets.append(bucket);
        bucketStart = fullEnd;
    }
    series.from = series.buckets.constFirst().start;
    series.to = series.buckets.constLast().end;

    // Minutes come from the hour rollups; every minute lands in the bucket containing it.
    const qint64 firstHour = series.from / 3600 - (series.from % 3600 < 0 ? 1 : 0);
    const qint64 lastHour = (series.to + 3599) / 3600;
    int index = 0;
    const int count = static_cast<int>(series.buckets.size());
    const Status status = RollupRepository(m_db).forEachHour(
        meter.id, firstHour, lastHour, [&](qint64 hourIndex, const HourProfile &profile) {
            for (int i = 0; i < 60; ++i) {
                const MinuteUsage &m = profile.minutes[static_cast<size_t>(i)];
                if (m.isEmpty())
                    continue;
                const qint64 t = (hourIndex * 60 + i) * 60;
                if (t < series.from || t >= series.to)
                    continue;
                while (index < count && series.buckets[index].end <= t)
                    ++index;
                if (index >= count)
                    return;
                UsageBucket &b = series.buckets[index];
                if (m.has(MinuteUsage::HasEnd)) {
                    b.hasData = true;
                    b.gridWh += m.gridWh;
                    b.generatorWh += m.generatorWh;
                    b.costMilli += m.costMilli;
                }
                b.gap = b.gap || m.has(MinuteUsage::Gap);
                b.estimated =
                    b.estimated || m.has(MinuteUsage::EstimatedCost) || m.has(MinuteUsage::EstimatedEnergy);
            }
        });
    if (!status)
        return R::failure(status.typedError());

    for (UsageBucket &b : series.buckets) {
        if (b.generatorWh > b.gridWh)
            b.source = PowerSource::Generator;
        else if (b.gridWh > 0)
            b.source = PowerSource::Grid;
    }
    return series;
}
