#include "CsvImporter.h"

#include "CsvFieldParser.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "ReadingColumns.h"
#include "RechargeColumns.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/RechargeLedger.h"
#include "model/TimeFormat.h"
#include "storage/Database.h"
#include "storage/DatabaseFiles.h"
#include "storage/RechargeRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QTimeZone>

#include <algorithm>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)
};

constexpr qint64 kFutureToleranceSeconds = 300;
constexpr int kReportEvery = 4096;
constexpr int kMaxTokenLength = 200;

QString shown(const QByteArray &text)
{
    QString s = QString::fromUtf8(text.left(40));
    if (text.size() > 40)
        s += QStringLiteral("…");
    return s;
}

// Where each field of a reading is in the file (-1: not there).
struct ReadingLayout
{
    int meter = -1;
    int time = -1;
    int balance = -1;
    int grid = -1;
    int generator = -1;
    int load = -1;
    int source = -1;
    bool own = false;
};

struct RechargeLayout
{
    int meter = -1;
    int time = -1;
    int amount = -1;
    int balanceAfter = -1;
    int origin = -1;
    int token = -1;
};

QStringList normalised(const QStringList &header)
{
    QStringList names;
    for (const QString &h : header)
        names.append(h.trimmed().toLower());
    return names;
}

} // namespace

CsvImporter::CsvImporter(Database &db)
    : m_db(db)
{}

bool CsvImporter::Mapping::isEmpty() const
{
    return time.isEmpty() && balance.isEmpty() && gridKwh.isEmpty() && generatorKwh.isEmpty() &&
           loadKw.isEmpty() && source.isEmpty();
}

const QStringList &CsvImporter::kindNames()
{
    static const QStringList names = {QStringLiteral("readings"), QStringLiteral("recharges")};
    return names;
}

std::optional<CsvImporter::Kind> CsvImporter::kindFromName(const QString &name)
{
    const qsizetype index = kindNames().indexOf(name.trimmed().toLower());
    if (index < 0)
        return std::nullopt;
    return static_cast<Kind>(index);
}

bool CsvImporter::isOwnLayout(Kind kind, const QStringList &header)
{
    const QStringList &known = kind == Kind::Readings ? ReadingColumns::names() : RechargeColumns::names();
    const QStringList names = normalised(header);
    if (names.isEmpty() || !names.contains(QStringLiteral("time")))
        return false;
    if (kind == Kind::Recharges && !names.contains(QStringLiteral("amount")))
        return false;
    for (const QString &n : names) {
        if (!known.contains(n) || names.count(n) > 1)
            return false;
    }
    return true;
}

char CsvImporter::guessDelimiter(const QByteArray &headerLine)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const char c : headerLine) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
        else if (c == '\n')
            break;
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

CsvImporter::Preview CsvImporter::preview(QIODevice &device, char delimiter, int rows)
{
    Preview p;
    CsvReader reader(&device, delimiter);
    CsvRecord record;
    if (!reader.next(record)) {
        CsvError e = reader.error();
        if (!reader.hasError())
            e.message = Tr::tr("The file is empty: it has no header row.");
        p.error = e;
        return p;
    }
    for (const QByteArray &f : std::as_const(record.fields))
        p.header.append(QString::fromUtf8(f));
    while (p.rows.size() < rows && reader.next(record)) {
        QStringList row;
        for (const QByteArray &f : std::as_const(record.fields))
            row.append(QString::fromUtf8(f));
        p.rows.append(row);
    }
    if (reader.hasError())
        p.error = reader.error();
    return p;
}

// One run of an import: the reader, the layout, the counters and the report.
class CsvImporter::Session
{
public:
    Session(CsvImporter &owner, const Meter &meter, QIODevice &device, const Options &options)
        : m_owner(owner)
        , m_meter(meter)
        , m_device(device)
        , m_options(options)
        , m_zone(meter.timezone.toUtf8())
        , m_reader(&device, options.delimiter)
        , m_now(owner.m_now ? *owner.m_now : QDateTime::currentSecsSinceEpoch())
    {
        m_report.dryRun = options.dryRun;
    }

    Result<Report> run();

private:
    Status readHeader();
    Status resolveReadings();
    Status resolveRecharges();
    int column(const QString &reference, const QString &what, Status *status) const;
    bool nextRecord(); // false at the end, on a syntax error or when cancelled
    void rowError(int column, const QString &message);
    bool checkWidth();
    std::optional<qint64> timeAt(int column);
    std::optional<std::optional<qint64>> numberAt(int column, bool nonNegative, const char *what);
    QString textAt(int column);
    bool checkMeter(int column);
    std::optional<Reading> parseReading();
    Result<Report> importReadings();
    Result<Report> importRecharges();
    qint64 detectedRecharges() const;

