#pragma once

#include "model/Reading.h"

#include <QList>

// Seeded, deterministic meter histories for property tests: grid and generator runs with
// counters and a balance that always agree, plus what makes the rules work: single odd
// polls on the other source, unknown sources, quiet polls, balance jitter, gaps and
// recharges.
class RandomHistory
{
public:
    struct Options
    {
        qint64 start = 1'753'056'000; // 2025-07-21T00:00:00Z
        int count = 2000;
        int stepSeconds = 60;
        bool counters = true;
        double switchChance = 0.006;
        double oddChance = 0.02;
        double unknownChance = 0.02;
        double quietChance = 0.1;
        double jitterChance = 0.01;
        double gapChance = 0.002;
        double rechargeChance = 0.004;
    };
    struct Recharge
    {
        qint64 time = 0; // the reading that first shows it
        qint64 amountMilli = 0;
    };

    static QList<Reading> generate(quint64 seed, const Options &options,
                                   QList<Recharge> *recharges = nullptr);
};
