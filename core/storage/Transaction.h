#pragma once

#include "model/Result.h"

#include <QSqlDatabase>

// Scoped transaction: rolls back unless commit() succeeded. Every multi-row write goes
// through one of these so a failure half-way leaves nothing behind.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    Status commit();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    QString m_error;
};
