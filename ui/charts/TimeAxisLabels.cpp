#include "TimeAxisLabels.h"

#include "analytics/LocalCalendar.h"

#include <QDateTime>
#include <QTimeZone>

#include <iterator>

QList<TimeAxisLabels::Tick> TimeAxisLabels::ticks(qint64 from, qint64 to, const QByteArray &timezone,
                                                  int widthPx, const QLocale &locale)
{
    QList<Tick> out;
    if (to <= from)
        return out;
    const QTimeZone zone(timezone.isEmpty() ? QByteArray("UTC") : timezone);
    LocalCalendar calendar(zone);
    const qint64 span = to - from;
    const int wanted = qMax(2, widthPx / kPixelsPerLabel);
    static const qint64 steps[] = {300,      600,       900,   1800,      3600,      7200,       3 * 3600,
                                   6 * 3600, 12 * 3600, 86400, 2 * 86400, 7 * 86400, 14 * 86400, 28 * 86400};
    qint64 step = steps[std::size(steps) - 1];
    for (const qint64 s : steps) {
        if (span / s <= wanted) {
            step = s;
            break;
        }
    }
    const bool days = step >= 86400;
    const QString dayFormat = QStringLiteral("dd MMM");
    const QString timeFormat = QStringLiteral("HH:mm");
    qint64 day = calendar.dayStart(from);
    while (day < to && out.size() < 200) {
        const qint64 next = calendar.nextDayStart(day);
        if (days) {
            const qint64 dayNumber = QDateTime::fromSecsSinceEpoch(day, zone).date().toJulianDay();
            if (day >= from && dayNumber % (step / 86400) == 0)
                out.append({day, locale.toString(QDateTime::fromSecsSinceEpoch(day, zone), dayFormat)});
        } else {
            // Local round times from the day's start: a day of 23 or 25 hours keeps them round.
            for (qint64 t = day; t < next && t <= to; t += step) {
                if (t < from)
                    continue;
                const bool midnight = t == day && span > 86400;
                out.append({t, locale.toString(QDateTime::fromSecsSinceEpoch(t, zone),
                                               midnight ? dayFormat : timeFormat)});
            }
        }
        day = next;
    }
    return out;
}
