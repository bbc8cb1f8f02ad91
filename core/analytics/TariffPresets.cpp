#include "TariffPresets.h"

#include "storage/TariffPresetRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TariffPresets)
};

QJsonObject slab(double fromKwh, std::optional<double> toKwh, double rate)
{
    QJsonObject o{{QStringLiteral("from_kwh"), fromKwh}, {QStringLiteral("rate"), rate}};
    if (toKwh)
        o.insert(QStringLiteral("to_kwh"), *toKwh);
    return o;
}

} // namespace

TariffPresets::TariffPresets(Database &db)
    : m_db(db)
{}

QList<TariffPreset> TariffPresets::builtIn()
{
    // REG (Rwanda Energy Group) residential: monthly slabs of 0-20 kWh at 89, 21-50 kWh at 310
    // and above 50 kWh at 369 RWF per kWh, the tiers following the month's consumption (never
    // the balance). Source: the IngufuPay reference client's tariff table, recorded in
    // shared/reference/providers.md ("Tariff (REG residential)"). Other REG categories are flat
    // at rates that file does not give, so they are not presets.
    return {
        TariffPreset{Tr::tr("REG residential, Rwanda (RWF)"), QStringLiteral("RWF"),
                     Tr::tr("REG residential tariff per month: 0-20 kWh 89, 21-50 kWh 310, above 50 kWh "
                            "369 RWF/kWh (from the IngufuPay client's tariff table)."),
                     QJsonObject{{QStringLiteral("slabs"), QJsonArray{slab(0, 20, 89), slab(21, 50, 310),
                                                                      slab(51, std::nullopt, 369)}}},
                     true},
    };
}

Result<QList<TariffPreset>> TariffPresets::all() const
{
    using R = Result<QList<TariffPreset>>;
    QList<TariffPreset> presets = builtIn();
    const Result<QList<TariffPresetRepository::Row>> rows = TariffPresetRepository(m_db).list();
    if (!rows)
        return R::failure(rows.typedError());
    for (const TariffPresetRepository::Row &row : rows.value()) {
        // One that no longer reads as a tariff is left out rather than offered broken.
        if (!Tariff::fromJson(row.spec))
            continue;
        presets.append(TariffPreset{row.name, row.currency, QString(), row.spec, false});
    }
    return presets;
}

Status TariffPresets::save(const QString &name, const QString &currency, const Tariff &tariff)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Status::failure(ErrorKind::Missing, Tr::tr("A preset needs a name."));
    for (const TariffPreset &preset : builtIn()) {
        if (preset.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return Status::failure(ErrorKind::AlreadyExists,
                                   Tr::tr("\"%1\" is a built-in preset; choose another name.").arg(trimmed));
    }
    if (currency.trimmed().isEmpty())
        return Status::failure(ErrorKind::Missing, Tr::tr("A preset needs the currency of its rates."));
    return TariffPresetRepository(m_db).save({trimmed, currency.trimmed(), tariff.toJson()});
}

Status TariffPresets::remove(const QString &name)
{
    for (const TariffPreset &preset : builtIn()) {
        if (preset.name == name)
            return Status::failure(ErrorKind::InvalidInput,
                                   Tr::tr("\"%1\" is built in and cannot be removed.").arg(name));
    }
    return TariffPresetRepository(m_db).remove(name);
}
