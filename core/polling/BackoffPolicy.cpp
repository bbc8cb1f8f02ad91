#include "BackoffPolicy.h"

#include <algorithm>

BackoffPolicy::BackoffPolicy(qint64 baseMs, qint64 capMs)
    : m_baseMs(std::max<qint64>(1, baseMs))
    , m_capMs(std::max(capMs, m_baseMs))
{}

BackoffPolicy BackoffPolicy::forInterval(int intervalSeconds)
{
    const qint64 intervalMs = qint64(std::max(1, intervalSeconds)) * 1000;
    const qint64 base = std::min<qint64>(intervalMs, 30'000);
    const qint64 cap = std::clamp<qint64>(4 * intervalMs, 15 * 60'000, 6 * 3600'000);
    return BackoffPolicy(base, cap);
}

qint64 BackoffPolicy::delayMs(int failures, double random01) const
{
    qint64 full = m_baseMs;
    for (int i = 1; i < failures && full < m_capMs; ++i)
        full *= 2;
    full = std::min(full, m_capMs);
    const double r = std::clamp(random01, 0.0, 1.0);
    const qint64 half = full / 2;
    return half + static_cast<qint64>(static_cast<double>(full - half) * r);
}
