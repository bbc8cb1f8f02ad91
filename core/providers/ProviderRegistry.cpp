#include "ProviderRegistry.h"

#include "DescoProvider.h"
#include "DpdcProvider.h"
#include "ElnetProvider.h"
#include "GenericJsonProvider.h"
#include "IngufuPayProvider.h"
#include "JsonPresets.h"
#include "SimulatorProvider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>

namespace {

// The `create` of a provider built from the meter and the context.
template <class Provider>
MeterProvider *newProvider(const Meter &meter, const ProviderContext &context, QObject *parent)
{
    return new Provider(meter, context, parent);
}

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProviderRegistry)
};

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

// The field's words for the meter dialog: a label and one line of help (the option's --help
// description when none is given), and an example value. A name no option has is a
// credential field.
void describe(ProviderInfo &info, const QString &name, const QString &label, const QString &help = QString(),
              const QString &example = QString())
{
    for (ProviderOption &o : info.options) {
        if (o.name == name) {
            o.label = label;
            o.help = help.isEmpty() ? o.description : help;
            o.example = example;
            return;
        }
    }
    info.secretTexts.insert(name, ProviderFieldText{label, help});
}

void offer(ProviderInfo &info, const QString &name, const QStringList &choices)
{
    for (ProviderOption &o : info.options) {
        if (o.name == name)
            o.choices = choices;
    }
}

