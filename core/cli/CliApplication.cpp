#include "CliApplication.h"

#include "CliTable.h"
#include "Logging.h"
#include "Version.h"
#include "alerts/AlertEngine.h"
#include "analytics/BalanceForecast.h"
#include "analytics/BillCalculator.h"
#include "analytics/LocalCalendar.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/RechargeCalculator.h"
#include "analytics/RechargeLedger.h"
#include "analytics/SummaryQuery.h"
#include "analytics/Tariff.h"
#include "analytics/UsageSeries.h"
#include "cli/TextStreamDevice.h"
#include "export/AlertColumns.h"
#include "export/BillSource.h"
#include "export/CsvExporter.h"
#include "export/CsvImporter.h"
#include "export/ReadingColumns.h"
#include "export/UsageColumns.h"
#include "model/FixedPoint.h"
#include "model/TimeFormat.h"
#include "polling/PollScheduler.h"
#include "providers/JsonReader.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"
#include "setup/DatabaseLocation.h"
#include "setup/SimulatorBackfill.h"
#include "storage/AlertRepository.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"
#include "storage/SessionRepository.h"
#include "storage/StorageError.h"
#include "storage/TariffRepository.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <csignal>

namespace {

QJsonValue optionalNumber(const std::optional<qint64> &milli)
{
    return milli ? QJsonValue(FixedPoint::toDouble(*milli)) : QJsonValue(QJsonValue::Null);
}

// A non-negative amount in the meter's currency (or kWh), e.g. "500" or "499.50".
std::optional<qint64> parseAmount(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return FixedPoint::fromDouble(value);
}

} // namespace

CliApplication::CliApplication(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

CliApplication::~CliApplication() = default;

const QList<CliApplication::Command> &CliApplication::commands()
{
    // The one table of commands: later features add rows here.
    static const QList<Command> table = {
        {{QStringLiteral("meter"), QStringLiteral("add")},
         QStringLiteral("meter add --name NAME --provider KIND [--interval SECONDS] [--timezone IANA] "
                        "[--currency CODE] [--low-balance AMOUNT] [--allow-http] [--secret-stdin] "
                        "[provider options]"),
         tr("Add a meter."),
         &CliApplication::runMeterAdd},
        {{QStringLiteral("meter"), QStringLiteral("list")},
         QStringLiteral("meter list"),
         tr("List the meters."),
         &CliApplication::runMeterList},
        {{QStringLiteral("meter"), QStringLiteral("remove")},
         QStringLiteral("meter remove NAME"),
         tr("Remove a meter and everything stored for it."),
         &CliApplication::runMeterRemove},
        {{QStringLiteral("meter"), QStringLiteral("secrets")},
         QStringLiteral("meter secrets NAME --secret-stdin"),
         tr("Replace a meter's credentials with key=value lines read from standard input."),
         &CliApplication::runMeterSecrets},
        {{QStringLiteral("reading"), QStringLiteral("add")},
         QStringLiteral("reading add --meter NAME --balance AMOUNT [--time ISO8601] [--grid-kwh KWH] "
                        "[--generator-kwh KWH]"),
         tr("Enter a reading by hand (manual meters)."),
         &CliApplication::runReadingAdd},
        {{QStringLiteral("poll")},
         QStringLiteral("poll [--meter NAME] (--once | --for SECONDS)"),
         tr("Fetch from the providers once, or keep polling for a while."),
         &CliApplication::runPoll},
        {{QStringLiteral("readings")},
         QStringLiteral("readings --meter NAME [--from ISO8601] [--to ISO8601]"),
         tr("Print stored readings."),
         &CliApplication::runReadings},
        {{QStringLiteral("usage")},
         QStringLiteral("usage --meter NAME --interval-hours H --group-minutes G [--unit kwh|money] "
                        "[--at ISO8601]"),
         tr("The usage series the chart draws: the last H hours (1-720) in buckets of G minutes (1-1440)."),
         &CliApplication::runUsage},
        {{QStringLiteral("summary")},
         QStringLiteral("summary --meter NAME --period day|month|year [--from ISO8601] [--to ISO8601]"),
         tr("Energy, cost, recharges and closing balance per day, month or year."),
         &CliApplication::runSummary},
        {{QStringLiteral("compare")},
         QStringLiteral("compare --meter NAME --period day|month|year [--at ISO8601]"),
         tr("This period so far against the same span of the previous period and of last year."),
         &CliApplication::runCompare},
        {{QStringLiteral("forecast")},
         QStringLiteral("forecast --meter NAME"),
         tr("When the balance runs out, from the robust daily spend of the last 14 days."),
         &CliApplication::runForecast},
        {{QStringLiteral("recharges")},
         QStringLiteral("recharges --meter NAME [--from ISO8601] [--to ISO8601]"),
         tr("List the recharges (detected, from the provider and typed in), each once."),
         &CliApplication::runRecharges},
        {{QStringLiteral("recharge"), QStringLiteral("add")},
         QStringLiteral("recharge add --meter NAME --amount AMOUNT [--time ISO8601] [--token TOKEN]"),
         tr("Record a recharge by hand (the token has 20 digits; spaces and dashes are fine)."),
         &CliApplication::runRechargeAdd},
        {{QStringLiteral("recharge"), QStringLiteral("edit")},
         QStringLiteral("recharge edit --meter NAME --id N --amount AMOUNT"),
         tr("Correct the amount of a detected or typed-in recharge."),
         &CliApplication::runRechargeEdit},
        {{QStringLiteral("recharge"), QStringLiteral("delete")},
         QStringLiteral("recharge delete --meter NAME --id N"),
         tr("Delete a recharge (a detected one: that balance rise was no recharge)."),
         &CliApplication::runRechargeDelete},
        {{QStringLiteral("sessions")},
         QStringLiteral("sessions --meter NAME [--from ISO8601] [--to ISO8601]"),
         tr("List the grid and generator sessions with their duration, kWh, cost and average kW."),
         &CliApplication::runSessions},
        {{QStringLiteral("export")},
         QStringLiteral(
             "export --meter NAME [--meter NAME ...] --what readings|usage|daily|monthly|bills|recharges|"
             "sessions|alerts --out FILE|- [--from ISO8601] [--to ISO8601] [--excel] [--group-minutes G] "
             "[--interval-hours H] [--at ISO8601]"),
         tr("Write one kind of data as CSV (RFC 4180, UTF-8); --out - prints it."),
         &CliApplication::runExport},
        {{QStringLiteral("import")},
         QStringLiteral(
             "import --meter NAME --what readings|recharges --in FILE|- [--dry-run] [--skip-bad-rows] "
             "[--time-column C] [--balance-column C] [--grid-kwh-column C] [--generator-kwh-column C] "
             "[--load-kw-column C] [--source-column C] [--time-format F] [--decimal-comma] "
             "[--delimiter comma|semicolon|tab]"),
         tr("Read readings or recharges from CSV: Kilowatch's own export, or readings in another layout "
            "through the column options. All rows or none; --dry-run only reports."),
         &CliApplication::runImport},
        {{QStringLiteral("alerts")},
         QStringLiteral("alerts --meter NAME [--from ISO8601] [--to ISO8601]"),
         tr("List the alert log: low balance, recharges, generator, daily summaries, provider trouble."),
         &CliApplication::runAlerts},
        {{QStringLiteral("simulate")},
         QStringLiteral("simulate --meter NAME --days N [--seed S]"),
         tr("Fill a simulator meter with N days of history, fast."),
         &CliApplication::runSimulate},
        {{QStringLiteral("tariff"), QStringLiteral("set")},
         QStringLiteral("tariff set --meter NAME --from YYYY-MM-DD (--flat RATE | --slabs "
                        "\"0-20:89,21-50:310,51-:369\") "
                        "[--generator-rate RATE] [--tou \"22:00-06:00:5.5,...\"] [--fixed-daily AMOUNT] "
                        "[--fixed-monthly AMOUNT] [--tax-percent P] | --json-spec FILE"),
         tr("Set a meter's tariff from a local date on (earlier days keep their prices)."),
         &CliApplication::runTariffSet},
        {{QStringLiteral("tariff"), QStringLiteral("list")},
         QStringLiteral("tariff list --meter NAME"),
         tr("List a meter's tariff versions."),
         &CliApplication::runTariffList},
        {{QStringLiteral("bill")},
         QStringLiteral("bill --meter NAME --month YYYY-MM"),
         tr("The bill of a local calendar month: energy by slab, generator, fixed charges, tax, total."),
         &CliApplication::runBill},
        {{QStringLiteral("buy")},
         QStringLiteral("buy --meter NAME (--amount AMOUNT | --kwh KWH) [--at ISO8601]"),
         tr("What a recharge buys at this month's slab position (or what an energy costs)."),
         &CliApplication::runBuy},
        {{QStringLiteral("help")},
         QStringLiteral("help [COMMAND]"),
         tr("Show this help, or the options of one command."),
         &CliApplication::runHelp},
    };
    return table;
}

QString CliApplication::usage()
{
    QString text = tr("Usage: kilowatch-cli [--database FILE] [--json] COMMAND [OPTIONS]\n\n"
                      "Kilowatch tracks prepaid electricity meters. Global options:\n"
                      "  --database FILE  the database (default: $%1, else %2)\n"
                      "  --json           print JSON instead of a table\n"
                      "  --lang CODE      messages in this language (bn, hi, ...; default: the system's)\n"
                      "  --help           show this help\n"
                      "  --version        show the version\n\nCommands:\n")
                       .arg(QString::fromLatin1(DatabaseLocation::environmentVariable()),
                            DatabaseLocation::defaultPath());
    for (const Command &c : commands())
        text += QStringLiteral("  %1\n      %2\n").arg(c.synopsis, c.summary);
    text += tr("\nExit codes: 0 success, 1 the command failed, 2 wrong usage, 3 no keychain.\n");
    return text;
}

void CliApplication::start(const QStringList &arguments)
{
    // Global options may stand anywhere; take them out before the command sees the rest.
    QStringList rest;
    bool help = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--database")) {
            if (i + 1 >= arguments.size())
                return fail(UsageError, tr("--database needs a file name."));
            m_databaseOption = arguments[++i];
        } else if (a.startsWith(QLatin1String("--database="))) {
            m_databaseOption = a.mid(11);
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            m_out << "kilowatch-cli " << KILOWATCH_VERSION << '\n';
            return finish(Success);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            help = true;
        } else {
            rest.append(a);
        }
    }
    if (help && rest.isEmpty()) {
        m_out << usage();
        return finish(Success);
    }
    if (help)
        rest.prepend(QStringLiteral("help"));
    dispatch(rest);
}

void CliApplication::dispatch(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return fail(UsageError, tr("No command given.") + QLatin1Char('\n') + usage());
    const Command *best = nullptr;
    for (const Command &c : commands()) {
        if (arguments.size() >= c.words.size() && arguments.mid(0, c.words.size()) == c.words &&
            (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (!best)
        return fail(UsageError, tr("Unknown command \"%1\". Run kilowatch-cli --help for the list.")
                                    .arg(arguments.mid(0, 2).join(QLatin1Char(' '))));
    m_command = best;
    (this->*(best->run))(arguments.mid(best->words.size()));
}

void CliApplication::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    m_out.flush();
    m_err.flush();
    // Let the caller connect after start() even when the command finished synchronously.
    QTimer::singleShot(0, this, [this] { emit finished(m_exitCode); });
}

void CliApplication::fail(int code, const QString &sentence)
{
    m_err << "kilowatch-cli: " << sentence << '\n';
    finish(code);
}

void CliApplication::fail(int code, const Error &error)
{
    // A command that failed on the database itself (disk full, read-only, locked, damaged)
    // says so in one sentence instead of passing SQLite's message on.
    if (const StorageError storage(error); code == Failure && storage.isFault()) {
        m_err << "kilowatch-cli: "
              << storage.sentence(m_db ? m_db->path() : DatabaseLocation::resolve(m_databaseOption)) << '\n';
        return finish(code);
    }
    fail(code, error.message());
}

bool CliApplication::parse(QCommandLineParser &parser, const Command &command, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("kilowatch-cli")} + arguments)) {
        fail(UsageError, tr("%1\nUsage: kilowatch-cli %2").arg(parser.errorText(), command.synopsis));
        return false;
    }
    return true;
}

