#include "Transaction.h"

#include "Database.h"
#include "Logging.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// BEGIN, COMMIT and ROLLBACK as statements: their failures keep SQLite's result code (Qt's
// QSqlDatabase::commit() reports a failed COMMIT without it).
QSqlError run(QSqlDatabase &connection, const QString &statement)
{
    QSqlQuery q(connection);
    return q.exec(statement) ? QSqlError() : q.lastError();
}

// SQLite's generic SQLITE_ERROR: for a ROLLBACK, that there was no transaction left to end.
constexpr int kSqliteError = 1;

} // namespace

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_outermost = m_db.m_transactionDepth == 0;
    if (m_outermost) {
        // IMMEDIATE: the write lock now, waiting out another writer (the busy timeout). A deferred
        // BEGIN read first and then could not write once another connection had written in
        // between: SQLite fails that at once, busy timeout or not ("database is locked").
        if (const QSqlError failed = run(m_db.connection(), QStringLiteral("BEGIN IMMEDIATE"));
            failed.isValid()) {
            m_error = StorageError::error(failed, failed.databaseText());
            return;
        }
    }
    ++m_db.m_transactionDepth;
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    --m_db.m_transactionDepth;
    if (m_outermost) {
        m_db.m_transactionFailed = false;
        // After a full disk, an I/O error or a lock timeout SQLite may already have rolled
        // back by itself; that is no news (the CLI keeps warnings for real problems).
        if (const QSqlError failed = run(m_db.connection(), QStringLiteral("ROLLBACK")); failed.isValid()) {
            if (failed.nativeErrorCode().toInt() == kSqliteError)
                qCInfo(lcStorage) << "rollback:" << failed.text();
            else
                qCWarning(lcStorage) << "rollback failed:" << failed.text();
        }
    } else {
        // An inner scope that did not commit dooms the whole transaction.
        m_db.m_transactionFailed = true;
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.kind() == ErrorKind::None
                                   ? Error(ErrorKind::Failed, QStringLiteral("no transaction"))
                                   : m_error);
    if (!m_outermost) {
        --m_db.m_transactionDepth;
        m_active = false;
        return {};
    }
    if (m_db.m_transactionFailed) {
        m_db.m_transactionFailed = false;
        return Status::failure(QStringLiteral("a part of the transaction failed"));
    }
    if (const QSqlError failed = run(m_db.connection(), QStringLiteral("COMMIT")); failed.isValid())
        return Status::failure(StorageError::error(failed, failed.databaseText()));
    --m_db.m_transactionDepth;
    m_active = false;
    return {};
}