    CsvImporter &m_owner;
    const Meter &m_meter;
    QIODevice &m_device;
    const Options &m_options;
    QTimeZone m_zone;
    CsvReader m_reader;
    qint64 m_now;
    CsvFieldParser::TimeLayout m_timeLayout;
    QStringList m_header;
    ReadingLayout m_readings;
    RechargeLayout m_recharges;
    CsvRecord m_record;
    QString m_meterName; // the first meter named in the file
    bool m_rowFailed = false;
    bool m_failed = false; // a bad row without skipBadRows: nothing is kept
    Report m_report;
};

Status CsvImporter::checkSource(const QString &databasePath, const QString &path)
{
    if (DatabaseFiles::contains(databasePath, path))
        return Status::failure(
            Tr::tr("%1 is Kilowatch's database, not a CSV file. Choose the CSV file to import.").arg(path));
    return {};
}

Result<CsvImporter::Report> CsvImporter::run(const Meter &meter, QIODevice &device, const Options &options)
{
    Session session(*this, meter, device, options);
    return session.run();
}

Result<CsvImporter::Report> CsvImporter::Session::run()
{
    if (Status header = readHeader(); !header)
        return Result<Report>::failure(header.typedError());
    return m_options.kind == Kind::Readings ? importReadings() : importRecharges();
}

Status CsvImporter::Session::readHeader()
{
    const std::optional<CsvFieldParser::TimeLayout> layout = CsvFieldParser::timeLayout(m_options.timeFormat);
    if (!layout)
        return Status::failure(
            Tr::tr("The time format \"%1\" is neither iso, epoch nor epoch-ms, nor a date format "
                   "with the year, month and day such as \"dd/MM/yyyy HH:mm\".")
                .arg(m_options.timeFormat));
    m_timeLayout = *layout;
    if (!m_reader.next(m_record)) {
        if (m_reader.hasError())
            return Status::failure(m_reader.error().toError());
        return Status::failure(Tr::tr("The file is empty: it has no header row."));
    }
    for (const QByteArray &f : std::as_const(m_record.fields))
        m_header.append(QString::fromUtf8(f).trimmed());
    return m_options.kind == Kind::Readings ? resolveReadings() : resolveRecharges();
}

int CsvImporter::Session::column(const QString &reference, const QString &what, Status *status) const
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return -1;
    bool isNumber = false;
    const int number = ref.toInt(&isNumber);
    if (isNumber) {
        if (number < 1 || number > m_header.size())
            *status = Status::failure(Tr::tr("The %1 column is number %2, but the file has %3 columns.")
                                          .arg(what)
                                          .arg(number)
                                          .arg(m_header.size()));
        return number - 1;
    }
    for (int i = 0; i < m_header.size(); ++i) {
        if (m_header.at(i).compare(ref, Qt::CaseInsensitive) == 0)
            return i;
    }
    *status = Status::failure(Tr::tr("The file has no column \"%1\" (for the %2); its columns are: %3.")
                                  .arg(ref, what, m_header.join(QStringLiteral(", "))));
    return -1;
}

Status CsvImporter::Session::resolveReadings()
{
    ReadingLayout &l = m_readings;
    if (!m_options.mapping || m_options.mapping->isEmpty()) {
        if (!isOwnLayout(Kind::Readings, m_header))
            return Status::failure(Tr::tr("Line 1 is not the header of a Kilowatch readings export (%1); for "
                                          "another layout, say which "
                                          "column holds the time, the balance and the counters.")
                                       .arg(ReadingColumns::names().join(QStringLiteral(", "))));
        const QStringList names = normalised(m_header);
        l.own = true;
        l.meter = static_cast<int>(names.indexOf(QStringLiteral("meter")));
        l.time = static_cast<int>(names.indexOf(QStringLiteral("time")));
        l.balance = static_cast<int>(names.indexOf(QStringLiteral("balance")));
        l.grid = static_cast<int>(names.indexOf(QStringLiteral("grid_kwh")));
        l.generator = static_cast<int>(names.indexOf(QStringLiteral("generator_kwh")));
        l.load = static_cast<int>(names.indexOf(QStringLiteral("load_kw")));
        l.source = static_cast<int>(names.indexOf(QStringLiteral("source")));
    } else {
        const Mapping &m = *m_options.mapping;
        Status status;
        l.time = column(m.time, Tr::tr("time"), &status);
        l.balance = column(m.balance, Tr::tr("balance"), &status);
        l.grid = column(m.gridKwh, Tr::tr("grid kWh"), &status);
        l.generator = column(m.generatorKwh, Tr::tr("generator kWh"), &status);
        l.load = column(m.loadKw, Tr::tr("load kW"), &status);
        l.source = column(m.source, Tr::tr("power source"), &status);
        if (!status)
            return status;
    }
    if (l.time < 0)
        return Status::failure(Tr::tr("Say which column holds the time of each reading."));
    if (l.balance < 0 && l.grid < 0 && l.generator < 0)
        return Status::failure(
            Tr::tr("Say which column holds the balance or a kWh counter: a reading needs one."));
    return {};
}

