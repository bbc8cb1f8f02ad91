#include "RechargeMatcher.h"

#include "RechargeCalculator.h"
#include "storage/RechargeRepository.h"

#include <QSet>

#include <algorithm>
#include <tuple>

RechargeMatcher::RechargeMatcher(Database &db, const Meter &meter)
    : m_db(db)
    , m_meter(meter)
    , m_settings(UsageDeriver::settingsFor(meter))
    , m_window(matchWindowSeconds(meter))
{
    Result<QList<RechargeEntry>> rows = RechargeRepository(db).external(meter.id);
    if (rows)
        m_external = rows.value();
    else
        m_error = rows.typedError();
}

qint64 RechargeMatcher::matchWindowSeconds(const Meter &meter)
{
    const qint64 gapLimit = UsageDeriver::gapLimitSeconds(meter);
    return meter.intervalSeconds >= 3600 ? qMax<qint64>(gapLimit, 6 * 3600) : gapLimit;
}

qint64 RechargeMatcher::uncertaintyMilli(qint64 estimateMilli, qint64 toleranceMilli, qint64 dailySpendMilli,
                                         qint64 seconds)
{
    const qint64 spent = dailySpendMilli > 0 && seconds > 0 ? 3 * dailySpendMilli * seconds / 86400 : 0;
    return std::max({2 * toleranceMilli, qAbs(estimateMilli), spent});
}

qint64 RechargeMatcher::roundingToleranceMilli(qint64 estimateMilli, bool consumptionMeasured,
                                               qint64 toleranceMilli, qint64 dailySpendMilli, qint64 seconds)
{
    const qint64 consumption = consumptionMeasured                  ? qAbs(estimateMilli)
                               : dailySpendMilli > 0 && seconds > 0 ? 3 * dailySpendMilli * seconds / 86400
                                                                    : 0;
    return std::max(5 * toleranceMilli, consumption);
}

qint64 RechargeMatcher::balanceAmount(const Meter &meter, const RechargeEntry &entry)
{
    if (meter.currency == QLatin1String("kWh") && entry.energyWh)
        return *entry.energyWh;
    return entry.amountMilli;
}

bool RechargeMatcher::counts(const Meter &meter, const RechargeEntry &entry)
{
    static const QSet<QString> failed = {
        QStringLiteral("failed"),    QStringLiteral("failure"),      QStringLiteral("fail"),
        QStringLiteral("cancelled"), QStringLiteral("canceled"),     QStringLiteral("rejected"),
        QStringLiteral("declined"),  QStringLiteral("reversed"),     QStringLiteral("refunded"),
        QStringLiteral("error"),     QStringLiteral("unsuccessful"),
    };
    return !entry.deleted && balanceAmount(meter, entry) > 0 &&
           !failed.contains(entry.status.trimmed().toLower());
}

QList<RechargeEntry>::iterator RechargeMatcher::firstAfter(qint64 time)
{
    return std::upper_bound(m_external.begin(), m_external.end(), time,
                            [](qint64 t, const RechargeEntry &e) { return t < e.time; });
}

Status RechargeMatcher::forgetAfter(qint64 time)
{
    RechargeRepository repo(m_db);
    if (Status cleared = repo.clearIntervalsAfter(m_meter.id, time); !cleared)
        return cleared;
    for (RechargeEntry &e : m_external) {
        if (e.intervalEnd && *e.intervalEnd > time) {
            e.intervalEnd.reset();
            e.balanceAfterMilli.reset();
        }
    }
    Result<QHash<qint64, qint64>> detected = repo.detectedAfter(m_meter.id, time);
    if (!detected)
        return Status::failure(detected.typedError());
    m_staleDetected = detected.value();
    return {};
}

bool RechargeMatcher::tie(const QList<RechargeEntry *> &entries, const Reading &b, IntervalUsage &u,
                          qint64 rise)
{
    qint64 total = 0;
    RechargeRepository repo(m_db);
    // The rise's own estimate stays visible on the one recharge that explains it.
    const std::optional<qint64> estimate = entries.size() == 1 ? u.rechargeMilli : std::nullopt;
    for (RechargeEntry *e : entries) {
        total += balanceAmount(m_meter, *e);
        e->intervalEnd = b.time;
        e->balanceAfterMilli = b.balanceMilli;
        e->estimatedMilli = estimate;
        if (Status saved = repo.setInterval(e->id, b.time, b.balanceMilli, estimate); !saved) {
            m_error = saved.typedError();
            return false;
        }
    }
    // Known amount in, known balances: the consumption is exact.
    u.rechargeMilli = total;
    u.costMilli = total - rise;
    u.costKnown = true;
    u.estimatedCost = false;
    ++m_recharges;
    return true;
}

