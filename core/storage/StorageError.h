#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

// What a SQLite failure means for the user: the disk is full, the file is read-only, another
// program holds it, it is damaged or cannot be opened, with one sentence that names the
// problem and what to do. Errors travel through the code as Result/Status text carrying
// SQLite's own (fixed, English) message, so they are classified from that text as well as from
// a QSqlError's native code.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)
public:
    enum class Kind
    {
        None,        // no error, or not a storage fault (e.g. a constraint, a bad statement)
        DiskFull,    // SQLITE_FULL
        WriteFailed, // SQLITE_IOERR: a write the disk refused (a file size limit, a full or failing disk)
        ReadOnly,    // SQLITE_READONLY, SQLITE_PERM
        Locked,      // SQLITE_BUSY, SQLITE_LOCKED: another program holds the database
        Corrupt,     // SQLITE_CORRUPT, SQLITE_NOTADB
        CannotOpen,  // SQLITE_CANTOPEN
    };

    StorageError() = default;
    StorageError(Kind kind, QString detail);

    static StorageError fromSqlError(const QSqlError &error);
    // From an error sentence that contains SQLite's message, e.g. a Status's error().
    static StorageError fromText(const QString &text);

    Kind kind() const { return m_kind; }
    bool isFault() const { return m_kind != Kind::None; }
    // Stable machine name for JSON and logs: disk_full, write_failed, read_only, locked,
    // corrupt, cannot_open (empty for None).
    QString kindName() const;
    // A command failed on the database at `databasePath`: what happened, what to do.
    QString sentence(const QString &databasePath) const;
    // What a running app says while the fault lasts (new readings are not being saved).
    QString ongoingSentence() const;
    // The original error text, for the log.
    const QString &detail() const { return m_detail; }

private:
    Kind m_kind = Kind::None;
    QString m_detail;
};
