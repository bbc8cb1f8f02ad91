#include "CsvExporter.h"

#include "AlertColumns.h"
#include "BillColumns.h"
#include "BillSource.h"
#include "CsvWriter.h"
#include "ReadingColumns.h"
#include "RechargeColumns.h"
#include "SessionColumns.h"
#include "UsageColumns.h"
#include "analytics/LocalCalendar.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/SummaryQuery.h"
#include "analytics/UsageSeries.h"
#include "model/Currency.h"
#include "storage/AlertRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseFiles.h"
#include "storage/ReadingRepository.h"
#include "storage/RechargeRepository.h"
#include "storage/SessionRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
};

constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr int kReportEvery = 1024;
constexpr int kUsageChunkDays = 7;

} // namespace

// The resolved range of one meter: [from, to), empty when there is nothing to write.
struct CsvExporter::Window
{
    qint64 from = 0;
    qint64 to = 0;
    bool empty() const { return to <= from; }
};

CsvExporter::CsvExporter(Database &db, BillSource *bills)
    : m_db(db)
    , m_ownBills(bills ? nullptr : BillSource::create(db))
    , m_bills(bills ? bills : m_ownBills.get())
{}

CsvExporter::~CsvExporter() = default;

const QStringList &CsvExporter::kindNames()
{
    static const QStringList names = {
        QStringLiteral("readings"), QStringLiteral("usage"),  QStringLiteral("daily"),
        QStringLiteral("monthly"),  QStringLiteral("bills"),  QStringLiteral("recharges"),
        QStringLiteral("sessions"), QStringLiteral("alerts"),
    };
    return names;
}

QString CsvExporter::kindName(Kind kind)
{
    return kindNames().at(static_cast<int>(kind));
}

std::optional<CsvExporter::Kind> CsvExporter::kindFromName(const QString &name)
{
    const qsizetype index = kindNames().indexOf(name.trimmed().toLower());
    if (index < 0)
        return std::nullopt;
    return static_cast<Kind>(index);
}

const QStringList &CsvExporter::columns(Kind kind)
{
    switch (kind) {
    case Kind::Readings:
        return ReadingColumns::names();
    case Kind::Usage:
        return UsageColumns::usageNames();
    case Kind::Daily:
        return UsageColumns::dailyNames();
    case Kind::Monthly:
        return UsageColumns::monthlyNames();
    case Kind::Bills:
        return BillColumns::names();
    case Kind::Recharges:
        return RechargeColumns::names();
    case Kind::Sessions:
        return SessionColumns::names();
    case Kind::Alerts:
        return AlertColumns::names();
    }
    return ReadingColumns::names();
}

bool CsvExporter::isDayKind(Kind kind)
{
    return kind == Kind::Daily || kind == Kind::Monthly || kind == Kind::Bills;
}

qint64 CsvExporter::now() const
{
    return m_now ? *m_now : QDateTime::currentSecsSinceEpoch();
}

Status CsvExporter::validate(const Request &request) const
{
    if (request.meters.isEmpty())
        return Status::failure(Tr::tr("Choose at least one meter to export."));
    if (request.from && request.to && *request.to <= *request.from)
        return Status::failure(Tr::tr("The end of the range must be after its start."));
    if (request.kind == Kind::Usage && (request.groupMinutes < UsageSeriesQuery::kMinGroupMinutes ||
                                        request.groupMinutes > UsageSeriesQuery::kMaxGroupMinutes))
        return Status::failure(Tr::tr("The grouping must be between %1 and %2 minutes.")
                                   .arg(UsageSeriesQuery::kMinGroupMinutes)
                                   .arg(UsageSeriesQuery::kMaxGroupMinutes));
    return {};
}

