#include "BalanceSeries.h"

#include "ChartWindow.h"
#include "LocalCalendar.h"
#include "RechargeLedger.h"
#include "storage/ReadingRepository.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

BalanceSeriesQuery::BalanceSeriesQuery(Database &db)
    : m_db(db)
{}

Result<BalanceSeries> BalanceSeriesQuery::run(const Meter &meter, qint64 at, int intervalHours,
                                              int groupMinutes) const
{
    if (const Status s = ChartWindow::checkInterval(intervalHours); !s)
        return Result<BalanceSeries>::failure(s.typedError());
    return runRange(meter, at - qint64(intervalHours) * 3600, at, groupMinutes);
}

Result<BalanceSeries> BalanceSeriesQuery::runRange(const Meter &meter, qint64 windowStart, qint64 at,
                                                   int groupMinutes) const
{
    using R = Result<BalanceSeries>;
    if (const Status s = ChartWindow::checkRange(windowStart, at, groupMinutes, true); !s)
        return R::failure(s.typedError());

    LocalCalendar calendar{QTimeZone(meter.timezone.toUtf8())};
    const bool wholeDays = groupMinutes == kMaxGroupMinutes;
    // A whole local day is one slot (23 to 25 hours): any slot longer than a day will do.
    const qint64 slotSeconds = wholeDays ? 2 * 86400 : qint64(groupMinutes) * 60;
    BalanceSeries series;
    series.groupMinutes = groupMinutes;
    series.from = windowStart;
    series.to = at;

    ReadingRepository readings(m_db);
    // Day by day, so every bucket is counted from its own local midnight (DST days too).
    qint64 day = calendar.dayStart(windowStart);
    while (day < at) {
        const qint64 next = calendar.nextDayStart(day);
        const qint64 from = std::max(day, windowStart);
        const qint64 to = std::min(next, at);
        const Result<QList<BalanceSlot>> found = readings.balanceSlots(meter.id, from, to, day, slotSeconds);
        if (!found)
            return R::failure(found.typedError());
        const qint64 firstIndex = (from - day) / slotSeconds;
        const qint64 lastIndex = (to - 1 - day) / slotSeconds;
        auto slot = found->cbegin();
        for (qint64 i = firstIndex; i <= lastIndex; ++i) {
            BalanceBucket b;
            b.start = std::max(from, day + i * slotSeconds);
            b.end = std::min(to, day + (i + 1) * slotSeconds);
            if (slot != found->cend() && slot->index == i) {
                b.openMilli = slot->openMilli;
                b.closeMilli = slot->closeMilli;
                b.minMilli = slot->minMilli;
                b.maxMilli = slot->maxMilli;
                ++slot;
            }
            series.buckets.append(b);
        }
        day = next;
    }

    const Result<QList<RechargeEntry>> recharges = RechargeLedger(m_db).list(meter, windowStart, at);
    if (!recharges)
        return R::failure(recharges.typedError());
    series.recharges = recharges.value();
    auto bucket = series.buckets.begin();
    for (const RechargeEntry &e : series.recharges) {
        while (bucket != series.buckets.end() && bucket->end <= e.time)
            ++bucket;
        if (bucket == series.buckets.end())
            break;
        bucket->rechargedMilli += e.amountMilli;
        ++bucket->rechargeCount;
    }
    return series;
}

int BalanceSeriesQuery::drawnGroupMinutes(int intervalHours, int groupMinutes, int columns)
{
    const qint64 span = qint64(std::max(1, intervalHours)) * 60;
    const qint64 chosen = std::clamp(groupMinutes, kMinGroupMinutes, kMaxGroupMinutes);
    const qint64 width = std::max(1, columns);
    // One more bucket than span / group where the window starts inside one.
    if ((span + chosen - 1) / chosen + 1 <= width || chosen == kMaxGroupMinutes)
        return static_cast<int>(chosen);
    const qint64 need = (span + width - 2) / (width - 1 > 0 ? width - 1 : 1); // minutes a bucket
    const auto multipleOf = [need](qint64 unit) { return (need + unit - 1) / unit * unit; };
    const qint64 finest = multipleOf(chosen);
    const qint64 quarters = multipleOf(std::lcm(chosen, qint64(15)));
    const qint64 drawn = quarters < 2 * need ? quarters : finest;
    return static_cast<int>(std::min<qint64>(drawn, kMaxGroupMinutes));
}
