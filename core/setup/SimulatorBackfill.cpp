#include "SimulatorBackfill.h"

#include "providers/SimulatorProvider.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/MeterStateRepository.h"
#include "storage/ReadingRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorBackfill)
};

} // namespace

Result<Meter> SimulatorBackfill::prepare(Database &db, Meter meter, int days, std::optional<quint64> seed,
                                         qint64 now)
{
    using R = Result<Meter>;
    if (meter.provider != QLatin1String("simulator"))
        return R::failure(
            Tr::tr("Only simulator meters can be filled with simulated history; \"%1\" uses the %2 "
                   "provider.")
                .arg(meter.name, meter.provider));
    if (days < 1 || days > 3660)
        return R::failure(Tr::tr("The number of days must be between 1 and 3660."));
    const bool empty = ReadingRepository(db).count(meter.id) == 0;
    const QString seedKey = QStringLiteral("seed");
    const QString originKey = QStringLiteral("origin");
    if (seed && static_cast<quint64>(meter.settings.value(seedKey).toInteger()) != *seed) {
        if (!empty)
            return R::failure(
                Tr::tr("\"%1\" already has readings from seed %2; a different seed needs a new meter.")
                    .arg(meter.name)
                    .arg(meter.settings.value(seedKey).toInteger()));
        meter.settings.insert(seedKey, static_cast<qint64>(*seed));
    }
    const qint64 wanted = now - qint64(days) * 86400;
    if (empty && meter.settings.value(originKey).toInteger(now) > wanted)
        meter.settings.insert(originKey, wanted);
    if (Status saved = MeterRepository(db).update(meter); !saved)
        return R::failure(saved.typedError());
    return meter;
}

Result<IngestStats> SimulatorBackfill::run(Database &db, const Meter &meter, qint64 from, qint64 to,
                                           const std::function<bool()> &cancelled)
{
    using R = Result<IngestStats>;
    SimulatedMeter model = SimulatorProvider::meterModel(meter);
    from = qMax(from, model.origin());
    // Walk the model record by record, feeding the repository as it pulls.
    Reading pending;
    bool done = from >= to;
    bool stopped = false;
    qint64 cursor = from;
    QList<Reading> chunk;
    int chunkIndex = 0;
    // The ingest's own transaction joins this one, so a cancelled run leaves nothing behind.
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.typedError());
    Result<IngestStats> stored = ReadingIngestor(db).ingestSorted(meter, [&]() -> std::optional<Reading> {
        while (chunkIndex >= chunk.size()) {
            if (done)
                return std::nullopt;
            if (cancelled && cancelled()) {
                stopped = done = true;
                return std::nullopt;
            }
            // A day at a time keeps memory flat and the walk simple.
            const qint64 until = qMin(to, cursor + 86400);
            chunk = model.history(cursor, until);
            chunkIndex = 0;
            cursor = until;
            done = cursor >= to;
        }
        pending = chunk.at(chunkIndex++);
        return pending;
    });
    if (stopped)
        return R::failure(Tr::tr("Stopped before the history was stored; nothing of it was kept."));
    if (!stored)
        return stored;
    // Where the walk ended: the live provider resumes from here (a poll must not replay the
    // history from the origin).
    MeterStateRepository(db).setValue(meter.id, SimulatorProvider::checkpointKey(), model.checkpoint());
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.typedError());
    return stored;
}
