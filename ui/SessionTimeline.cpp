#include "SessionTimeline.h"

#include "SupplyLook.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

SessionTimeline::SessionTimeline(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Power-source timeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SessionTimeline::setDays(const QList<SupplyDay> &days, const QTimeZone &zone)
{
    m_days = days;
    std::reverse(m_days.begin(), m_days.end());
    m_zone = zone;
    setAccessibleDescription(tr("One strip per day, the newest on top"));
    updateGeometry();
    update();
}

QString SessionTimeline::dayLabel(const QDate &date) const
{
    // "Tue 1 Dec" in the language's words and digits.
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

int SessionTimeline::labelWidth() const
{
    const QFontMetrics fm(font());
    int widest = fm.horizontalAdvance(dayLabel(QDate(2026, 12, 30)));
    for (const SupplyDay &d : m_days)
        widest = qMax(widest, fm.horizontalAdvance(dayLabel(d.date)));
    return widest + fm.averageCharWidth() * 2;
}

int SessionTimeline::rowHeight() const
{
    return fontMetrics().height() + 6;
}

int SessionTimeline::axisHeight() const
{
    return fontMetrics().height() + 4;
}

QRect SessionTimeline::stripRect(int row) const
{
    const int left = labelWidth();
    const int right = width() - fontMetrics().horizontalAdvance(QStringLiteral("00:00")) / 2 - 2;
    return QRect(left, axisHeight() + row * rowHeight() + 2, qMax(1, right - left), rowHeight() - 4);
}

QSize SessionTimeline::sizeHint() const
{
    return QSize(labelWidth() + 480, axisHeight() + qMax<int>(1, int(m_days.size())) * rowHeight() + 2);
}

QSize SessionTimeline::minimumSizeHint() const
{
    return QSize(labelWidth() + 160, sizeHint().height());
}

std::optional<SupplySegment> SessionTimeline::segmentAt(const QPoint &pos) const
{
    for (int row = 0; row < m_days.size(); ++row) {
        const QRect strip = stripRect(row);
        if (!strip.contains(pos))
            continue;
        const SupplyDay &day = m_days[row];
        const double fraction = double(pos.x() - strip.left()) / double(strip.width());
        const qint64 t = day.start + qint64(fraction * double(day.end - day.start));
        for (const SupplySegment &s : day.segments) {
            if (t >= s.start && t < s.end)
                return s;
        }
    }
    return std::nullopt;
}

QString SessionTimeline::describe(const SupplySegment &segment) const
{
    const QLocale locale;
    const auto time = [&](qint64 t) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(t, m_zone).time(), QStringLiteral("HH:mm"));
    };
    return tr("%1: %2 – %3").arg(SupplyLook::name(segment.kind), time(segment.start), time(segment.end));
}

bool SessionTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const std::optional<SupplySegment> s = segmentAt(help->pos()))
            QToolTip::showText(help->globalPos(), describe(*s), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void SessionTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const QLocale locale;
    // Hour axis: 0, 6, 12, 18, 24.
    const QRect first = stripRect(0);
    painter.setPen(pal.color(QPalette::WindowText));
    for (int hour = 0; hour <= 24; hour += 6) {
        const int x = first.left() + first.width() * hour / 24;
        // The day's end is "24:00" in the language's digits ("00:00" with its hours replaced).
        QString text = locale.toString(QTime(hour % 24, 0), QStringLiteral("HH:mm"));
        if (hour == 24)
            text.replace(0, locale.toString(0).size() * 2, locale.toString(24));
        const int w = fontMetrics().horizontalAdvance(text);
        painter.drawText(QRect(x - w / 2, 0, w, axisHeight()), Qt::AlignCenter, text);
    }
    QColor guide = pal.color(QPalette::Mid);
    guide.setAlpha(120);
    for (int row = 0; row < m_days.size(); ++row) {
        const SupplyDay &day = m_days[row];
        const QRect strip = stripRect(row);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(0, strip.top() - 2, labelWidth(), rowHeight()),
                         Qt::AlignLeft | Qt::AlignVCenter, dayLabel(day.date));
        painter.fillRect(strip, pal.color(QPalette::Base));
        const double length = double(qMax<qint64>(1, day.end - day.start));
        for (const SupplySegment &s : day.segments) {
            const int x0 = strip.left() + int(double(s.start - day.start) / length * strip.width());
            const int x1 = strip.left() + int(double(s.end - day.start) / length * strip.width());
            const QRect r(x0, strip.top(), qMax(1, x1 - x0), strip.height());
            if (s.kind == SupplyKind::NoReadings)
                painter.fillRect(r, pal.color(QPalette::Base));
            painter.fillRect(r, SupplyLook::brush(s.kind));
        }
        painter.setPen(guide);
        for (int hour = 6; hour < 24; hour += 6) {
            const int x = strip.left() + strip.width() * hour / 24;
            painter.drawLine(x, strip.top(), x, strip.bottom());
        }
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(strip.adjusted(0, 0, -1, -1));
    }
}
