#include "UsageAccumulator.h"

#include "storage/RollupRepository.h"
#include "storage/TariffRepository.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Beyond this many cached hours, flush and start over (a year in one pass stays small).
constexpr int kMaxCachedHours = 512;

} // namespace

UsageAccumulator::UsageAccumulator(Database &db, const Meter &meter)
    : m_db(db)
    , m_meter(meter)
    , m_calendar(QTimeZone(meter.timezone.toUtf8()))
{}

HourProfile &UsageAccumulator::hour(qint64 hourIndex)
{
    auto it = m_hours.find(hourIndex);
    if (it == m_hours.end()) {
        if (m_hours.size() >= kMaxCachedHours) {
            if (Status flushed = flush(); !flushed && m_status)
                m_status = flushed;
        }
        it = m_hours.insert(hourIndex,
                            RollupRepository(m_db).hour(m_meter.id, hourIndex).value_or(HourProfile{}));
    }
    return *it;
}

DayUsage &UsageAccumulator::day(const QDate &date)
{
    auto it = m_days.find(date);
    if (it == m_days.end()) {
        DayUsage fresh;
        fresh.date = date;
        it = m_days.insert(date, RollupRepository(m_db).day(m_meter.id, date).value_or(fresh));
    }
    return *it;
}

void UsageAccumulator::add(const IntervalUsage &u)
{
    // Booked in the minute holding the interval's last second.
    const qint64 bookedAt = u.end - 1;
    const qint64 minuteIndex = floorDiv(bookedAt, 60);
    const qint64 hourIndex = floorDiv(minuteIndex, 60);

    // The minutes the interval spans before its last one. (Marked first: hour() may flush
    // or rehash, so no reference into the cache is kept across calls.)
    const quint8 spanFlags = MinuteUsage::Covered | (u.gap ? MinuteUsage::Gap : 0);
    for (qint64 minute = floorDiv(u.start, 60); minute < minuteIndex; ++minute) {
        const qint64 h = floorDiv(minute, 60);
        hour(h).minutes[static_cast<size_t>(minute - h * 60)].flags |= spanFlags;
        m_dirtyHours.insert(h);
    }

    MinuteUsage &m = hour(hourIndex).minutes[static_cast<size_t>(minuteIndex - hourIndex * 60)];
    m.flags |= MinuteUsage::HasEnd | MinuteUsage::Covered;
    if (u.gap)
        m.flags |= MinuteUsage::Gap;
    if (u.estimatedCost)
        m.flags |= MinuteUsage::EstimatedCost;
    if (u.estimatedEnergy)
        m.flags |= MinuteUsage::EstimatedEnergy;
    m.gridWh += u.gridWh;
    m.generatorWh += u.generatorWh;
    m.costMilli += u.costMilli;
    m_dirtyHours.insert(hourIndex);

    const QDate date = m_calendar.localDate(bookedAt);
    DayUsage &d = day(date);
    d.gridWh += u.gridWh;
    d.generatorWh += u.generatorWh;
    d.costMilli += u.costMilli;
    d.rechargedMilli += u.rechargeMilli.value_or(0);
    d.intervals += 1;
    d.estimated = d.estimated || u.estimatedCost || u.estimatedEnergy;
    if (u.gap)
        d.gapSeconds += u.end - u.start;
    if (u.end >= d.closingTime) {
        d.closingTime = u.end;
        if (u.balanceAfterMilli)
            d.closingBalanceMilli = u.balanceAfterMilli;
    }
    m_dirtyDays.insert(date);
}

