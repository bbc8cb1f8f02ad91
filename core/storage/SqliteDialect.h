#pragma once

#include "SqlDialect.h"

class SqliteDialect final : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    Status configureConnection(QSqlDatabase &db) const override;
    QString clusteredTableSuffix() const override { return QStringLiteral(" WITHOUT ROWID"); }
    QString autoIdColumn() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }
    Result<int> readSchemaVersion(QSqlDatabase &db) const override;
    Status writeSchemaVersion(QSqlDatabase &db, int version) const override;
};