bool CliApplication::openDatabase()
{
    if (m_db)
        return true;
    Result<std::unique_ptr<Database>> opened = Database::open(DatabaseLocation::resolve(m_databaseOption));
    if (!opened) {
        fail(Failure, opened.error()); // Database::open says what a storage fault means
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}

std::optional<Meter> CliApplication::requireMeter(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        fail(UsageError, tr("--meter needs the name of a meter."));
        return std::nullopt;
    }
    std::optional<Meter> meter = MeterRepository(*m_db).findByName(name);
    if (!meter)
        fail(Failure, tr("There is no meter named \"%1\"; kilowatch-cli meter list shows them.").arg(name));
    return meter;
}

void CliApplication::print(const CliTable &table)
{
    if (m_json)
        table.printJson(m_out);
    else
        table.printText(m_out);
}

void CliApplication::printObject(const QJsonObject &object)
{
    if (m_json) {
        m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return;
    }
    int width = 0;
    for (auto it = object.begin(); it != object.end(); ++it)
        width = qMax(width, static_cast<int>(it.key().size()));
    for (auto it = object.begin(); it != object.end(); ++it)
        m_out << (it.key() + QLatin1Char(':')).leftJustified(width + 2) << CliTable::cellText(it.value())
              << '\n';
}

std::optional<qint64> CliApplication::parseTime(const QString &text, const Meter &meter,
                                                const QString &option)
{
    const std::optional<qint64> t = TimeFormat::parseIso(text, QTimeZone(meter.timezone.toUtf8()));
    if (!t)
        fail(UsageError,
             tr("--%1 needs a date and time like 2025-07-25T15:30:00+05:30, not \"%2\".").arg(option, text));
    return t;
}

QJsonObject CliApplication::meterRow(const Meter &meter)
{
    ReadingRepository readings(*m_db);
    const std::optional<Reading> latest = readings.latest(meter.id);
    const QTimeZone zone(meter.timezone.toUtf8());
    return QJsonObject{
        {QStringLiteral("name"), meter.name},
        {QStringLiteral("provider"), meter.provider},
        {QStringLiteral("interval_s"), meter.intervalSeconds},
        {QStringLiteral("timezone"), meter.timezone},
        {QStringLiteral("currency"), meter.currency},
        {QStringLiteral("low_balance"), optionalNumber(meter.lowBalanceMilli)},
        {QStringLiteral("readings"), readings.count(meter.id)},
        {QStringLiteral("last_reading"),
         latest ? QJsonValue(TimeFormat::iso(latest->time, zone)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("balance"),
         latest ? optionalNumber(latest->balanceMilli) : QJsonValue(QJsonValue::Null)},
    };
}

SecretStore &CliApplication::secrets()
{
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<KeychainSecretStore>();
        m_secrets = m_ownSecrets.get();
    }
    return *m_secrets;
}

std::optional<QHash<QString, QString>> CliApplication::readSecrets(const ProviderInfo &info, bool requireAll)
{
    QFile standardInput;
    QIODevice *input = m_input;
    if (!input) {
        if (!standardInput.open(stdin, QIODevice::ReadOnly)) {
            fail(Failure, tr("Could not read standard input."));
            return std::nullopt;
        }
        input = &standardInput;
    }
    QHash<QString, QString> values;
    int lineNumber = 0;
    constexpr qint64 kMaxLine = 64 * 1024;
    while (!input->atEnd()) {
        const QByteArray raw = input->readLine(kMaxLine);
        ++lineNumber;
        QString line = QString::fromUtf8(raw);
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = eq > 0 ? line.left(eq).trimmed() : QString();
        if (key.isEmpty()) {
            // Never echo the line: it may be a credential.
            fail(UsageError, tr("Line %1 of the secrets is not in the form key=value.").arg(lineNumber));
            return std::nullopt;
        }
        if (!info.secrets().contains(key)) {
            fail(UsageError, tr("\"%1\" is not a credential of the %2 provider; it takes: %3.")
                                 .arg(key, info.kind, info.secrets().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        const QString value = line.mid(eq + 1).trimmed();
        if (value.isEmpty()) {
            fail(UsageError, tr("The credential \"%1\" is empty.").arg(key));
            return std::nullopt;
        }
        values.insert(key, value);
    }
    if (requireAll) {
        for (const QString &field : info.requiredSecrets) {
            if (!values.contains(field)) {
                fail(UsageError,
                     tr("The %1 provider needs the credential \"%2\" (a line %2=... on standard input).")
                         .arg(info.kind, field));
                return std::nullopt;
            }
        }
    }
    return values;
}

void CliApplication::writeSecrets(qint64 meterId, const QHash<QString, QString> &values,
                                  const std::function<void(int exitCode, const QString &error)> &done)
{
    auto remaining = std::make_shared<QList<QString>>(values.keys());
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, meterId, values, remaining, step, done] {
        if (remaining->isEmpty()) {
            // Clearing *step destroys this closure and its captures: call a copy of `done`.
            const auto whenDone = done;
            *step = nullptr;
            whenDone(Success, QString());
            return;
        }
        const QString field = remaining->takeFirst();
        secrets().write(SecretStore::keyFor(meterId, field), values.value(field),
                        [step, done](SecretStore::Error error, const QString &message) {
                            if (error != SecretStore::Error::None) {
                                *step = nullptr;
                                done(error == SecretStore::Error::NoKeychain ? KeychainUnavailable : Failure,
                                     message);
                                return;
                            }
                            (*step)();
                        });
    };
    (*step)();
}

void CliApplication::runMeterAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), tr("Name of the meter."), QStringLiteral("NAME"));
    const QCommandLineOption provider(
        QStringLiteral("provider"),
        tr("Provider kind: %1.").arg(ProviderRegistry::kinds().join(QStringLiteral(", "))),
        QStringLiteral("KIND"));
    const QCommandLineOption interval(QStringLiteral("interval"), tr("Polling interval in seconds."),
                                      QStringLiteral("SECONDS"));
    const QCommandLineOption timezone(QStringLiteral("timezone"), tr("IANA time zone of the meter."),
                                      QStringLiteral("IANA"));
    const QCommandLineOption currency(QStringLiteral("currency"), tr("Currency code."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption lowBalance(QStringLiteral("low-balance"), tr("Warn below this balance."),
                                        QStringLiteral("AMOUNT"));
    const QCommandLineOption allowHttp(QStringLiteral("allow-http"),
                                       tr("Allow plain http to a non-loopback server for this meter."));
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"),
                                         tr("Read credentials as key=value lines from standard input."));
    parser.addOptions({name, provider, interval, timezone, currency, lowBalance, allowHttp, secretStdin});
    // Every provider's options are known to the parser; only the chosen provider's are allowed.
    QList<ProviderOption> providerOptions;
    for (const ProviderInfo &info : ProviderRegistry::all()) {
        for (const ProviderOption &o : info.options) {
            if (std::none_of(providerOptions.begin(), providerOptions.end(),
                             [&o](const ProviderOption &p) { return p.name == o.name; })) {
                providerOptions.append(o);
                parser.addOption(QCommandLineOption(o.name, o.description, o.valueName));
            }
        }
    }
    if (!parse(parser, *m_command, arguments))
        return;
    if (!parser.positionalArguments().isEmpty())
        return fail(UsageError,
                    tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(name) || !parser.isSet(provider))
        return fail(
            UsageError,
            tr("meter add needs --name and --provider.\nUsage: kilowatch-cli %1").arg(m_command->synopsis));
    const ProviderInfo *info = ProviderRegistry::find(parser.value(provider));
    if (!info)
        return fail(UsageError,
                    tr("\"%1\" is not a provider; choose one of: %2.")
                        .arg(parser.value(provider), ProviderRegistry::kinds().join(QStringLiteral(", "))));

    Meter meter;
    meter.name = parser.value(name).trimmed();
    meter.provider = info->kind;
    meter.timezone = parser.isSet(timezone) ? parser.value(timezone) : info->defaultTimezone;
    meter.currency =
        parser.isSet(currency) ? parser.value(currency).trimmed().toUpper() : info->defaultCurrency;
    if (meter.currency.isEmpty())
        return fail(UsageError, tr("The %1 provider has no default currency; give --currency CODE (e.g. USD, "
                                   "INR, BDT).")
                                    .arg(info->kind));
    meter.intervalSeconds = info->defaultIntervalSeconds;
    if (parser.isSet(interval)) {
        bool ok = false;
        meter.intervalSeconds = parser.value(interval).toInt(&ok);
        if (!ok)
            return fail(
                UsageError,
                tr("--interval needs a whole number of seconds, not \"%1\".").arg(parser.value(interval)));
    }
    if (parser.isSet(lowBalance)) {
        meter.lowBalanceMilli = parseAmount(parser.value(lowBalance));
        if (!meter.lowBalanceMilli)
            return fail(
                UsageError,
                tr("--low-balance needs an amount such as 500, not \"%1\".").arg(parser.value(lowBalance)));
    }
    for (const ProviderOption &o : providerOptions) {
        if (!parser.isSet(o.name))
            continue;
        // The chosen provider's own definition: another provider's option of the same name
        // may differ in type or repeatability.
        const auto own = std::find_if(info->options.begin(), info->options.end(),
                                      [&o](const ProviderOption &p) { return p.name == o.name; });
        if (own == info->options.end())
            return fail(UsageError, tr("--%1 is not an option of the %2 provider.").arg(o.name, info->kind));
        const QStringList values =
            own->repeatable ? parser.values(o.name) : QStringList{parser.value(o.name)};
        for (const QString &value : values) {
            if (Status applied = ProviderRegistry::applyOption(*own, value, meter); !applied)
                return fail(UsageError, applied.error());
        }
    }
    for (const ProviderOption &o : info->options) {
        if (o.required && !parser.isSet(o.name))
            return fail(UsageError, tr("The %1 provider needs --%2.").arg(info->kind, o.name));
    }
    if (parser.isSet(allowHttp))
        meter.settings.insert(QStringLiteral("allow_http"), true);
    if (Status valid = MeterRepository::validate(meter); !valid)
        return fail(UsageError, valid.error());
    if (info->validate) {
        if (Status valid = info->validate(meter); !valid)
            return fail(UsageError, valid.error());
    }
    if (!info->requiredSecrets.isEmpty() && !parser.isSet(secretStdin))
        return fail(UsageError,
                    tr("The %1 provider needs credentials (%2): pipe them as key=value lines into "
                       "--secret-stdin.")
                        .arg(info->kind, info->requiredSecrets.join(QStringLiteral(", "))));
    std::optional<QHash<QString, QString>> credentials = QHash<QString, QString>{};
    if (parser.isSet(secretStdin)) {
        if (info->secrets().isEmpty())
            return fail(UsageError, tr("The %1 provider takes no credentials.").arg(info->kind));
        credentials = readSecrets(*info, true);
        if (!credentials)
            return;
    }
    if (!openDatabase())
        return;
    meter.createdAt = QDateTime::currentSecsSinceEpoch();
    if (info->prepare)
        info->prepare(meter);
    const Result<Meter> added = MeterRepository(*m_db).add(meter);
    if (!added)
        return fail(Failure, added.typedError());
    const Meter &stored = added.value();
    if (credentials->isEmpty()) {
        printObject(meterRow(stored));
        return finish(Success);
    }
    writeSecrets(stored.id, *credentials, [this, stored](int code, const QString &error) {
        if (code != Success) {
            // Nothing half-done: without its credentials the meter is not kept.
            MeterRepository(*m_db).remove(stored.id);
            return fail(code, error);
        }
        printObject(meterRow(stored));
        finish(Success);
    });
}

