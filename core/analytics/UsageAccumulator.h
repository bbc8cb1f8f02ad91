#pragma once

#include "DayUsage.h"
#include "HourProfile.h"
#include "IntervalUsage.h"
#include "LocalCalendar.h"
#include "Tariff.h"
#include "UsageDeriver.h"
#include "model/Meter.h"
#include "model/Reading.h"
#include "model/Result.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <optional>

class Database;

// Books intervals into the rollups of one meter: the minute of the hour profile where the
// interval ends, the minutes it spans (covered/gap), and the local day (energy, cost,
// recharges, closing balance). Works in memory and writes on flush(), so a year of readings
// is one pass; rows it has not seen are loaded on first use, so a single live reading costs
// one hour and one day row.
class UsageAccumulator
{
public:
    UsageAccumulator(Database &db, const Meter &meter);

    void add(const IntervalUsage &u);
    // What one Wh costs for an interval ending at `atTime`: the tariff version in force (the
    // marginal grid rate at the month's slab position, the generator rate, tax included);
    // without a tariff the meter's settings grid_rate and generator_rate (currency per kWh),
    // else learnt from the last 7 days and today so far.
    EstimateRates estimateRates(qint64 atTime);
    // Average money per day with data over the 7 local days before the one holding `atTime`,
    // on a meter's first day today's so far as a whole day (bounds how much an interval can
    // have consumed, for matching recharges).
    qint64 recentDailySpendMilli(qint64 atTime);
    Status flush();
    // The first failure of a flush made on the way (the cache full); once failed, the
    // caller's transaction must end: SQLite may already have rolled it back.
    const Status &status() const { return m_status; }

private:
    HourProfile &hour(qint64 hourIndex);
    DayUsage &day(const QDate &date);
    std::optional<EstimateRates> tariffRates(qint64 atTime);

    Database &m_db;
    Meter m_meter;
    LocalCalendar m_calendar;
    QHash<qint64, HourProfile> m_hours;
    QSet<qint64> m_dirtyHours;
    QMap<QDate, DayUsage> m_days;
    QSet<QDate> m_dirtyDays;
    std::optional<QList<TariffVersion>> m_tariffs; // read once per accumulator (one batch)
    Status m_status;
};