bool CsvExporter::report(qint64 done, qint64 total)
{
    if (m_cancelled)
        return false;
    if (!m_progress)
        return true;
    const qint64 share = total > 0 ? std::clamp<qint64>(done * 1000 / total, 0, 1000) : 0;
    const int permille = static_cast<int>((m_meterIndex * 1000 + share) / qMax(1, m_meterCount));
    if (!m_progress(permille))
        m_cancelled = true;
    return !m_cancelled;
}

Result<CsvExporter::Stats> CsvExporter::write(const Request &request, QIODevice &device)
{
    using R = Result<Stats>;
    if (Status valid = validate(request); !valid)
        return R::failure(valid.typedError());
    m_cancelled = false;
    m_meterCount = static_cast<int>(request.meters.size());
    CsvWriter writer(&device, request.byteOrderMark);
    writer.writeHeader(columns(request.kind));
    for (m_meterIndex = 0; m_meterIndex < m_meterCount; ++m_meterIndex) {
        const Status written = writeMeter(request, request.meters.at(m_meterIndex), writer);
        if (!written)
            return R::failure(written.typedError());
        if (writer.failed())
            return R::failure(Tr::tr("Could not write the CSV file: %1").arg(writer.errorString()));
        if (m_cancelled)
            return Stats{writer.rowCount(), true};
    }
    if (!writer.finish())
        return R::failure(Tr::tr("Could not write the CSV file: %1").arg(writer.errorString()));
    m_meterIndex = m_meterCount - 1;
    if (!report(1, 1))
        return Stats{writer.rowCount(), true}; // cancelled at the very end: still no file
    return Stats{writer.rowCount(), false};
}

Result<CsvExporter::Stats> CsvExporter::writeFile(const Request &request, const QString &path)
{
    using R = Result<Stats>;
    if (Status valid = validate(request); !valid)
        return R::failure(valid.typedError());
    // QSaveFile would rename the CSV over the database (or its WAL) while it is open.
    if (DatabaseFiles::contains(m_db.path(), path))
        return R::failure(Tr::tr("%1 is Kilowatch's database; saving the export there would replace it. "
                                 "Choose another file.")
                              .arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(Tr::tr("Could not create %1: %2").arg(path, file.errorString()));
    Result<Stats> written = write(request, file);
    if (!written || written->cancelled) {
        file.cancelWriting(); // the temporary file goes, the target is untouched
        return written;
    }
    if (!file.commit())
        return R::failure(Tr::tr("Could not save %1: %2").arg(path, file.errorString()));
    return written;
}

QString CsvExporter::defaultFolder()
{
    // A fresh home has no Documents yet: suggest a folder that is there, so the file lands
    // where the user can find it, and only when there is none the documents folder the
    // export will make.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    for (const QString &folder : {documents, QDir::homePath()}) {
        const QFileInfo info(folder);
        if (!folder.isEmpty() && info.isDir() && info.isWritable())
            return QDir::cleanPath(folder);
    }
    return documents.isEmpty() ? QDir::homePath() : documents;
}

Status CsvExporter::makeFolder(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (QFileInfo(folder).isDir() || QDir().mkpath(folder))
        return {};
    // Name what stands in the way: a file where a folder should be.
    for (QString part = folder; !part.isEmpty() && part != QFileInfo(part).absolutePath();
         part = QFileInfo(part).absolutePath()) {
        if (QFileInfo(part).exists() && !QFileInfo(part).isDir())
            return Status::failure(
                Tr::tr("Could not create the folder %1: %2 is a file.")
                    .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(part)));
    }
    return Status::failure(Tr::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder)));
}