void CliApplication::runMeterSecrets(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"),
                                         tr("Read credentials as key=value lines from standard input."));
    parser.addOption(secretStdin);
    if (!parse(parser, *m_command, arguments))
        return;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(secretStdin))
        return fail(UsageError, tr("Usage: kilowatch-cli %1").arg(m_command->synopsis));
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireMeter(parser.positionalArguments().constFirst());
    if (!meter)
        return;
    const ProviderInfo *info = ProviderRegistry::find(meter->provider);
    if (!info || info->secrets().isEmpty())
        return fail(UsageError, tr("The %1 provider takes no credentials.").arg(meter->provider));
    const std::optional<QHash<QString, QString>> credentials = readSecrets(*info, false);
    if (!credentials)
        return;
    if (credentials->isEmpty())
        return fail(UsageError, tr("No credentials were given on standard input."));
    const QStringList fields = credentials->keys();
    writeSecrets(meter->id, *credentials, [this, meter, fields](int code, const QString &error) {
        if (code != Success)
            return fail(code, error);
        QStringList sorted = fields;
        sorted.sort();
        // Which fields were stored, never their values.
        printObject(QJsonObject{{QStringLiteral("meter"), meter->name},
                                {QStringLiteral("stored"), QJsonArray::fromStringList(sorted)}});
        finish(Success);
    });
}

void CliApplication::runReadingAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("A manual meter."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption balance(QStringLiteral("balance"), tr("The balance shown by the meter."),
                                     QStringLiteral("AMOUNT"));
    const QCommandLineOption time(QStringLiteral("time"), tr("When it was read (default: now)."),
                                  QStringLiteral("ISO8601"));
    const QCommandLineOption grid(QStringLiteral("grid-kwh"), tr("The grid counter."), QStringLiteral("KWH"));
    const QCommandLineOption generator(QStringLiteral("generator-kwh"), tr("The generator counter."),
                                       QStringLiteral("KWH"));
    parser.addOptions({meterOption, balance, time, grid, generator});
    if (!parse(parser, *m_command, arguments))
        return;
    if (!parser.isSet(meterOption) || !parser.isSet(balance))
        return fail(UsageError, tr("reading add needs --meter NAME and --balance AMOUNT."));
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireMeter(parser.value(meterOption));
    if (!meter)
        return;
    const ProviderInfo *info = ProviderRegistry::find(meter->provider);
    if (info && info->polled)
        return fail(UsageError,
                    tr("\"%1\" is read from its provider (%2); readings are typed in only for manual "
                       "meters.")
                        .arg(meter->name, meter->provider));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Reading r;
    r.fetchedAt = now;
    r.time = now;
    if (parser.isSet(time)) {
        const auto t = parseTime(parser.value(time), *meter, QStringLiteral("time"));
        if (!t)
            return;
        if (*t > now + 300)
            return fail(UsageError, tr("--time is in the future."));
        r.time = *t;
    }
    const auto number = [&](const QCommandLineOption &option, bool nonNegative) -> std::optional<qint64> {
        QString why;
        const std::optional<double> v = JsonReader::toNumber(QJsonValue(parser.value(option)), &why);
        const std::optional<qint64> fixed = v ? FixedPoint::fromDouble(*v) : std::nullopt;
        if (!fixed || (nonNegative && *fixed < 0)) {
            fail(UsageError,
                 tr("--%1 needs a number%2, not \"%3\".")
                     .arg(option.names().constFirst(), nonNegative ? tr(" of zero or more") : QString(),
                          parser.value(option)));
            return std::nullopt;
        }
        if (!withinReadingLimit(*fixed)) {
            fail(UsageError, tr("--%1 must be within a billion, not \"%2\".")
                                 .arg(option.names().constFirst(), parser.value(option)));
            return std::nullopt;
        }
        return fixed;
    };
    r.balanceMilli = number(balance, false);
    if (!r.balanceMilli)
        return;
    if (parser.isSet(grid) && !(r.gridWh = number(grid, true)))
        return;
    if (parser.isSet(generator) && !(r.generatorWh = number(generator, true)))
        return;
    ReadingRepository readings(*m_db);
    if (const std::optional<Reading> before = readings.latestBefore(meter->id, r.time)) {
        const auto back = [](const std::optional<qint64> &a, const std::optional<qint64> &b) {
            return a && b && *b < *a;
        };
        if (back(before->gridWh, r.gridWh) || back(before->generatorWh, r.generatorWh))
            return fail(UsageError,
                        tr("A counter is lower than in the reading of %1; check the numbers.")
                            .arg(TimeFormat::iso(before->time, QTimeZone(meter->timezone.toUtf8()))));
    }
    const Result<IngestStats> stored = ReadingIngestor(*m_db).ingest(*meter, {r});
    if (!stored)
        return fail(Failure, stored.typedError());
    if (stored->inserted == 0)
        return fail(Failure, tr("A reading at that time is already stored."));
    // A typed-in reading is a new reading too: the alert rules run (the log keeps them).
    AlertContext context;
    context.now = QDateTime::currentSecsSinceEpoch();
    evaluateAlerts(*meter, context);
    printObject(ReadingColumns::toJson(meter->name, QTimeZone(meter->timezone.toUtf8()), r));
    finish(Success);
}

void CliApplication::runMeterList(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, *m_command, arguments))
        return;
    if (!parser.positionalArguments().isEmpty())
        return fail(UsageError,
                    tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (!openDatabase())
        return;
    const Result<QList<Meter>> meters = MeterRepository(*m_db).list();
    if (!meters)
        return fail(Failure, meters.typedError());
    CliTable table({{QStringLiteral("name")},
                    {QStringLiteral("provider")},
                    {QStringLiteral("interval_s"), true},
                    {QStringLiteral("timezone")},
                    {QStringLiteral("currency")},
                    {QStringLiteral("low_balance"), true},
                    {QStringLiteral("readings"), true},
                    {QStringLiteral("last_reading")},
                    {QStringLiteral("balance"), true}});
    for (const Meter &m : meters.value())
        table.addRow(meterRow(m));
    print(table);
    finish(Success);
}

void CliApplication::runMeterRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, *m_command, arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return fail(UsageError, tr("meter remove needs exactly one meter name.\nUsage: kilowatch-cli %1")
                                    .arg(m_command->synopsis));
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireMeter(parser.positionalArguments().constFirst());
    if (!meter)
        return;
    const qint64 count = ReadingRepository(*m_db).count(meter->id);
    if (Status removed = MeterRepository(*m_db).remove(meter->id); !removed)
        return fail(Failure, removed.typedError());
    printObject(QJsonObject{{QStringLiteral("removed"), meter->name}, {QStringLiteral("readings"), count}});
    const ProviderInfo *info = ProviderRegistry::find(meter->provider);
    const QStringList fields = info ? info->secrets() : QStringList{};
    if (fields.isEmpty())
        return finish(Success);
    // Its credentials go too (best effort: a missing keychain has nothing to remove).
    auto left = std::make_shared<int>(static_cast<int>(fields.size()));
    for (const QString &field : fields) {
        secrets().remove(SecretStore::keyFor(meter->id, field),
                         [this, left](SecretStore::Error, const QString &) {
                             if (--*left == 0)
                                 finish(Success);
                         });
    }
}

void CliApplication::runPoll(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("Poll only this meter."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption once(QStringLiteral("once"), tr("Fetch each meter once."));
    const QCommandLineOption forOption(QStringLiteral("for"), tr("Keep polling for this many seconds."),
                                       QStringLiteral("SECONDS"));
    parser.addOptions({meterOption, once, forOption});
    if (!parse(parser, *m_command, arguments))
        return;
    if (parser.isSet(once) == parser.isSet(forOption))
        return fail(UsageError, tr("poll needs either --once or --for SECONDS.\nUsage: kilowatch-cli %1")
                                    .arg(m_command->synopsis));
    int seconds = 0;
    if (parser.isSet(forOption)) {
        bool ok = false;
        seconds = parser.value(forOption).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 30 * 86400)
            return fail(UsageError, tr("--for needs a number of seconds from 1 to 2592000, not \"%1\".")
                                        .arg(parser.value(forOption)));
    }
    if (!openDatabase())
        return;
    QList<Meter> meters;
    if (parser.isSet(meterOption)) {
        const std::optional<Meter> meter = requireMeter(parser.value(meterOption));
        if (!meter)
            return;
        meters.append(*meter);
    } else {
        const Result<QList<Meter>> all = MeterRepository(*m_db).list();
        if (!all)
            return fail(Failure, all.typedError());
        meters = all.value();
    }
    if (meters.isEmpty())
        return fail(Failure, tr("There are no meters yet; add one with kilowatch-cli meter add."));

    m_scheduler = std::make_unique<PollScheduler>(*m_db);
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_scheduler->setProviderContext(ProviderContext{m_network, &secrets()});
    m_scheduler->setMeters(meters);
    auto table = std::make_shared<CliTable>(QList<CliTable::Column>{{QStringLiteral("meter")},
                                                                    {QStringLiteral("outcome")},
                                                                    {QStringLiteral("time")},
                                                                    {QStringLiteral("balance"), true},
                                                                    {QStringLiteral("message")}});
    auto failures = std::make_shared<int>(0);
    auto names = std::make_shared<QHash<qint64, Meter>>();
    for (const Meter &m : meters)
        names->insert(m.id, m);
    const bool streaming = !m_json && !parser.isSet(once);

    auto started = std::make_shared<qint64>(QDateTime::currentSecsSinceEpoch());
    connect(m_scheduler.get(), &PollScheduler::fetchFinished, this,
            [this, table, failures, names, streaming, started](qint64 meterId, const FetchOutcome &outcome) {
                const Meter meter = names->value(meterId);
                QJsonObject row{{QStringLiteral("meter"), meter.name},
                                {QStringLiteral("outcome"), outcome.kindName()},
                                {QStringLiteral("message"), outcome.sentence()}};
                const QTimeZone zone(meter.timezone.toUtf8());
                row.insert(QStringLiteral("time"),
                           outcome.reading ? QJsonValue(TimeFormat::iso(outcome.reading->time, zone))
                                           : QJsonValue(QJsonValue::Null));
                row.insert(QStringLiteral("balance"), outcome.reading
                                                          ? optionalNumber(outcome.reading->balanceMilli)
                                                          : QJsonValue(QJsonValue::Null));
                if (!outcome.isSuccess()) {
                    ++*failures;
                    m_err << "kilowatch-cli: " << meter.name << ": " << outcome.sentence() << '\n';
                    m_err.flush();
                }
                // The same rules as the desktop, so scripts get the alerts too (also logged).
                AlertContext context;
                context.now = QDateTime::currentSecsSinceEpoch();
                context.watchingSince = *started;
                context.polled = true;
                context.lastOutcome = outcome.kind;
                context.lastError = outcome.isSuccess() ? QString() : outcome.sentence();
                const QJsonArray alerts = evaluateAlerts(meter, context);
                row.insert(QStringLiteral("alerts"), alerts);
                if (streaming) {
                    m_out << TimeFormat::iso(QDateTime::currentSecsSinceEpoch(), zone) << "  " << meter.name
                          << "  " << outcome.kindName() << "  " << outcome.sentence() << '\n';
                    for (const QJsonValue a : alerts)
                        m_out << "  alert " << a[QStringLiteral("kind")].toString() << ": "
                              << a[QStringLiteral("message")].toString() << '\n';
                    m_out.flush();
                } else {
                    table->addRow(row);
                }
            });

    const auto done = [this, table, failures, streaming] {
        m_scheduler->stop();
        if (!streaming)
            print(*table);
        if (!streaming && !m_json) {
            for (const QJsonValue row : table->toJsonArray()) {
                for (const QJsonValue a : row[QStringLiteral("alerts")].toArray())
                    m_out << "alert  " << a[QStringLiteral("meter")].toString() << "  "
                          << a[QStringLiteral("kind")].toString() << "  "
                          << a[QStringLiteral("message")].toString() << '\n';
            }
        }
        finish(*failures > 0 ? Failure : Success);
    };
    if (parser.isSet(once)) {
        auto expected = std::make_shared<int>(0);
        connect(m_scheduler.get(), &PollScheduler::fetchFinished, this, [table, expected, done] {
            if (table->rowCount() == *expected)
                done();
        });
        for (const Meter &m : std::as_const(meters)) {
            if (m_scheduler->pollNow(m.id)) {
                ++*expected;
                continue;
            }
            // Not polled: a manual meter, or a provider this version does not know.
            const MeterHealth health = m_scheduler->health(m.id);
            if (health.state == MeterHealth::State::Failing) {
                ++*failures;
                m_err << "kilowatch-cli: " << m.name << ": " << health.sentence() << '\n';
            }
            table->addRow(QJsonObject{{QStringLiteral("meter"), m.name},
                                      {QStringLiteral("outcome"), health.stateName()},
                                      {QStringLiteral("time"), QJsonValue::Null},
                                      {QStringLiteral("balance"), QJsonValue::Null},
                                      {QStringLiteral("message"), health.sentence()}});
            ++*expected;
        }
        if (table->rowCount() == *expected)
            done();
    } else {
        QTimer::singleShot(seconds * 1000, this, done);
        m_scheduler->start();
    }
}

