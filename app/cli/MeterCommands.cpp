#include "MeterCommands.h"

#include "CliTable.h"
#include "model/Error.h"
#include "model/TimeFormat.h"
#include "providers/ProviderRegistry.h"
#include "secrets/SecretStore.h"
#include "services/MeterSetup.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

QList<CliCommand> MeterCommands::commands()
{
    const QString secretStdin = tr("Read credentials as key=value lines from standard input.");
    QList<QCommandLineOption> providerFlags;
    for (const ProviderOption &o : providerOptions())
        providerFlags.append(QCommandLineOption(o.name, o.description, o.valueName));
    return {
        {{QStringLiteral("meter"), QStringLiteral("add")},
         tr("Add a meter."),
         {CliOption::required(QStringLiteral("name"), tr("Name of the meter."), QStringLiteral("NAME")),
          CliOption::required(
              QStringLiteral("provider"),
              tr("Provider kind: %1.").arg(ProviderRegistry::kinds().join(QStringLiteral(", "))),
              QStringLiteral("KIND")),
          CliOption::optional(QStringLiteral("interval"), tr("Polling interval in seconds."),
                              QStringLiteral("SECONDS")),
          CliOption::optional(QStringLiteral("timezone"), tr("IANA time zone of the meter."),
                              QStringLiteral("IANA")),
          CliOption::optional(QStringLiteral("currency"), tr("Currency code."), QStringLiteral("CODE")),
          CliOption::optional(QStringLiteral("low-balance"), tr("Warn below this balance."),
                              QStringLiteral("AMOUNT")),
          CliOption::optional(QStringLiteral("allow-http"),
                              tr("Allow plain http to a non-loopback server for this meter.")),
          CliOption::optional(QStringLiteral("secret-stdin"), secretStdin)},
         runOf(&MeterCommands::runMeterAdd),
         {},
         QStringLiteral("[provider options]"),
         providerFlags},
        {{QStringLiteral("meter"), QStringLiteral("list")},
         tr("List the meters."),
         {},
         runOf(&MeterCommands::runMeterList)},
        {{QStringLiteral("meter"), QStringLiteral("remove")},
         tr("Remove a meter and everything stored for it."),
         {},
         runOf(&MeterCommands::runMeterRemove),
         {QStringLiteral("NAME")}},
        {{QStringLiteral("meter"), QStringLiteral("secrets")},
         tr("Replace a meter's credentials with key=value lines read from standard input."),
         {CliOption::required(QStringLiteral("secret-stdin"), secretStdin)},
         runOf(&MeterCommands::runMeterSecrets),
         {QStringLiteral("NAME")}},
    };
}

QList<ProviderOption> MeterCommands::providerOptions()
{
    QList<ProviderOption> options;
    for (const ProviderInfo &info : ProviderRegistry::all()) {
        for (const ProviderOption &o : info.options) {
            if (std::none_of(options.begin(), options.end(),
                             [&o](const ProviderOption &p) { return p.name == o.name; }))
                options.append(o);
        }
    }
    return options;
}

QJsonObject MeterCommands::meterRow(const Meter &meter)
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

std::optional<QHash<QString, QString>> MeterCommands::readSecrets(const ProviderInfo &info, bool requireAll)
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

