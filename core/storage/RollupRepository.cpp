#include "RollupRepository.h"

#include "Database.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kDayColumns =
    QStringLiteral("day, grid_wh, generator_wh, cost_milli, recharged_milli,"
                   " closing_balance_milli, closing_t, intervals, gap_seconds, estimated");

DayUsage dayFromQuery(const QSqlQuery &q)
{
    DayUsage d;
    d.date = QDate::fromJulianDay(q.value(0).toLongLong());
    d.gridWh = q.value(1).toLongLong();
    d.generatorWh = q.value(2).toLongLong();
    d.costMilli = q.value(3).toLongLong();
    d.rechargedMilli = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        d.closingBalanceMilli = q.value(5).toLongLong();
    d.closingTime = q.value(6).toLongLong();
    d.intervals = q.value(7).toInt();
    d.gapSeconds = q.value(8).toLongLong();
    d.estimated = q.value(9).toBool();
    return d;
}

} // namespace

RollupRepository::RollupRepository(Database &db)
    : m_db(db)
{}

std::optional<HourProfile> RollupRepository::hour(qint64 meterId, qint64 hourIndex) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT minutes FROM usage_hour WHERE meter_id = ? AND hour = ?"));
    q.addBindValue(meterId);
    q.addBindValue(hourIndex);
    if (!q.exec() || !q.next())
        return std::nullopt;
    HourProfile profile;
    if (!profile.decode(q.value(0).toByteArray()))
        return std::nullopt;
    return profile;
}

Status RollupRepository::saveHour(qint64 meterId, qint64 hourIndex, const HourProfile &profile)
{
    QSqlQuery q(m_db.connection());
    if (profile.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM usage_hour WHERE meter_id = ? AND hour = ?"));
        q.addBindValue(meterId);
        q.addBindValue(hourIndex);
    } else {
        q.prepare(QStringLiteral("INSERT INTO usage_hour (meter_id, hour, minutes) VALUES (?, ?, ?)"
                                 " ON CONFLICT (meter_id, hour) DO UPDATE SET minutes = excluded.minutes"));
        q.addBindValue(meterId);
        q.addBindValue(hourIndex);
        q.addBindValue(profile.encode());
    }
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    return {};
}

Status RollupRepository::forEachHour(qint64 meterId, qint64 fromHour, qint64 toHour,
                                     const std::function<void(qint64, const HourProfile &)> &visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT hour, minutes FROM usage_hour WHERE meter_id = ? AND hour >= ? AND hour < ?"
                       " ORDER BY hour"));
    q.addBindValue(meterId);
    q.addBindValue(fromHour);
    q.addBindValue(toHour);
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    HourProfile profile;
    while (q.next()) {
        if (profile.decode(q.value(1).toByteArray()))
            visit(q.value(0).toLongLong(), profile);
    }
    return {};
}

std::optional<DayUsage> RollupRepository::day(qint64 meterId, const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM usage_day WHERE meter_id = ? AND day = ?").arg(kDayColumns));
    q.addBindValue(meterId);
    q.addBindValue(date.toJulianDay());
    if (q.exec() && q.next())
        return dayFromQuery(q);
    return std::nullopt;
}

Status RollupRepository::saveDay(qint64 meterId, const DayUsage &d)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO usage_day (meter_id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (meter_id, day) DO UPDATE SET grid_wh = excluded.grid_wh,"
                             " generator_wh = excluded.generator_wh, cost_milli = excluded.cost_milli,"
                             " recharged_milli = excluded.recharged_milli,"
                             " closing_balance_milli = excluded.closing_balance_milli,"
                             " closing_t = excluded.closing_t, intervals = excluded.intervals,"
                             " gap_seconds = excluded.gap_seconds, estimated = excluded.estimated")
                  .arg(kDayColumns));
    q.addBindValue(meterId);
    q.addBindValue(d.date.toJulianDay());
    q.addBindValue(d.gridWh);
    q.addBindValue(d.generatorWh);
    q.addBindValue(d.costMilli);
    q.addBindValue(d.rechargedMilli);
    q.addBindValue(d.closingBalanceMilli ? QVariant(*d.closingBalanceMilli) : QVariant());
    q.addBindValue(d.closingTime);
    q.addBindValue(d.intervals);
    q.addBindValue(d.gapSeconds);
    q.addBindValue(d.estimated ? 1 : 0);
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    return {};
}

Result<QList<DayUsage>> RollupRepository::days(qint64 meterId, const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM usage_day WHERE meter_id = ? AND day >= ? AND day <= ? ORDER BY day")
            .arg(kDayColumns));
    q.addBindValue(meterId);
    q.addBindValue(from.toJulianDay());
    q.addBindValue(to.toJulianDay());
    if (!q.exec())
        return Result<QList<DayUsage>>::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    QList<DayUsage> list;
    while (q.next())
        list.append(dayFromQuery(q));
    return list;
}

Status RollupRepository::clearFrom(qint64 meterId, qint64 time, const QDate &day)
{
    const qint64 straddling = time / 3600 - (time % 3600 < 0 ? 1 : 0);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM usage_hour WHERE meter_id = ? AND hour > ?"));
    q.addBindValue(meterId);
    q.addBindValue(straddling);
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    if (std::optional<HourProfile> partial = hour(meterId, straddling)) {
        const qint64 firstMinute = (time - straddling * 3600) / 60;
        for (qint64 m = firstMinute; m < 60; ++m)
            partial->minutes[static_cast<size_t>(m)] = MinuteUsage{};
        if (Status saved = saveHour(meterId, straddling, *partial); !saved)
            return saved;
    }
    QSqlQuery days(m_db.connection());
    days.prepare(QStringLiteral("DELETE FROM usage_day WHERE meter_id = ? AND day >= ?"));
    days.addBindValue(meterId);
    days.addBindValue(day.toJulianDay());
    if (!days.exec())
        return Status::failure(StorageError::kindOf(days.lastError()), days.lastError().text());
    return {};
}