void CliApplication::runReadings(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First time (inclusive)."),
                                  QStringLiteral("ISO8601"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last time (exclusive)."),
                                QStringLiteral("ISO8601"));
    parser.addOptions({meterOption, from, to});
    if (!parse(parser, *m_command, arguments))
        return;
    if (!parser.isSet(meterOption))
        return fail(UsageError, tr("readings needs --meter NAME."));
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireMeter(parser.value(meterOption));
    if (!meter)
        return;
    qint64 begin = std::numeric_limits<qint64>::min();
    qint64 end = std::numeric_limits<qint64>::max();
    if (parser.isSet(from)) {
        const auto t = parseTime(parser.value(from), *meter, QStringLiteral("from"));
        if (!t)
            return;
        begin = *t;
    }
    if (parser.isSet(to)) {
        const auto t = parseTime(parser.value(to), *meter, QStringLiteral("to"));
        if (!t)
            return;
        end = *t;
    }
    if (end <= begin)
        return fail(UsageError, tr("--to must be after --from."));

    // Streamed: a year of readings is printed without holding it in memory.
    const QTimeZone zone(meter->timezone.toUtf8());
    const QStringList &columns = ReadingColumns::names();
    bool first = true;
    if (m_json)
        m_out << "[";
    else
        m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                     .arg(columns[0], -12)
                     .arg(columns[1], -25)
                     .arg(columns[2], 10)
                     .arg(columns[3], 12)
                     .arg(columns[4], 13)
                     .arg(columns[5], 8)
                     .arg(columns[6]);
    const Status status =
        ReadingRepository(*m_db).forEachInRange(meter->id, begin, end, [&](const Reading &r) {
            const QJsonObject row = ReadingColumns::toJson(meter->name, zone, r);
            if (m_json) {
                m_out << (first ? "\n  " : ",\n  ") << QJsonDocument(row).toJson(QJsonDocument::Compact);
            } else {
                m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                             .arg(CliTable::cellText(row.value(columns[0])), -12)
                             .arg(CliTable::cellText(row.value(columns[1])), -25)
                             .arg(CliTable::cellText(row.value(columns[2])), 10)
                             .arg(CliTable::cellText(row.value(columns[3])), 12)
                             .arg(CliTable::cellText(row.value(columns[4])), 13)
                             .arg(CliTable::cellText(row.value(columns[5])), 8)
                             .arg(CliTable::cellText(row.value(columns[6])));
            }
            first = false;
            return m_out.status() == QTextStream::Ok;
        });
    if (m_json)
        m_out << (first ? "]\n" : "\n]\n");
    if (!status)
        return fail(Failure, status.typedError());
    finish(Success);
}

std::optional<Meter> CliApplication::requireDerivedMeter(const QString &name)
{
    std::optional<Meter> meter = requireMeter(name);
    if (!meter)
        return std::nullopt;
    if (Status derived = ReadingIngestor(*m_db).ensureRollups(*meter); !derived) {
        fail(Failure, tr("Could not derive the usage of \"%1\": %2").arg(meter->name, derived.error()));
        return std::nullopt;
    }
    return meter;
}

std::optional<QDate> CliApplication::parseDate(const QString &text, const Meter &meter, const QString &option)
{
    const QTimeZone zone(meter.timezone.toUtf8());
    const std::optional<qint64> t = parseTime(text, meter, option);
    if (!t)
        return std::nullopt;
    return LocalCalendar(zone).localDate(*t);
}

void CliApplication::runUsage(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME"));
    const QCommandLineOption hours(QStringLiteral("interval-hours"), tr("Window length in hours (1-720)."),
                                   QStringLiteral("H"));
    const QCommandLineOption minutes(QStringLiteral("group-minutes"),
                                     tr("Bucket length in minutes (1-1440)."), QStringLiteral("G"));
    const QCommandLineOption unit(QStringLiteral("unit"), tr("kwh or money: the column the table shows."),
                                  QStringLiteral("UNIT"), QStringLiteral("kwh"));
    const QCommandLineOption at(QStringLiteral("at"), tr("End of the window (default: now)."),
                                QStringLiteral("ISO8601"));
    parser.addOptions({meterOption, hours, minutes, unit, at});
    if (!parse(parser, *m_command, arguments))
        return;
    if (!parser.isSet(meterOption) || !parser.isSet(hours) || !parser.isSet(minutes))
        return fail(UsageError,
                    tr("usage needs --meter, --interval-hours and --group-minutes.\nUsage: kilowatch-cli %1")
                        .arg(m_command->synopsis));
    bool okHours = false;
    bool okMinutes = false;
    const int h = parser.value(hours).toInt(&okHours);
    const int g = parser.value(minutes).toInt(&okMinutes);
    if (!okHours || h < UsageSeriesQuery::kMinIntervalHours || h > UsageSeriesQuery::kMaxIntervalHours)
        return fail(
            UsageError,
            tr("--interval-hours needs a whole number from 1 to 720, not \"%1\".").arg(parser.value(hours)));
    if (!okMinutes || g < UsageSeriesQuery::kMinGroupMinutes || g > UsageSeriesQuery::kMaxGroupMinutes)
        return fail(UsageError, tr("--group-minutes needs a whole number from 1 to 1440, not \"%1\".")
                                    .arg(parser.value(minutes)));
    const QString unitName = parser.value(unit);
    if (unitName != QLatin1String("kwh") && unitName != QLatin1String("money"))
        return fail(UsageError, tr("--unit is kwh or money, not \"%1\".").arg(unitName));
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireDerivedMeter(parser.value(meterOption));
    if (!meter)
        return;
    qint64 end = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(at)) {
        const auto t = parseTime(parser.value(at), *meter, QStringLiteral("at"));
        if (!t)
            return;
        end = *t;
    }
    const Result<UsageSeries> series = UsageSeriesQuery(*m_db).run(*meter, end, h, g);
    if (!series)
        return fail(Failure, series.typedError());
    const QTimeZone zone(meter->timezone.toUtf8());
    if (m_json) {
        CliTable table({});
        for (const UsageBucket &b : series->buckets)
            table.addRow(UsageColumns::usageRow(meter->name, zone, b));
        table.printJson(m_out);
        return finish(Success);
    }
    const bool money = unitName == QLatin1String("money");
    CliTable table({{QStringLiteral("start")},
                    {QStringLiteral("end")},
                    {money ? QStringLiteral("cost") : QStringLiteral("grid_kwh"), true},
                    {money ? QStringLiteral("kwh") : QStringLiteral("generator_kwh"), true},
                    {money ? QStringLiteral("estimated") : QStringLiteral("kwh"), true},
                    {QStringLiteral("gap")}});
    for (const UsageBucket &b : series->buckets)
        table.addRow(UsageColumns::usageRow(meter->name, zone, b));
    print(table);
    finish(Success);
}