Status CsvImporter::Session::resolveRecharges()
{
    if (m_options.mapping && !m_options.mapping->isEmpty())
        return Status::failure(Tr::tr("Recharges are imported from Kilowatch's own layout only."));
    if (!isOwnLayout(Kind::Recharges, m_header))
        return Status::failure(Tr::tr("Line 1 is not the header of a Kilowatch recharges export (%1).")
                                   .arg(RechargeColumns::names().join(QStringLiteral(", "))));
    const QStringList names = normalised(m_header);
    RechargeLayout &l = m_recharges;
    l.meter = static_cast<int>(names.indexOf(QStringLiteral("meter")));
    l.time = static_cast<int>(names.indexOf(QStringLiteral("time")));
    l.amount = static_cast<int>(names.indexOf(QStringLiteral("amount")));
    l.balanceAfter = static_cast<int>(names.indexOf(QStringLiteral("balance_after")));
    l.origin = static_cast<int>(names.indexOf(QStringLiteral("origin")));
    l.token = static_cast<int>(names.indexOf(QStringLiteral("token")));
    return {};
}

bool CsvImporter::Session::nextRecord()
{
    if (m_report.cancelled || !m_reader.next(m_record))
        return false;
    ++m_report.rows;
    m_rowFailed = false;
    if (m_owner.m_progress && m_report.rows % kReportEvery == 0) {
        const qint64 size = m_device.isSequential() ? 0 : m_device.size();
        const int permille =
            size > 0 ? static_cast<int>(std::clamp<qint64>(m_reader.bytesRead() * 1000 / size, 0, 999)) : 0;
        if (!m_owner.m_progress(permille)) {
            m_report.cancelled = true;
            return false;
        }
    }
    return true;
}

void CsvImporter::Session::rowError(int column, const QString &message)
{
    if (m_rowFailed)
        return; // one error per row is enough to find it
    m_rowFailed = true;
    ++m_report.badRows;
    if (!m_options.skipBadRows)
        m_failed = true;
    if (m_report.errors.size() < m_options.maxListedErrors) {
        CsvError e;
        e.line = m_record.line;
        e.column = column >= 0 ? column + 1 : 0;
        e.columnName = column >= 0 && column < m_header.size() ? m_header.at(column) : QString();
        e.message = message;
        m_report.errors.append(e);
    }
}

bool CsvImporter::Session::checkWidth()
{
    if (m_record.fields.size() == m_header.size())
        return true;
    rowError(-1,
             Tr::tr("%1 fields where the header has %2.").arg(m_record.fields.size()).arg(m_header.size()));
    return false;
}

std::optional<qint64> CsvImporter::Session::timeAt(int column)
{
    QString why;
    const std::optional<qint64> t =
        CsvFieldParser::time(m_record.fields.at(column), m_timeLayout, m_zone, &why);
    if (!t) {
        rowError(column, why);
        return std::nullopt;
    }
    if (*t > m_now + kFutureToleranceSeconds) {
        rowError(column, Tr::tr("%1 is in the future.").arg(TimeFormat::iso(*t, m_zone)));
        return std::nullopt;
    }
    if (*t < kEarliestReadingTime) {
        rowError(column, Tr::tr("%1 is before the year 2000; check the time format (epoch counts seconds, "
                                "epoch-ms milliseconds).")
                             .arg(TimeFormat::iso(*t, m_zone)));
        return std::nullopt;
    }
    return t;
}

