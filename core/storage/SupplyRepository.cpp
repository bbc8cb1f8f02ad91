#include "SupplyRepository.h"

#include "Database.h"
#include "SqlRun.h"

#include <QSqlQuery>

#include <algorithm>

SupplyRepository::SupplyRepository(Database &db)
    : m_db(db)
{}

Result<QList<TimeStretch>> SupplyRepository::outages(qint64 meterId, qint64 from, qint64 to) const
{
    // Only the readings where "load is zero" changes, and the last reading of the window.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t, zero, last_t FROM ("
                             "  SELECT t, load_w = 0 AS zero, lag(load_w = 0) OVER (ORDER BY t) AS before,"
                             "         max(t) OVER () AS last_t"
                             "  FROM readings WHERE meter_id = ? AND t >= ? AND t < ? AND load_w IS NOT NULL)"
                             " WHERE before IS NULL OR zero <> before"));
    QList<TimeStretch> list;
    bool open = false;
    qint64 openSince = 0;
    qint64 last = 0;
    const Status ran = SqlRun::forEachInWindow(q, meterId, from, to, [&](const QSqlQuery &row) {
        const qint64 t = row.value(0).toLongLong();
        last = row.value(2).toLongLong();
        if (row.value(1).toBool()) {
            open = true;
            openSince = t;
        } else if (open) {
            list.append({openSince, t});
            open = false;
        }
        return true;
    });
    if (!ran)
        return Result<QList<TimeStretch>>::failure(ran.typedError());
    if (open)
        list.append({openSince, qMax(openSince, last)});
    return list;
}

Result<QList<TimeStretch>> SupplyRepository::gaps(qint64 meterId, qint64 from, qint64 to,
                                                  qint64 gapLimitSeconds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT prev, t FROM ("
                             "  SELECT t, lag(t) OVER (ORDER BY t) AS prev FROM readings"
                             "  WHERE meter_id = :m AND t < :to AND t >= coalesce("
                             "    (SELECT max(t) FROM readings WHERE meter_id = :m AND t < :from), :from))"
                             " WHERE prev IS NOT NULL AND t - prev > :limit"
                             " UNION ALL"
                             " SELECT max(t), NULL FROM readings WHERE meter_id = :m AND t < :to"
                             " ORDER BY 1"));
    q.bindValue(QStringLiteral(":m"), meterId);
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    q.bindValue(QStringLiteral(":limit"), gapLimitSeconds);
    if (Status ran = SqlRun::exec(q); !ran)
        return Result<QList<TimeStretch>>::failure(ran.typedError());
    QList<TimeStretch> list;
    while (q.next()) {
        if (q.value(1).isNull()) {
            // The last reading before `to`: readings stopped since then.
            if (q.value(0).isNull())
                continue;
            const qint64 last = q.value(0).toLongLong();
            if (to - last > gapLimitSeconds)
                list.append({qMax(last, from), to});
            continue;
        }
        const qint64 a = q.value(0).toLongLong();
        const qint64 b = q.value(1).toLongLong();
        if (b > from)
            list.append({qMax(a, from), b});
    }
    std::sort(list.begin(), list.end(),
              [](const TimeStretch &x, const TimeStretch &y) { return x.start < y.start; });
    return list;
}