void CliApplication::runSummary(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME"));
    const QCommandLineOption period(QStringLiteral("period"), tr("day, month or year."),
                                    QStringLiteral("PERIOD"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("First day (default: 30 days, 12 months or all years)."),
                                  QStringLiteral("ISO8601"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day (default: today)."),
                                QStringLiteral("ISO8601"));
    parser.addOptions({meterOption, period, from, to});
    if (!parse(parser, *m_command, arguments))
        return;
    if (!parser.isSet(meterOption) || !parser.isSet(period))
        return fail(
            UsageError,
            tr("summary needs --meter and --period.\nUsage: kilowatch-cli %1").arg(m_command->synopsis));
    const std::optional<SummaryQuery::Period> kind = SummaryQuery::periodFromName(parser.value(period));
    if (!kind)
        return fail(UsageError, tr("--period is day, month or year, not \"%1\".").arg(parser.value(period)));
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireDerivedMeter(parser.value(meterOption));
    if (!meter)
        return;
    const QTimeZone zone(meter->timezone.toUtf8());
    const QDate today = LocalCalendar(zone).localDate(QDateTime::currentSecsSinceEpoch());
    QDate last = today;
    if (parser.isSet(to)) {
        const std::optional<QDate> d = parseDate(parser.value(to), *meter, QStringLiteral("to"));
        if (!d)
            return;
        last = *d;
    }
    QDate first;
    if (parser.isSet(from)) {
        const std::optional<QDate> d = parseDate(parser.value(from), *meter, QStringLiteral("from"));
        if (!d)
            return;
        first = *d;
    } else if (*kind == SummaryQuery::Period::Day) {
        first = last.addDays(-29);
    } else if (*kind == SummaryQuery::Period::Month) {
        first = QDate(last.year(), last.month(), 1).addMonths(-11);
    } else {
        const std::optional<Reading> earliest = ReadingRepository(*m_db).earliest(meter->id);
        first = earliest ? LocalCalendar(zone).localDate(earliest->time) : last;
    }
    if (last < first)
        return fail(UsageError, tr("--to must not be before --from."));
    if (first.daysTo(last) > 366 * 20)
        return fail(UsageError, tr("That range is longer than 20 years."));
    const Result<QList<PeriodSummary>> periods = SummaryQuery(*m_db).run(*meter, *kind, first, last);
    if (!periods)
        return fail(Failure, periods.typedError());
    const QStringList &names = *kind == SummaryQuery::Period::Day     ? UsageColumns::dailyNames()
                               : *kind == SummaryQuery::Period::Month ? UsageColumns::monthlyNames()
                                                                      : UsageColumns::yearlyNames();
    QList<CliTable::Column> columns;
    for (int i = 1; i < names.size(); ++i) // the meter column is implied in the table view
        columns.append({names[i], i > 1});
    CliTable table(columns);
    for (const PeriodSummary &p : periods.value()) {
        table.addRow(*kind == SummaryQuery::Period::Day     ? UsageColumns::dailyRow(meter->name, p)
                     : *kind == SummaryQuery::Period::Month ? UsageColumns::monthlyRow(meter->name, p)
                                                            : UsageColumns::yearlyRow(meter->name, p));
    }
    print(table);
    finish(Success);
}

void CliApplication::runCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME"));
    const QCommandLineOption period(QStringLiteral("period"), tr("day, month or year."),
                                    QStringLiteral("PERIOD"));
    const QCommandLineOption at(QStringLiteral("at"), tr("A moment in the period to compare (default: now)."),
                                QStringLiteral("ISO8601"));
    parser.addOptions({meterOption, period, at});
    if (!parse(parser, *m_command, arguments))
        return;
    if (!parser.isSet(meterOption) || !parser.isSet(period))
        return fail(
            UsageError,
            tr("compare needs --meter and --period.\nUsage: kilowatch-cli %1").arg(m_command->synopsis));
    const std::optional<SummaryQuery::Period> kind = SummaryQuery::periodFromName(parser.value(period));
    if (!kind)
        return fail(UsageError, tr("--period is day, month or year, not \"%1\".").arg(parser.value(period)));
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireDerivedMeter(parser.value(meterOption));
    if (!meter)
        return;
    const QTimeZone zone(meter->timezone.toUtf8());
    QDate day = LocalCalendar(zone).localDate(QDateTime::currentSecsSinceEpoch());
    if (parser.isSet(at)) {
        const std::optional<QDate> d = parseDate(parser.value(at), *meter, QStringLiteral("at"));
        if (!d)
            return;
        day = *d;
    }
    // Like for like: the same number of days into each period.
    const QDate start = SummaryQuery::periodStart(*kind, day);
    const qint64 elapsed = start.daysTo(day);
    const QDate previousStart = *kind == SummaryQuery::Period::Day     ? start.addDays(-1)
                                : *kind == SummaryQuery::Period::Month ? start.addMonths(-1)
                                                                       : start.addYears(-1);
    const QDate previousEnd =
        std::min(previousStart.addDays(elapsed), SummaryQuery::periodEnd(*kind, previousStart));
    const QDate lastYearStart = start.addYears(-1);
    const QDate lastYearEnd =
        std::min(lastYearStart.addDays(elapsed), SummaryQuery::periodEnd(*kind, lastYearStart));

    SummaryQuery query(*m_db);
    const Result<PeriodSummary> current = query.total(*meter, start, day);
    const Result<PeriodSummary> previous = query.total(*meter, previousStart, previousEnd);
    const Result<PeriodSummary> lastYear = query.total(*meter, lastYearStart, lastYearEnd);
    if (!current || !previous || !lastYear)
        return fail(Failure, !current    ? current.typedError()
                             : !previous ? previous.typedError()
                                         : lastYear.typedError());
    const auto change = [](qint64 now, qint64 then, bool known) -> QJsonValue {
        if (!known || then == 0)
            return QJsonValue::Null;
        return qRound(double(now - then) * 1000.0 / double(then)) / 10.0;
    };
    CliTable table({{QStringLiteral("period")},
                    {QStringLiteral("from")},
                    {QStringLiteral("to")},
                    {QStringLiteral("kwh"), true},
                    {QStringLiteral("cost"), true},
                    {QStringLiteral("days_with_data"), true},
                    {QStringLiteral("change_kwh_pct"), true},
                    {QStringLiteral("change_cost_pct"), true}});
    const auto row = [&](const QString &name, const PeriodSummary &p, bool isCurrent) {
        const bool known = p.daysWithData > 0;
        const bool both = known && current->daysWithData > 0 && !isCurrent;
        table.addRow(QJsonObject{
            {QStringLiteral("meter"), meter->name},
            {QStringLiteral("period"), name},
            {QStringLiteral("from"), p.first.toString(Qt::ISODate)},
            {QStringLiteral("to"), p.last.toString(Qt::ISODate)},
            {QStringLiteral("kwh"), known ? QJsonValue(FixedPoint::toDouble(p.totalWh())) : QJsonValue::Null},
            {QStringLiteral("cost"),
             known ? QJsonValue(FixedPoint::toDouble(p.costMilli)) : QJsonValue::Null},
            {QStringLiteral("days_with_data"), p.daysWithData},
            {QStringLiteral("change_kwh_pct"), change(current->totalWh(), p.totalWh(), both)},
            {QStringLiteral("change_cost_pct"), change(current->costMilli, p.costMilli, both)},
        });
    };
    row(QStringLiteral("current"), current.value(), true);
    row(QStringLiteral("previous"), previous.value(), false);
    row(QStringLiteral("last_year"), lastYear.value(), false);
    print(table);
    finish(Success);
}

std::optional<Meter> CliApplication::meterOnlyCommand(const QStringList &arguments, bool derived)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME"));
    parser.addOption(meterOption);
    if (!parse(parser, *m_command, arguments))
        return std::nullopt;
    if (!parser.isSet(meterOption)) {
        fail(UsageError, tr("%1 needs --meter NAME.").arg(m_command->words.join(QLatin1Char(' '))));
        return std::nullopt;
    }
    if (!openDatabase())
        return std::nullopt;
    return derived ? requireDerivedMeter(parser.value(meterOption)) : requireMeter(parser.value(meterOption));
}

void CliApplication::runForecast(const QStringList &arguments)
{
    const std::optional<Meter> meter = meterOnlyCommand(arguments, true);
    if (!meter)
        return;
    const Result<ForecastResult> f = BalanceForecast(*m_db).run(*meter, QDateTime::currentSecsSinceEpoch());
    if (!f)
        return fail(Failure, f.typedError());
    const auto date = [](const std::optional<QDate> &d) {
        return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    printObject(QJsonObject{
        {QStringLiteral("meter"), meter->name},
        {QStringLiteral("balance"), optionalNumber(f->balanceMilli)},
        {QStringLiteral("daily_cost"), optionalNumber(f->dailyCostMilli)},
        {QStringLiteral("days_remaining"), f->daysRemaining
                                               ? QJsonValue(qRound(*f->daysRemaining * 10.0) / 10.0)
                                               : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("runs_out_on"), date(f->runsOutOn)},
        {QStringLiteral("earliest"), date(f->earliestDate)},
        {QStringLiteral("latest"), date(f->latestDate)},
        {QStringLiteral("confidence"), f->confidenceName()},
        {QStringLiteral("days_used"), f->daysUsed},
    });
    finish(Success);
}

void CliApplication::runSimulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("A simulator meter."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Days of history ending now."),
                                  QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the simulation."), QStringLiteral("S"));
    parser.addOptions({meterOption, days, seed});
    if (!parse(parser, *m_command, arguments))
        return;
    if (!parser.isSet(meterOption) || !parser.isSet(days))
        return fail(UsageError, tr("simulate needs --meter NAME and --days N."));
    bool ok = false;
    const int dayCount = parser.value(days).toInt(&ok);
    if (!ok || dayCount < 1 || dayCount > 3660)
        return fail(UsageError,
                    tr("--days needs a number from 1 to 3660, not \"%1\".").arg(parser.value(days)));
    std::optional<quint64> seedValue;
    if (parser.isSet(seed)) {
        const qint64 s = parser.value(seed).toLongLong(&ok);
        if (!ok || s < 0)
            return fail(UsageError, tr("--seed needs a whole number, not \"%1\".").arg(parser.value(seed)));
        seedValue = static_cast<quint64>(s);
    }
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireMeter(parser.value(meterOption));
    if (!meter)
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Result<Meter> prepared = SimulatorBackfill::prepare(*m_db, *meter, dayCount, seedValue, now);
    if (!prepared)
        return fail(Failure, prepared.typedError());
    QElapsedTimer clock;
    clock.start();
    const qint64 from = now - qint64(dayCount) * 86400;
    const Result<IngestStats> stored = SimulatorBackfill::run(*m_db, prepared.value(), from, now);
    if (!stored)
        return fail(Failure, stored.typedError());
    const double seconds = qMax<qint64>(1, clock.elapsed()) / 1000.0;
    const QTimeZone zone(meter->timezone.toUtf8());
    printObject(QJsonObject{
        {QStringLiteral("meter"), meter->name},
        {QStringLiteral("from"), TimeFormat::iso(from, zone)},
        {QStringLiteral("to"), TimeFormat::iso(now, zone)},
        {QStringLiteral("inserted"), stored->inserted},
        {QStringLiteral("duplicates"), stored->duplicates},
        {QStringLiteral("seconds"), qRound(seconds * 1000) / 1000.0},
        {QStringLiteral("readings_per_second"), qRound64(stored->inserted / seconds)},
    });
    finish(Success);
}

namespace {

QJsonValue kwh(qint64 wh)
{
    return FixedPoint::toDouble(wh);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject tariffRow(const QString &meter, const TariffVersion &v, const std::optional<QDate> &validTo)
{
    const Tariff &t = v.tariff;
    return QJsonObject{
        {QStringLiteral("meter"), meter},
        {QStringLiteral("valid_from"), v.validFrom.toString(Qt::ISODate)},
        {QStringLiteral("valid_to"), validTo ? QJsonValue(validTo->toString(Qt::ISODate)) : QJsonValue::Null},
        {QStringLiteral("flat_rate"),
         t.isFlat() ? QJsonValue(FixedPoint::toDouble(t.slabs().constFirst().rateMilli)) : QJsonValue::Null},
        {QStringLiteral("slabs"), textOrNull(t.slabsText())},
        {QStringLiteral("tou"), textOrNull(t.periodsText())},
        {QStringLiteral("generator_rate"), optionalNumber(t.generatorRateMilli())},
        {QStringLiteral("fixed_daily"), FixedPoint::toDouble(t.fixedDailyMilli())},
        {QStringLiteral("fixed_monthly"), FixedPoint::toDouble(t.fixedMonthlyMilli())},
        {QStringLiteral("tax_percent"), FixedPoint::toDouble(t.taxMilliPercent())},
    };
}

QList<CliTable::Column> tariffColumns()
{
    return {{QStringLiteral("meter")},
            {QStringLiteral("valid_from")},
            {QStringLiteral("valid_to")},
            {QStringLiteral("flat_rate"), true},
            {QStringLiteral("slabs")},
            {QStringLiteral("tou")},
            {QStringLiteral("generator_rate"), true},
            {QStringLiteral("fixed_daily"), true},
            {QStringLiteral("fixed_monthly"), true},
            {QStringLiteral("tax_percent"), true}};
}

} // namespace

void CliApplication::runTariffSet(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First local day of this version."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption flat(QStringLiteral("flat"), tr("One rate per kWh."), QStringLiteral("RATE"));
    const QCommandLineOption slabs(QStringLiteral("slabs"), tr("Monthly slabs, kWh from-to:rate."),
                                   QStringLiteral("SLABS"));
    const QCommandLineOption generator(QStringLiteral("generator-rate"), tr("Rate per generator kWh."),
                                       QStringLiteral("RATE"));
    const QCommandLineOption tou(QStringLiteral("tou"), tr("Time-of-use periods, local from-to:rate."),
                                 QStringLiteral("PERIODS"));
    const QCommandLineOption daily(QStringLiteral("fixed-daily"), tr("Fixed charge per day."),
                                   QStringLiteral("AMOUNT"));
    const QCommandLineOption monthly(QStringLiteral("fixed-monthly"), tr("Fixed charge per month."),
                                     QStringLiteral("AMOUNT"));
    const QCommandLineOption tax(QStringLiteral("tax-percent"), tr("Tax or levy on the whole bill."),
                                 QStringLiteral("P"));
    const QCommandLineOption jsonSpec(QStringLiteral("json-spec"), tr("The whole tariff as a JSON file."),
                                      QStringLiteral("FILE"));
    parser.addOptions({meterOption, from, flat, slabs, generator, tou, daily, monthly, tax, jsonSpec});
    if (!parse(parser, *m_command, arguments))
        return;
    const QString usageLine = tr("Usage: kilowatch-cli %1").arg(m_command->synopsis);
    if (!parser.isSet(meterOption) || !parser.isSet(from))
        return fail(UsageError,
                    tr("tariff set needs --meter NAME and --from YYYY-MM-DD.\n%1").arg(usageLine));
    const QDate validFrom = QDate::fromString(parser.value(from), Qt::ISODate);
    if (!validFrom.isValid() || parser.value(from).size() != 10)
        return fail(UsageError,
                    tr("--from needs a date like 2025-07-01, not \"%1\".").arg(parser.value(from)));

    QJsonObject spec;
    const QList<const QCommandLineOption *> specOptions = {&flat,  &slabs,   &generator, &tou,
                                                           &daily, &monthly, &tax};
    const bool anySpecOption =
        std::any_of(specOptions.begin(), specOptions.end(),
                    [&parser](const QCommandLineOption *o) { return parser.isSet(*o); });
    if (parser.isSet(jsonSpec)) {
        if (anySpecOption)
            return fail(UsageError,
                        tr("--json-spec gives the whole tariff; leave out the other tariff options."));
        QFile file(parser.value(jsonSpec));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Failure, tr("Could not read %1: %2").arg(parser.value(jsonSpec), file.errorString()));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024), &error);
        if (!doc.isObject())
            return fail(UsageError, tr("%1 is not a JSON object (%2).")
                                        .arg(parser.value(jsonSpec), error.error == QJsonParseError::NoError
                                                                         ? tr("not an object")
                                                                         : error.errorString()));
        spec = doc.object();
    } else {
        if (parser.isSet(flat) == parser.isSet(slabs))
            return fail(UsageError,
                        tr("tariff set needs either --flat RATE or --slabs SLABS.\n%1").arg(usageLine));
        const auto number = [&](const QCommandLineOption &option, const QString &key) {
            if (!parser.isSet(option))
                return true;
            bool ok = false;
            const double value = parser.value(option).trimmed().toDouble(&ok);
            if (!ok) {
                fail(UsageError, tr("--%1 needs a number, not \"%2\".")
                                     .arg(option.names().constFirst(), parser.value(option)));
                return false;
            }
            spec.insert(key, value);
            return true;
        };
        if (!number(flat, QStringLiteral("flat_rate")) ||
            !number(generator, QStringLiteral("generator_rate")) ||
            !number(daily, QStringLiteral("fixed_daily")) ||
            !number(monthly, QStringLiteral("fixed_monthly")) || !number(tax, QStringLiteral("tax_percent")))
            return;
        if (parser.isSet(slabs)) {
            const Result<QJsonArray> list = Tariff::slabsFromText(parser.value(slabs));
            if (!list)
                return fail(UsageError, list.error());
            spec.insert(QStringLiteral("slabs"), list.value());
        }
        if (parser.isSet(tou)) {
            const Result<QJsonArray> list = Tariff::periodsFromText(parser.value(tou));
            if (!list)
                return fail(UsageError, list.error());
            spec.insert(QStringLiteral("tou"), list.value());
        }
    }
    const Result<Tariff> tariff = Tariff::fromJson(spec);
    if (!tariff)
        return fail(UsageError, tariff.error());
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireMeter(parser.value(meterOption));
    if (!meter)
        return;
    // Stored and the rollups derived again from that day (estimates use the tariff).
    if (Status stored = ReadingIngestor(*m_db).setTariff(*meter, validFrom, tariff.value()); !stored)
        return fail(Failure, stored.typedError());
    const Result<QList<TariffVersion>> versions = TariffRepository(*m_db).list(meter->id);
    if (!versions)
        return fail(Failure, versions.typedError());
    const int index = TariffRepository::indexInForce(versions.value(), validFrom);
    const std::optional<QDate> validTo =
        index + 1 < versions->size() ? std::optional<QDate>(versions.value()[index + 1].validFrom.addDays(-1))
                                     : std::nullopt;
    printObject(tariffRow(meter->name, versions.value()[index], validTo));
    finish(Success);
}

