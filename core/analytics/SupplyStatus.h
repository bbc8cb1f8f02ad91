#pragma once

#include "SessionTotals.h"
#include "SupplyTimeline.h"
#include "model/Meter.h"
#include "model/Reading.h"
#include "model/Result.h"
#include "polling/MeterHealth.h"

#include <optional>

class Database;

// Where the power comes from now, as the indicator shows it.
struct SupplyStatus
{
    enum class State
    {
        Unknown, // no reading yet, the meter cannot be reached, or it names no source
        Grid,
        Generator,
        Outage,   // readings come, and the meter reads no load: neither grid nor generator supplies
        MeterOff, // the meter stopped reporting while its provider answers
    };

    State state = State::Unknown;
    std::optional<qint64> since; // UTC seconds: when this state began, as far as the data says

    // For a polled, reachable meter: the newest reading's time, and the moment past which, with
    // no newer reading, the meter counts as off (that time plus the gap limit).
    std::optional<qint64> lastReading;
    std::optional<qint64> offAfter;

    // The status at a later `now` with no new reading: MeterOff since the last reading once
    // `offAfter` has passed, else unchanged (the indicator ticks through this).
    SupplyStatus at(qint64 now) const;
    bool noSupply() const { return state == State::Outage || state == State::MeterOff; }
    // Stable machine name: "grid", "generator", "outage", "meter_off", "unknown".
    QString stateName() const;

    // What the rule looks at.
    struct Inputs
    {
        qint64 now = 0;
        std::optional<Reading> latest;
        std::optional<SourceSession> openSession;
        std::optional<TimeStretch>
            lastOutage; // the latest zero-load stretch (its end is its last reading when open)
        std::optional<qint64> suppliedSince; // when the last outage or gap ended (the supply came back)
        std::optional<qint64> sourceSince;   // the readings' own answer, for meters without a session yet
        qint64 gapLimitSeconds = 600;        // readings further apart are a gap (UsageDeriver)
        bool polled = true;                  // false for meters whose readings are typed in
        bool reachable = true;               // the provider answered the last fetch
    };
    // The rule:
    // - no reading: Unknown;
    // - a polled meter whose newest reading is older than the gap limit: MeterOff since that
    //   reading when the provider answers (it keeps repeating old data), Unknown when it does not;
    // - the newest reading reads 0 W: Outage, since the first reading of that zero-load stretch;
    // - else the source the newest reading names, since the later of the open session's start
    //   (when it is that source; else the readings' answer) and the end of the last outage or gap;
    //   Unknown when it names none.
    static SupplyStatus derive(const Inputs &in);
};

// The indicator's figures: the status and today's generator totals (the meter's local day).
struct PowerNow
{
    SupplyStatus status;
    SessionTotals today;
};

class SupplyStatusQuery
{
public:
    explicit SupplyStatusQuery(Database &db);

    // `health` says whether the meter is polled and reachable.
    Result<PowerNow> run(const Meter &meter, qint64 now, const MeterHealth &health) const;

private:
    Database &m_db;
};