// nullopt: an error; an empty inner optional: the cell is empty (unknown).
std::optional<std::optional<qint64>> CsvImporter::Session::numberAt(int column, bool nonNegative,
                                                                    const char *what)
{
    if (column < 0 || QByteArrayView(m_record.fields.at(column)).trimmed().isEmpty())
        return std::optional<qint64>();
    QString why;
    const std::optional<qint64> value =
        CsvFieldParser::thousandths(m_record.fields.at(column), m_options.decimalComma, &why);
    if (!value) {
        rowError(column, why);
        return std::nullopt;
    }
    if (nonNegative && *value < 0) {
        rowError(column,
                 Tr::tr("%1 cannot be negative (%2).").arg(Tr::tr(what), shown(m_record.fields.at(column))));
        return std::nullopt;
    }
    if (!withinReadingLimit(*value)) {
        rowError(column, Tr::tr("%1 is beyond a billion (%2); check the column and the number format.")
                             .arg(Tr::tr(what), shown(m_record.fields.at(column))));
        return std::nullopt;
    }
    return std::optional<qint64>(*value);
}

QString CsvImporter::Session::textAt(int column)
{
    if (column < 0)
        return QString();
    // Our export put an apostrophe before text a spreadsheet would run as a formula.
    return CsvWriter::restore(QString::fromUtf8(m_record.fields.at(column)));
}

bool CsvImporter::Session::checkMeter(int column)
{
    if (column < 0)
        return true;
    const QString name = textAt(column);
    if (name.isEmpty())
        return true;
    if (m_meterName.isEmpty()) {
        m_meterName = name;
        return true;
    }
    if (name == m_meterName)
        return true;
    rowError(column,
             Tr::tr("the file holds more than one meter (\"%1\", then \"%2\"); import one meter at a time.")
                 .arg(m_meterName, name));
    return false;
}

std::optional<Reading> CsvImporter::Session::parseReading()
{
    const ReadingLayout &l = m_readings;
    if (!checkWidth() || !checkMeter(l.meter))
        return std::nullopt;
    Reading r;
    const std::optional<qint64> t = timeAt(l.time);
    const auto balance = numberAt(l.balance, false, QT_TRANSLATE_NOOP("CsvImporter", "The balance"));
    const auto grid = numberAt(l.grid, true, QT_TRANSLATE_NOOP("CsvImporter", "A counter"));
    const auto generator = numberAt(l.generator, true, QT_TRANSLATE_NOOP("CsvImporter", "A counter"));
    const auto load = numberAt(l.load, true, QT_TRANSLATE_NOOP("CsvImporter", "The load"));
    if (!t || !balance || !grid || !generator || !load)
        return std::nullopt;
    r.time = *t;
    r.fetchedAt = *t;
    r.balanceMilli = *balance;
    r.gridWh = *grid;
    r.generatorWh = *generator;
    r.loadW = *load;
    if (l.source >= 0) {
        const QString name = textAt(l.source);
        bool known = true;
        r.source = name.trimmed().isEmpty() ? PowerSource::Unknown : powerSourceFromName(name, &known);
        if (!known) {
            rowError(l.source,
                     Tr::tr("\"%1\" is not a power source (grid, generator or unknown).").arg(name.left(40)));
            return std::nullopt;
        }
    }
    if (!r.balanceMilli && !r.gridWh && !r.generatorWh) {
        rowError(l.balance >= 0 ? l.balance : l.time,
                 Tr::tr("the row has neither a balance nor a kWh counter."));
        return std::nullopt;
    }
    return r;
}

qint64 CsvImporter::Session::detectedRecharges() const
{
    return RechargeRepository(m_owner.m_db).detectedCount(m_meter.id);
}

Result<CsvImporter::Report> CsvImporter::Session::importReadings()
{
    using R = Result<Report>;
    Database &db = m_owner.m_db;
    // One transaction around everything: rows, derivation and the rebuild of an unsorted file.
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.errorKind(), Tr::tr("Could not start the import: %1").arg(tx.error()));
    const qint64 rechargesBefore = detectedRecharges();
    bool sorted = true;
    std::optional<qint64> previous;
    std::optional<qint64> earliest;
    ReadingIngestor ingestor(db);
    const Result<IngestStats> stats = ingestor.ingestSorted(m_meter, [&]() -> std::optional<Reading> {
        while (nextRecord()) {
            const std::optional<Reading> r = parseReading();
            if (!r || m_failed)
                continue; // after a bad row only check the rest, to list every error
            if (previous && r->time < *previous)
                sorted = false;
            previous = r->time;
            if (!earliest || r->time < *earliest)
                earliest = r->time;
            return r;
        }
        return std::nullopt;
    });
    if (m_reader.hasError())
        return R::failure(m_reader.error().toError());
    if (!stats)
        return R::failure(stats.typedError());
    if (m_failed || m_report.cancelled)
        return m_report; // the transaction rolls back: nothing was kept
    m_report.imported = stats->inserted;
    m_report.duplicates = stats->duplicates;
    m_report.rebuiltFrom = stats->rebuiltFrom;
    if (!sorted && earliest) {
        // The ingestor derives in time order; a file out of order is derived again from its
        // earliest day, which is exactly what a sorted import would have produced.
        if (Status rebuilt = ingestor.rebuild(m_meter, *earliest); !rebuilt)
            return R::failure(rebuilt.typedError());
        m_report.rebuiltFrom = *earliest;
    }
    m_report.rechargesDerived = detectedRecharges() - rechargesBefore;
    if (m_options.dryRun)
        return m_report;
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.errorKind(),
                          Tr::tr("Could not store the import: %1").arg(committed.error()));
    m_report.committed = true;
    return m_report;
}

