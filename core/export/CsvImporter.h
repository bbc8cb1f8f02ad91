#pragma once

#include "CsvError.h"
#include "model/Meter.h"
#include "model/Result.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class Database;
class QIODevice;

// Reads readings or recharges of one meter from CSV into the store.
//
// Readings come from our own export (the header names the columns: meter, time, balance,
// grid_kwh, generator_kwh, load_kw, source, in any order, some may be missing) or from any
// other layout through a mapping: which column holds the time, balance, counters, load and
// source (by header name or 1-based number), how the time is written, whether the decimal
// separator is a comma, and the field delimiter. They enter through ReadingIngestor like live
// readings, so recharges, sessions and rollups are derived exactly as for polled data.
// Recharges come from our own export's layout (meter, time, amount, balance_after, origin,
// token): manual and provider ones are stored through RechargeLedger, as if typed in (a manual
// token is 20 digits, spaces and dashes allowed; balance_after is derived again, not read), and
// what depends on them is rebuilt once; detected ones are what the readings derive, so they
// are only matched against the stored ones (import the readings first).
//
// Every row is checked; an error names the line, the column and the reason. A file with any
// bad row imports nothing unless skipBadRows is set (then the good rows go in and the bad ones
// are counted). Syntax errors (quotes, binary data, an over-long line) always stop the import.
// The import is one transaction; rows already stored (same meter and time for readings; same
// time, amount and origin for recharges) are skipped and counted. A dry run does all of it
// and rolls back, so its report is exactly what an import would do.
class CsvImporter
{
public:
    enum class Kind
    {
        Readings,
        Recharges,
    };

    // Columns of a readings file in another layout: header names or 1-based numbers, empty
    // when the file has no such column. The time and one of balance or a counter are needed.
    struct Mapping
    {
        QString time;
        QString balance;
        QString gridKwh;
        QString generatorKwh;
        QString loadKw;
        QString source;

        bool isEmpty() const;
    };

    struct Options
    {
        Kind kind = Kind::Readings;
        std::optional<Mapping> mapping; // unset: the file is our own export
        QString timeFormat;             // iso (default), epoch, epoch-ms or a Qt pattern
        bool decimalComma = false;
        char delimiter = ',';
        bool skipBadRows = false;
        bool dryRun = false;
        int maxListedErrors = 100; // all bad rows are counted, this many are listed
    };

    struct Report
    {
        qint64 rows = 0;       // data rows in the file
        qint64 imported = 0;   // stored (or that would be, in a dry run)
        qint64 duplicates = 0; // already stored, or twice in the file
        qint64 badRows = 0;
        QList<CsvError> errors;            // the first maxListedErrors bad rows
        qint64 rechargesDerived = 0;       // detected recharges added by the derivation
        std::optional<qint64> rebuiltFrom; // older data arrived: derived again from here
        bool dryRun = false;
        bool committed = false; // false: the database is as it was
        bool cancelled = false;
    };

    // The first rows of a file, for a mapping dialog.
    struct Preview
    {
        QStringList header;
        QList<QStringList> rows;
        std::optional<CsvError> error;
    };

    using Progress = std::function<bool(int permille)>;

    explicit CsvImporter(Database &db);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setNow(qint64 now) { m_now = now; }

    static const QStringList &kindNames();
    static std::optional<Kind> kindFromName(const QString &name);

    Result<Report> run(const Meter &meter, QIODevice &device, const Options &options);

    // Refuses a source file that is one of the database's own files (reading it is harmless,
    // but it is never what the user meant): checked before the file is opened.
    static Status checkSource(const QString &databasePath, const QString &path);

    static Preview preview(QIODevice &device, char delimiter, int rows);
    // ',' ';' or tab: whichever the header line holds most of (outside quotes).
    static char guessDelimiter(const QByteArray &headerLine);
    // True when `header` is our own export's header for `kind`.
    static bool isOwnLayout(Kind kind, const QStringList &header);

private:
    class Session;
    friend class Session;

    Database &m_db;
    Progress m_progress;
    std::optional<qint64> m_now;
};
