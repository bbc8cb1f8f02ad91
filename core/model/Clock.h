#pragma once

#include <QDateTime>

#include <functional>
#include <utility>

// "Now" in UTC seconds. The wall clock unless a source is given: the window hands one Clock
// to every panel, so a test pins the moment (23:30 UTC, a DST night, ...) and nothing it
// checks depends on the hour the suite happens to run at.
class Clock
{
public:
    Clock() = default; // the wall clock
    explicit Clock(std::function<qint64()> source)
        : m_source(std::move(source))
    {}
    static Clock fixedAt(qint64 utcSeconds)
    {
        return Clock([utcSeconds] { return utcSeconds; });
    }

    qint64 now() const { return m_source ? m_source() : QDateTime::currentSecsSinceEpoch(); }
    // For the panels that take a plain function (UsageChartPanel, PeriodPanel).
    std::function<qint64()> function() const
    {
        return [source = m_source] { return source ? source() : QDateTime::currentSecsSinceEpoch(); };
    }

private:
    std::function<qint64()> m_source;
};
