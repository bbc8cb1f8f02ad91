#pragma once

#include "ChartWindow.h"
#include "model/Meter.h"
#include "model/RechargeEntry.h"
#include "model/Result.h"

#include <QList>

#include <optional>

class Database;

// One bucket of the balance's path: what the readings in [start, end) said. Every value is
// empty when no reading in it had a balance; `recharged` then stays empty too unless a
// recharge fell in it.
struct BalanceBucket
{
    qint64 start = 0; // UTC seconds
    qint64 end = 0;
    std::optional<qint64> openMilli;  // the first reading's balance
    std::optional<qint64> closeMilli; // the last reading's balance
    std::optional<qint64> minMilli;
    std::optional<qint64> maxMilli;
    qint64 rechargedMilli = 0; // sum of the recharges (RechargeLedger's list) in it
    int rechargeCount = 0;

    bool hasData() const { return closeMilli.has_value(); }
    // What `recharged` reads as: empty for a bucket with neither readings nor recharges.
    std::optional<qint64> recharged() const
    {
        return hasData() || rechargeCount > 0 ? std::optional<qint64>(rechargedMilli) : std::nullopt;
    }
};

struct BalanceSeries
{
    qint64 from = 0; // the window: the first bucket's start
    qint64 to = 0;   // the last bucket's end
    int groupMinutes = 0;
    QList<BalanceBucket> buckets;
    // The recharges in the window, by time, as RechargeLedger lists them (each once).
    QList<RechargeEntry> recharges;
};

// The balance over a window in buckets of G real minutes counted from the meter's local
// midnight (a bucket never spans midnight; 1440 = whole local days), as the usage chart
// groups, with the buckets at the window's edges clipped to the window. One indexed range
// query of the readings aggregated per local day by the database (never a row per reading
// through Qt), and one of the recharges: ten years of history cost what one month does.
// `kilowatch-cli balance` and the window's balance chart both read it.
class BalanceSeriesQuery
{
public:
    static constexpr int kMinIntervalHours = ChartWindow::kMinIntervalHours;
    static constexpr int kMaxIntervalHours = ChartWindow::kMaxIntervalHours;
    static constexpr int kMinGroupMinutes = ChartWindow::kMinGroupMinutes;
    static constexpr int kMaxGroupMinutes = ChartWindow::kMaxGroupMinutes;

    explicit BalanceSeriesQuery(Database &db);

    // The last `intervalHours` before `at`.
    Result<BalanceSeries> run(const Meter &meter, qint64 at, int intervalHours, int groupMinutes) const;
    // [windowStart, at), which may be at most kMaxIntervalHours long.
    Result<BalanceSeries> runRange(const Meter &meter, qint64 windowStart, qint64 at, int groupMinutes) const;

    // The grouping a chart `columns` pixels wide draws for `groupMinutes` over `intervalHours`
    // (the CLI never asks: it prints the grouping chosen). The chosen one while its buckets are
    // no more than the columns; else the finest multiple of it whose buckets fit, made a
    // multiple of 15 minutes where that costs less than twice the width (then the series reads
    // the balance per quarter hour, see ReadingRepository::balanceSlots). A multiple of the
    // chosen grouping counted from the same midnight: each drawn bucket is a union of chosen
    // ones, so its lowest and highest are theirs (every extreme still drawn) and a recharge
    // still lands in the bucket that jumps.
    static int drawnGroupMinutes(int intervalHours, int groupMinutes, int columns);

private:
    Database &m_db;
};
