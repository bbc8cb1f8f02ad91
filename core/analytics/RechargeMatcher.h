#pragma once

#include "IntervalUsage.h"
#include "UsageDeriver.h"
#include "model/Meter.h"
#include "model/Reading.h"
#include "model/RechargeEntry.h"
#include "model/Result.h"

#include <QHash>
#include <QList>

#include <functional>

class Database;

// Settles, interval by interval and in time order, what recharge explains the balance of an
// interval, so live booking and rebuilds decide alike. For an interval with both balances
// (rise = balance after - balance before):
// 1. a pinned row of the user inside the interval (a.t < time <= b.t) decides: a correction
//    is the recharge; a deleted one says the rise is no recharge (booked as a credit, i.e.
//    negative consumption);
// 2. a detected rise (see UsageDeriver) is one recharge with the nearest provider or manual
//    recharge not yet tied to an interval that is close in time (matchWindowSeconds) and in
//    amount (uncertaintyMilli); otherwise it is a detected recharge, of the round amount
//    within the estimate's error (roundingToleranceMilli, RechargeCalculator::roundAmountIn)
//    where there is one, since that is what was paid; else of the estimate;
// 3. a gap (longer than the gap limit) takes the provider and manual recharges inside it,
//    since their rise could never be seen.
// A recharge tied to an interval, or rounded, sets it exactly: recharge = its amount,
// cost = amount - rise, so opening balance + recharges - consumption = closing balance to the
// milli. The estimate of a rise (rise + estimated consumption) is kept on the row that
// explains it (RechargeEntry::estimatedMilli).
class RechargeMatcher
{
public:
    RechargeMatcher(Database &db, const Meter &meter);

    // Before re-booking the intervals ending after `time` (a rebuild): their ties and
    // detected rows are decided again (detected rows found again keep their id).
    Status forgetAfter(qint64 time);
    // Adjusts `u` (a -> b). `recentDailySpend` is asked only when a rise needs matching.
    // Returns false on a storage error (see error()).
    bool book(const Reading &a, const Reading &b, IntervalUsage &u,
              const std::function<qint64()> &recentDailySpend);
    Status finish();
    const QString &error() const { return m_error.message(); }
    const Error &typedError() const { return m_error; }
    int recharges() const { return m_recharges; }

    // How far apart in time a recharge and a rise may be: the gap limit, at least 6 h for
    // meters polled hourly or slower (token entered later, provider clock).
    static qint64 matchWindowSeconds(const Meter &meter);
    // How far apart in amount they may be: the uncertainty of the consumption estimated in
    // the interval. The estimate (counters x rate) may be off by all of itself; and an
    // interval may hold up to 3 times the recent spend per day (UsageAccumulator::
    // recentDailySpendMilli), pro rata; never less than twice the recharge tolerance.
    static qint64 uncertaintyMilli(qint64 estimateMilli, qint64 toleranceMilli, qint64 dailySpendMilli,
                                   qint64 seconds);
    // How far a detected recharge's estimate may be from what was paid: the consumption
    // estimated in the interval where the counters measured it (the estimate may be off by
    // all of itself), else 3 times the recent spend per day pro rata (as for matching); at
    // least 5 times the recharge tolerance (balance rounding).
    static qint64 roundingToleranceMilli(qint64 estimateMilli, bool consumptionMeasured,
                                         qint64 toleranceMilli, qint64 dailySpendMilli, qint64 seconds);
    // The amount in the balance's unit: for meters kept in kWh, the units bought.
    static qint64 balanceAmount(const Meter &meter, const RechargeEntry &entry);
    // Whether a provider or manual row added money: not deleted, positive, not failed.
    static bool counts(const Meter &meter, const RechargeEntry &entry);

private:
    bool tie(const QList<RechargeEntry *> &entries, const Reading &b, IntervalUsage &u, qint64 rise);
    bool writeDetected(const IntervalUsage &u, qint64 estimateMilli);
    // A detected rise's amount: the round one within reach of the estimate, if any.
    void roundDetected(const Reading &a, const Reading &b, IntervalUsage &u, qint64 rise,
                       const std::function<qint64()> &recentDailySpend) const;
    QList<RechargeEntry>::iterator firstAfter(qint64 time);

    Database &m_db;
    Meter m_meter;
    UsageDeriver::Settings m_settings;
    qint64 m_window;
    QList<RechargeEntry> m_external;       // provider and manual rows, by time
    QHash<qint64, qint64> m_staleDetected; // rebuild: detected rows not found again yet, time -> id
    int m_recharges = 0;
    Error m_error;
};
