#pragma once

#include <memory>

#include "model/Meter.h"
#include "model/Result.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class BillSource;
class CsvWriter;
class Database;
class QIODevice;

// Streams one kind of data of one or more meters to CSV (see CsvWriter for the format):
//   readings  the stored readings                     (ReadingColumns)
//   usage     the chart's series, same UsageSeriesQuery (UsageColumns::usage)
//   daily     days from the daily rollups              (UsageColumns::daily)
//   monthly   months from the daily rollups            (UsageColumns::monthly)
//   bills     monthly bills from the BillSource        (BillColumns)
//   recharges recharges, deleted ones left out         (RechargeColumns)
//   sessions  grid and generator sessions              (SessionColumns)
//   alerts    the alert log                            (AlertColumns)
// Constant memory whatever the size: rows are read with forward-only queries or in chunks of
// days and written as they come. Progress is reported (and the export cancelled) through a
// callback. writeFile() writes to a temporary file next to the target and renames it only
// when everything was written, so a cancelled or failed export leaves no file behind.
class CsvExporter
{
public:
    enum class Kind
    {
        Readings,
        Usage,
        Daily,
        Monthly,
        Bills,
        Recharges,
        Sessions,
        Alerts,
    };

    struct Request
    {
        Kind kind = Kind::Readings;
        QList<Meter> meters;
        // [from, to) in UTC seconds; day kinds take the local days from the day of `from` to the
        // day of `to - 1`. Unset: from the meter's first reading (or everything) and up to now.
        std::optional<qint64> from;
        std::optional<qint64> to;
        int groupMinutes = 60;      // usage: the chart's grouping (1..1440)
        bool byteOrderMark = false; // the "Excel" option
    };

    struct Stats
    {
        qint64 rows = 0;
        bool cancelled = false;
    };

    // Called every few thousand rows with the share done (0..1000); returning false cancels.
    using Progress = std::function<bool(int permille)>;

    // `bills` may be null: the tariff engine's bills are used (BillSource::create).
    explicit CsvExporter(Database &db, BillSource *bills = nullptr);
    ~CsvExporter();

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setNow(qint64 now) { m_now = now; } // tests: a fixed "now"

    static const QStringList &kindNames();
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static const QStringList &columns(Kind kind);
    // Day kinds read [from, to) as whole local days.
    static bool isDayKind(Kind kind);

    // Checks a request before anything is written (meters given, range valid, bills wired).
    Status validate(const Request &request) const;
    Result<Stats> write(const Request &request, QIODevice &device);
    Result<Stats> writeFile(const Request &request, const QString &path);

    // The folder an export is suggested in: the documents folder when it exists and can be
    // written to, else the home folder (a fresh home has no Documents yet), else the
    // documents folder all the same (makeFolder makes it).
    static QString defaultFolder();
    // Makes the folder of `path` when it is missing (writeFile does not, so a mistyped folder
    // on the command line is refused); a sentence names what is in the way when it cannot.
    static Status makeFolder(const QString &path);

private:
    struct Window;
    bool report(qint64 done, qint64 total);
    Status writeMeter(const Request &request, const Meter &meter, CsvWriter &writer);
    Status writeReadings(const Meter &meter, const Window &w, CsvWriter &writer);
    Status writeUsage(const Request &request, const Meter &meter, const Window &w, CsvWriter &writer);
    Status writePeriods(const Request &request, const Meter &meter, const Window &w, CsvWriter &writer);
    Status writeRecharges(const Meter &meter, const Window &w, CsvWriter &writer);
    Status writeSessions(const Meter &meter, const Window &w, CsvWriter &writer);
    Status writeAlerts(const Meter &meter, const Window &w, CsvWriter &writer);
    qint64 now() const;

    Database &m_db;
    std::unique_ptr<BillSource> m_ownBills; // the tariff engine's, unless one was given
    BillSource *m_bills;
    Progress m_progress;
    std::optional<qint64> m_now;
    int m_meterIndex = 0;
    int m_meterCount = 1;
    bool m_cancelled = false;
};
