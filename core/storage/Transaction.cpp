#include "Transaction.h"

#include "Logging.h"

#include <QSqlError>

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    m_active = m_db.transaction();
    if (!m_active)
        m_error = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active && !m_db.rollback())
        qCWarning(lcStorage) << "rollback failed:" << m_db.lastError().text();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? QStringLiteral("no transaction") : m_error);
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        return Status::failure(error);
    }
    m_active = false;
    return {};
}
