#include "SimulatedMeter.h"

#include <QDateTime>
#include <QStringList>

#include <cmath>
#include <limits>

namespace {

constexpr quint64 kTagInit = 1;
constexpr quint64 kTagDay = 2;
constexpr quint64 kTagSlot = 3;
constexpr quint64 kTagStale = 4;
constexpr quint64 kTagRecharge = 5;
constexpr quint64 kTagSpike = 6;

quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

double gaussian(double x, double mean, double width)
{
    const double z = (x - mean) / width;
    return std::exp(-z * z);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Servers show two decimals; keep that so stored values look like the real thing.
qint64 roundToHundredthsMilli(double value)
{
    return static_cast<qint64>(std::llround(value * 100.0)) * 10;
}

} // namespace

SimulatedMeter::SimulatedMeter(quint64 seed, qint64 origin, const QTimeZone &zone)
    : m_seed(seed)
    , m_origin(floorDiv(origin, kSlotSeconds) * kSlotSeconds)
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
    reset();
}

quint64 SimulatedMeter::hash(quint64 a, quint64 b) const
{
    return splitmix64(splitmix64(m_seed ^ (a * 0x2545f4914f6cdd1dULL)) ^ b);
}

double SimulatedMeter::unit(quint64 a, quint64 b) const
{
    return static_cast<double>(hash(a, b) >> 11) * (1.0 / 9007199254740992.0);
}

void SimulatedMeter::reset()
{
    m_slot = 0;
    m_gridWh = (40000.0 + std::floor(unit(kTagInit, 1) * 10000.0)) * 1000.0;
    m_generatorWh = (300.0 + std::floor(unit(kTagInit, 2) * 300.0)) * 1000.0;
    m_balance = 1500.0 + std::floor(unit(kTagInit, 3) * 1000.0);
    m_record = Reading{};
    m_record.time = m_origin;
    m_record.fetchedAt = m_origin;
    m_record.balanceMilli = roundToHundredthsMilli(m_balance);
    m_record.gridWh = static_cast<qint64>(std::llround(m_gridWh / 10.0)) * 10;
    m_record.generatorWh = static_cast<qint64>(std::llround(m_generatorWh / 10.0)) * 10;
    m_record.loadW = 300;
    m_record.source = PowerSource::Grid;
}

int SimulatedMeter::utcOffsetAt(qint64 time)
{
    if (time < m_offsetValidFrom || time >= m_offsetValidUntil) {
        // Cache the offset until the zone's next transition: QTimeZone look-ups are far
        // slower than a slot step.
        const QDateTime at = QDateTime::fromSecsSinceEpoch(time, Qt::UTC);
        m_offset = m_zone.offsetFromUtc(at);
        m_offsetValidFrom = time;
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        m_offsetValidUntil =
            next.atUtc.isValid() ? next.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }
    return m_offset;
}

const SimulatedMeter::DayPlan &SimulatedMeter::planFor(qint64 localDay)
{
    if (m_plan.localDay == localDay)
        return m_plan;
    DayPlan plan;
    plan.localDay = localDay;
    const quint64 day = static_cast<quint64>(localDay);
    const double u = unit(kTagDay, day * 8);
    plan.outageCount = u < 0.4 ? 0 : (u < 0.8 ? 1 : 2);
    for (int i = 0; i < plan.outageCount; ++i) {
        const int start = 6 * 3600 + static_cast<int>(unit(kTagDay, day * 8 + 1 + i) * 16 * 3600);
        const int length = 600 + static_cast<int>(unit(kTagDay, day * 8 + 3 + i) * 140 * 60);
        plan.outageStart[i] = start;
        plan.outageEnd[i] = start + length;
    }
    plan.dayFactor = 0.85 + 0.3 * unit(kTagDay, day * 8 + 5);
    // Summer (air conditioning) peaks around day 160 of the year in South Asia.
    const double dayOfYear = std::fmod(static_cast<double>(localDay) + 0.0, 365.2425);
    plan.seasonFactor = 1.0 + 0.3 * std::cos(2.0 * M_PI * (dayOfYear - 160.0) / 365.2425);
    m_plan = plan;
    return m_plan;
}

qint64 SimulatedMeter::recordTimeOfSlot(qint64 slot) const
{
    return m_origin + slot * kSlotSeconds + static_cast<qint64>(hash(kTagStale, quint64(slot) + 0x7777) % 5);
}

QString SimulatedMeter::checkpoint() const
{
    const auto exact = [](double v) { return QString::number(v, 'g', 17); };
    return QStringList{QStringLiteral("1"),
                       QString::number(m_seed),
                       QString::number(m_origin),
                       QString::number(m_slot),
                       exact(m_gridWh),
                       exact(m_generatorWh),
                       exact(m_balance),
                       QString::number(m_record.time),
                       QString::number(m_record.balanceMilli.value_or(0)),
                       QString::number(m_record.gridWh.value_or(0)),
                       QString::number(m_record.generatorWh.value_or(0)),
                       QString::number(m_record.loadW.value_or(0)),
                       QString::number(static_cast<int>(m_record.source))}
        .join(QLatin1Char(' '));
}

