#pragma once

#include "analytics/DayUsage.h"
#include "analytics/HourProfile.h"
#include "model/Result.h"

#include <QList>

#include <functional>
#include <optional>

class Database;

// The derived rollups: minute profiles per UTC hour (usage_hour) and local days
// (usage_day). Charts and summaries read these, never raw readings.
class RollupRepository
{
public:
    explicit RollupRepository(Database &db);

    std::optional<HourProfile> hour(qint64 meterId, qint64 hourIndex) const;
    Status saveHour(qint64 meterId, qint64 hourIndex, const HourProfile &profile);
    // Hours with fromHour <= index < toHour that have a profile, in order.
    Status forEachHour(qint64 meterId, qint64 fromHour, qint64 toHour,
                       const std::function<void(qint64 hourIndex, const HourProfile &)> &visit) const;

    std::optional<DayUsage> day(qint64 meterId, const QDate &date) const;
    Status saveDay(qint64 meterId, const DayUsage &day);
    Result<QList<DayUsage>> days(qint64 meterId, const QDate &from, const QDate &to) const;

    // Forgets everything derived from `time` on, where `time` is the start of local day
    // `day`: later hours and days go, the hour straddling `time` keeps its earlier minutes.
    Status clearFrom(qint64 meterId, qint64 time, const QDate &day);

private:
    Database &m_db;
};
