#pragma once

#include "model/Result.h"

#include <QString>

#include <optional>

class Database;

// Small per-meter facts that must survive a restart (history backfilled, open session,
// alert arming, ...), as text values under stable keys.
class MeterStateRepository
{
public:
    explicit MeterStateRepository(Database &db);

    std::optional<QString> value(qint64 meterId, const QString &key) const;
    Status setValue(qint64 meterId, const QString &key, const QString &value);
    Status remove(qint64 meterId, const QString &key);

private:
    Database &m_db;
};
