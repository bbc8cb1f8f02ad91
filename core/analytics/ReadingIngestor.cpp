#include "ReadingIngestor.h"

#include "LocalCalendar.h"
#include "Logging.h"
#include "RechargeMatcher.h"
#include "SourceSessionTracker.h"
#include "UsageAccumulator.h"
#include "UsageDeriver.h"
#include "storage/BalanceQuarters.h"
#include "storage/Database.h"
#include "storage/MeterStateRepository.h"
#include "storage/ReadingRepository.h"
#include "storage/RollupRepository.h"
#include "storage/TariffRepository.h"
#include "storage/Transaction.h"

#include <QTimeZone>

#include <algorithm>

namespace {

const QString kRollupKey = QStringLiteral("rollup_version");

// Derives and books intervals for readings arriving in time order after `previous`: into the
// rollups, the recharges (RechargeMatcher decides what explains a rise and may adjust the
// interval's cost) and the power-source sessions, all from the same adjusted interval.
class IntervalBooker
{
public:
    IntervalBooker(Database &db, const Meter &meter, std::optional<Reading> previous)
        : m_settings(UsageDeriver::settingsFor(meter))
        , m_accumulator(db, meter)
        , m_recharges(db, meter)
        , m_sessions(db, meter)
        , m_previous(previous)
    {}

    // A rebuild re-decides the recharges of intervals ending after `time`.
    Status forgetAfter(qint64 time) { return m_recharges.forgetAfter(time); }

    // Returns false on a storage error (see error()).
    bool add(const Reading &r)
    {
        if (m_previous && r.time <= m_previous->time)
            return true;
        if (m_previous) {
            IntervalUsage u = UsageDeriver::derive(*m_previous, r, m_settings, rateFor(*m_previous, r));
            if (!m_recharges.book(*m_previous, r, u,
                                  [this, &r] { return m_accumulator.recentDailySpendMilli(r.time); }))
                return false;
            m_accumulator.add(u);
            if (!m_accumulator.status())
                return false;
            m_sessions.add(*m_previous, r, u);
        }
        m_previous = r;
        return true;
    }

    Status finish()
    {
        if (Status done = m_recharges.finish(); !done)
            return done;
        if (Status done = m_sessions.flush(); !done)
            return done;
        return m_accumulator.flush();
    }
    int recharges() const { return m_recharges.recharges(); }
    Error typedError() const
    {
        return m_accumulator.status() ? m_recharges.typedError() : m_accumulator.status().typedError();
    }

private:
    EstimateRates rateFor(const Reading &a, const Reading &b)
    {
        // Rates only matter where something is estimated: across a rise of the balance, or
        // for money-only meters. Avoid the look-up otherwise.
        const bool rise = a.balanceMilli && b.balanceMilli && *b.balanceMilli > *a.balanceMilli;
        const bool moneyOnly = !(a.gridWh && b.gridWh) && !(a.generatorWh && b.generatorWh);
        if (!rise && !moneyOnly)
            return {};
        return m_accumulator.estimateRates(b.time);
    }

    UsageDeriver::Settings m_settings;
    UsageAccumulator m_accumulator;
    RechargeMatcher m_recharges;
    SourceSessionTracker m_sessions;
    std::optional<Reading> m_previous;
};

// The meter's derived data follow this version's rules.
Status markRollupsCurrent(Database &db, qint64 meterId)
{
    return MeterStateRepository(db).setValue(meterId, kRollupKey,
                                             QString::number(ReadingIngestor::kRollupVersion));
}

// Ends an ingest: the first readings of a meter were derived under this version's rules from the
// start (so marked); then commits.
Result<IngestStats> commitIngest(Database &db, Transaction &tx, qint64 meterId, bool firstReadings,
                                 const IngestStats &stats)
{
    using R = Result<IngestStats>;
    if (firstReadings) {
        if (Status marked = markRollupsCurrent(db, meterId); !marked)
            return R::failure(marked.typedError());
    }
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.typedError());
    return stats;
}

} // namespace

ReadingIngestor::ReadingIngestor(Database &db)
    : m_db(db)
{}

Result<IngestStats> ReadingIngestor::ingest(const Meter &meter, const QList<Reading> &readings)
{
    using R = Result<IngestStats>;
    IngestStats stats;
    if (readings.isEmpty())
        return stats;
    QList<Reading> sorted = readings;
    std::sort(sorted.begin(), sorted.end(),
              [](const Reading &a, const Reading &b) { return a.time < b.time; });

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.typedError());
    ReadingRepository repo(m_db);
    const std::optional<Reading> latest = repo.latest(meter.id);
    const Result<InsertStats> inserted = repo.insert(meter.id, sorted);
    if (!inserted)
        return R::failure(inserted.typedError());
    stats.inserted = inserted->inserted;
    stats.duplicates = inserted->duplicates;
    if (stats.inserted == 0) {
        if (Status committed = tx.commit(); !committed)
            return R::failure(committed.typedError());
        return stats;
    }
    if (latest && sorted.constFirst().time < latest->time) {
        // Older data arrived (a backfill, an import): derive again from that day on.
        if (Status rebuilt = rebuild(meter, sorted.constFirst().time); !rebuilt)
            return R::failure(rebuilt.typedError());
        stats.rebuiltFrom = sorted.constFirst().time;
    } else {
        IntervalBooker booker(m_db, meter, latest);
        for (const Reading &r : std::as_const(sorted)) {
            if (!booker.add(r))
                return R::failure(booker.typedError());
        }
        if (Status done = booker.finish(); !done)
            return R::failure(done.typedError());
        stats.recharges = booker.recharges();
    }
    return commitIngest(m_db, tx, meter.id, !latest, stats);
}

