#pragma once

#include "alerts/Alert.h"
#include "model/Result.h"

#include <QList>

#include <functional>
#include <optional>

class Database;

// The alert log (alerts): every alert raised, shown or silenced, oldest first when listed.
class AlertRepository
{
public:
    explicit AlertRepository(Database &db);

    // Returns the new row id, or 0 when an alert with the same meter and dedupe key exists
    // (the alert was raised before: not again).
    Result<qint64> insert(const Alert &alert);
    bool hasKey(qint64 meterId, const QString &dedupeKey) const;
    // Alerts of a meter with from <= time < to, oldest first.
    Result<QList<Alert>> list(qint64 meterId, qint64 from, qint64 to) const;
    std::optional<Alert> find(qint64 id) const;
    // The log as an export writes it, with from <= time < to, oldest first, one at a time: the
    // time, the kind's name as stored (a kind this version does not know stays as it is) and
    // the message; `row` returns false to stop. The error is the database's.
    Status forEachLogged(
        qint64 meterId, qint64 from, qint64 to,
        const std::function<bool(qint64 time, const QString &kind, const QString &message)> &row) const;

private:
    Database &m_db;
};
