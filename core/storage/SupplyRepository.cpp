#include "SupplyRepository.h"

#include "Database.h"
#include "RollupRepository.h"
#include "SqlRun.h"
#include "analytics/LocalCalendar.h"

#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

SupplyRepository::SupplyRepository(Database &db)
    : m_db(db)
{}

Result<QList<TimeStretch>> SupplyRepository::outages(qint64 meterId, qint64 from, qint64 to) const
{
    // Each zero-load reading with the next reading that has a load figure (an index seek each).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t, next_t, (SELECT load_w FROM readings WHERE meter_id = z.meter_id AND t = next_t) FROM ("
        "  SELECT meter_id, t, (SELECT min(n.t) FROM readings n WHERE n.meter_id = r.meter_id AND n.t > r.t"
        "                       AND n.load_w IS NOT NULL) AS next_t"
        "  FROM readings r WHERE meter_id = ? AND t >= ? AND t < ? AND load_w = 0) z"
        " ORDER BY t"));
    QList<TimeStretch> list;
    bool open = false;
    qint64 openSince = 0;
    const Status ran = SqlRun::forEachInWindow(q, meterId, from, to, [&](const QSqlQuery &row) {
        const qint64 t = row.value(0).toLongLong();
        if (!open) {
            open = true;
            openSince = t;
        }
        if (row.value(1).isNull()) {
            list.append({openSince, t}); // no reading with a load since: still going on
            open = false;
        } else if (row.value(2).toLongLong() != 0 || row.value(1).toLongLong() >= to) {
            list.append({openSince, row.value(1).toLongLong()});
            open = false;
        }
        return true;
    });
    if (!ran)
        return Result<QList<TimeStretch>>::failure(ran.typedError());
    return list;
}

Result<QList<TimeStretch>> SupplyRepository::gaps(const Meter &meter, qint64 from, qint64 to,
                                                  qint64 gapLimitSeconds) const
{
    QList<TimeStretch> list;
    if (to <= from)
        return list;
    // A gap is booked whole in the local day of its later reading (UsageAccumulator): only days
    // whose rollup has gap seconds, or no rollup at all, can hold the later reading of one.
    const LocalCalendar calendar{QTimeZone(meter.timezone.toUtf8())};
    const QDate first = calendar.localDate(from);
    const QDate last = calendar.localDate(to - 1);
    const Result<QList<DayUsage>> days = RollupRepository(m_db).days(meter.id, first, last);
    if (!days)
        return Result<QList<TimeStretch>>::failure(days.typedError());
    QHash<qint64, bool> clean; // julian day -> no gap ends in it
    for (const DayUsage &d : days.value())
        clean.insert(d.date.toJulianDay(), d.intervals > 0 && d.gapSeconds == 0);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Readings with none in the gap limit before them (an index seek each), and the one before.
    q.prepare(QStringLiteral("SELECT p, t FROM ("
                             "  SELECT t, (SELECT max(b.t) FROM readings b WHERE b.meter_id = r.meter_id"
                             "             AND b.t < r.t) AS p"
                             "  FROM readings r WHERE meter_id = ? AND t > ? AND t <= ? AND NOT EXISTS ("
                             "    SELECT 1 FROM readings e WHERE e.meter_id = r.meter_id AND e.t < r.t"
                             "    AND e.t >= r.t - ?))"
                             " WHERE p IS NOT NULL"));
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (clean.value(d.toJulianDay(), false))
            continue;
        // Consecutive candidate days are one window: later readings in (start, end].
        QDate end = d;
        while (end < last && !clean.value(end.addDays(1).toJulianDay(), false))
            end = end.addDays(1);
        const qint64 lo = qMax(calendar.startOf(d), from);
        const qint64 hi = qMin(calendar.startOf(end.addDays(1)), to - 1);
        q.addBindValue(meter.id);
        q.addBindValue(lo);
        q.addBindValue(hi);
        q.addBindValue(gapLimitSeconds);
        if (Status ran = SqlRun::exec(q); !ran)
            return Result<QList<TimeStretch>>::failure(ran.typedError());
        while (q.next())
            list.append({qMax(q.value(0).toLongLong(), from), q.value(1).toLongLong()});
        d = end;
    }
    // Readings stopped: from the last one before `to` on.
    QSqlQuery tail(m_db.connection());
    tail.prepare(QStringLiteral("SELECT max(t) FROM readings WHERE meter_id = ? AND t < ?"));
    tail.addBindValue(meter.id);
    tail.addBindValue(to);
    if (Status ran = SqlRun::exec(tail); !ran)
        return Result<QList<TimeStretch>>::failure(ran.typedError());
    if (tail.next() && !tail.value(0).isNull() && to - tail.value(0).toLongLong() > gapLimitSeconds)
        list.append({qMax(tail.value(0).toLongLong(), from), to});
    std::sort(list.begin(), list.end(),
              [](const TimeStretch &x, const TimeStretch &y) { return x.start < y.start; });
    return list;
}