QList<ProviderInfo> buildRegistry()
{
    QList<ProviderInfo> list;

    ProviderInfo simulator;
    simulator.kind = QStringLiteral("simulator");
    simulator.displayName = Tr::tr("Simulator (demo meter)");
    simulator.defaultIntervalSeconds = 30;
    simulator.defaultTimezone = QStringLiteral("Asia/Kolkata");
    simulator.defaultCurrency = QStringLiteral("INR");
    simulator.options = {
        {QStringLiteral("seed"), QStringLiteral("S"),
         Tr::tr("Seed of the simulated meter (same seed, same data)."), ProviderOption::Type::Integer, false},
        {QStringLiteral("failure-rate"), QStringLiteral("P"),
         Tr::tr("Share of fetches that fail, 0 to 1, to see how failures are shown."),
         ProviderOption::Type::Number, false},
        {QStringLiteral("latency-ms"), QStringLiteral("MS"),
         Tr::tr("Simulated server latency in milliseconds."), ProviderOption::Type::Integer, false},
    };
    simulator.prepare = [](Meter &meter) {
        if (!meter.settings.contains(QStringLiteral("seed")))
            meter.settings.insert(QStringLiteral("seed"), static_cast<qint64>(stableHash(meter.name)));
        if (!meter.settings.contains(QStringLiteral("origin")))
            meter.settings.insert(QStringLiteral("origin"),
                                  meter.createdAt ? meter.createdAt : QDateTime::currentSecsSinceEpoch());
    };
    simulator.reportsCounters = [](const Meter &) { return true; };
    simulator.create = [](const Meter &meter, const ProviderContext &context,
                          QObject *parent) -> MeterProvider * {
        return new SimulatorProvider(meter, parent, context.db);
    };
    describe(simulator, QStringLiteral("seed"), Tr::tr("Data seed"), {}, QStringLiteral("42"));
    describe(simulator, QStringLiteral("failure-rate"), Tr::tr("Failed fetches"), {}, QStringLiteral("0.1"));
    describe(simulator, QStringLiteral("latency-ms"), Tr::tr("Answer delay"), {}, QStringLiteral("300"));
    list.append(simulator);

    // No server: readings are typed in (window or `kilowatch-cli reading add`) or imported.
    ProviderInfo manual;
    manual.kind = QStringLiteral("manual");
    manual.displayName = Tr::tr("Manual entry (no server)");
    manual.defaultIntervalSeconds = 3600;
    // The system's zone when Qt knows it by that name ("Etc/UTC" on some systems is not).
    const QByteArray systemZone = QTimeZone::systemTimeZoneId();
    manual.defaultTimezone =
        QTimeZone::isTimeZoneIdAvailable(systemZone) ? QString::fromUtf8(systemZone) : QStringLiteral("UTC");
    manual.defaultCurrency = [] {
        const QString code = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
        return code.isEmpty() ? QStringLiteral("INR") : code;
    }();
    manual.polled = false;
    manual.reportsCounters = [](const Meter &) { return true; };
    list.append(manual);

    ProviderInfo dpdc;
    dpdc.kind = QStringLiteral("dpdc");
    dpdc.displayName = Tr::tr("DPDC prepaid (Dhaka)");
    dpdc.defaultIntervalSeconds = 3600;
    dpdc.defaultTimezone = QStringLiteral("Asia/Dhaka");
    dpdc.defaultCurrency = QStringLiteral("BDT");
    dpdc.options = {
        {QStringLiteral("customer"), QStringLiteral("NUMBER"),
         Tr::tr("DPDC customer number (digits, on the bill)."), ProviderOption::Type::Text, true},
        {QStringLiteral("base-url"), QStringLiteral("URL"),
         Tr::tr("Address of the server (default %1).").arg(DpdcProvider::defaultBaseUrl()),
         ProviderOption::Type::Url, false},
        {QStringLiteral("client-id"), QStringLiteral("ID"),
         Tr::tr("Client id of the DPDC web app (sent with the client_secret credential)."),
         ProviderOption::Type::Text, true},
    };
    dpdc.requiredSecrets = {QStringLiteral("client_secret")};
    dpdc.validate = &DpdcProvider::checkSettings;
    dpdc.create = &newProvider<DpdcProvider>;
    describe(dpdc, QStringLiteral("customer"), Tr::tr("Customer number"), {}, QStringLiteral("12345678"));
    describe(dpdc, QStringLiteral("base-url"), Tr::tr("Server address"),
             Tr::tr("Leave empty to use DPDC's own server."));
    describe(dpdc, QStringLiteral("client-id"), Tr::tr("App client ID"),
             Tr::tr("The client ID DPDC's own web app signs in with (see the DPDC guide); it goes with "
                    "the app client secret."));
    describe(dpdc, QStringLiteral("client_secret"), Tr::tr("App client secret"),
             Tr::tr("The client secret that goes with the app client ID; kept in the OS keychain."));
    list.append(dpdc);
    // DESCO's public customer API: no login; history (daily usage, recharges) on first poll.
    ProviderInfo desco;
    desco.kind = QStringLiteral("desco");
    desco.displayName = Tr::tr("DESCO prepaid (Dhaka)");
    desco.defaultIntervalSeconds = 3600;
    desco.defaultTimezone = QStringLiteral("Asia/Dhaka");
    desco.defaultCurrency = QStringLiteral("BDT");
    desco.options = {
        {QStringLiteral("account"), QStringLiteral("NUMBER"), Tr::tr("DESCO account number (digits)."),
         ProviderOption::Type::Text, true},
        {QStringLiteral("meter-number"), QStringLiteral("NUMBER"), Tr::tr("DESCO meter number (digits)."),
         ProviderOption::Type::Text, true},
        {QStringLiteral("base-url"), QStringLiteral("URL"),
         Tr::tr("Address of DESCO's customer API (default %1).").arg(DescoProvider::defaultBaseUrl()),
         ProviderOption::Type::Url, false},
        {QStringLiteral("ca-file"), QStringLiteral("PATH"),
         Tr::tr(
             "PEM file with the certificate(s) DESCO's server leaves out of its chain (its intermediate)."),
         ProviderOption::Type::Text, false},
    };
    desco.prepare = &DescoProvider::prepare;
    desco.validate = &DescoProvider::validate;
    desco.create = &newProvider<DescoProvider>;
    describe(desco, QStringLiteral("account"), Tr::tr("Account number"),
             Tr::tr("The account number on your DESCO bill or recharge receipt."),
             QStringLiteral("12345678"));
    describe(desco, QStringLiteral("meter-number"), Tr::tr("Meter number"),
             Tr::tr("The number printed on your DESCO meter."), QStringLiteral("661100123456"));
    describe(desco, QStringLiteral("base-url"), Tr::tr("Server address"),
             Tr::tr("Leave empty to use DESCO's own server."));
    describe(desco, QStringLiteral("ca-file"), Tr::tr("Extra certificate file"));
    list.append(desco);
    // IngufuPay (Rwanda): each deployment has its own address; the balance is in kWh units.
    ProviderInfo ingufupay;
    ingufupay.kind = QStringLiteral("ingufupay");
    ingufupay.displayName = Tr::tr("IngufuPay (Rwanda)");
    ingufupay.defaultIntervalSeconds = 900;
    ingufupay.defaultTimezone = QStringLiteral("Africa/Kigali");
    ingufupay.defaultCurrency = QStringLiteral("kWh");
    ingufupay.options = {
        {QStringLiteral("base-url"), QStringLiteral("URL"),
         Tr::tr("Address of the IngufuPay deployment, e.g. https://ingufupay.example.rw."),
         ProviderOption::Type::Url, true},
        {QStringLiteral("meter-number"), QStringLiteral("NUMBER"),
         Tr::tr("The IngufuPay meter number this meter tracks."), ProviderOption::Type::Text, true},
    };
    ingufupay.requiredSecrets = {QStringLiteral("username"), QStringLiteral("password")};
    ingufupay.create = &newProvider<IngufuPayProvider>;
    describe(ingufupay, QStringLiteral("base-url"), Tr::tr("Server address"),
             Tr::tr("The address of your IngufuPay service."),
             QStringLiteral("https://ingufupay.example.rw"));
    describe(ingufupay, QStringLiteral("meter-number"), Tr::tr("Meter number"));
    describe(ingufupay, QStringLiteral("username"), Tr::tr("User name"),
             Tr::tr("The user name you sign in to IngufuPay with."));
    describe(ingufupay, QStringLiteral("password"), Tr::tr("Password"),
             Tr::tr("Your IngufuPay password; kept in the OS keychain."));
    list.append(ingufupay);
    // Each society runs its own ELNET server: no default address.
    ProviderInfo elnet;
    elnet.kind = QStringLiteral("elnet");
    elnet.displayName = Tr::tr("ELNET (Indian gated communities)");
    elnet.defaultIntervalSeconds = 30;
    elnet.defaultTimezone = QStringLiteral("Asia/Kolkata");
    elnet.defaultCurrency = QStringLiteral("INR");
    elnet.options = {
        {QStringLiteral("base-url"), QStringLiteral("URL"),
         Tr::tr("Address of your society's ELNET server; /api/Dashboard/GetLiveUpdates and "
                "/api/Dashboard/HomeData are added to it."),
         ProviderOption::Type::Url, false},
        {QStringLiteral("live-url"), QStringLiteral("URL"),
         Tr::tr("Full GetLiveUpdates address, where it does not follow --base-url."),
         ProviderOption::Type::Url, false},
        {QStringLiteral("home-url"), QStringLiteral("URL"),
         Tr::tr("Full HomeData address, where it does not follow --base-url."), ProviderOption::Type::Url,
         false},
    };
    elnet.requiredSecrets = {QStringLiteral("token"), QStringLiteral("input_type")};
    elnet.validate = &ElnetProvider::validateSettings;
    elnet.create = &newProvider<ElnetProvider>; // EB and DG counters
    elnet.reportsCounters = [](const Meter &) { return true; };
    describe(elnet, QStringLiteral("base-url"), Tr::tr("Server address"),
             Tr::tr("Your society's ELNET server: ask the facility office, or see the ELNET app's settings."),
             QStringLiteral("http://192.168.1.10:8080"));
    describe(elnet, QStringLiteral("live-url"), Tr::tr("Live data address"),
             Tr::tr("Only when your server's live data is not at the server address "
                    "(…/api/Dashboard/GetLiveUpdates)."));
    describe(elnet, QStringLiteral("home-url"), Tr::tr("Daily data address"),
             Tr::tr("Only when your server's daily data is not at the server address "
                    "(…/api/Dashboard/HomeData)."));
    describe(elnet, QStringLiteral("token"), Tr::tr("Access token"),
             Tr::tr("The sign-in token the ELNET app sends with every request (\"Authorization: Bearer "
                    "…\"); kept in the OS keychain."));
    describe(elnet, QStringLiteral("input_type"), Tr::tr("Meter code (InputType)"),
             Tr::tr("A long code the ELNET app makes for your meter and sends as \"InputType\" with every "
                    "request. Copy it from the app's requests as you did the token, or ask your facility "
                    "office; kept in the OS keychain."));
    list.append(elnet);
    // Any REST service without its own adapter: one request, a mapping of JSON paths.
    ProviderInfo json;
    json.kind = QStringLiteral("json");
    json.displayName = Tr::tr("Generic JSON (any REST API)");
    json.defaultIntervalSeconds = 3600;
    json.defaultTimezone = QStringLiteral("UTC");
    // No default: Kilowatch cannot tell which currency an arbitrary service uses.
    json.defaultCurrency = QString();
    const auto text = ProviderOption::Type::Text;
    json.options = {
        {QStringLiteral("preset"), QStringLiteral("NAME"),
         Tr::tr("A ready-made setup: %1. Options given replace the preset's.")
             .arg(JsonPresets::names().join(QStringLiteral(", "))),
         text, false},
        {QStringLiteral("base-url"), QStringLiteral("URL"), Tr::tr("The service's address (with --preset)."),
         ProviderOption::Type::Url, false},
        {QStringLiteral("customer"), QStringLiteral("ID"), Tr::tr("The customer id (--preset usage-app)."),
         text, false},
        {QStringLiteral("entity"), QStringLiteral("ENTITY"),
         Tr::tr("The sensor's entity id, e.g. sensor.grid_energy (--preset home-assistant)."), text, false},
        {QStringLiteral("url"), QStringLiteral("URL"),
         Tr::tr("The address answering with JSON (required unless a preset supplies it)."),
         ProviderOption::Type::Url, false},
        {QStringLiteral("method"), QStringLiteral("GET|POST|PUT"), Tr::tr("The HTTP method (default GET)."),
         text, false},
        {QStringLiteral("header"), QStringLiteral("\"NAME: VALUE\""),
         Tr::tr("A request header; values may use ${secret:token}, ${secret:password}, ${secret:api_key}."),
         text, false, true},
        {QStringLiteral("body"), QStringLiteral("TEXT"),
         Tr::tr("The request body (POST/PUT); may use ${secret:...} placeholders."), text, false},
        {QStringLiteral("content-type"), QStringLiteral("TYPE"),
         Tr::tr("The body's type (default application/json)."), text, false},
        {QStringLiteral("accept-status"), QStringLiteral("LIST"),
         Tr::tr("HTTP statuses whose answer is data, e.g. 200,201,409 (default 2xx)."), text, false},
        {QStringLiteral("balance-path"), QStringLiteral("PATH"),
         Tr::tr("JSON path of the balance, e.g. data.balance; \"$12.34\" and \"1,234.5\" are read."), text,
         false},
        {QStringLiteral("grid-kwh-path"), QStringLiteral("PATH"),
         Tr::tr("JSON path of the grid counter in kWh."), text, false},
        {QStringLiteral("generator-kwh-path"), QStringLiteral("PATH"),
         Tr::tr("JSON path of the generator counter in kWh."), text, false},
        {QStringLiteral("load-kw-path"), QStringLiteral("PATH"),
         Tr::tr("JSON path of the present load in kW."), text, false},
        {QStringLiteral("source-path"), QStringLiteral("PATH"),
         Tr::tr("JSON path of the power source (grid or generator)."), text, false},
        {QStringLiteral("source-grid-values"), QStringLiteral("LIST"),
         Tr::tr("Source values meaning grid, comma separated; * for any other value."), text, false},
        {QStringLiteral("source-generator-values"), QStringLiteral("LIST"),
         Tr::tr("Source values meaning generator, comma separated; * for any other value."), text, false},
        {QStringLiteral("time-path"), QStringLiteral("PATH"),
         Tr::tr("JSON path of the reading time (default: the fetch time)."), text, false},
        {QStringLiteral("time-format"), QStringLiteral("FORMAT"),
         Tr::tr("iso, epoch, epoch-ms or a Qt date format such as dd-MM-yyyy HH:mm:ss (default iso)."), text,
         false},
        {QStringLiteral("scale-balance"), QStringLiteral("FACTOR"),
         Tr::tr("Multiplies the balance, e.g. 0.01 for cents."), ProviderOption::Type::Number, false},
        {QStringLiteral("scale-energy"), QStringLiteral("FACTOR"),
         Tr::tr("Multiplies the counters, e.g. 0.001 for Wh."), ProviderOption::Type::Number, false},
        {QStringLiteral("scale-load"), QStringLiteral("FACTOR"),
         Tr::tr("Multiplies the load, e.g. 0.001 for W."), ProviderOption::Type::Number, false},
        {QStringLiteral("expect"), QStringLiteral("PATH=VALUE"),
         Tr::tr("Use an answer only when PATH holds VALUE, e.g. attributes.unit_of_measurement=kWh."), text,
         false, true},
    };
    json.optionalSecrets = GenericJsonProvider::secretFields();
    json.validate = [](const Meter &meter) { return GenericJsonProvider::validateSettings(meter.settings); };
    // The preset's values are written into the settings, so the meter shows what it uses.
    json.prepare = [](Meter &meter) {
        if (const Result<QJsonObject> expanded = JsonPresets::expand(meter.settings))
            meter.settings = expanded.value();
    };
    json.create = &newProvider<GenericJsonProvider>;
    json.reportsCounters = [](const Meter &meter) {
        return !meter.settings.value(QStringLiteral("grid_kwh_path")).toString().isEmpty() ||
               !meter.settings.value(QStringLiteral("generator_kwh_path")).toString().isEmpty();
    };
    describe(json, QStringLiteral("preset"), Tr::tr("Ready-made setup"),
             Tr::tr("A known service's setup fills in the fields below; with none, fill them in yourself."));
    offer(json, QStringLiteral("preset"), JsonPresets::names());
    describe(json, QStringLiteral("base-url"), Tr::tr("Service address"),
             Tr::tr("The service's address, for a ready-made setup."));
    describe(json, QStringLiteral("customer"), Tr::tr("Customer ID"),
             Tr::tr("Your customer ID, for the usage-app setup."));
    describe(json, QStringLiteral("entity"), Tr::tr("Sensor"),
             Tr::tr("The sensor's entity ID, for the home-assistant setup."),
             QStringLiteral("sensor.grid_energy"));
    describe(json, QStringLiteral("url"), Tr::tr("Data address"), {},
             QStringLiteral("https://example.com/api/meter"));
    describe(json, QStringLiteral("method"), Tr::tr("Request method"));
    offer(json, QStringLiteral("method"),
          {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT")});
    describe(json, QStringLiteral("header"), Tr::tr("Request headers"));
    describe(json, QStringLiteral("body"), Tr::tr("Request body"));
    describe(json, QStringLiteral("content-type"), Tr::tr("Body type"), {},
             QStringLiteral("application/json"));
    describe(json, QStringLiteral("accept-status"), Tr::tr("Accepted answers"), {},
             QStringLiteral("200,201"));
    describe(json, QStringLiteral("balance-path"), Tr::tr("Balance field"), {},
             QStringLiteral("data.balance"));
    describe(json, QStringLiteral("grid-kwh-path"), Tr::tr("Grid counter field"));
    describe(json, QStringLiteral("generator-kwh-path"), Tr::tr("Generator counter field"));
    describe(json, QStringLiteral("load-kw-path"), Tr::tr("Load field"));
    describe(json, QStringLiteral("source-path"), Tr::tr("Power source field"));
    describe(json, QStringLiteral("source-grid-values"), Tr::tr("Values meaning grid"));
    describe(json, QStringLiteral("source-generator-values"), Tr::tr("Values meaning generator"));
    describe(json, QStringLiteral("time-path"), Tr::tr("Reading time field"));
    describe(json, QStringLiteral("time-format"), Tr::tr("Time format"), {}, QStringLiteral("iso"));
    describe(json, QStringLiteral("scale-balance"), Tr::tr("Balance factor"), {}, QStringLiteral("0.01"));
    describe(json, QStringLiteral("scale-energy"), Tr::tr("Counter factor"), {}, QStringLiteral("0.001"));
    describe(json, QStringLiteral("scale-load"), Tr::tr("Load factor"), {}, QStringLiteral("0.001"));
    describe(
        json, QStringLiteral("expect"), Tr::tr("Use answers only when"),
        Tr::tr("One \"field=value\" per line: an answer counts only when the field holds that value, e.g. "
               "attributes.unit_of_measurement=kWh."));
    describe(json, QStringLiteral("token"), Tr::tr("Token"),
             Tr::tr("Used where a header or the body says %1; kept in the OS keychain.")
                 .arg(QStringLiteral("${secret:token}")));
    describe(json, QStringLiteral("password"), Tr::tr("Password"),
             Tr::tr("Used where a header or the body says %1; kept in the OS keychain.")
                 .arg(QStringLiteral("${secret:password}")));
    describe(json, QStringLiteral("api_key"), Tr::tr("API key"),
             Tr::tr("Used where a header or the body says %1; kept in the OS keychain.")
                 .arg(QStringLiteral("${secret:api_key}")));
    list.append(json);

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
            return Status::failure(Tr::tr("--%1 needs a whole number, not \"%2\".").arg(option.name, value));
        converted = n;
        break;
    }
    case ProviderOption::Type::Number: {
        const double n = v.toDouble(&ok);
        if (!ok || !qIsFinite(n))
            return Status::failure(Tr::tr("--%1 needs a number, not \"%2\".").arg(option.name, value));
        converted = n;
        break;
    }
    case ProviderOption::Type::Url: {
        const QUrl url(v, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty())
            return Status::failure(
                Tr::tr("--%1 needs an http(s) address, not \"%2\".").arg(option.name, value));
        converted = v;
        break;
    }
    case ProviderOption::Type::Flag:
        converted = true;
        break;
    case ProviderOption::Type::Text:
        if (v.isEmpty())
            return Status::failure(Tr::tr("--%1 cannot be empty.").arg(option.name));
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
