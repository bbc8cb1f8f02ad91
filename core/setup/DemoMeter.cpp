#include "DemoMeter.h"

#include "SimulatorBackfill.h"
#include "providers/ProviderRegistry.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"

#include <QCoreApplication>

QString DemoMeter::defaultName()
{
    return QCoreApplication::translate("DemoMeter", "Demo meter");
}

Result<std::optional<Meter>> DemoMeter::createIfEmpty(Database &db, qint64 now)
{
    using R = Result<std::optional<Meter>>;
    MeterRepository meters(db);
    const Result<QList<Meter>> existing = meters.list();
    if (!existing)
        return R::failure(existing.typedError());
    if (!existing->isEmpty())
        return std::optional<Meter>{};

    const ProviderInfo *simulator = ProviderRegistry::find(QStringLiteral("simulator"));
    Meter meter;
    meter.name = defaultName();
    meter.provider = simulator->kind;
    meter.timezone = simulator->defaultTimezone;
    meter.currency = simulator->defaultCurrency;
    meter.intervalSeconds = simulator->defaultIntervalSeconds;
    meter.lowBalanceMilli = 500'000;
    meter.createdAt = now;
    meter.settings.insert(QStringLiteral("seed"), 2025);
    meter.settings.insert(QStringLiteral("origin"), now - qint64(kHistoryDays) * 86400);
    Result<Meter> added = meters.add(meter);
    if (!added)
        return R::failure(added.typedError());
    return std::optional<Meter>(added.value());
}

Status DemoMeter::backfill(Database &db, const Meter &meter, qint64 now,
                           const std::function<bool()> &cancelled)
{
    const Result<IngestStats> stored =
        SimulatorBackfill::run(db, meter, now - qint64(kHistoryDays) * 86400, now, cancelled);
    if (!stored && cancelled && cancelled()) {
        if (Status removed = MeterRepository(db).remove(meter.id); !removed)
            return removed;
    }
    return stored ? Status{} : Status::failure(stored.typedError());
}