void RechargeMatcher::roundDetected(const Reading &a, const Reading &b, IntervalUsage &u, qint64 rise,
                                    const std::function<qint64()> &recentDailySpend) const
{
    const qint64 estimate = *u.rechargeMilli;
    // In a rise the deriver estimates nothing from money, so energyKnown means counters.
    const bool measured = u.energyKnown;
    const qint64 tolerance = roundingToleranceMilli(u.costMilli, measured, m_settings.rechargeToleranceMilli,
                                                    measured ? 0 : recentDailySpend(), b.time - a.time);
    // What was paid is at least the rise (less balance jitter): consumption is never negative.
    const qint64 low = qMax(estimate - tolerance, rise - m_settings.rechargeToleranceMilli);
    const std::optional<qint64> paid =
        RechargeCalculator::roundAmountIn(low, estimate + tolerance, m_meter.currency);
    if (!paid || *paid == estimate)
        return;
    u.rechargeMilli = paid;
    u.costMilli = *paid - rise;
    u.costKnown = true;
}

bool RechargeMatcher::writeDetected(const IntervalUsage &u, qint64 estimateMilli)
{
    RechargeRepository repo(m_db);
    const auto stale = m_staleDetected.find(u.end);
    if (stale != m_staleDetected.end()) {
        // Found again by a rebuild: same row, same id for the user.
        const Status saved =
            repo.updateDetected(*stale, *u.rechargeMilli, estimateMilli, u.balanceAfterMilli);
        m_staleDetected.erase(stale);
        if (!saved) {
            m_error = saved.typedError();
            return false;
        }
    } else if (const Result<qint64> added = repo.insertDetected(m_meter.id, u.end, *u.rechargeMilli,
                                                                estimateMilli, u.balanceAfterMilli);
               !added) {
        m_error = added.typedError();
        return false;
    }
    ++m_recharges;
    return true;
}

bool RechargeMatcher::book(const Reading &a, const Reading &b, IntervalUsage &u,
                           const std::function<qint64()> &recentDailySpend)
{
    if (m_error.kind() != ErrorKind::None)
        return false;
    if (!a.balanceMilli || !b.balanceMilli)
        return true;
    const qint64 rise = *b.balanceMilli - *a.balanceMilli;

    if (!m_external.isEmpty()) {
        // 1. The user's word on this interval.
        RechargeEntry *pin = nullptr;
        for (auto it = firstAfter(a.time); it != m_external.end() && it->time <= b.time; ++it) {
            if (it->pinned && (!pin || it->id > pin->id))
                pin = &*it;
        }
        if (pin && !pin->deleted)
            return tie({pin}, b, u, rise);
        if (pin && u.rechargeMilli) {
            u.rechargeMilli.reset();
            u.costMilli = -rise;
            u.costKnown = true;
            u.estimatedCost = false;
            return true;
        }
    }

    if (u.rechargeMilli) {
        // 2. A rise: the nearest known recharge that agrees with it.
        RechargeEntry *best = nullptr;
        std::tuple<qint64, int, qint64, qint64> bestKey;
        if (!m_external.isEmpty()) {
            const qint64 bound = uncertaintyMilli(u.costMilli, m_settings.rechargeToleranceMilli,
                                                  recentDailySpend(), b.time - a.time);
            for (auto it = firstAfter(a.time - m_window - 1);
                 it != m_external.end() && it->time <= b.time + m_window; ++it) {
                if (it->pinned || it->intervalEnd || !counts(m_meter, *it))
                    continue;
                const qint64 difference = qAbs(balanceAmount(m_meter, *it) - *u.rechargeMilli);
                if (difference > bound)
                    continue;
                const qint64 distance = it->time <= a.time  ? a.time - it->time
                                        : it->time > b.time ? it->time - b.time
                                                            : 0;
                // Nearest first; the provider's record before one typed in; then the closer amount.
                const auto key = std::make_tuple(distance, it->origin == QLatin1String("provider") ? 0 : 1,
                                                 difference, it->id);
                if (!best || key < bestKey) {
                    best = &*it;
                    bestKey = key;
                }
            }
        }
        if (best)
            return tie({best}, b, u, rise);
        const qint64 estimate = *u.rechargeMilli;
        roundDetected(a, b, u, rise, recentDailySpend);
        return writeDetected(u, estimate);
    }

    if (u.gap && !m_external.isEmpty()) {
        // 3. A gap: what was recharged inside it could not show as a rise.
        QList<RechargeEntry *> inside;
        for (auto it = firstAfter(a.time); it != m_external.end() && it->time <= b.time; ++it) {
            if (!it->pinned && !it->intervalEnd && counts(m_meter, *it))
                inside.append(&*it);
        }
        if (!inside.isEmpty())
            return tie(inside, b, u, rise);
    }
    return true;
}

Status RechargeMatcher::finish()
{
    if (m_error.kind() != ErrorKind::None)
        return Status::failure(m_error);
    // Rises a rebuild did not find again (the readings changed, or a recharge now explains them).
    RechargeRepository repo(m_db);
    for (const qint64 id : std::as_const(m_staleDetected)) {
        if (Status removed = repo.removeRow(id); !removed)
            return removed;
    }
    m_staleDetected.clear();
    return {};
}
