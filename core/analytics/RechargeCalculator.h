#pragma once

#include "model/Meter.h"
#include "model/Result.h"

#include <QDate>
#include <QString>

#include <optional>

class Database;
class Tariff;

// What a recharge buys (or costs) at the meter's current slab position.
struct RechargeQuote
{
    qint64 amountMilli = 0;   // paid, tax included
    qint64 wh = 0;            // the grid energy it buys
    qint64 monthGridWh = 0;   // the month's grid energy before it: where in the slabs it starts
    QDate tariffFrom;         // the version that priced it
    bool crossesSlab = false; // part of it is priced in a dearer slab than the current one
    QString warning;          // says which slab, when it crosses; else empty
};

// "What will this recharge buy": the energy an amount buys under the tariff version in force,
// starting at the month's slab position (this month's grid energy so far, from the day
// rollups) and walking into dearer slabs as needed; tax is taken off the amount, fixed
// charges are not (they are billed, not vended). The reverse gives the amount for an energy.
// Time-of-use periods are left out: a recharge does not know when it will be used.
class RechargeCalculator
{
public:
    explicit RechargeCalculator(Database &db);

    Result<RechargeQuote> energyFor(const Meter &meter, qint64 amountMilli, qint64 at) const;
    Result<RechargeQuote> amountFor(const Meter &meter, qint64 wh, qint64 at) const;

    // The same on a given tariff and slab position.
    static RechargeQuote quoteEnergy(const Tariff &tariff, qint64 monthGridWh, qint64 amountMilli);
    static RechargeQuote quoteAmount(const Tariff &tariff, qint64 monthGridWh, qint64 wh);

    // The amount most likely paid for a recharge known only to lie in [lowMilli, highMilli]
    // (a detected one: its balance jump plus the consumption estimated meanwhile, give or
    // take that estimate's error): the roundest amount in the range, a multiple of 100, else
    // of 50, else of 10 of the currency, where a step counts only when it is wider than the
    // range (so no two of its multiples lie in it, and a small amount is never taken for a
    // round one further away). Nothing when no such amount lies in it, and for meters kept in
    // kWh, whose units bought are not round.
    static std::optional<qint64> roundAmountIn(qint64 lowMilli, qint64 highMilli, const QString &currency);

    static constexpr qint64 kMaxAmountMilli = 1'000'000'000'000LL; // a billion of any currency

private:
    Database &m_db;
};
