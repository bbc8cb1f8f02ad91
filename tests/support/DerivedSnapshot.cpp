#include "DerivedSnapshot.h"

#include "analytics/RechargeLedger.h"
#include "storage/RollupRepository.h"
#include "storage/SessionRepository.h"

#include <limits>

namespace {

QString describe(const SourceSession &s)
{
    return QStringLiteral("%1 %2..%3 last %4 %5 Wh %6 milli")
        .arg(powerSourceName(s.source))
        .arg(s.start)
        .arg(s.end ? QString::number(*s.end) : QStringLiteral("open"))
        .arg(s.lastTime)
        .arg(s.energyWh)
        .arg(s.costMilli);
}

QString describe(const RechargeEntry &e)
{
    return QStringLiteral("%1 %2 at %3 after %4 estimated %5")
        .arg(e.origin)
        .arg(e.amountMilli)
        .arg(e.time)
        .arg(e.balanceAfterMilli ? QString::number(*e.balanceAfterMilli) : QStringLiteral("-"))
        .arg(e.estimatedMilli ? QString::number(*e.estimatedMilli) : QStringLiteral("-"));
}

QString describe(const DayUsage &d)
{
    return QStringLiteral("%1 grid %2 gen %3 cost %4 recharged %5 closing %6@%7 n %8 gap %9 est %10")
        .arg(d.date.toString(Qt::ISODate))
        .arg(d.gridWh)
        .arg(d.generatorWh)
        .arg(d.costMilli)
        .arg(d.rechargedMilli)
        .arg(d.closingBalanceMilli ? QString::number(*d.closingBalanceMilli) : QStringLiteral("-"))
        .arg(d.closingTime)
        .arg(d.intervals)
        .arg(d.gapSeconds)
        .arg(d.estimated);
}

template <typename T>
QString compareLists(const char *what, const QList<T> &a, const QList<T> &b)
{
    for (int i = 0; i < qMin(a.size(), b.size()); ++i) {
        if (describe(a[i]) != describe(b[i]))
            return QStringLiteral("%1 #%2: %3 vs %4")
                .arg(QLatin1String(what))
                .arg(i)
                .arg(describe(a[i]), describe(b[i]));
    }
    if (a.size() != b.size())
        return QStringLiteral("%1: %2 vs %3 rows").arg(QLatin1String(what)).arg(a.size()).arg(b.size());
    return {};
}

} // namespace

DerivedSnapshot DerivedSnapshot::of(Database &db, const Meter &meter)
{
    constexpr qint64 lo = std::numeric_limits<qint64>::min();
    constexpr qint64 hi = std::numeric_limits<qint64>::max();
    DerivedSnapshot s;
    SessionRepository sessions(db);
    s.sessions = sessions.sessions(meter.id, lo, hi).value();
    s.state = sessions.state(meter.id);
    s.recharges = RechargeLedger(db).list(meter, lo, hi).value();
    RollupRepository rollups(db);
    s.days = rollups.days(meter.id, QDate(2000, 1, 1), QDate(2100, 1, 1)).value();
    rollups.forEachHour(meter.id, lo / 3600, hi / 3600, [&s](qint64 hour, const HourProfile &profile) {
        s.hours.append({hour, profile.encode()});
    });
    return s;
}

QString DerivedSnapshot::differenceFrom(const DerivedSnapshot &o) const
{
    if (QString d = compareLists("session", sessions, o.sessions); !d.isEmpty())
        return d;
    if (state.has_value() != o.state.has_value() || (state && !(*state == *o.state)))
        return QStringLiteral("session rule states differ");
    if (QString d = compareLists("recharge", recharges, o.recharges); !d.isEmpty())
        return d;
    if (QString d = compareLists("day", days, o.days); !d.isEmpty())
        return d;
    if (hours.size() != o.hours.size())
        return QStringLiteral("hours: %1 vs %2 rows").arg(hours.size()).arg(o.hours.size());
    for (int i = 0; i < hours.size(); ++i) {
        if (hours[i] != o.hours[i])
            return QStringLiteral("hour %1 differs").arg(hours[i].first);
    }
    return {};
}
