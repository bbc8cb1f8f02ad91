#pragma once

#include <QString>

#include <utility>

// What kind of failure it was, decided where it happened (from SQLite's result code, a network
// reply's error, a validation rule), never by reading a sentence afterwards. Every error type of
// core (Result/Status, StorageError, FetchOutcome, CsvError) carries or maps onto one of these.
enum class ErrorKind
{
    None,          // no error
    Failed,        // anything not named below (an unexpected state, a statement that failed)
    InvalidInput,  // what the user, a file or a command line gave is not acceptable
    NotFound,      // no such meter, recharge, file, ...
    Missing,       // a required value was not given
    AlreadyExists, // a name that must be unique is taken
    // The keychain (SecretStore):
    NoKeychain,        // no OS keychain is reachable
    SecretStoreFailed, // the keychain refused to read or write a credential
    // The database (SQLite's result codes, see StorageError):
    DiskFull,    // SQLITE_FULL
    WriteFailed, // SQLITE_IOERR: a write the disk refused (a size limit, a full or failing disk)
    ReadOnly,    // SQLITE_READONLY, SQLITE_PERM
    Locked,      // SQLITE_BUSY, SQLITE_LOCKED: another program holds the database
    Corrupt,     // SQLITE_CORRUPT, SQLITE_NOTADB
    CannotOpen,  // SQLITE_CANTOPEN
    // A provider or another server (see FetchOutcome):
    Auth,        // credentials rejected
    HumanCheck,  // the server wants a person (captcha)
    RateLimited, // too many requests
    Server,      // the server reported an error
    Network,     // not reachable: DNS, refused, TLS, reset
    Timeout,     // no complete answer in time
    BadData,     // an answer that cannot be used
};

// True for the kinds that mean the database itself failed (full, read-only, locked, ...).
bool isStorageFault(ErrorKind kind);
// Stable machine name for JSON and logs, e.g. "disk_full" (empty for None).
QString errorKindName(ErrorKind kind);

// A failure: its kind and a sentence for people.
class Error
{
public:
    Error() = default;
    Error(ErrorKind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
    {}

    ErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    bool isStorageFault() const { return ::isStorageFault(m_kind); }
    // The same kind with another sentence, e.g. one that puts this one in context.
    Error withMessage(QString message) const { return {m_kind, std::move(message)}; }

private:
    ErrorKind m_kind = ErrorKind::None;
    QString m_message;
};
