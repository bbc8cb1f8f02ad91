#pragma once

#include <QtGlobal>

// What one minute of a meter's timeline holds after derivation. An interval between two
// readings is booked in the minute containing its end (the second before the later reading),
// whole: never smeared. Minutes it spans are marked covered (or gap, when the readings were
// further apart than the gap limit), so a chart can tell "nothing used" from "no data".
struct MinuteUsage
{
    enum Flag : quint8
    {
        HasEnd = 1,          // an interval ended in this minute: the numbers below are real
        Covered = 2,         // an interval spans this minute
        Gap = 4,             // ... and that interval was a gap
        EstimatedCost = 8,   // part of the cost was estimated (e.g. across a recharge)
        EstimatedEnergy = 16 // the energy was estimated from money through the tariff
    };

    quint8 flags = 0;
    qint64 gridWh = 0;
    qint64 generatorWh = 0;
    qint64 costMilli = 0;

    bool has(Flag f) const { return (flags & f) != 0; }
    bool isEmpty() const { return flags == 0; }
};
