#include "Transaction.h"

#include "Database.h"
#include "Logging.h"

#include <QSqlError>

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_outermost = m_db.m_transactionDepth == 0;
    if (m_outermost && !m_db.connection().transaction()) {
        m_error = m_db.connection().lastError().text();
        return;
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
        if (!m_db.connection().rollback()) {
            const QString error = m_db.connection().lastError().text();
            if (error.contains(QLatin1String("no transaction is active")))
                qCInfo(lcStorage) << "rollback:" << error;
            else
                qCWarning(lcStorage) << "rollback failed:" << error;
        }
    } else {
        // An inner scope that did not commit dooms the whole transaction.
        m_db.m_transactionFailed = true;
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? QStringLiteral("no transaction") : m_error);
    if (!m_outermost) {
        --m_db.m_transactionDepth;
        m_active = false;
        return {};
    }
    if (m_db.m_transactionFailed) {
        m_db.m_transactionFailed = false;
        return Status::failure(QStringLiteral("a part of the transaction failed"));
    }
    if (!m_db.connection().commit())
        return Status::failure(m_db.connection().lastError().text());
    --m_db.m_transactionDepth;
    m_active = false;
    return {};
}
