#include "ReadingCommands.h"

#include "CliTable.h"
#include "alerts/AlertEngine.h"
#include "analytics/ReadingIngestor.h"
#include "export/AlertColumns.h"
#include "export/ReadingColumns.h"
#include "model/FixedPoint.h"
#include "model/TimeFormat.h"
#include "polling/PollScheduler.h"
#include "providers/JsonReader.h"
#include "providers/ProviderRegistry.h"
#include "services/ReadingEntry.h"
#include "setup/SimulatorBackfill.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <limits>

ReadingCommands::ReadingCommands(const CliSetup &setup, const CliCommand *command, QObject *parent)
    : CliContext(setup, command, parent)
{}

ReadingCommands::~ReadingCommands() = default;

QList<CliCommand> ReadingCommands::commands()
{
    return {
        {{QStringLiteral("reading"), QStringLiteral("add")},
         tr("Enter a reading by hand (any meter)."),
         {CliOption::required(QStringLiteral("meter"), tr("The meter it was read from."),
                              QStringLiteral("NAME")),
          CliOption::required(QStringLiteral("balance"), tr("The balance shown by the meter."),
                              QStringLiteral("AMOUNT")),
          CliOption::optional(QStringLiteral("time"), tr("When it was read (default: now)."),
                              QStringLiteral("ISO8601")),
          CliOption::optional(QStringLiteral("grid-kwh"), tr("The grid counter."), QStringLiteral("KWH")),
          CliOption::optional(QStringLiteral("generator-kwh"), tr("The generator counter."),
                              QStringLiteral("KWH"))},
         runOf(&ReadingCommands::runReadingAdd)},
        {{QStringLiteral("poll")},
         tr("Fetch from the providers once, or keep polling for a while."),
         {CliOption::optional(QStringLiteral("meter"), tr("Poll only this meter."), QStringLiteral("NAME")),
          CliOption::oneOf(QStringLiteral("once"), tr("Fetch each meter once.")),
          CliOption::oneOf(QStringLiteral("for"), tr("Keep polling for this many seconds."),
                           QStringLiteral("SECONDS"))},
         runOf(&ReadingCommands::runPoll)},
        {{QStringLiteral("readings")},
         tr("Print stored readings."),
         {CliOption::required(QStringLiteral("meter"), tr("The meter."), QStringLiteral("NAME")),
          CliOption::optional(QStringLiteral("from"), tr("First time (inclusive)."),
                              QStringLiteral("ISO8601")),
          CliOption::optional(QStringLiteral("to"), tr("Last time (exclusive)."), QStringLiteral("ISO8601"))},
         runOf(&ReadingCommands::runReadings)},
        {{QStringLiteral("simulate")},
         tr("Fill a simulator meter with N days of history, fast."),
         {CliOption::required(QStringLiteral("meter"), tr("A simulator meter."), QStringLiteral("NAME")),
          CliOption::required(QStringLiteral("days"), tr("Days of history ending now."), QStringLiteral("N")),
          CliOption::optional(QStringLiteral("seed"), tr("Seed of the simulation."), QStringLiteral("S"))},
         runOf(&ReadingCommands::runSimulate)},
    };
}

QJsonArray ReadingCommands::evaluateAlerts(const Meter &meter, const AlertContext &context)
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
    for (const Alert &a : raised.value())
        rows.append(AlertColumns::row(meter, a).toJson());
    return rows;
}

void ReadingCommands::runReadingAdd(const QCommandLineParser &parser)
{
    const QCommandLineOption &meterOption = option(QStringLiteral("meter"));
    const QCommandLineOption &balance = option(QStringLiteral("balance"));
    const QCommandLineOption &grid = option(QStringLiteral("grid-kwh"));
    const QCommandLineOption &generator = option(QStringLiteral("generator-kwh"));
    if (!parser.isSet(meterOption) || !parser.isSet(balance))
        return fail(UsageError, tr("reading add needs --meter NAME and --balance AMOUNT."));
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireMeter(parser.value(meterOption));
    if (!meter)
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ReadingEntry::Input input;
    input.time = now;
    if (!timeOption(parser, QStringLiteral("time"), *meter, &input.time))
        return;
    // Only the numbers' form is the command line's; their rules are ReadingEntry's.
    const auto number = [&](const QCommandLineOption &option) -> std::optional<qint64> {
        QString why;
        const std::optional<double> v = JsonReader::toNumber(QJsonValue(parser.value(option)), &why);
        const std::optional<qint64> fixed = v ? FixedPoint::fromDouble(*v) : std::nullopt;
        if (!fixed)
            fail(UsageError, tr("--%1 needs a number, not \"%2\".")
                                 .arg(option.names().constFirst(), parser.value(option)));
        return fixed;
    };
    const std::optional<qint64> balanceMilli = number(balance);
    if (!balanceMilli)
        return;
    input.balanceMilli = *balanceMilli;
    if (parser.isSet(grid) && !(input.gridWh = number(grid)))
        return;
    if (parser.isSet(generator) && !(input.generatorWh = number(generator)))
        return;
    const ReadingEntry::Outcome stored = ReadingEntry(*m_db).add(*meter, input, now);
    if (!stored)
        return fail(stored.kind == ErrorKind::InvalidInput ? UsageError : Failure,
                    Error(stored.kind, stored.sentence));
    const Reading &r = *stored.reading;
    // A typed-in reading is a new reading too: the alert rules run (the log keeps them).
    AlertContext context;
    context.now = QDateTime::currentSecsSinceEpoch();
    evaluateAlerts(*meter, context);
    printObject(ReadingColumns::row(*meter, r).toJson());
    finish(Success);
}

void ReadingCommands::runReadings(const QCommandLineParser &parser)
{
    const QCommandLineOption &meterOption = option(QStringLiteral("meter"));
    if (!parser.isSet(meterOption))
        return fail(UsageError, tr("readings needs --meter NAME."));
    if (!openDatabase())
        return;
    const std::optional<Meter> meter = requireMeter(parser.value(meterOption));
    if (!meter)
        return;
    qint64 begin = 0;
    qint64 end = 0;
    if (!parseWindow(parser, *meter, &begin, &end))
        return;

    // Streamed: a year of readings is printed without holding it in memory.
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
            const QJsonObject row = ReadingColumns::row(*meter, r).toJson();
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

void ReadingCommands::runPoll(const QCommandLineParser &parser)
{
    const QCommandLineOption &meterOption = option(QStringLiteral("meter"));
    const QCommandLineOption &once = option(QStringLiteral("once"));
    const QCommandLineOption &forOption = option(QStringLiteral("for"));
    if (parser.isSet(once) == parser.isSet(forOption))
        return fail(UsageError, tr("poll needs either --once or --for SECONDS.\nUsage: kilowatch-cli %1")
                                    .arg(m_command->synopsis()));
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

void ReadingCommands::runSimulate(const QCommandLineParser &parser)
{
    const QCommandLineOption &meterOption = option(QStringLiteral("meter"));
    const QCommandLineOption &days = option(QStringLiteral("days"));
    const QCommandLineOption &seed = option(QStringLiteral("seed"));
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
