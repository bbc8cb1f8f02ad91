#pragma once

#include "StorageError.h"
#include "model/Result.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// Running a prepared query the way every repository does: a failure carries the kind SQLite
// reported and its text.
namespace SqlRun {

// Runs `q`.
inline Status exec(QSqlQuery &q)
{
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    return {};
}

// Binds one meter's [from, to) window (the query's first three placeholders) and runs `q`, handing
// each row to `row` until it returns false.
template <class Row>
Status forEachInWindow(QSqlQuery &q, qint64 meterId, qint64 from, qint64 to, const Row &row)
{
    q.addBindValue(meterId);
    q.addBindValue(from);
    q.addBindValue(to);
    if (Status ran = exec(q); !ran)
        return ran;
    while (q.next()) {
        if (!row(q))
            break;
    }
    return {};
}

// Runs `q` and turns each row into a T.
template <class T, class FromRow>
Result<QList<T>> collect(QSqlQuery &q, const FromRow &fromRow)
{
    if (Status ran = exec(q); !ran)
        return Result<QList<T>>::failure(ran.typedError());
    QList<T> list;
    while (q.next())
        list.append(fromRow(q));
    return list;
}

} // namespace SqlRun