Result<IngestStats> ReadingIngestor::ingestSorted(const Meter &meter,
                                                  const std::function<std::optional<Reading>()> &next)
{
    using R = Result<IngestStats>;
    IngestStats stats;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.typedError());
    ReadingRepository repo(m_db);
    const std::optional<Reading> latest = repo.latest(meter.id);
    std::optional<qint64> earliestOlder;
    IntervalBooker booker(m_db, meter, latest);
    bool failed = false;
    const Result<InsertStats> inserted = repo.insert(meter.id, [&]() -> std::optional<Reading> {
        std::optional<Reading> r = next();
        if (!r || failed)
            return failed ? std::nullopt : r;
        if (latest && r->time < latest->time) {
            if (!earliestOlder || r->time < *earliestOlder)
                earliestOlder = r->time;
        } else if (!earliestOlder && !booker.add(*r)) {
            failed = true; // and this row not written either: the transaction may be gone
            return std::nullopt;
        }
        return r;
    });
    if (failed)
        return R::failure(booker.typedError());
    if (!inserted)
        return R::failure(inserted.typedError());
    stats.inserted = inserted->inserted;
    stats.duplicates = inserted->duplicates;
    if (earliestOlder) {
        if (Status rebuilt = rebuild(meter, *earliestOlder); !rebuilt)
            return R::failure(rebuilt.typedError());
        stats.rebuiltFrom = earliestOlder;
    } else {
        if (Status done = booker.finish(); !done)
            return R::failure(done.typedError());
        stats.recharges = booker.recharges();
    }
    return commitIngest(m_db, tx, meter.id, !latest, stats);
}

Status ReadingIngestor::rebuild(const Meter &meter, std::optional<qint64> from)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.typedError());
    ReadingRepository repo(m_db);
    const std::optional<Reading> earliest = repo.earliest(meter.id);
    LocalCalendar calendar{QTimeZone(meter.timezone.toUtf8())};
    const qint64 start = from ? *from : (earliest ? earliest->time : 0);
    const QDate day = calendar.localDate(start);
    const qint64 dayStart = calendar.startOf(day);

    if (Status cleared = RollupRepository(m_db).clearFrom(meter.id, dayStart, day); !cleared)
        return cleared;
    // The balance per quarter hour is kept with the readings themselves (ReadingRepository::
    // insert); derived again here all the same, so a rebuild repairs it too.
    if (Status quarters = BalanceQuarters::rebuildFrom(m_db, meter.id, dayStart); !quarters)
        return quarters;
    // Sessions restart from the rule's state at the day's start (saved then), so a rebuild
    // ends in the same sessions as live booking.
    if (Status rewound = SourceSessionTracker::rewind(m_db, meter, day); !rewound)
        return rewound;

    // Intervals ending after the day's start are booked again; the one ending exactly at it
    // belongs to the day before and stays.
    std::optional<Reading> previous = repo.latestBefore(meter.id, dayStart + 1);
    IntervalBooker booker(m_db, meter, previous);
    if (Status forgotten = booker.forgetAfter(dayStart); !forgotten)
        return forgotten;
    Error error;
    Status walked = repo.forEachInRange(meter.id, dayStart + 1, std::numeric_limits<qint64>::max(),
                                        [&](const Reading &r) {
                                            if (booker.add(r))
                                                return true;
                                            error = booker.typedError();
                                            return false;
                                        });
    if (!walked)
        return walked;
    if (error.kind() != ErrorKind::None)
        return Status::failure(error);
    if (Status done = booker.finish(); !done)
        return done;
    if (Status marked = markRollupsCurrent(m_db, meter.id); !marked)
        return marked;
    qCDebug(lcAnalytics) << "rebuilt meter" << meter.id << "from" << dayStart;
    return tx.commit();
}

Status ReadingIngestor::setTariff(const Meter &meter, const QDate &validFrom, const Tariff &tariff)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.typedError());
    if (Status stored = TariffRepository(m_db).setVersion(meter.id, validFrom, tariff); !stored)
        return stored;
    // Only days from the version's date on can change; nothing to do without readings there.
    const qint64 from = LocalCalendar(QTimeZone(meter.timezone.toUtf8())).startOf(validFrom);
    const std::optional<Reading> latest = ReadingRepository(m_db).latest(meter.id);
    if (latest && latest->time > from) {
        if (Status rebuilt = rebuild(meter, from); !rebuilt)
            return rebuilt;
    }
    return tx.commit();
}

Status ReadingIngestor::ensureRollups(const Meter &meter)
{
    const std::optional<QString> version = MeterStateRepository(m_db).value(meter.id, kRollupKey);
    if (version == QString::number(kRollupVersion))
        return {};
    if (!ReadingRepository(m_db).earliest(meter.id))
        return markRollupsCurrent(m_db, meter.id);
    qCInfo(lcAnalytics) << "deriving the rollups of meter" << meter.id;
    return rebuild(meter);
}
