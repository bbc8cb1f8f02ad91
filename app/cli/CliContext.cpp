#include "CliContext.h"

#include "CliTable.h"
#include "analytics/LocalCalendar.h"
#include "analytics/ReadingIngestor.h"
#include "model/AmountText.h"
#include "model/FixedPoint.h"
#include "model/TimeFormat.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/DatabaseLocation.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <limits>

QJsonValue optionalNumber(const std::optional<qint64> &milli)
{
    return milli ? QJsonValue(FixedPoint::toDouble(*milli)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> parseAmount(const QString &text)
{
    // Exact thousandths, the plain form only: "1e3", "1,000" or a fourth decimal is refused.
    return AmountText::parse(text).value();
}

CliContext::CliContext(const CliSetup &setup, const CliCommand *command, QObject *parent)
    : QObject(parent)
    , m_out(*setup.out)
    , m_err(*setup.err)
    , m_json(setup.json)
    , m_databaseOption(setup.databaseOption)
    , m_command(command)
    , m_secrets(setup.secrets)
    , m_input(setup.input)
    , m_alertConfig(setup.alertConfig)
{}

CliContext::~CliContext() = default;

QList<CliOption> CliContext::windowOptions()
{
    return {
        CliOption::required(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME")),
        CliOption::optional(QStringLiteral("from"), tr("First time (inclusive)."), QStringLiteral("ISO8601")),
        CliOption::optional(QStringLiteral("to"), tr("Last time (exclusive)."), QStringLiteral("ISO8601"))};
}

const QCommandLineOption &CliContext::option(const QString &name) const
{
    return m_command->option(name);
}

void CliContext::finish(int code)
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

void CliContext::fail(int code, const QString &sentence)
{
    m_err << "kilowatch-cli: " << sentence << '\n';
    finish(code);
}

void CliContext::fail(int code, const Error &error)
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

bool CliContext::openDatabase()
{
    if (m_db)
        return true;
    Result<std::unique_ptr<Database>> opened = Database::open(DatabaseLocation::resolve(m_databaseOption));
    if (!opened) {
        fail(Failure, opened.typedError());
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}

std::optional<Meter> CliContext::requireMeter(const QString &name)
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

void CliContext::print(const CliTable &table)
{
    if (m_json)
        table.printJson(m_out);
    else
        table.printText(m_out);
}

void CliContext::printObject(const QJsonObject &object)
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

std::optional<qint64> CliContext::parseTime(const QString &text, const Meter &meter, const QString &option)
{
    const std::optional<qint64> t = TimeFormat::parseIso(text, QTimeZone(meter.timezone.toUtf8()));
    if (!t)
        fail(UsageError,
             tr("--%1 needs a date and time like 2025-07-25T15:30:00+05:30, not \"%2\".").arg(option, text));
    return t;
}

std::optional<QDate> CliContext::parseDate(const QString &text, const Meter &meter, const QString &option)
{
    const QTimeZone zone(meter.timezone.toUtf8());
    const std::optional<qint64> t = parseTime(text, meter, option);
    if (!t)
        return std::nullopt;
    return LocalCalendar(zone).localDate(*t);
}

bool CliContext::timeOption(const QCommandLineParser &parser, const QString &name, const Meter &meter,
                            qint64 *value)
{
    if (!parser.isSet(name))
        return true;
    const std::optional<qint64> t = parseTime(parser.value(name), meter, name);
    if (!t)
        return false;
    *value = *t;
    return true;
}

bool CliContext::dateOption(const QCommandLineParser &parser, const QString &name, const Meter &meter,
                            QDate *value)
{
    if (!parser.isSet(name))
        return true;
    const std::optional<QDate> d = parseDate(parser.value(name), meter, name);
    if (!d)
        return false;
    *value = *d;
    return true;
}

std::optional<Meter> CliContext::listingMeter(const QCommandLineParser &parser, qint64 *begin, qint64 *end)
{
    std::optional<Meter> meter = meterOption(parser);
    if (!meter || !parseWindow(parser, *meter, begin, end))
        return std::nullopt;
    return meter;
}

bool CliContext::parseWindow(const QCommandLineParser &parser, const Meter &meter, qint64 *begin, qint64 *end)
{
    *begin = std::numeric_limits<qint64>::min();
    *end = std::numeric_limits<qint64>::max();
    if (!timeOption(parser, QStringLiteral("from"), meter, begin) ||
        !timeOption(parser, QStringLiteral("to"), meter, end))
        return false;
    if (*end <= *begin) {
        fail(UsageError, tr("--to must be after --from."));
        return false;
    }
    return true;
}

std::optional<Meter> CliContext::meterOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("meter"))) {
        fail(UsageError, tr("%1 needs --meter NAME.\nUsage: kilowatch-cli %2")
                             .arg(m_command->words.join(QLatin1Char(' ')), m_command->synopsis()));
        return std::nullopt;
    }
    if (!openDatabase())
        return std::nullopt;
    return requireMeter(parser.value(QStringLiteral("meter")));
}

std::optional<Meter> CliContext::requireDerivedMeter(const QString &name)
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

std::optional<Meter> CliContext::meterOnlyCommand(const QCommandLineParser &parser, bool derived)
{
    const QCommandLineOption &meterOption = option(QStringLiteral("meter"));
    if (!parser.isSet(meterOption)) {
        fail(UsageError, tr("%1 needs --meter NAME.").arg(m_command->words.join(QLatin1Char(' '))));
        return std::nullopt;
    }
    if (!openDatabase())
        return std::nullopt;
    return derived ? requireDerivedMeter(parser.value(meterOption)) : requireMeter(parser.value(meterOption));
}

SecretStore &CliContext::secrets()
{
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<KeychainSecretStore>();
        m_secrets = m_ownSecrets.get();
    }
    return *m_secrets;
}