std::optional<EstimateRates> UsageAccumulator::tariffRates(qint64 atTime)
{
    if (!m_tariffs) {
        // Unreadable versions estimate as if there were none; the bill reports the error.
        const Result<QList<TariffVersion>> versions = TariffRepository(m_db).list(m_meter.id);
        m_tariffs = versions ? versions.value() : QList<TariffVersion>{};
    }
    // Priced where the bill prices it: the minute holding the interval's last second. The
    // slab position is the month's grid energy in the day rollups so far, which a rebuild
    // reproduces exactly (tariff changes rebuild from their date: ReadingIngestor::setTariff).
    const qint64 bookedAt = atTime - 1;
    const QDate date = m_calendar.localDate(bookedAt);
    const int index = TariffRepository::indexInForce(*m_tariffs, date);
    if (index < 0)
        return std::nullopt;
    const Tariff &tariff = m_tariffs->at(index).tariff;
    qint64 monthGridWh = 0;
    if (tariff.slabs().size() > 1) {
        for (QDate d(date.year(), date.month(), 1); d <= date; d = d.addDays(1))
            monthGridWh += day(d).gridWh;
    }
    std::optional<int> minuteOfDay;
    if (!tariff.periods().isEmpty()) {
        const QTime local = QDateTime::fromSecsSinceEpoch(bookedAt, m_calendar.zone()).time();
        minuteOfDay = local.hour() * 60 + local.minute();
    }
    // Thousandths per kWh / 1000 = thousandths per Wh; the balance pays the tax too.
    const double perWh = (1.0 + double(tariff.taxMilliPercent()) / 100'000.0) / 1000.0;
    EstimateRates rates;
    rates.gridMilliPerWh = double(tariff.marginalGridRateMilli(monthGridWh, minuteOfDay)) * perWh;
    if (const std::optional<qint64> generator = tariff.generatorRateMilli())
        rates.generatorMilliPerWh = double(*generator) * perWh;
    return rates;
}

EstimateRates UsageAccumulator::estimateRates(qint64 atTime)
{
    if (std::optional<EstimateRates> priced = tariffRates(atTime))
        return *priced;
    EstimateRates rates;
    const QJsonValue grid = m_meter.settings.value(QStringLiteral("grid_rate"));
    const QJsonValue gen = m_meter.settings.value(QStringLiteral("generator_rate"));
    // Currency per kWh equals thousandths per Wh.
    if (grid.isDouble() && grid.toDouble() > 0)
        rates.gridMilliPerWh = grid.toDouble();
    if (gen.isDouble() && gen.toDouble() > 0)
        rates.generatorMilliPerWh = gen.toDouble();
    if (rates.gridMilliPerWh)
        return rates;
    const QDate today = m_calendar.localDate(atTime);
    qint64 cost = 0;
    qint64 energy = 0;
    for (QDate d = today.addDays(-7); d <= today; d = d.addDays(1)) {
        const DayUsage &usage = day(d);
        if (usage.costMilli > 0 && usage.totalWh() > 0) {
            cost += usage.costMilli;
            energy += usage.totalWh();
        }
    }
    if (energy > 0)
        rates.gridMilliPerWh = double(cost) / double(energy);
    return rates;
}

qint64 UsageAccumulator::recentDailySpendMilli(qint64 atTime)
{
    const QDate today = m_calendar.localDate(atTime);
    qint64 cost = 0;
    qint64 days = 0;
    for (QDate d = today.addDays(-7); d < today; d = d.addDays(1)) {
        const DayUsage &usage = day(d);
        if (usage.hasData() && usage.costMilli > 0) {
            cost += usage.costMilli;
            ++days;
        }
    }
    if (days > 0)
        return cost / days;
    // A meter's first day: today so far, as a whole day (at least an hour counted).
    const qint64 elapsed = qMax<qint64>(3600, atTime - m_calendar.startOf(today));
    return qMax<qint64>(0, day(today).costMilli) * 86400 / elapsed;
}

Status UsageAccumulator::flush()
{
    RollupRepository rollups(m_db);
    for (const qint64 h : std::as_const(m_dirtyHours)) {
        if (Status saved = rollups.saveHour(m_meter.id, h, m_hours.value(h)); !saved)
            return saved;
    }
    for (const QDate &d : std::as_const(m_dirtyDays)) {
        if (Status saved = rollups.saveDay(m_meter.id, m_days.value(d)); !saved)
            return saved;
    }
    m_hours.clear();
    m_dirtyHours.clear();
    // Day rows are few; keep them for the rate window.
    m_dirtyDays.clear();
    return {};
}
