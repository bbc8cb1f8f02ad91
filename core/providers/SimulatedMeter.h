#pragma once

#include "model/Reading.h"

#include <QList>
#include <QTimeZone>

#include <array>

// A deterministic virtual ELNET-style meter: same seed and origin, same readings, however
// the time between them is stepped. Every 30 s slot has its own hashed randomness, so a
// year of history and a live poll agree to the last digit.
//
// Behaviour: a daily load curve with morning and evening peaks and a seasonal swing, short
// appliance spikes, grid outages (0-2 a day, 10-150 min) during which a generator carries a
// reduced load at a dearer rate, recharges when the balance runs low, counters and balance
// rounded as the vendor's server rounds them, and about 3 % of slots in which the server
// repeats its previous record (stale).
class SimulatedMeter
{
public:
    static constexpr qint64 kSlotSeconds = 30;
    static constexpr double kGridRate = 8.5;       // currency per kWh
    static constexpr double kGeneratorRate = 22.0; // currency per kWh

    SimulatedMeter(quint64 seed, qint64 origin, const QTimeZone &zone);

    quint64 seed() const { return m_seed; }
    qint64 origin() const { return m_origin; }

    // The record the meter's server shows at `time`: the newest one stamped at or before it.
    // Times before the origin give the origin record. Going back in time replays from the
    // origin, so any order of calls gives the same answers.
    Reading recordAt(qint64 time);
    // Every distinct published record with from <= time < to, oldest first; visit may stop
    // the walk by returning false.
    template <typename Visit>
    void forEachRecord(qint64 from, qint64 to, Visit visit);
    QList<Reading> history(qint64 from, qint64 to);

    // The walk's state as text, and the walk resumed from such a text (of this seed and
    // origin, and later than where the walk is): a live poll then steps from there, not
    // from the origin ten years back. Doubles round-trip exactly, so a resumed walk gives the
    // same records to the last digit as one from the origin.
    QString checkpoint() const;
    bool resume(const QString &checkpoint);
    // Slots stepped since construction (what a walk cost).
    qint64 stepsTaken() const { return m_stepsTaken; }

private:
    struct DayPlan
    {
        qint64 localDay = -1;
        int outageCount = 0;
        std::array<int, 2> outageStart{}; // seconds after local midnight
        std::array<int, 2> outageEnd{};
        double dayFactor = 1.0;
        double seasonFactor = 1.0;
    };

    void reset();
    void step(); // advance one slot
    // The time the meter's clock stamps on a slot's record (0-4 s into the slot).
    qint64 recordTimeOfSlot(qint64 slot) const;
    int utcOffsetAt(qint64 time);
    const DayPlan &planFor(qint64 localDay);
    quint64 hash(quint64 a, quint64 b) const;
    double unit(quint64 a, quint64 b) const; // uniform in [0, 1)

    quint64 m_seed;
    qint64 m_origin;
    QTimeZone m_zone;

    // State at slot m_slot (time m_origin + m_slot * 30 s).
    qint64 m_slot = 0;
    qint64 m_stepsTaken = 0;
    double m_gridWh = 0;
    double m_generatorWh = 0;
    double m_balance = 0;
    Reading m_record; // what the server currently shows

    DayPlan m_plan;
    qint64 m_offsetValidFrom = 0;
    qint64 m_offsetValidUntil = -1;
    int m_offset = 0;
};

template <typename Visit>
void SimulatedMeter::forEachRecord(qint64 from, qint64 to, Visit visit)
{
    if (to <= from)
        return;
    // Position so every record with time >= from is still ahead (only rewinds when needed).
    if (m_slot > 0 && m_record.time >= from)
        reset();
    while (recordTimeOfSlot(m_slot + 1) < from)
        step();
    if (m_slot == 0 && m_record.time >= from && m_record.time < to && !visit(m_record))
        return;
    // Never step past a record at or after `to`: the next walk starts from there.
    while (recordTimeOfSlot(m_slot + 1) < to) {
        const qint64 before = m_record.time;
        step();
        if (m_record.time != before && !visit(m_record))
            return;
    }
}
