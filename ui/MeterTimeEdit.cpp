#include "MeterTimeEdit.h"

#include "model/TimeFormat.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>

MeterTimeEdit::MeterTimeEdit(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_edit(new QDateTimeEdit(this))
    , m_zoneLabel(new QLabel(this))
{
    m_edit->setTimeSpec(Qt::UTC); // the meter's wall time, never shifted by the system zone
    m_edit->setCalendarPopup(true);
    // Written as the window's tables write dates ("29 Nov 2026"), not in ISO beside them.
    const QLocale language = m_edit->locale();
    switch (m_mode) {
    case Mode::Date:
        m_edit->setDisplayFormat(TimeFormat::dateFormat(language));
        break;
    case Mode::Month:
        m_edit->setDisplayFormat(QStringLiteral("MMMM yyyy"));
        break;
    case Mode::DateTime:
        m_edit->setDisplayFormat(TimeFormat::dateFormat(language) + QLatin1Char(' ') +
                                 TimeFormat::timeFormat(language));
        break;
    }
    m_zoneLabel->setObjectName(QStringLiteral("zoneLabel"));
    m_zoneLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_zoneLabel);
    layout->addStretch(1); // as wide as a date, not across the window
    setFocusProxy(m_edit);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        updateZoneLabel();
        emit changed();
    });
    updateZoneLabel();
}

void MeterTimeEdit::setZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    updateZoneLabel();
}

void MeterTimeEdit::setZoneShown(bool shown)
{
    m_zoneLabel->setVisible(shown);
}

qint64 MeterTimeEdit::time() const
{
    const QDate day = m_mode == Mode::Month ? QDate(date().year(), date().month(), 1) : date();
    return TimeFormat::fromWallTime(day, m_mode == Mode::DateTime ? m_edit->time() : QTime(0, 0), m_zone);
}

void MeterTimeEdit::setTime(qint64 utcSeconds)
{
    const QDateTime wall = TimeFormat::wallTime(utcSeconds, m_zone);
    m_edit->setDateTime(m_mode == Mode::DateTime ? wall : QDateTime(wall.date(), QTime(0, 0), Qt::UTC));
}

QDate MeterTimeEdit::date() const
{
    return m_edit->date();
}

void MeterTimeEdit::setDate(const QDate &date)
{
    m_edit->setDate(date);
}

void MeterTimeEdit::updateZoneLabel()
{
    const QString text = TimeFormat::zoneLabel(m_zone, time());
    m_zoneLabel->setText(text);
    m_edit->setAccessibleDescription(text);
}
