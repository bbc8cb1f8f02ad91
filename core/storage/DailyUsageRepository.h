#pragma once

#include "model/DailyUsage.h"
#include "model/Result.h"

#include <QList>

class Database;

// Days of consumption as providers report them, one row per meter and local day.
class DailyUsageRepository
{
public:
    explicit DailyUsageRepository(Database &db);

    Status upsert(qint64 meterId, const QList<DailyUsage> &days);
    Result<QList<DailyUsage>> range(qint64 meterId, const QDate &from, const QDate &to) const;

private:
    Database &m_db;
};