Status CsvExporter::writeMeter(const Request &request, const Meter &meter, CsvWriter &writer)
{
    const bool derived = request.kind == Kind::Usage || isDayKind(request.kind);
    if (derived) {
        // The rollups may predate this version's rules (after an upgrade): derive them first.
        if (Status ready = ReadingIngestor(m_db).ensureRollups(meter); !ready)
            return Status::failure(
                ready.errorKind(),
                Tr::tr("Could not derive the usage of \"%1\": %2").arg(meter.name, ready.error()));
    }
    Window w;
    const bool needsReadings = request.kind == Kind::Readings || derived;
    std::optional<Reading> earliest;
    if (needsReadings && !request.from)
        earliest = ReadingRepository(m_db).earliest(meter.id);
    w.from = request.from ? *request.from : (derived ? (earliest ? earliest->time : kMax) : kMin);
    w.to = request.to ? *request.to : (derived ? now() + 1 : kMax);
    if (w.empty()) {
        report(1, 1);
        return {};
    }
    switch (request.kind) {
    case Kind::Readings:
        return writeReadings(meter, w, writer);
    case Kind::Usage:
        return writeUsage(request, meter, w, writer);
    case Kind::Daily:
    case Kind::Monthly:
    case Kind::Bills:
        return writePeriods(request, meter, w, writer);
    case Kind::Recharges:
        return writeRecharges(meter, w, writer);
    case Kind::Sessions:
        return writeSessions(meter, w, writer);
    case Kind::Alerts:
        return writeAlerts(meter, w, writer);
    }
    return {};
}

Status CsvExporter::writeReadings(const Meter &meter, const Window &w, CsvWriter &writer)
{
    ReadingRepository repo(m_db);
    // Progress by time through the stored span (a count would read the rows twice).
    const std::optional<Reading> first = repo.earliest(meter.id);
    const std::optional<Reading> last = repo.latest(meter.id);
    const qint64 lo = first ? qMax(w.from, first->time) : w.from;
    const qint64 hi = last ? qMin(w.to, last->time + 1) : w.to;
    const QTimeZone zone(meter.timezone.toUtf8());
    const int digits = Currency::minorDigits(meter.currency);
    int n = 0;
    Status status = repo.forEachInRange(meter.id, w.from, w.to, [&](const Reading &r) {
        writer.writeRow(ReadingColumns::cells(meter.name, zone, r), digits);
        if (++n % kReportEvery == 0)
            return !writer.failed() && report(r.time - lo, hi - lo);
        return !writer.failed();
    });
    if (!status)
        return status;
    report(1, 1);
    return {};
}

Status CsvExporter::writeUsage(const Request &request, const Meter &meter, const Window &w, CsvWriter &writer)
{
    // The same query as the chart, a week of local days at a time: buckets never cross local
    // midnight, so cutting at midnights gives exactly the buckets of one long query.
    const QTimeZone zone(meter.timezone.toUtf8());
    LocalCalendar calendar(zone);
    const int digits = Currency::minorDigits(meter.currency);
    UsageSeriesQuery query(m_db);
    qint64 start = w.from;
    while (start < w.to) {
        qint64 end = calendar.dayStart(start);
        for (int d = 0; d < kUsageChunkDays && end < w.to; ++d)
            end = calendar.nextDayStart(end);
        end = qMin(end, w.to);
        if (end <= start)
            end = w.to;
        const Result<UsageSeries> series = query.runRange(meter, start, end, request.groupMinutes);
        if (!series)
            return Status::failure(series.typedError());
        for (const UsageBucket &b : series->buckets)
            writer.writeRow(UsageColumns::usageCells(meter.name, zone, b), digits);
        if (writer.failed() || !report(end - w.from, w.to - w.from))
            return {};
        start = qMax(series->to, end);
    }
    return {};
}