void MeterCommands::writeSecrets(qint64 meterId, const QHash<QString, QString> &values,
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

void MeterCommands::runMeterAdd(const QCommandLineParser &parser)
{
    const QCommandLineOption &name = option(QStringLiteral("name"));
    const QCommandLineOption &provider = option(QStringLiteral("provider"));
    const QCommandLineOption &interval = option(QStringLiteral("interval"));
    const QCommandLineOption &timezone = option(QStringLiteral("timezone"));
    const QCommandLineOption &currency = option(QStringLiteral("currency"));
    const QCommandLineOption &lowBalance = option(QStringLiteral("low-balance"));
    const QCommandLineOption &allowHttp = option(QStringLiteral("allow-http"));
    const QCommandLineOption &secretStdin = option(QStringLiteral("secret-stdin"));
    // Every provider's options are known to the parser; only the chosen provider's are allowed.
    const QList<ProviderOption> providerOptions = MeterCommands::providerOptions();
    if (!parser.positionalArguments().isEmpty())
        return fail(UsageError,
                    tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(name) || !parser.isSet(provider))
        return fail(
            UsageError,
            tr("meter add needs --name and --provider.\nUsage: kilowatch-cli %1").arg(m_command->synopsis()));
    // Reading the command line is this command's; the rules are MeterSetup's, as for the window.
    MeterSetup::Draft draft;
    draft.name = parser.value(name);
    draft.provider = parser.value(provider);
    draft.timezone = parser.value(timezone);
    draft.currency = parser.value(currency);
    draft.allowHttp = parser.isSet(allowHttp);
    if (parser.isSet(interval)) {
        bool ok = false;
        draft.intervalSeconds = parser.value(interval).toInt(&ok);
        if (!ok)
            return fail(
                UsageError,
                tr("--interval needs a whole number of seconds, not \"%1\".").arg(parser.value(interval)));
    }
    if (parser.isSet(lowBalance)) {
        draft.lowBalanceMilli = parseAmount(parser.value(lowBalance));
        if (!draft.lowBalanceMilli)
            return fail(
                UsageError,
                tr("--low-balance needs an amount such as 500, not \"%1\".").arg(parser.value(lowBalance)));
    }
    const ProviderInfo *info = ProviderRegistry::find(parser.value(provider));
    for (const ProviderOption &o : providerOptions) {
        if (!parser.isSet(o.name))
            continue;
        // The chosen provider's own definition: another provider's option of the same name
        // may differ in repeatability.
        const bool repeatable =
            info && std::any_of(info->options.begin(), info->options.end(),
                                [&o](const ProviderOption &p) { return p.name == o.name && p.repeatable; });
        const QStringList values = repeatable ? parser.values(o.name) : QStringList{parser.value(o.name)};
        for (const QString &value : values)
            draft.options.append({o.name, value});
    }
    const MeterSetup::Outcome checked = MeterSetup::check(draft);
    if (!checked) {
        // What is missing, in this command's words: the option that gives it.
        const MeterSetup::Error &e = checked.error;
        if (e.kind == MeterSetup::ErrorKind::Missing && info && e.field == QLatin1String("currency"))
            return fail(UsageError, tr("The %1 provider has no default currency; give --currency CODE (e.g. "
                                       "USD, INR, BDT).")
                                        .arg(info->kind));
        if (e.kind == MeterSetup::ErrorKind::Missing && info &&
            std::any_of(info->options.begin(), info->options.end(),
                        [&e](const ProviderOption &o) { return o.name == e.field; }))
            return fail(UsageError, tr("The %1 provider needs --%2.").arg(info->kind, e.field));
        return fail(UsageError, e.sentence);
    }
    if (!info->requiredSecrets.isEmpty() && !parser.isSet(secretStdin))
        return fail(UsageError,
                    tr("The %1 provider needs credentials (%2): pipe them as key=value lines into "
                       "--secret-stdin.")
                        .arg(info->kind, info->requiredSecrets.join(QStringLiteral(", "))));
    if (parser.isSet(secretStdin)) {
        if (info->secrets().isEmpty())
            return fail(UsageError, tr("The %1 provider takes no credentials.").arg(info->kind));
        const std::optional<QHash<QString, QString>> credentials = readSecrets(*info, true);
        if (!credentials)
            return;
        draft.secrets = *credentials;
    }
    if (!openDatabase())
        return;
    MeterSetup setup(*m_db, secrets());
    setup.add(draft, [this](const MeterSetup::Outcome &added) {
        if (!added) {
            switch (added.error.kind) {
            case MeterSetup::ErrorKind::InvalidInput:
            case MeterSetup::ErrorKind::Missing:
                return fail(UsageError, added.error.sentence);
            case MeterSetup::ErrorKind::NoKeychain:
                return fail(KeychainUnavailable, added.error.sentence);
            default: // taken name, the database, the keychain refusing
                return fail(Failure, Error(added.error.kind, added.error.sentence));
            }
        }
        printObject(meterRow(*added.meter));
        finish(Success);
    });
}

void MeterCommands::runMeterList(const QCommandLineParser &parser)
{
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

void MeterCommands::runMeterRemove(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return fail(UsageError, tr("meter remove needs exactly one meter name.\nUsage: kilowatch-cli %1")
                                    .arg(m_command->synopsis()));
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireMeter(parser.positionalArguments().constFirst());
    if (!meter)
        return;
    const qint64 count = ReadingRepository(*m_db).count(meter->id);
    // The row, everything stored for it and its credentials: MeterSetup's, as for the window.
    MeterSetup(*m_db, secrets()).remove(*meter, [this, count](const MeterSetup::Outcome &removed) {
        if (!removed)
            return fail(Failure, Error(removed.error.kind, removed.error.sentence));
        printObject(QJsonObject{{QStringLiteral("removed"), removed.meter->name},
                                {QStringLiteral("readings"), count}});
        finish(Success);
    });
}

void MeterCommands::runMeterSecrets(const QCommandLineParser &parser)
{
    const QCommandLineOption &secretStdin = option(QStringLiteral("secret-stdin"));
    if (parser.positionalArguments().size() != 1 || !parser.isSet(secretStdin))
        return fail(UsageError, tr("Usage: kilowatch-cli %1").arg(m_command->synopsis()));
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
