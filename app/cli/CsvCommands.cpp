#include "CsvCommands.h"

#include "TextStreamDevice.h"
#include "analytics/LocalCalendar.h"
#include "analytics/UsageSeries.h"
#include "export/BillSource.h"
#include "export/CsvExporter.h"
#include "export/CsvImporter.h"
#include "model/TimeFormat.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <csignal>

QList<CliCommand> CsvCommands::commands()
{
    const QString column = QStringLiteral("C");
    return {
        {{QStringLiteral("export")},
         tr("Write one kind of data as CSV (RFC 4180, UTF-8); --out - prints it."),
         {CliOption::repeated(QStringLiteral("meter"), tr("A meter (may be given several times)."),
                              QStringLiteral("NAME")),
          CliOption::required(QStringLiteral("what"), CsvExporter::kindNames().join(QStringLiteral(", ")),
                              CsvExporter::kindNames().join(QLatin1Char('|'))),
          CliOption::required(QStringLiteral("out"), tr("The CSV file to write, or - for standard output."),
                              QStringLiteral("FILE|-")),
          CliOption::optional(QStringLiteral("from"), tr("First time (inclusive; day kinds: first day)."),
                              QStringLiteral("ISO8601")),
          CliOption::optional(QStringLiteral("to"),
                              tr("Last time (exclusive; day kinds: last day, inclusive)."),
                              QStringLiteral("ISO8601")),
          CliOption::optional(QStringLiteral("excel"), tr("Start with a byte order mark, for Excel.")),
          CliOption::optional(QStringLiteral("group-minutes"),
                              tr("usage: bucket length in minutes (1-1440, 60)."), QStringLiteral("G")),
          CliOption::optional(QStringLiteral("interval-hours"),
                              tr("usage: the chart's window, the last H hours before --at."),
                              QStringLiteral("H")),
          CliOption::optional(QStringLiteral("at"),
                              tr("usage: end of the --interval-hours window (default: now)."),
                              QStringLiteral("ISO8601"))},
         runOf(&CsvCommands::runExport)},
        {{QStringLiteral("import")},
         tr("Read readings or recharges from CSV: Kilowatch's own export, or readings in another layout "
            "through the column options. All rows or none; --dry-run only reports."),
         {CliOption::required(QStringLiteral("meter"), tr("The meter the rows belong to."),
                              QStringLiteral("NAME")),
          CliOption::required(QStringLiteral("what"), tr("readings or recharges."),
                              CsvImporter::kindNames().join(QLatin1Char('|'))),
          CliOption::required(QStringLiteral("in"), tr("The CSV file, or - for standard input."),
                              QStringLiteral("FILE|-")),
          CliOption::optional(QStringLiteral("dry-run"), tr("Check and count, but store nothing.")),
          CliOption::optional(
              QStringLiteral("skip-bad-rows"),
              tr("Import the good rows and skip the bad ones (default: a bad row stops all).")),
          CliOption::optional(QStringLiteral("time-column"), tr("Column of the time (name or number)."),
                              column),
          CliOption::optional(QStringLiteral("balance-column"), tr("Column of the balance."), column),
          CliOption::optional(QStringLiteral("grid-kwh-column"), tr("Column of the grid kWh counter."),
                              column),
          CliOption::optional(QStringLiteral("generator-kwh-column"),
                              tr("Column of the generator kWh counter."), column),
          CliOption::optional(QStringLiteral("load-kw-column"), tr("Column of the load in kW."), column),
          CliOption::optional(QStringLiteral("source-column"),
                              tr("Column of the power source (grid, generator, unknown)."), column),
          CliOption::optional(QStringLiteral("time-format"),
                              tr("iso, epoch, epoch-ms or a Qt date format such as dd/MM/yyyy HH:mm "
                                 "(default iso; times without an offset are in the meter's zone)."),
                              QStringLiteral("F")),
          CliOption::optional(QStringLiteral("decimal-comma"), tr("Numbers use a decimal comma.")),
          CliOption::optional(QStringLiteral("delimiter"), tr("comma (default), semicolon or tab."),
                              QStringLiteral("comma|semicolon|tab"))},
         runOf(&CsvCommands::runImport)},
    };
}

void CsvCommands::runExport(const QCommandLineParser &parser)
{
    const QCommandLineOption &meterOption = option(QStringLiteral("meter"));
    const QCommandLineOption &what = option(QStringLiteral("what"));
    const QCommandLineOption &out = option(QStringLiteral("out"));
    const QCommandLineOption &from = option(QStringLiteral("from"));
    const QCommandLineOption &to = option(QStringLiteral("to"));
    const QCommandLineOption &excel = option(QStringLiteral("excel"));
    const QCommandLineOption &group = option(QStringLiteral("group-minutes"));
    const QCommandLineOption &hours = option(QStringLiteral("interval-hours"));
    const QCommandLineOption &at = option(QStringLiteral("at"));
    if (!parser.positionalArguments().isEmpty())
        return fail(UsageError,
                    tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(meterOption) || !parser.isSet(what) || !parser.isSet(out))
        return fail(UsageError, tr("export needs --meter, --what and --out.\nUsage: kilowatch-cli %1")
                                    .arg(m_command->synopsis()));
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
        if (!timeOption(parser, QStringLiteral("at"), first, &end))
            return;
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

void CsvCommands::runImport(const QCommandLineParser &parser)
{
    const QCommandLineOption &meterOption = option(QStringLiteral("meter"));
    const QCommandLineOption &what = option(QStringLiteral("what"));
    const QCommandLineOption &in = option(QStringLiteral("in"));
    const QCommandLineOption &dryRun = option(QStringLiteral("dry-run"));
    const QCommandLineOption &skipBad = option(QStringLiteral("skip-bad-rows"));
    const QCommandLineOption &timeColumn = option(QStringLiteral("time-column"));
    const QCommandLineOption &balanceColumn = option(QStringLiteral("balance-column"));
    const QCommandLineOption &gridColumn = option(QStringLiteral("grid-kwh-column"));
    const QCommandLineOption &generatorColumn = option(QStringLiteral("generator-kwh-column"));
    const QCommandLineOption &loadColumn = option(QStringLiteral("load-kw-column"));
    const QCommandLineOption &sourceColumn = option(QStringLiteral("source-column"));
    const QCommandLineOption &timeFormat = option(QStringLiteral("time-format"));
    const QCommandLineOption &decimalComma = option(QStringLiteral("decimal-comma"));
    const QCommandLineOption &delimiter = option(QStringLiteral("delimiter"));
    if (!parser.positionalArguments().isEmpty())
        return fail(UsageError,
                    tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(meterOption) || !parser.isSet(what) || !parser.isSet(in))
        return fail(
            UsageError,
            tr("import needs --meter, --what and --in.\nUsage: kilowatch-cli %1").arg(m_command->synopsis()));
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
