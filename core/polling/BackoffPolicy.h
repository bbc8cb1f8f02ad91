#pragma once

#include <QtGlobal>

// Exponential back-off with "equal jitter": after n consecutive failures the delay is
// base * 2^(n-1), capped, then drawn from [half, full] of that so many clients that failed
// together do not retry together. A success resets n (the caller's count) to 0.
class BackoffPolicy
{
public:
    BackoffPolicy(qint64 baseMs, qint64 capMs);

    // For a poll interval: base = min(interval, 30 s), cap = clamp(4 x interval, 15 min, 6 h).
    static BackoffPolicy forInterval(int intervalSeconds);

    // failures >= 1; random01 in [0, 1).
    qint64 delayMs(int failures, double random01) const;
    qint64 baseMs() const { return m_baseMs; }
    qint64 capMs() const { return m_capMs; }

private:
    qint64 m_baseMs;
    qint64 m_capMs;
};