Result<CsvImporter::Report> CsvImporter::Session::importRecharges()
{
    using R = Result<Report>;
    Database &db = m_owner.m_db;
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.errorKind(), Tr::tr("Could not start the import: %1").arg(tx.error()));
    RechargeRepository stored(db);
    // Checked row by row, with the ledger's own rules; stored at the end through the ledger,
    // the one writer of recharges, so everything derived from them is rebuilt once.
    QList<RechargeEntry> entries;
    const RechargeLayout &l = m_recharges;
    while (nextRecord()) {
        if (!checkWidth() || !checkMeter(l.meter))
            continue;
        const std::optional<qint64> t = timeAt(l.time);
        const auto amount = numberAt(l.amount, true, QT_TRANSLATE_NOOP("CsvImporter", "The amount"));
        const auto balanceAfter =
            numberAt(l.balanceAfter, false, QT_TRANSLATE_NOOP("CsvImporter", "The balance"));
        if (!t || !amount || !balanceAfter)
            continue;
        if (!*amount) {
            rowError(l.amount, Tr::tr("the amount is missing."));
            continue;
        }
        if (Status valid = RechargeLedger::checkAmount(**amount); !valid) {
            rowError(l.amount, valid.error());
            continue;
        }
        QString origin = textAt(l.origin).trimmed().toLower();
        if (origin.isEmpty())
            origin = QStringLiteral("manual");
        if (origin != QLatin1String("detected") && origin != QLatin1String("provider") &&
            origin != QLatin1String("manual")) {
            rowError(l.origin,
                     Tr::tr("\"%1\" is not an origin (detected, provider or manual).").arg(origin.left(40)));
            continue;
        }
        QString token = textAt(l.token).trimmed();
        if (token.size() > kMaxTokenLength) {
            rowError(l.token, Tr::tr("the token is longer than %1 characters.").arg(kMaxTokenLength));
            continue;
        }
        if (origin == QLatin1String("manual")) {
            // A typed-in token is held to the ledger's rule; a provider's is the provider's.
            const Result<QString> digits = RechargeLedger::checkToken(token);
            if (!digits) {
                rowError(l.token, digits.error());
                continue;
            }
            token = digits.value();
        }
        if (m_failed)
            continue; // only checking the rest now
        if (origin == QLatin1String("detected")) {
            // Detected recharges are derived from the readings; they are never stored by hand.
            const Result<bool> found = stored.hasDetectedAt(m_meter.id, *t);
            if (!found)
                return R::failure(found.typedError());
            if (found.value()) {
                ++m_report.duplicates;
            } else {
                rowError(l.origin,
                         Tr::tr("no detected recharge at this time: detected recharges come from the "
                                "readings, so import the readings first (or make it a manual recharge)."));
            }
            continue;
        }
        RechargeEntry e;
        e.time = *t;
        e.amountMilli = **amount;
        e.origin = origin;
        e.token = token;
        entries.append(e);
    }
    if (m_reader.hasError())
        return R::failure(m_reader.error().toError());
    if (m_failed || m_report.cancelled) {
        m_report.imported = 0; // rolled back
        m_report.duplicates = 0;
        return m_report;
    }
    // balance_after is not taken from the file: it is derived (the balance after the rise a
    // recharge explains), and the rebuild derives it as for a recharge typed in.
    const Result<RechargeLedger::Added> added = RechargeLedger(db).addAll(m_meter, entries);
    if (!added)
        return R::failure(added.typedError());
    m_report.imported = added->added;
    m_report.duplicates += added->duplicates;
    if (m_options.dryRun)
        return m_report;
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.errorKind(),
                          Tr::tr("Could not store the import: %1").arg(committed.error()));
    m_report.committed = true;
    return m_report;
}
