#pragma once

#include <QDate>
#include <QTimeZone>

// Local days of a meter's time zone in UTC seconds, correct across DST changes (a day may
// last 23 or 25 hours). Caches the current day, since callers walk time forwards.
class LocalCalendar
{
public:
    explicit LocalCalendar(const QTimeZone &zone);

    const QTimeZone &zone() const { return m_zone; }
    // UTC seconds of the local midnight that starts the day containing `time`.
    qint64 dayStart(qint64 time);
    // UTC seconds of the following local midnight.
    qint64 nextDayStart(qint64 time);
    QDate localDate(qint64 time) const;
    qint64 startOf(const QDate &date) const;

private:
    void locate(qint64 time);

    QTimeZone m_zone;
    qint64 m_start = 1;
    qint64 m_end = 0; // empty range: nothing cached yet
};
