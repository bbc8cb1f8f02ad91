#include "StorageError.h"

#include <QDir>
#include <QSqlError>

namespace {

// SQLite's primary result codes (sqlite3.h), so core needs no SQLite headers.
enum SqliteCode
{
    kPerm = 3,
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kNotADb = 26,
};

StorageError::Kind kindOfCode(int code)
{
    switch (code & 0xff) { // extended codes carry the primary one in the low byte
    case kFull:
        return StorageError::Kind::DiskFull;
    case kIoErr:
        return StorageError::Kind::WriteFailed;
    case kReadOnly:
    case kPerm:
        return StorageError::Kind::ReadOnly;
    case kBusy:
    case kLocked:
        return StorageError::Kind::Locked;
    case kCorrupt:
    case kNotADb:
        return StorageError::Kind::Corrupt;
    case kCantOpen:
        return StorageError::Kind::CannotOpen;
    default:
        return StorageError::Kind::None;
    }
}

} // namespace

StorageError::StorageError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{}

StorageError::StorageError(const Error &error)
    : m_kind(error.isStorageFault() ? error.kind() : Kind::None)
    , m_detail(error.message())
{}

StorageError StorageError::fromSqlError(const QSqlError &error)
{
    const ErrorKind kind = kindOf(error);
    return StorageError(isStorageFault(kind) ? kind : Kind::None, error.text());
}

ErrorKind StorageError::kindOf(const QSqlError &error)
{
    if (!error.isValid())
        return ErrorKind::None;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const ErrorKind kind = ok ? kindOfCode(code) : ErrorKind::None;
    return kind == ErrorKind::None ? ErrorKind::Failed : kind;
}

Error StorageError::error(const QSqlError &error, QString message)
{
    return {kindOf(error), std::move(message)};
}

QString StorageError::kindName() const
{
    return isFault() ? errorKindName(m_kind) : QString();
}

QString StorageError::sentence(const QString &databasePath) const
{
    const QString file = QDir::toNativeSeparators(databasePath);
    switch (m_kind) {
    default:
        return m_detail;
    case Kind::DiskFull:
        return tr("The disk is full: nothing new could be saved in %1. Free some space and try again; "
                  "what was stored before is kept.")
            .arg(file);
    case Kind::WriteFailed:
        return tr("The disk refused to write %1 (it is full, over a size limit or failing): nothing new "
                  "was saved. Free some space or check the disk and try again; what was stored before is "
                  "kept.")
            .arg(file);
    case Kind::ReadOnly:
        return tr("The database %1 is read-only: nothing new could be saved. Give your user write "
                  "permission on the file (and its -wal and -shm files) and its folder, then try again.")
            .arg(file);
    case Kind::Locked:
        return tr("The database %1 is locked by another program: nothing new could be saved. Close the "
                  "other program (or wait until it is done) and try again.")
            .arg(file);
    case Kind::Corrupt:
        return tr("%1 is not a Kilowatch database or is damaged: Kilowatch left it as it is. Restore it "
                  "from a backup, or move it away to start a new one.")
            .arg(file);
    case Kind::CannotOpen:
        return tr("The database %1 cannot be opened: check that its folder exists and that your user may "
                  "read and write there.")
            .arg(file);
    }
    return m_detail;
}

QString StorageError::ongoingSentence() const
{
    switch (m_kind) {
    default:
        return m_detail;
    case Kind::DiskFull:
        return tr("The disk is full: new readings are not being saved. Free some space; Kilowatch keeps "
                  "trying and keeps what it stored before.");
    case Kind::WriteFailed:
        return tr("The disk refuses writes (full, over a size limit or failing): new readings are not "
                  "being saved. Kilowatch keeps trying.");
    case Kind::ReadOnly:
        return tr("The database is read-only: new readings are not being saved. Give your user write "
                  "permission on it; Kilowatch keeps trying.");
    case Kind::Locked:
        return tr("Another program is holding the database: new readings are not being saved until it "
                  "lets go. Kilowatch keeps trying.");
    case Kind::Corrupt:
        return tr("The database is damaged: new readings are not being saved. Quit Kilowatch and restore "
                  "the database from a backup.");
    case Kind::CannotOpen:
        return tr("The database cannot be opened: new readings are not being saved. Check its folder and "
                  "permissions; Kilowatch keeps trying.");
    }
    return m_detail;
}
