#include "SqliteDialect.h"

#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

Status SqliteDialect::configureConnection(QSqlDatabase &db) const
{
    // WAL lets the window read while the poller writes; NORMAL is durable in WAL mode
    // except for the last transactions on power loss, never corrupting.
    const char *pragmas[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA temp_store=MEMORY",
    };
    for (const char *pragma : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(pragma)))
            return Status::failure(
                StorageError::kindOf(q.lastError()),
                QCoreApplication::translate("Database", "Could not configure the database (%1): %2")
                    .arg(QString::fromLatin1(pragma), q.lastError().text()));
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() &&
        q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Status::failure(
            QCoreApplication::translate("Database", "The database could not switch to write-ahead logging."));
    return {};
}

Result<int> SqliteDialect::readSchemaVersion(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Result<int>::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    return q.value(0).toInt();
}

Status SqliteDialect::writeSchemaVersion(QSqlDatabase &db, int version) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)))
        return Status::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    return {};
}