Status CsvExporter::writePeriods(const Request &request, const Meter &meter, const Window &w,
                                 CsvWriter &writer)
{
    const QTimeZone zone(meter.timezone.toUtf8());
    LocalCalendar calendar(zone);
    const QDate first = calendar.localDate(w.from);
    const QDate last = calendar.localDate(w.to - 1);
    const int digits = Currency::minorDigits(meter.currency);
    const qint64 totalDays = qMax<qint64>(1, first.daysTo(last) + 1);
    SummaryQuery query(m_db);
    // A calendar year at a time: whole months, and a few hundred rows in memory at most.
    for (int year = first.year(); year <= last.year(); ++year) {
        const QDate from = qMax(first, QDate(year, 1, 1));
        const QDate to = qMin(last, QDate(year, 12, 31));
        if (request.kind == Kind::Bills) {
            const Result<QList<BillRow>> bills = m_bills->monthlyBills(meter, from, to);
            if (!bills)
                return Status::failure(bills.typedError());
            for (const BillRow &b : bills.value())
                writer.writeRow(BillColumns::cells(meter.name, b), digits);
        } else {
            const bool daily = request.kind == Kind::Daily;
            const Result<QList<PeriodSummary>> periods =
                query.run(meter, daily ? SummaryQuery::Period::Day : SummaryQuery::Period::Month, from, to);
            if (!periods)
                return Status::failure(periods.typedError());
            for (const PeriodSummary &p : periods.value())
                writer.writeRow(daily ? UsageColumns::dailyCells(meter.name, p)
                                      : UsageColumns::monthlyCells(meter.name, p),
                                digits);
        }
        if (writer.failed() || !report(first.daysTo(to) + 1, totalDays))
            return {};
    }
    return {};
}

Status CsvExporter::writeRecharges(const Meter &meter, const Window &w, CsvWriter &writer)
{
    const QTimeZone zone(meter.timezone.toUtf8());
    const int digits = Currency::minorDigits(meter.currency);
    int n = 0;
    // A stable order that does not depend on row ids, so an imported copy exports the same.
    const Status read =
        RechargeRepository(m_db).forEachListed(meter.id, w.from, w.to, [&](const RechargeEntry &e) {
            RechargeRecord r;
            r.time = e.time;
            r.amountMilli = e.amountMilli;
            r.balanceAfterMilli = e.balanceAfterMilli;
            r.origin = e.origin;
            r.token = e.token;
            writer.writeRow(RechargeColumns::cells(meter.name, zone, r), digits);
            return !writer.failed() && (++n % kReportEvery != 0 || report(0, 1));
        });
    if (!read)
        return Status::failure(read.errorKind(),
                               Tr::tr("Could not read the recharges: %1").arg(read.error()));
    if (writer.failed() || m_cancelled)
        return {};
    report(1, 1);
    return {};
}

Status CsvExporter::writeSessions(const Meter &meter, const Window &w, CsvWriter &writer)
{
    const QTimeZone zone(meter.timezone.toUtf8());
    const int digits = Currency::minorDigits(meter.currency);
    int n = 0;
    const Status read =
        SessionRepository(m_db).forEachStarted(meter.id, w.from, w.to, [&](const SourceSession &session) {
            writer.writeRow(SessionColumns::cells(meter.name, zone, session), digits);
            return !writer.failed() && (++n % kReportEvery != 0 || report(0, 1));
        });
    if (!read)
        return Status::failure(read.errorKind(), Tr::tr("Could not read the sessions: %1").arg(read.error()));
    if (writer.failed() || m_cancelled)
        return {};
    report(1, 1);
    return {};
}

Status CsvExporter::writeAlerts(const Meter &meter, const Window &w, CsvWriter &writer)
{
    const QTimeZone zone(meter.timezone.toUtf8());
    const int digits = Currency::minorDigits(meter.currency);
    int n = 0;
    const Status read = AlertRepository(m_db).forEachLogged(
        meter.id, w.from, w.to, [&](qint64 time, const QString &kind, const QString &message) {
            AlertRecord a;
            a.time = time;
            a.kind = kind;
            a.message = message;
            writer.writeRow(AlertColumns::cells(meter.name, zone, a), digits);
            return !writer.failed() && (++n % kReportEvery != 0 || report(0, 1));
        });
    if (!read)
        return Status::failure(read.errorKind(), Tr::tr("Could not read the alerts: %1").arg(read.error()));
    if (writer.failed() || m_cancelled)
        return {};
    report(1, 1);
    return {};
}
