#pragma once

#include <QMetaType>
#include <QString>

// What the user sees about a meter's connection: ok, stale (the provider keeps repeating
// old data), failing (with the last error sentence), or unknown before the first fetch.
struct MeterHealth
{
    enum class State
    {
        Unknown,
        Ok,
        Stale,
        Failing,
        Manual, // readings are typed in; nothing to poll
    };

    State state = State::Unknown;
    QString lastError;              // the last failure's sentence, empty when none
    qint64 lastGoodReadingTime = 0; // provider time of the newest stored reading, 0 when none
    qint64 lastFetchAt = 0;         // when the last fetch finished
    qint64 nextFetchAtMs = 0;       // when the next fetch is due (ms since the epoch), 0 when none
    int consecutiveFailures = 0;

    // Stable machine name: "ok", "stale", "failing", "manual", "unknown".
    QString stateName() const;
    // One sentence, e.g. "Failing: The provider could not be reached."
    QString sentence() const;
};

Q_DECLARE_METATYPE(MeterHealth)
