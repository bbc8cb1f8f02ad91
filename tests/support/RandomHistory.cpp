#include "RandomHistory.h"

#include <QRandomGenerator>

QList<Reading> RandomHistory::generate(quint64 seed, const Options &o, QList<Recharge> *recharges)
{
    QRandomGenerator rng(static_cast<quint32>(seed ^ (seed >> 32)));
    const auto chance = [&rng](double p) { return rng.generateDouble() < p; };
    QList<Reading> list;
    PowerSource source = PowerSource::Grid;
    qint64 t = o.start;
    qint64 grid = 10'000'000;
    qint64 generator = 100'000;
    qint64 balance = 2'000'000;
    for (int i = 0; i < o.count; ++i) {
        qint64 dt = o.stepSeconds;
        if (i > 0 && chance(o.gapChance))
            dt += 60 * rng.bounded(15, 240);
        t += dt;
        if (chance(o.switchChance))
            source = source == PowerSource::Grid ? PowerSource::Generator : PowerSource::Grid;
        PowerSource reported = source;
        PowerSource drawn = source;
        if (chance(o.oddChance)) {
            // One poll that looks like the other source, counter and all.
            reported = drawn = source == PowerSource::Grid ? PowerSource::Generator : PowerSource::Grid;
        } else if (chance(o.unknownChance)) {
            reported = PowerSource::Unknown;
        }
        const qint64 wh = chance(o.quietChance) ? 0 : rng.bounded(1, 30) * dt / o.stepSeconds;
        (drawn == PowerSource::Grid ? grid : generator) += wh;
        balance -= wh * (drawn == PowerSource::Grid ? 8 : 22);
        if (chance(o.jitterChance))
            balance += 10; // below the tolerance (0.02 INR): jitter, not a recharge
        if (i > 0 && chance(o.rechargeChance)) {
            const qint64 amount = qint64(1000) * (rng.bounded(3) == 0 ? 200 : rng.bounded(2) ? 500 : 1000);
            balance += amount;
            if (recharges)
                recharges->append({t, amount});
        }
        Reading r;
        r.time = t;
        r.fetchedAt = t;
        r.balanceMilli = balance;
        if (o.counters) {
            r.gridWh = grid;
            r.generatorWh = generator;
        }
        r.loadW = wh * 3600 / dt;
        r.source = reported;
        list.append(r);
    }
    return list;
}
