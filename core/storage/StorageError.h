#pragma once

#include "model/Error.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

// What a SQLite failure means for the user: the disk is full, the file is read-only, another
// program holds it, it is damaged or cannot be opened, with one sentence that names the
// problem and what to do. The kind comes from SQLite's result code (QSqlError's native code)
// where the failure happens and travels with it (Error, Result, Status); nothing re-reads
// SQLite's message.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)
public:
    // The storage kinds of ErrorKind (DiskFull, WriteFailed, ReadOnly, Locked, Corrupt,
    // CannotOpen); None for no error or a failure that is not a storage fault (a constraint, a
    // bad statement).
    using Kind = ErrorKind;

    StorageError() = default;
    StorageError(Kind kind, QString detail);

    // From a typed failure: its kind if that is a storage fault, else None.
    explicit StorageError(const Error &error);

    static StorageError fromSqlError(const QSqlError &error);
    // The kind of a failed statement, from SQLite's (extended) result code: a storage kind,
    // Failed for any other failure, None for no error. Give it to Result/Status::failure.
    static ErrorKind kindOf(const QSqlError &error);
    // A failure with SQLite's kind and the sentence `message`.
    static Error error(const QSqlError &error, QString message);

    Kind kind() const { return m_kind; }
    bool isFault() const { return isStorageFault(m_kind); }
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