bool SimulatedMeter::resume(const QString &checkpoint)
{
    const QStringList f = checkpoint.split(QLatin1Char(' '));
    if (f.size() != 13 || f.at(0) != QLatin1String("1") || f.at(1) != QString::number(m_seed) ||
        f.at(2) != QString::number(m_origin))
        return false;
    bool ok = true;
    const auto integer = [&ok](const QString &text) {
        bool good = false;
        const qint64 v = text.toLongLong(&good);
        ok = ok && good;
        return v;
    };
    const auto real = [&ok](const QString &text) {
        bool good = false;
        const double v = text.toDouble(&good);
        ok = ok && good && std::isfinite(v);
        return v;
    };
    const qint64 slot = integer(f.at(3));
    const double gridWh = real(f.at(4));
    const double generatorWh = real(f.at(5));
    const double balance = real(f.at(6));
    Reading record;
    record.time = integer(f.at(7));
    record.fetchedAt = record.time;
    record.balanceMilli = integer(f.at(8));
    record.gridWh = integer(f.at(9));
    record.generatorWh = integer(f.at(10));
    record.loadW = integer(f.at(11));
    const qint64 source = integer(f.at(12));
    if (!ok || slot <= m_slot || source < 0 || source > 2)
        return false;
    record.source = static_cast<PowerSource>(source);
    m_slot = slot;
    m_gridWh = gridWh;
    m_generatorWh = generatorWh;
    m_balance = balance;
    m_record = record;
    return true;
}

void SimulatedMeter::step()
{
    ++m_slot;
    ++m_stepsTaken;
    const qint64 time = m_origin + m_slot * kSlotSeconds;
    const quint64 slot = static_cast<quint64>(m_slot);
    const qint64 local = time + utcOffsetAt(time);
    const qint64 localDay = floorDiv(local, 86400);
    const int secondOfDay = static_cast<int>(local - localDay * 86400);
    const DayPlan &plan = planFor(localDay);

    bool outage = false;
    for (int i = 0; i < plan.outageCount; ++i)
        outage = outage || (secondOfDay >= plan.outageStart[i] && secondOfDay < plan.outageEnd[i]);

    const double hour = secondOfDay / 3600.0;
    // About 12-20 kWh a day: a flat in a gated community, with fans or air conditioning.
    double load = 0.18 + 0.65 * gaussian(hour, 7.5, 1.2) + 0.25 * gaussian(hour, 13.0, 3.0) +
                  1.05 * gaussian(hour, 20.5, 1.8);
    load *= plan.dayFactor * plan.seasonFactor;
    load *= 0.88 + 0.24 * unit(kTagSlot, slot);
    if (unit(kTagSpike, slot) < 0.02)
        load += 1.2 + unit(kTagSpike, slot + 0x9999) * 1.0; // kettle, iron, pump
    if (outage)
        load *= 0.6; // the generator backup carries essential loads only

    const double wh = load * 1000.0 * kSlotSeconds / 3600.0;
    if (outage) {
        m_generatorWh += wh;
        m_balance -= wh / 1000.0 * kGeneratorRate;
    } else {
        m_gridWh += wh;
        m_balance -= wh / 1000.0 * kGridRate;
    }

    // Households recharge when low, mostly in the daytime; never let it run dry.
    const bool daytime = hour >= 9.0 && hour < 21.0;
    if ((m_balance < 400.0 && daytime && unit(kTagRecharge, slot) < 0.004) || m_balance < 60.0) {
        static constexpr double amounts[] = {1000.0, 1500.0, 2000.0, 3000.0};
        m_balance += amounts[hash(kTagRecharge, slot + 0x5555) % 4];
    }

    // The server sometimes keeps showing its previous record for a slot.
    if (unit(kTagStale, slot) < 0.03)
        return;

    Reading r;
    r.time = recordTimeOfSlot(m_slot);
    r.fetchedAt = r.time;
    r.balanceMilli = roundToHundredthsMilli(m_balance);
    r.gridWh = static_cast<qint64>(std::llround(m_gridWh / 10.0)) * 10;
    r.generatorWh = static_cast<qint64>(std::llround(m_generatorWh / 10.0)) * 10;
    r.loadW = static_cast<qint64>(std::llround(load * 100.0)) * 10;
    r.source = outage ? PowerSource::Generator : PowerSource::Grid;
    m_record = r;
}

Reading SimulatedMeter::recordAt(qint64 time)
{
    if (m_slot > 0 && m_record.time > time)
        reset();
    while (recordTimeOfSlot(m_slot + 1) <= time)
        step();
    return m_record;
}

QList<Reading> SimulatedMeter::history(qint64 from, qint64 to)
{
    QList<Reading> out;
    out.reserve(static_cast<int>(qMax<qint64>(0, (to - from) / kSlotSeconds + 1)));
    forEachRecord(from, to, [&out](const Reading &r) {
        out.append(r);
        return true;
    });
    return out;
}
