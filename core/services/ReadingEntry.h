#pragma once

#include "model/Error.h"
#include "model/Meter.h"
#include "model/Reading.h"

#include <QString>

#include <optional>

class Database;

// A reading typed in by a person, for every front end (the window's "Add reading…",
// `kilowatch-cli reading add`), on any meter: the only way in for manual meters, and for polled
// ones what the display showed while nothing was polling (the app closed, the server down).
// One call checks it against every rule and stores it through ReadingIngestor, like a polled
// reading, so recharges, rollups and sessions are derived the same way; one typed for a time
// before later readings is derived again from its day on, as if it had arrived in time order.
// Front ends turn their text into numbers (the CLI in the plain form, the window in the user's
// locale) and the outcome into their output; nothing is stored when a rule fails.
class ReadingEntry
{
public:
    struct Input
    {
        qint64 time = 0; // UTC seconds
        qint64 balanceMilli = 0;
        std::optional<qint64> gridWh;
        std::optional<qint64> generatorWh;
    };
    struct Outcome
    {
        std::optional<Reading> reading; // as stored
        ErrorKind kind = ErrorKind::None;
        // What the sentence is about: "time", "balance", "grid-kwh", "generator-kwh", or empty
        // (the database).
        QString field;
        QString sentence;

        explicit operator bool() const { return reading.has_value(); }
    };

    explicit ReadingEntry(Database &db);

    // Whether the meter has grid or generator counters to type in besides its balance: its
    // provider reports them (ProviderInfo::reportsCounters; a manual meter's reader can), or
    // a stored reading has one (a money-only provider's meter once given a counter by hand).
    // The window asks for the counters only then; the CLI takes them for any meter.
    bool hasCounters(const Meter &meter) const;

    // Checks, in this order: the time is after 2000 and at most
    // five minutes after `now`; the balance and counters within a billion, the counters not
    // negative, not below the reading before it and not above the one after it; no reading
    // stored at that time. Then
    // stores it (fetched at `now`).
    Outcome add(const Meter &meter, const Input &input, qint64 now);

private:
    Database &m_db;
};
