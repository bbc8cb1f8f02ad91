#include "LocalCalendar.h"

#include <QDateTime>

LocalCalendar::LocalCalendar(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{}

QDate LocalCalendar::localDate(qint64 time) const
{
    return QDateTime::fromSecsSinceEpoch(time, m_zone).date();
}

qint64 LocalCalendar::startOf(const QDate &date) const
{
    // Where midnight does not exist (a DST jump at 00:00), Qt moves to the first valid time.
    return QDateTime(date, QTime(0, 0), m_zone).toSecsSinceEpoch();
}

void LocalCalendar::locate(qint64 time)
{
    if (time >= m_start && time < m_end)
        return;
    const QDate date = localDate(time);
    m_start = startOf(date);
    m_end = startOf(date.addDays(1));
    if (time < m_start) { // guards zones whose midnight was skipped
        m_end = m_start;
        m_start = startOf(date.addDays(-1));
    }
}

qint64 LocalCalendar::dayStart(qint64 time)
{
    locate(time);
    return m_start;
}

qint64 LocalCalendar::nextDayStart(qint64 time)
{
    locate(time);
    return m_end;
}
