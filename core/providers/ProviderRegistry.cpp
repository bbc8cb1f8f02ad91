#include "ProviderRegistry.h"

#include "SimulatorProvider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProviderRegistry", text);
}

// FNV-1a: a stable default seed per meter name, so two demo meters differ.
quint64 stableHash(const QString &text)
{
    quint64 h = 1469598103934665603ULL;
    for (const char c : text.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h & 0x7fffffffffffULL;
}

QList<ProviderInfo> buildRegistry()
{
    QList<ProviderInfo> list;

    ProviderInfo simulator;
    simulator.kind = QStringLiteral("simulator");
    simulator.displayName = tr("Simulator (demo meter)");
    simulator.defaultIntervalSeconds = 30;
    simulator.defaultTimezone = QStringLiteral("Asia/Kolkata");
    simulator.defaultCurrency = QStringLiteral("INR");
    simulator.options = {
        {QStringLiteral("seed"), QStringLiteral("S"),
         tr("Seed of the simulated meter (same seed, same data)."), ProviderOption::Type::Integer, false},
        {QStringLiteral("failure-rate"), QStringLiteral("P"),
         tr("Share of fetches that fail, 0 to 1, to see how failures are shown."),
         ProviderOption::Type::Number, false},
        {QStringLiteral("latency-ms"), QStringLiteral("MS"), tr("Simulated server latency in milliseconds."),
         ProviderOption::Type::Integer, false},
    };
    simulator.prepare = [](Meter &meter) {
        if (!meter.settings.contains(QStringLiteral("seed")))
            meter.settings.insert(QStringLiteral("seed"), static_cast<qint64>(stableHash(meter.name)));
        if (!meter.settings.contains(QStringLiteral("origin")))
            meter.settings.insert(QStringLiteral("origin"),
                                  meter.createdAt ? meter.createdAt : QDateTime::currentSecsSinceEpoch());
    };
    simulator.create = [](const Meter &meter, const ProviderContext &, QObject *parent) -> MeterProvider * {
        return new SimulatorProvider(meter, parent);
    };
    list.append(simulator);

    // No server: readings are typed in (window or `kilowatch-cli reading add`) or imported.
    ProviderInfo manual;
    manual.kind = QStringLiteral("manual");
    manual.displayName = tr("Manual entry (no server)");
    manual.defaultIntervalSeconds = 3600;
    manual.defaultTimezone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (manual.defaultTimezone.isEmpty())
        manual.defaultTimezone = QStringLiteral("UTC");
    manual.defaultCurrency = [] {
        const QString code = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
        return code.isEmpty() ? QStringLiteral("INR") : code;
    }();
    manual.polled = false;
    list.append(manual);

    return list;
}

} // namespace

const QList<ProviderInfo> &ProviderRegistry::all()
{
    static const QList<ProviderInfo> registry = buildRegistry();
    return registry;
}

const ProviderInfo *ProviderRegistry::find(const QString &kind)
{
    for (const ProviderInfo &info : all()) {
        if (info.kind == kind)
            return &info;
    }
    return nullptr;
}

QStringList ProviderRegistry::kinds()
{
    QStringList names;
    for (const ProviderInfo &info : all())
        names.append(info.kind);
    return names;
}

Status ProviderRegistry::applyOption(const ProviderOption &option, const QString &value, Meter &meter)
{
    const QString v = value.trimmed();
    bool ok = true;
    QJsonValue converted;
    switch (option.type) {
    case ProviderOption::Type::Integer: {
        const qint64 n = v.toLongLong(&ok);
        if (!ok || n < 0)
            return Status::failure(tr("--%1 needs a whole number, not \"%2\".").arg(option.name, value));
        converted = n;
        break;
    }
    case ProviderOption::Type::Number: {
        const double n = v.toDouble(&ok);
        if (!ok || !qIsFinite(n))
            return Status::failure(tr("--%1 needs a number, not \"%2\".").arg(option.name, value));
        converted = n;
        break;
    }
    case ProviderOption::Type::Url: {
        const QUrl url(v, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty())
            return Status::failure(tr("--%1 needs an http(s) address, not \"%2\".").arg(option.name, value));
        converted = v;
        break;
    }
    case ProviderOption::Type::Flag:
        converted = true;
        break;
    case ProviderOption::Type::Text:
        if (v.isEmpty())
            return Status::failure(tr("--%1 cannot be empty.").arg(option.name));
        converted = v;
        break;
    }
    if (option.repeatable) {
        QJsonArray values = meter.settings.value(option.settingsKey()).toArray();
        values.append(converted);
        meter.settings.insert(option.settingsKey(), values);
    } else {
        meter.settings.insert(option.settingsKey(), converted);
    }
    return {};
}

MeterProvider *ProviderRegistry::create(const Meter &meter, const ProviderContext &context, QObject *parent)
{
    const ProviderInfo *info = find(meter.provider);
    return info && info->create ? info->create(meter, context, parent) : nullptr;
}
