#include "TimeAxisLabels.h"

#include "analytics/LocalCalendar.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <iterator>

void TimeAxisLabels::fill(QCategoryAxis *axis, qint64 from, qint64 to, const QByteArray &timezone,
                          int widthPx)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    if (to <= from) {
        axis->setRange(0, 1);
        return;
    }
    const QTimeZone zone(timezone.isEmpty() ? QByteArray("UTC") : timezone);
    LocalCalendar calendar(zone);
    const qint64 span = to - from;
    const int wanted = qMax(2, widthPx / 110);
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
    const QString format = days ? QStringLiteral("dd MMM") : QStringLiteral("HH:mm");
    const QLocale locale;
    axis->setRange(static_cast<double>(from), static_cast<double>(to));
    axis->setStartValue(static_cast<double>(from));
    qint64 day = calendar.dayStart(from);
    int added = 0;
    while (day < to && added < 200) {
        const qint64 next = calendar.nextDayStart(day);
        if (days) {
            const qint64 dayNumber = QDateTime::fromSecsSinceEpoch(day, zone).date().toJulianDay();
            if (day >= from && dayNumber % (step / 86400) == 0) {
                axis->append(locale.toString(QDateTime::fromSecsSinceEpoch(day, zone), format),
                             static_cast<double>(day));
                ++added;
            }
        } else {
            for (qint64 t = day; t < next && t <= to; t += step) {
                if (t < from)
                    continue;
                QString label = locale.toString(QDateTime::fromSecsSinceEpoch(t, zone), format);
                if (t == day && span > 86400)
                    label = locale.toString(QDateTime::fromSecsSinceEpoch(t, zone), QStringLiteral("dd MMM"));
                // QCategoryAxis wants unique labels: tell repeats apart invisibly.
                while (axis->categoriesLabels().contains(label))
                    label += QChar(0x200B);
                axis->append(label, static_cast<double>(t));
                ++added;
            }
        }
        day = next;
    }
}
