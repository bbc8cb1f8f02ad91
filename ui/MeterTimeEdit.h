#pragma once

#include <QDate>
#include <QTimeZone>
#include <QWidget>

class QDateTimeEdit;
class QLabel;

// A day, a month or a date and time on the meter's clock, with its zone written beside it
// ("Asia/Kolkata (IST, UTC+05:30)"). The editor only ever holds the meter's wall time
// (TimeFormat::wallTime / fromWallTime convert), so the computer's own zone plays no part.
class MeterTimeEdit : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Date,     // yyyy-MM-dd
        Month,    // "March 2026"; the date is the first of the month
        DateTime, // yyyy-MM-dd HH:mm
    };

    explicit MeterTimeEdit(Mode mode, QWidget *parent = nullptr);

    void setZone(const QTimeZone &zone);
    const QTimeZone &zone() const { return m_zone; }
    // The zone's name beside the editor (a row of editors names it once, after the last).
    void setZoneShown(bool shown);

    // The moment shown, in UTC seconds: the start of the day (or month) in the date modes.
    qint64 time() const;
    void setTime(qint64 utcSeconds);
    QDate date() const;
    void setDate(const QDate &date);

    QDateTimeEdit *editor() const { return m_edit; }
    QLabel *zoneLabel() const { return m_zoneLabel; }

signals:
    // The date or time changed (by the user, or by a setter unless signals are blocked).
    void changed();

private:
    void updateZoneLabel();

    Mode m_mode;
    QTimeZone m_zone = QTimeZone::utc();
    QDateTimeEdit *m_edit;
    QLabel *m_zoneLabel;
};