void CliApplication::runTariffList(const QStringList &arguments)
{
    const std::optional<Meter> meter = meterOnlyCommand(arguments, false);
    if (!meter)
        return;
    const Result<QList<TariffVersion>> versions = TariffRepository(*m_db).list(meter->id);
    if (!versions)
        return fail(Failure, versions.typedError());
    CliTable table(tariffColumns());
    for (int i = 0; i < versions->size(); ++i) {
        const std::optional<QDate> validTo =
            i + 1 < versions->size() ? std::optional<QDate>(versions.value()[i + 1].validFrom.addDays(-1))
                                     : std::nullopt;
        table.addRow(tariffRow(meter->name, versions.value()[i], validTo));
    }
    print(table);
    finish(Success);
}

void CliApplication::runBill(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME"));
    const QCommandLineOption monthOption(QStringLiteral("month"), tr("The local calendar month."),
                                         QStringLiteral("YYYY-MM"));
    parser.addOptions({meterOption, monthOption});
    if (!parse(parser, *m_command, arguments))
        return;
    if (!parser.isSet(meterOption) || !parser.isSet(monthOption))
        return fail(UsageError, tr("bill needs --meter NAME and --month YYYY-MM."));
    static const QRegularExpression monthPattern(QStringLiteral("^\\d{4}-\\d{2}$"));
    const QString monthText = parser.value(monthOption).trimmed();
    const QDate month = monthPattern.match(monthText).hasMatch()
                            ? QDate::fromString(monthText + QStringLiteral("-01"), Qt::ISODate)
                            : QDate();
    if (!month.isValid())
        return fail(UsageError, tr("--month needs a month like 2025-02, not \"%1\".").arg(monthText));
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireMeter(parser.value(meterOption));
    if (!meter)
        return;
    const Result<MonthlyBill> bill = BillCalculator(*m_db).compute(*meter, month);
    if (!bill)
        return fail(Failure, bill.typedError());
    QJsonArray charges;
    for (const BillLine &line : bill->energyCharges)
        charges.append(QJsonObject{{QStringLiteral("slab"), line.slab},
                                   {QStringLiteral("kwh"), kwh(line.wh)},
                                   {QStringLiteral("rate"), FixedPoint::toDouble(line.rateMilli)},
                                   {QStringLiteral("amount"), FixedPoint::toDouble(line.amountMilli)}});
    QJsonObject totals{
        {QStringLiteral("meter"), meter->name},
        {QStringLiteral("month"), monthText},
        {QStringLiteral("days_with_data"), bill->daysWithData},
        {QStringLiteral("grid_kwh"), kwh(bill->gridWh)},
        {QStringLiteral("generator_kwh"), kwh(bill->generatorWh)},
        {QStringLiteral("generator_amount"), FixedPoint::toDouble(bill->generatorAmountMilli)},
        {QStringLiteral("fixed_charges"), FixedPoint::toDouble(bill->fixedChargesMilli)},
        {QStringLiteral("tax"), FixedPoint::toDouble(bill->taxMilli)},
        {QStringLiteral("total"), FixedPoint::toDouble(bill->totalMilli)},
    };
    if (m_json) {
        totals.insert(QStringLiteral("energy_charges"), charges);
        printObject(totals);
    } else {
        CliTable lines({{QStringLiteral("slab")},
                        {QStringLiteral("kwh"), true},
                        {QStringLiteral("rate"), true},
                        {QStringLiteral("amount"), true}});
        for (const QJsonValue line : std::as_const(charges))
            lines.addRow(line.toObject());
        lines.printText(m_out);
        m_out << '\n';
        printObject(totals);
    }
    // Energy the bill could not price is said, never dropped in silence.
    if (bill->daysWithoutTariff > 0 || bill->unpricedGridWh > 0)
        m_err
            << "kilowatch-cli: "
            << tr("%1 day(s) of %2 came before the first tariff; %3 kWh of grid energy are not in this bill.")
                   .arg(bill->daysWithoutTariff)
                   .arg(monthText, CliTable::cellText(kwh(bill->unpricedGridWh)))
            << '\n';
    if (bill->unpricedGeneratorWh > 0)
        m_err << "kilowatch-cli: "
              << tr("%1 kWh of generator energy have no generator rate and are not in this bill.")
                     .arg(CliTable::cellText(kwh(bill->unpricedGeneratorWh)))
              << '\n';
    finish(Success);
}

void CliApplication::runBuy(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME"));
    const QCommandLineOption amountOption(QStringLiteral("amount"), tr("The recharge amount, tax included."),
                                          QStringLiteral("AMOUNT"));
    const QCommandLineOption kwhOption(QStringLiteral("kwh"), tr("The energy to buy instead."),
                                       QStringLiteral("KWH"));
    const QCommandLineOption at(QStringLiteral("at"), tr("When (default: now)."), QStringLiteral("ISO8601"));
    parser.addOptions({meterOption, amountOption, kwhOption, at});
    if (!parse(parser, *m_command, arguments))
        return;
    if (!parser.isSet(meterOption) || parser.isSet(amountOption) == parser.isSet(kwhOption))
        return fail(UsageError, tr("buy needs --meter NAME and either --amount AMOUNT or --kwh KWH."));
    const QCommandLineOption &given = parser.isSet(amountOption) ? amountOption : kwhOption;
    const std::optional<qint64> value = parseAmount(parser.value(given));
    if (!value || *value <= 0)
        return fail(UsageError, tr("--%1 needs a number above zero, not \"%2\".")
                                    .arg(given.names().constFirst(), parser.value(given)));
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireMeter(parser.value(meterOption));
    if (!meter)
        return;
    qint64 time = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(at)) {
        const auto t = parseTime(parser.value(at), *meter, QStringLiteral("at"));
        if (!t)
            return;
        time = *t;
    }
    const RechargeCalculator calculator(*m_db);
    const Result<RechargeQuote> quote = parser.isSet(amountOption)
                                            ? calculator.energyFor(*meter, *value, time)
                                            : calculator.amountFor(*meter, *value, time);
    if (!quote)
        return fail(Failure, quote.typedError());
    printObject(QJsonObject{{QStringLiteral("meter"), meter->name},
                            {QStringLiteral("amount"), FixedPoint::toDouble(quote->amountMilli)},
                            {QStringLiteral("kwh"), kwh(quote->wh)},
                            {QStringLiteral("crosses_slab"), quote->crossesSlab},
                            {QStringLiteral("warning"), textOrNull(quote->warning)}});
    finish(Success);
}

bool CliApplication::parseWindow(const QCommandLineParser &parser, const Meter &meter, qint64 *begin,
                                 qint64 *end)
{
    *begin = std::numeric_limits<qint64>::min();
    *end = std::numeric_limits<qint64>::max();
    if (parser.isSet(QStringLiteral("from"))) {
        const auto t = parseTime(parser.value(QStringLiteral("from")), meter, QStringLiteral("from"));
        if (!t)
            return false;
        *begin = *t;
    }
    if (parser.isSet(QStringLiteral("to"))) {
        const auto t = parseTime(parser.value(QStringLiteral("to")), meter, QStringLiteral("to"));
        if (!t)
            return false;
        *end = *t;
    }
    if (*end <= *begin) {
        fail(UsageError, tr("--to must be after --from."));
        return false;
    }
    return true;
}

std::optional<Meter> CliApplication::meterOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("meter"))) {
        fail(UsageError, tr("%1 needs --meter NAME.\nUsage: kilowatch-cli %2")
                             .arg(m_command->words.join(QLatin1Char(' ')), m_command->synopsis));
        return std::nullopt;
    }
    if (!openDatabase())
        return std::nullopt;
    return requireMeter(parser.value(QStringLiteral("meter")));
}

QJsonObject CliApplication::rechargeRow(const Meter &meter, const RechargeEntry &r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("meter"), meter.name},
        {QStringLiteral("time"), TimeFormat::iso(r.time, QTimeZone(meter.timezone.toUtf8()))},
        {QStringLiteral("amount"), FixedPoint::toDouble(r.amountMilli)},
        {QStringLiteral("balance_after"), optionalNumber(r.balanceAfterMilli)},
        {QStringLiteral("origin"), r.origin},
        {QStringLiteral("token"), r.token.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.token)},
    };
}

