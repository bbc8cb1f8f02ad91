// libFuzzer target: CsvImporter (readings and recharges, our own layout and mapped layouts),
// plus the preview and the delimiter guess the import dialog uses. The first line holds the
// options, words separated by spaces:
//   recharges            recharges instead of readings
//   time=C balance=C grid=C generator=C load=C source=C   a mapping (C: header name or number)
//   format=F             iso, epoch, epoch-ms or a Qt pattern with '_' for spaces
//   comma                decimal comma;  delim=;  or  delim=tab;  skip  skip bad rows
// the rest is the file. Every import is a dry run into one database that already holds a few
// readings and recharges, so runs never see each other's rows.
#include "FuzzApplication.h"
#include "export/CsvImporter.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"

#include <QBuffer>
#include <QDateTime>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

constexpr qint64 kNow = 1753444800; // 2025-07-25 12:00 UTC, after everything the corpus holds

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Meter meter;
};

QBuffer *bufferOf(QBuffer &buffer, const QByteArray &bytes)
{
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return &buffer;
}

void import(Store &store, const QByteArray &file, CsvImporter::Options options)
{
    QBuffer buffer;
    CsvImporter importer(*store.db);
    importer.setNow(kNow);
    const Result<CsvImporter::Report> report = importer.run(store.meter, *bufferOf(buffer, file), options);
    if (report && report->committed != !options.dryRun)
        qFatal("CsvImporter: a dry run committed, or a real one did not");
}

Store &store()
{
    static Store *s = [] {
        auto *made = new Store;
        Result<std::unique_ptr<Database>> opened =
            Database::open(made->dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        made->db = std::move(opened).value();
        Meter meter;
        meter.name = QStringLiteral("fuzz");
        meter.provider = QStringLiteral("manual");
        meter.timezone = QStringLiteral("Asia/Kolkata");
        meter.createdAt = kNow - 86400 * 30;
        const Result<Meter> added = MeterRepository(*made->db).add(meter);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        made->meter = added.value();
        CsvImporter::Options options;
        import(*made,
               "meter,time,balance,grid_kwh,generator_kwh,load_kw,source\r\n"
               "fuzz,2025-07-20T10:00:00Z,500.000,100.000,5.000,1.200,grid\r\n"
               "fuzz,2025-07-20T11:00:00Z,495.500,101.500,5.000,1.500,grid\r\n"
               "fuzz,2025-07-20T12:00:00Z,990.000,102.000,5.250,0.800,generator\r\n",
               options);
        options.kind = CsvImporter::Kind::Recharges;
        import(*made,
               "meter,time,amount,balance_after,origin,token\r\n"
               "fuzz,2025-07-19T09:00:00Z,500.000,1000.000,manual,\r\n",
               options);
        return made;
    }();
    return *s;
}

CsvImporter::Options parseOptions(const QByteArray &line)
{
    CsvImporter::Options options;
    options.dryRun = true;
    options.maxListedErrors = 5;
    CsvImporter::Mapping mapping;
    bool mapped = false;
    for (const QByteArray &word : line.split(' ')) {
        const qsizetype eq = word.indexOf('=');
        const QByteArray key = eq < 0 ? word : word.left(eq);
        const QString value = QString::fromUtf8(word.mid(eq + 1)).replace(QLatin1Char('_'), QLatin1Char(' '));
        if (key == "recharges")
            options.kind = CsvImporter::Kind::Recharges;
        else if (key == "comma")
            options.decimalComma = true;
        else if (key == "skip")
            options.skipBadRows = true;
        else if (key == "delim" && eq >= 0)
            options.delimiter = value == QLatin1String("tab") ? '\t'
                                : word.size() > eq + 1        ? word.at(eq + 1)
                                                              : ',';
        else if (key == "format" && eq >= 0)
            options.timeFormat = value;
        else if (eq >= 0) {
            QString *column = key == "time"        ? &mapping.time
                              : key == "balance"   ? &mapping.balance
                              : key == "grid"      ? &mapping.gridKwh
                              : key == "generator" ? &mapping.generatorKwh
                              : key == "load"      ? &mapping.loadKw
                              : key == "source"    ? &mapping.source
                                                   : nullptr;
            if (column) {
                *column = value;
                mapped = true;
            }
        }
    }
    if (mapped)
        options.mapping = mapping;
    return options;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzApplication::ensure(argc, argv);
    store();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype end = input.indexOf('\n');
    if (end < 0)
        return 0;
    const QByteArray file = input.mid(end + 1);
    const CsvImporter::Options options = parseOptions(input.left(end).trimmed());
    import(store(), file, options);

    const char guessed = CsvImporter::guessDelimiter(file.left(file.indexOf('\n')));
    if (guessed != ',' && guessed != ';' && guessed != '\t')
        qFatal("CsvImporter::guessDelimiter: not one of , ; tab");
    QBuffer buffer;
    CsvImporter::preview(*bufferOf(buffer, file), options.delimiter, 5);
    return 0;
}
