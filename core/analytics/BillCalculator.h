#pragma once

#include "model/Meter.h"
#include "model/Result.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

// One priced part of a bill: energy of one slab (or time-of-use period) under one tariff
// version.
struct BillLine
{
    QDate tariffFrom; // the version that priced it
    QString slab;     // "0-20", "51-", "flat", or a period such as "22:00-06:00"
    qint64 wh = 0;
    qint64 rateMilli = 0; // per kWh, before tax
    qint64 amountMilli = 0;
};

// A meter's bill for one local calendar month. Amounts are thousandths of the meter's currency.
// total = energy lines + generator amount + fixed charges + tax, exactly.
struct MonthlyBill
{
    QDate month; // its first day
    int daysInMonth = 0;
    int daysWithData = 0;
    int daysWithoutTariff = 0; // before the meter's first tariff version: not billed
    qint64 gridWh = 0;
    qint64 generatorWh = 0;
    // Energy this bill could not price: days without a tariff, generator energy under a
    // version without a generator rate. Reported, never silently dropped.
    qint64 unpricedGridWh = 0;
    qint64 unpricedGeneratorWh = 0;
    QList<BillLine> energyCharges; // in time order of the versions, slabs in order
    qint64 generatorAmountMilli = 0;
    qint64 fixedChargesMilli = 0;
    qint64 taxMilli = 0;
    qint64 totalMilli = 0;

    qint64 energyAmountMilli() const;
};

// Prices a month from the stored rollups through the tariff versions in force (see Tariff):
// a version starting inside the month splits it at that date, the slab position carrying on
// (tiers restart with the month, not with a version). Grid energy per day comes from the day
// rollups; a version with time-of-use periods is walked minute by minute through the minute
// rollups in the meter's local time. A pure function of stored data: computing a month
// twice, or after a rebuild of the rollups, gives the same bill; it writes nothing.
class BillCalculator
{
public:
    explicit BillCalculator(Database &db);

    // `month`: any day of the local calendar month to bill. Fails when no tariff version is
    // in force on any of its days.
    Result<MonthlyBill> compute(const Meter &meter, const QDate &month) const;

private:
    Database &m_db;
};
