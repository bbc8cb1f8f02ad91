#pragma once

// The chart benchmarks' data: one simulated meter (seed 7, Asia/Kolkata, INR) with `days` of
// 30 s readings up to `now`, written into `db` by the simulator's backfill.
#include "FrameTimer.h"
#include "setup/SimulatorBackfill.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

namespace BenchMeter {

inline Meter generate(Database &db, int days, qint64 now, QTextStream &out)
{
    Meter meter;
    meter.name = QStringLiteral("Bench meter");
    meter.provider = QStringLiteral("simulator");
    meter.timezone = QStringLiteral("Asia/Kolkata");
    meter.currency = QStringLiteral("INR");
    meter.intervalSeconds = 30;
    meter.createdAt = now;
    meter.lowBalanceMilli = 500'000;
    meter.settings.insert(QStringLiteral("seed"), 7);
    Result<Meter> added = MeterRepository(db).add(meter);
    if (!added)
        qFatal("%s", qPrintable(added.error()));
    Result<Meter> prepared = SimulatorBackfill::prepare(db, added.value(), days, std::nullopt, now);
    if (!prepared)
        qFatal("%s", qPrintable(prepared.error()));
    meter = prepared.value();
    QElapsedTimer generation;
    generation.start();
    const Result<IngestStats> stored = SimulatorBackfill::run(db, meter, now - qint64(days) * 86400, now);
    if (!stored)
        qFatal("%s", qPrintable(stored.error()));
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out << QStringLiteral("Generated %1 readings (%2 days of 30 s readings) in %3 s.\n")
               .arg(ReadingRepository(db).count(meter.id))
               .arg(days)
               .arg(FrameTimer::elapsedMs(generation) / 1000.0, 0, 'f', 1);
    out.flush();
    return meter;
}

} // namespace BenchMeter
