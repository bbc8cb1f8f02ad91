#pragma once

#include "model/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class SqlDialect;

// One open Kilowatch database: a SQLite file, configured, migrated to the current schema.
// A Database belongs to the thread that opened it (a Qt SQL rule); open a second one for
// another thread. Owns its named QSqlDatabase connection.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates the file (owner-only permissions) when missing, refuses a database written by
    // a newer Kilowatch without touching it, then applies pending migrations.
    static Result<std::unique_ptr<Database>> open(const QString &path);

    static int latestSchemaVersion();

    QSqlDatabase &connection() { return m_db; }
    const SqlDialect &dialect() const { return *m_dialect; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

private:
    friend class Transaction;
    Database(QString path, QString connectionName);
    Status migrate();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<SqlDialect> m_dialect;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
};
