#pragma once

#include "SourceSession.h"

#include <optional>

// What the session rule remembers between readings; persisted so a restart or a rebuild
// continues exactly where the rule was.
struct SourceSessionState
{
    std::optional<SourceSession> current; // the open session, if any source has been confirmed
    // A switch seen in one reading, waiting for a second agreeing one.
    PowerSource pendingSource = PowerSource::Unknown;
    qint64 pendingSince = 0; // start of the first interval that showed it
    qint64 heldWh = 0;       // booked since then: moves to the new session if it is confirmed
    qint64 heldCostMilli = 0;
    qint64 lastTime = 0; // end of the last interval seen (0: none yet)

    bool operator==(const SourceSessionState &o) const
    {
        return current == o.current && pendingSource == o.pendingSource && pendingSince == o.pendingSince &&
               heldWh == o.heldWh && heldCostMilli == o.heldCostMilli && lastTime == o.lastTime;
    }
};
