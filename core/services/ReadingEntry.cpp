#include "ReadingEntry.h"

#include "analytics/ReadingIngestor.h"
#include "model/TimeFormat.h"
#include "providers/ProviderRegistry.h"
#include "storage/ReadingRepository.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReadingEntry)
};

ReadingEntry::Outcome refused(ErrorKind kind, const QString &field, const QString &sentence)
{
    ReadingEntry::Outcome o;
    o.kind = kind;
    o.field = field;
    o.sentence = sentence;
    return o;
}

} // namespace

ReadingEntry::ReadingEntry(Database &db)
    : m_db(db)
{}

bool ReadingEntry::hasCounters(const Meter &meter) const
{
    const ProviderInfo *info = ProviderRegistry::find(meter.provider);
    if (info && info->reportsCounters && info->reportsCounters(meter))
        return true;
    return ReadingRepository(m_db).hasCounters(meter.id);
}

ReadingEntry::Outcome ReadingEntry::add(const Meter &meter, const Input &input, qint64 now)
{
    const QTimeZone zone(meter.timezone.toUtf8());
    if (input.time < kEarliestReadingTime)
        return refused(
            ErrorKind::InvalidInput, QStringLiteral("time"),
            Tr::tr("The time %1 is before 2000; check it.").arg(TimeFormat::iso(input.time, zone)));
    if (input.time > now + 300)
        return refused(ErrorKind::InvalidInput, QStringLiteral("time"),
                       Tr::tr("The time %1 is in the future.").arg(TimeFormat::iso(input.time, zone)));
    if (!withinReadingLimit(input.balanceMilli))
        return refused(ErrorKind::InvalidInput, QStringLiteral("balance"),
                       Tr::tr("The balance must be within a billion."));
    const auto counter = [](const std::optional<qint64> &wh, const QString &field,
                            const QString &what) -> std::optional<Outcome> {
        if (!wh)
            return std::nullopt;
        if (*wh < 0)
            return refused(ErrorKind::InvalidInput, field, Tr::tr("%1 cannot be negative.").arg(what));
        if (!withinReadingLimit(*wh))
            return refused(ErrorKind::InvalidInput, field,
                           Tr::tr("%1 must be within a billion kWh.").arg(what));
        return std::nullopt;
    };
    if (auto bad = counter(input.gridWh, QStringLiteral("grid-kwh"), Tr::tr("The grid counter")))
        return *bad;
    if (auto bad =
            counter(input.generatorWh, QStringLiteral("generator-kwh"), Tr::tr("The generator counter")))
        return *bad;

    Reading r;
    r.time = input.time;
    r.fetchedAt = now;
    r.balanceMilli = input.balanceMilli;
    r.gridWh = input.gridWh;
    r.generatorWh = input.generatorWh;
    // Counters only go up: not below the reading before, not above the one after.
    ReadingRepository readings(m_db);
    const auto back = [](const std::optional<qint64> &earlier, const std::optional<qint64> &later) {
        return earlier && later && *later < *earlier;
    };
    if (const std::optional<Reading> before = readings.latestBefore(meter.id, r.time)) {
        const QString field = back(before->gridWh, r.gridWh)             ? QStringLiteral("grid-kwh")
                              : back(before->generatorWh, r.generatorWh) ? QStringLiteral("generator-kwh")
                                                                         : QString();
        if (!field.isEmpty())
            return refused(ErrorKind::InvalidInput, field,
                           Tr::tr("A counter is lower than in the reading of %1; check the numbers.")
                               .arg(TimeFormat::iso(before->time, zone)));
    }
    if (const std::optional<Reading> after = readings.earliestAfter(meter.id, r.time)) {
        const QString field = back(r.gridWh, after->gridWh)             ? QStringLiteral("grid-kwh")
                              : back(r.generatorWh, after->generatorWh) ? QStringLiteral("generator-kwh")
                                                                        : QString();
        if (!field.isEmpty())
            return refused(ErrorKind::InvalidInput, field,
                           Tr::tr("A counter is higher than in the later reading of %1; check the numbers.")
                               .arg(TimeFormat::iso(after->time, zone)));
    }
    const Result<IngestStats> stored = ReadingIngestor(m_db).ingest(meter, {r});
    if (!stored)
        return refused(stored.errorKind(), QString(), stored.error());
    if (stored->inserted == 0)
        return refused(ErrorKind::AlreadyExists, QStringLiteral("time"),
                       Tr::tr("A reading at that time is already stored."));
    Outcome ok;
    ok.reading = r;
    return ok;
}
