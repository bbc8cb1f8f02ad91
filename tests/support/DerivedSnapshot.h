#pragma once

#include "analytics/DayUsage.h"
#include "analytics/SourceSession.h"
#include "analytics/SourceSessionState.h"
#include "model/Meter.h"
#include "model/RechargeEntry.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

class Database;

// Everything derived from a meter's readings, to compare a live-built store with a rebuilt
// one: sessions and the session rule's state, listed recharges, day and hour rollups.
struct DerivedSnapshot
{
    QList<SourceSession> sessions;
    std::optional<SourceSessionState> state;
    QList<RechargeEntry> recharges;
    QList<DayUsage> days;
    QList<QPair<qint64, QByteArray>> hours;

    static DerivedSnapshot of(Database &db, const Meter &meter);
    // Empty when equal, else the first difference in words.
    QString differenceFrom(const DerivedSnapshot &other) const;
};
