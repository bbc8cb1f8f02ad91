#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "model/Result.h"

// The few places where SQL differs between engines. Everything else the storage layer
// writes is portable SQL with bound parameters, so a PostgreSQL dialect can slot in here.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString name() const = 0;
    // Applied to every new connection, after the schema version check.
    virtual Status configureConnection(QSqlDatabase &db) const = 0;
    // Table suffix for tables clustered on their primary key.
    virtual QString clusteredTableSuffix() const = 0;
    // Column type of an auto-assigned integer key.
    virtual QString autoIdColumn() const = 0;
    virtual Result<int> readSchemaVersion(QSqlDatabase &db) const = 0;
    // Called inside the migration's transaction.
    virtual Status writeSchemaVersion(QSqlDatabase &db, int version) const = 0;
    // Expands the ${CLUSTERED} and ${AUTO_ID} placeholders used by migrations.
    QString expand(QString ddl) const;
};
