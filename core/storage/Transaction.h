#pragma once

#include "model/Result.h"

class Database;

// Scoped transaction: rolls back unless commit() succeeded. Every multi-row write goes
// through one of these so a failure half-way leaves nothing behind. Nested scopes join the
// outermost one: only it begins and commits, and a failure anywhere rolls back everything.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error.message(); }
    ErrorKind errorKind() const { return m_error.kind(); }
    const Error &typedError() const { return m_error; }
    Status commit();

private:
    Database &m_db;
    bool m_outermost = false;
    bool m_active = false;
    Error m_error;
};