QJsonObject CliApplication::sessionRow(const Meter &meter, const SourceSession &s)
{
    const QTimeZone zone(meter.timezone.toUtf8());
    const std::optional<double> kw = s.averageKw();
    return QJsonObject{
        {QStringLiteral("meter"), meter.name},
        {QStringLiteral("source"), powerSourceName(s.source)},
        {QStringLiteral("start"), TimeFormat::iso(s.start, zone)},
        {QStringLiteral("end"),
         s.end ? QJsonValue(TimeFormat::iso(*s.end, zone)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("duration_s"), s.durationSeconds()},
        {QStringLiteral("kwh"), FixedPoint::toDouble(s.energyWh)},
        {QStringLiteral("cost"), FixedPoint::toDouble(s.costMilli)},
        {QStringLiteral("avg_kw"),
         kw ? QJsonValue(qRound64(*kw * 1000) / 1000.0) : QJsonValue(QJsonValue::Null)},
    };
}

namespace {

QList<QCommandLineOption> windowOptions()
{
    return {
        QCommandLineOption(QStringLiteral("meter"), CliApplication::tr("The meter."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("from"), CliApplication::tr("First time (inclusive)."),
                           QStringLiteral("ISO8601")),
        QCommandLineOption(QStringLiteral("to"), CliApplication::tr("Last time (exclusive)."),
                           QStringLiteral("ISO8601"))};
}

// A recharge's id as typed: a whole number above zero.
std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace

void CliApplication::runRecharges(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(windowOptions());
    if (!parse(parser, *m_command, arguments))
        return;
    const std::optional<Meter> meter = meterOption(parser);
    if (!meter)
        return;
    qint64 begin = 0;
    qint64 end = 0;
    if (!parseWindow(parser, *meter, &begin, &end))
        return;
    const Result<QList<RechargeEntry>> list = RechargeLedger(*m_db).list(*meter, begin, end);
    if (!list)
        return fail(Failure, list.typedError());
    CliTable table({{QStringLiteral("id"), true},
                    {QStringLiteral("meter")},
                    {QStringLiteral("time")},
                    {QStringLiteral("amount"), true},
                    {QStringLiteral("balance_after"), true},
                    {QStringLiteral("origin")},
                    {QStringLiteral("token")}});
    for (const RechargeEntry &r : list.value())
        table.addRow(rechargeRow(*meter, r));
    print(table);
    finish(Success);
}

void CliApplication::runRechargeAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOpt(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME"));
    const QCommandLineOption amount(QStringLiteral("amount"), tr("The amount recharged."),
                                    QStringLiteral("AMOUNT"));
    const QCommandLineOption time(QStringLiteral("time"), tr("When (default: now)."),
                                  QStringLiteral("ISO8601"));
    const QCommandLineOption token(QStringLiteral("token"), tr("The 20-digit prepaid token."),
                                   QStringLiteral("TOKEN"));
    parser.addOptions({meterOpt, amount, time, token});
    if (!parse(parser, *m_command, arguments))
        return;
    if (!parser.isSet(amount))
        return fail(
            UsageError,
            tr("recharge add needs --amount AMOUNT.\nUsage: kilowatch-cli %1").arg(m_command->synopsis));
    const std::optional<qint64> milli = parseAmount(parser.value(amount));
    if (!milli || *milli <= 0)
        return fail(
            UsageError,
            tr("--amount needs an amount above zero such as 500, not \"%1\".").arg(parser.value(amount)));
    if (parser.isSet(token) && !RechargeLedger::normalizeToken(parser.value(token)))
        return fail(UsageError,
                    tr("--token needs exactly 20 digits (spaces and dashes are fine), not \"%1\".")
                        .arg(parser.value(token)));
    const std::optional<Meter> meter = meterOption(parser);
    if (!meter)
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    qint64 when = now;
    if (parser.isSet(time)) {
        const auto t = parseTime(parser.value(time), *meter, QStringLiteral("time"));
        if (!t)
            return;
        if (*t > now + 300)
            return fail(UsageError, tr("--time is in the future."));
        when = *t;
    }
    const Result<RechargeEntry> added = RechargeLedger(*m_db).add(*meter, *milli, when, parser.value(token));
    if (!added)
        return fail(Failure, added.typedError());
    printObject(rechargeRow(*meter, added.value()));
    finish(Success);
}

void CliApplication::runRechargeEdit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOpt(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME"));
    const QCommandLineOption id(QStringLiteral("id"), tr("The recharge (see recharges)."),
                                QStringLiteral("N"));
    const QCommandLineOption amount(QStringLiteral("amount"), tr("The right amount."),
                                    QStringLiteral("AMOUNT"));
    parser.addOptions({meterOpt, id, amount});
    if (!parse(parser, *m_command, arguments))
        return;
    if (!parser.isSet(id) || !parser.isSet(amount))
        return fail(UsageError, tr("recharge edit needs --id N and --amount AMOUNT.\nUsage: kilowatch-cli %1")
                                    .arg(m_command->synopsis));
    const std::optional<qint64> which = parseId(parser.value(id));
    if (!which)
        return fail(UsageError, tr("--id needs a recharge number, not \"%1\".").arg(parser.value(id)));
    const std::optional<qint64> milli = parseAmount(parser.value(amount));
    if (!milli || *milli <= 0)
        return fail(
            UsageError,
            tr("--amount needs an amount above zero such as 500, not \"%1\".").arg(parser.value(amount)));
    const std::optional<Meter> meter = meterOption(parser);
    if (!meter)
        return;
    const Result<RechargeEntry> corrected = RechargeLedger(*m_db).correct(*meter, *which, *milli);
    if (!corrected)
        return fail(Failure, corrected.typedError());
    printObject(rechargeRow(*meter, corrected.value()));
    finish(Success);
}

void CliApplication::runRechargeDelete(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOpt(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME"));
    const QCommandLineOption id(QStringLiteral("id"), tr("The recharge (see recharges)."),
                                QStringLiteral("N"));
    parser.addOptions({meterOpt, id});
    if (!parse(parser, *m_command, arguments))
        return;
    if (!parser.isSet(id))
        return fail(UsageError,
                    tr("recharge delete needs --id N.\nUsage: kilowatch-cli %1").arg(m_command->synopsis));
    const std::optional<qint64> which = parseId(parser.value(id));
    if (!which)
        return fail(UsageError, tr("--id needs a recharge number, not \"%1\".").arg(parser.value(id)));
    const std::optional<Meter> meter = meterOption(parser);
    if (!meter)
        return;
    const Result<RechargeEntry> removed = RechargeLedger(*m_db).remove(*meter, *which);
    if (!removed)
        return fail(Failure, removed.typedError());
    printObject(rechargeRow(*meter, removed.value()));
    finish(Success);
}

void CliApplication::runSessions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(windowOptions());
    if (!parse(parser, *m_command, arguments))
        return;
    const std::optional<Meter> meter = meterOption(parser);
    if (!meter)
        return;
    qint64 begin = 0;
    qint64 end = 0;
    if (!parseWindow(parser, *meter, &begin, &end))
        return;
    const Result<QList<SourceSession>> list = SessionRepository(*m_db).sessions(meter->id, begin, end);
    if (!list)
        return fail(Failure, list.typedError());
    CliTable table({{QStringLiteral("meter")},
                    {QStringLiteral("source")},
                    {QStringLiteral("start")},
                    {QStringLiteral("end")},
                    {QStringLiteral("duration_s"), true},
                    {QStringLiteral("kwh"), true},
                    {QStringLiteral("cost"), true},
                    {QStringLiteral("avg_kw"), true}});
    for (const SourceSession &s : list.value())
        table.addRow(sessionRow(*meter, s));
    print(table);
    finish(Success);
}

void CliApplication::runHelp(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        m_out << usage();
        return finish(Success);
    }
    for (const Command &c : commands()) {
        if (arguments.mid(0, c.words.size()) == c.words) {
            m_out << "kilowatch-cli " << c.synopsis << "\n  " << c.summary << '\n';
            if (c.words == QStringList{QStringLiteral("meter"), QStringLiteral("add")}) {
                for (const ProviderInfo &info : ProviderRegistry::all()) {
                    m_out << "\n  --provider " << info.kind << " (" << info.displayName << ")\n";
                    for (const ProviderOption &o : info.options)
                        m_out << "    --" << o.name << ' ' << o.valueName << "  " << o.description
                              << (o.repeatable ? tr(" (may be given several times)") : QString()) << '\n';
                }
            }
            return finish(Success);
        }
    }
    fail(UsageError, tr("Unknown command \"%1\".").arg(arguments.join(QLatin1Char(' '))));
}

QJsonArray CliApplication::evaluateAlerts(const Meter &meter, const AlertContext &context)
{
    QJsonArray rows;
    const Result<QList<Alert>> raised = AlertEngine(*m_db, m_alertConfig).evaluate(meter, context);
    if (!raised) {
        // A database fault is said once, as a sentence: the fetch's own line already did.
        const StorageError storage(raised.typedError());
        if (storage.isFault() && context.lastOutcome == FetchOutcome::Kind::StorageFailed)
            return rows;
        m_err << "kilowatch-cli: " << meter.name << ": "
              << (storage.isFault() ? storage.ongoingSentence()
                                    : tr("the alert rules failed: %1").arg(raised.error()))
              << '\n';
        return rows;
    }
    const QTimeZone zone(meter.timezone.toUtf8());
    for (const Alert &a : raised.value())
        rows.append(AlertColumns::toJson(meter.name, zone, a));
    return rows;
}

void CliApplication::runAlerts(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(windowOptions());
    if (!parse(parser, *m_command, arguments))
        return;
    const std::optional<Meter> meter = meterOption(parser);
    if (!meter)
        return;
    qint64 begin = 0;
    qint64 end = 0;
    if (!parseWindow(parser, *meter, &begin, &end))
        return;
    const Result<QList<Alert>> list = AlertRepository(*m_db).list(meter->id, begin, end);
    if (!list)
        return fail(Failure, list.typedError());
    QList<CliTable::Column> columns;
    for (const QString &name : AlertColumns::names())
        columns.append({name});
    CliTable table(columns);
    const QTimeZone zone(meter->timezone.toUtf8());
    for (const Alert &a : list.value())
        table.addRow(AlertColumns::toJson(meter->name, zone, a));
    print(table);
    finish(Success);
}

void CliApplication::runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("A meter (may be given several times)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption what(QStringLiteral("what"), CsvExporter::kindNames().join(QStringLiteral(", ")),
                                  QStringLiteral("KIND"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The CSV file to write, or - for standard output."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First time (inclusive; day kinds: first day)."),
                                  QStringLiteral("ISO8601"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Last time (exclusive; day kinds: last day, inclusive)."),
                                QStringLiteral("ISO8601"));
    const QCommandLineOption excel(QStringLiteral("excel"), tr("Start with a byte order mark, for Excel."));
    const QCommandLineOption group(QStringLiteral("group-minutes"),
                                   tr("usage: bucket length in minutes (1-1440, 60)."), QStringLiteral("G"));
    const QCommandLineOption hours(QStringLiteral("interval-hours"),
                                   tr("usage: the chart's window, the last H hours before --at."),
                                   QStringLiteral("H"));
    const QCommandLineOption at(QStringLiteral("at"),
                                tr("usage: end of the --interval-hours window (default: now)."),
                                QStringLiteral("ISO8601"));
    parser.addOptions({meterOption, what, out, from, to, excel, group, hours, at});
    if (!parse(parser, *m_command, arguments))
        return;
    if (!parser.positionalArguments().isEmpty())
        return fail(UsageError,
                    tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(meterOption) || !parser.isSet(what) || !parser.isSet(out))
        return fail(
            UsageError,
            tr("export needs --meter, --what and --out.\nUsage: kilowatch-cli %1").arg(m_command->synopsis));
    const std::optional<CsvExporter::Kind> kind = CsvExporter::kindFromName(parser.value(what));
    if (!kind)
        return fail(UsageError,
                    tr("--what is one of %1, not \"%2\".")
                        .arg(CsvExporter::kindNames().join(QStringLiteral(", ")), parser.value(what)));
    const bool usage = *kind == CsvExporter::Kind::Usage;
    if (!usage && (parser.isSet(group) || parser.isSet(hours) || parser.isSet(at)))
        return fail(UsageError, tr("--group-minutes, --interval-hours and --at go with --what usage."));
    if (parser.isSet(hours) && (parser.isSet(from) || parser.isSet(to)))
        return fail(UsageError, tr("Give either --interval-hours (and --at) or --from/--to, not both."));
    if (parser.isSet(at) && !parser.isSet(hours))
        return fail(UsageError, tr("--at needs --interval-hours."));
    CsvExporter::Request request;
    request.kind = *kind;
    request.byteOrderMark = parser.isSet(excel);
    if (parser.isSet(group)) {
        bool ok = false;
        request.groupMinutes = parser.value(group).toInt(&ok);
        if (!ok || request.groupMinutes < UsageSeriesQuery::kMinGroupMinutes ||
            request.groupMinutes > UsageSeriesQuery::kMaxGroupMinutes)
            return fail(UsageError, tr("--group-minutes needs a whole number from 1 to 1440, not \"%1\".")
                                        .arg(parser.value(group)));
    }
    int intervalHours = 0;
    if (parser.isSet(hours)) {
        bool ok = false;
        intervalHours = parser.value(hours).toInt(&ok);
        if (!ok || intervalHours < UsageSeriesQuery::kMinIntervalHours ||
            intervalHours > UsageSeriesQuery::kMaxIntervalHours)
            return fail(UsageError, tr("--interval-hours needs a whole number from 1 to 720, not \"%1\".")
                                        .arg(parser.value(hours)));
    }
    if (!openDatabase())
        return;
    for (const QString &name : parser.values(meterOption)) {
        const std::optional<Meter> meter = requireMeter(name);
        if (!meter)
            return;
        if (std::none_of(request.meters.begin(), request.meters.end(),
                         [&](const Meter &m) { return m.id == meter->id; }))
            request.meters.append(*meter);
    }
    // Times without an offset are read in the (first) meter's zone.
    const Meter &first = request.meters.constFirst();
    if (parser.isSet(from)) {
        const auto t = parseTime(parser.value(from), first, QStringLiteral("from"));
        if (!t)
            return;
        request.from = *t;
    }
    if (parser.isSet(to)) {
        const auto t = parseTime(parser.value(to), first, QStringLiteral("to"));
        if (!t)
            return;
        request.to = *t;
        if (CsvExporter::isDayKind(*kind)) {
            // As in `summary`: --to names the last day, which is included.
            LocalCalendar calendar{QTimeZone(first.timezone.toUtf8())};
            request.to = calendar.startOf(calendar.localDate(*t).addDays(1));
        }
    }
    if (intervalHours > 0) {
        // The chart's window, as `usage` computes it.
        qint64 end = QDateTime::currentSecsSinceEpoch();
        if (parser.isSet(at)) {
            const auto t = parseTime(parser.value(at), first, QStringLiteral("at"));
            if (!t)
                return;
            end = *t;
        }
        request.from = end - qint64(intervalHours) * 3600;
        request.to = end;
    }
    if (request.from && request.to && *request.to <= *request.from)
        return fail(UsageError, tr("--to must be after --from."));

    const std::unique_ptr<BillSource> bills = BillSource::create(*m_db);
    CsvExporter exporter(*m_db, bills.get());
    if (Status valid = exporter.validate(request); !valid)
        return fail(Failure, valid.typedError());
    const QString path = parser.value(out);
    if (path == QLatin1String("-")) {
        m_out.flush();
        TextStreamDevice device(m_out);
        const Result<CsvExporter::Stats> written = exporter.write(request, device);
        m_out.flush();
        if (!written)
            return fail(Failure, written.typedError());
        return finish(Success);
    }
    // Ctrl+C while writing: stop at the next progress report, so the temporary file is
    // removed and no half file is left behind.
    static volatile std::sig_atomic_t interrupted = 0;
    interrupted = 0;
    const auto previousInt = std::signal(SIGINT, [](int) { interrupted = 1; });
    const auto previousTerm = std::signal(SIGTERM, [](int) { interrupted = 1; });
    exporter.setProgress([](int) { return interrupted == 0; });
    const Result<CsvExporter::Stats> written = exporter.writeFile(request, path);
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (!written)
        return fail(Failure, written.typedError());
    if (written->cancelled)
        return fail(Failure, tr("Interrupted; no file was written."));
    QStringList names;
    for (const Meter &m : std::as_const(request.meters))
        names.append(m.name);
    printObject(QJsonObject{
        {QStringLiteral("meter"), names.join(QStringLiteral(", "))},
        {QStringLiteral("what"), CsvExporter::kindName(*kind)},
        {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
        {QStringLiteral("rows"), written->rows},
    });
    finish(Success);
}

void CliApplication::runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("The meter the rows belong to."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption what(QStringLiteral("what"), tr("readings or recharges."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption in(QStringLiteral("in"), tr("The CSV file, or - for standard input."),
                                QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Check and count, but store nothing."));
    const QCommandLineOption skipBad(
        QStringLiteral("skip-bad-rows"),
        tr("Import the good rows and skip the bad ones (default: a bad row stops all)."));
    const QCommandLineOption timeColumn(QStringLiteral("time-column"),
                                        tr("Column of the time (name or number)."), QStringLiteral("C"));
    const QCommandLineOption balanceColumn(QStringLiteral("balance-column"), tr("Column of the balance."),
                                           QStringLiteral("C"));
    const QCommandLineOption gridColumn(QStringLiteral("grid-kwh-column"),
                                        tr("Column of the grid kWh counter."), QStringLiteral("C"));
    const QCommandLineOption generatorColumn(QStringLiteral("generator-kwh-column"),
                                             tr("Column of the generator kWh counter."), QStringLiteral("C"));
    const QCommandLineOption loadColumn(QStringLiteral("load-kw-column"), tr("Column of the load in kW."),
                                        QStringLiteral("C"));
    const QCommandLineOption sourceColumn(QStringLiteral("source-column"),
                                          tr("Column of the power source (grid, generator, unknown)."),
                                          QStringLiteral("C"));
    const QCommandLineOption timeFormat(
        QStringLiteral("time-format"),
        tr("iso, epoch, epoch-ms or a Qt date format such as dd/MM/yyyy HH:mm "
           "(default iso; times without an offset are in the meter's zone)."),
        QStringLiteral("F"));
    const QCommandLineOption decimalComma(QStringLiteral("decimal-comma"),
                                          tr("Numbers use a decimal comma."));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), tr("comma (default), semicolon or tab."),
                                       QStringLiteral("D"));
    parser.addOptions({meterOption, what, in, dryRun, skipBad, timeColumn, balanceColumn, gridColumn,
                       generatorColumn, loadColumn, sourceColumn, timeFormat, decimalComma, delimiter});
    if (!parse(parser, *m_command, arguments))
        return;
    if (!parser.positionalArguments().isEmpty())
        return fail(UsageError,
                    tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(meterOption) || !parser.isSet(what) || !parser.isSet(in))
        return fail(
            UsageError,
            tr("import needs --meter, --what and --in.\nUsage: kilowatch-cli %1").arg(m_command->synopsis));
    const std::optional<CsvImporter::Kind> kind = CsvImporter::kindFromName(parser.value(what));
    if (!kind)
        return fail(UsageError, tr("--what is readings or recharges, not \"%1\".").arg(parser.value(what)));
    CsvImporter::Options options;
    options.kind = *kind;
    options.dryRun = parser.isSet(dryRun);
    options.skipBadRows = parser.isSet(skipBad);
    options.decimalComma = parser.isSet(decimalComma);
    options.timeFormat = parser.value(timeFormat);
    if (parser.isSet(delimiter)) {
        const QString d = parser.value(delimiter).trimmed().toLower();
        if (d == QLatin1String("comma") || d == QLatin1String(","))
            options.delimiter = ',';
        else if (d == QLatin1String("semicolon") || d == QLatin1String(";"))
            options.delimiter = ';';
        else if (d == QLatin1String("tab") || d == QLatin1String("\t"))
            options.delimiter = '\t';
        else
            return fail(
                UsageError,
                tr("--delimiter is comma, semicolon or tab, not \"%1\".").arg(parser.value(delimiter)));
    }
    CsvImporter::Mapping mapping;
    mapping.time = parser.value(timeColumn);
    mapping.balance = parser.value(balanceColumn);
    mapping.gridKwh = parser.value(gridColumn);
    mapping.generatorKwh = parser.value(generatorColumn);
    mapping.loadKw = parser.value(loadColumn);
    mapping.source = parser.value(sourceColumn);
    if (!mapping.isEmpty()) {
        if (*kind != CsvImporter::Kind::Readings)
            return fail(UsageError,
                        tr("The column options are for readings; recharges are read from Kilowatch's "
                           "own layout."));
        if (mapping.time.isEmpty())
            return fail(UsageError, tr("With column options, --time-column is needed."));
        options.mapping = mapping;
    }
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireMeter(parser.value(meterOption));
    if (!meter)
        return;
    QFile file;
    QIODevice *input = nullptr;
    const QString path = parser.value(in);
    if (path == QLatin1String("-")) {
        input = m_input;
        if (!input) {
            if (!file.open(stdin, QIODevice::ReadOnly))
                return fail(Failure, tr("Could not read standard input."));
            input = &file;
        }
    } else {
        if (Status source = CsvImporter::checkSource(m_db->path(), path); !source)
            return fail(Failure, source.typedError());
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Failure, tr("Could not open %1: %2").arg(path, file.errorString()));
        input = &file;
    }
    const Result<CsvImporter::Report> report = CsvImporter(*m_db).run(*meter, *input, options);
    if (!report)
        return fail(Failure, report.typedError());
    constexpr int kShownErrors = 20;
    for (int i = 0; i < report->errors.size() && i < kShownErrors; ++i)
        m_err << "kilowatch-cli: " << report->errors.at(i).sentence() << '\n';
    if (report->badRows > kShownErrors)
        m_err << "kilowatch-cli: " << tr("... and %1 more bad rows.").arg(report->badRows - kShownErrors)
              << '\n';
    const QTimeZone zone(meter->timezone.toUtf8());
    printObject(QJsonObject{
        {QStringLiteral("meter"), meter->name},
        {QStringLiteral("what"), CsvImporter::kindNames().at(static_cast<int>(*kind))},
        {QStringLiteral("rows"), report->rows},
        {QStringLiteral("imported"), report->imported},
        {QStringLiteral("duplicates"), report->duplicates},
        {QStringLiteral("bad_rows"), report->badRows},
        {QStringLiteral("recharges_derived"), report->rechargesDerived},
        {QStringLiteral("rebuilt_from"), report->rebuiltFrom
                                             ? QJsonValue(TimeFormat::iso(*report->rebuiltFrom, zone))
                                             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("dry_run"), report->dryRun},
        {QStringLiteral("committed"), report->committed},
    });
    if (report->badRows > 0 && !options.skipBadRows)
        return fail(Failure,
                    options.dryRun
                        ? tr("The import would store nothing: %1 rows have errors; fix them or add "
                             "--skip-bad-rows.")
                              .arg(report->badRows)
                        : tr("Nothing was imported: %1 rows have errors; fix them or add --skip-bad-rows.")
                              .arg(report->badRows));
    finish(Success);
}
