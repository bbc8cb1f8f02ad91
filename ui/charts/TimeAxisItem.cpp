#include "TimeAxisItem.h"

#include "SilentAxis.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace {

constexpr double kLabelGap = 4.0; // between the plot's bottom edge and the labels
constexpr double kLabelSpacing = 8.0;

} // namespace

TimeAxisItem::TimeAxisItem(QChart *chart, QValueAxis *axis)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_axis(axis)
    , m_font(axis->labelsFont())
{
    SilentAxis::configure(axis, m_font, QStringLiteral(" "));
    axis->setLineVisible(false); // the base line is drawn here
    // Above Qt Charts' own grid, below the axis line and every series.
    setZValue(2.5);
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption, false);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void TimeAxisItem::setRange(qint64 from, qint64 to, const QByteArray &timezone, int widthPx)
{
    if (to <= from) {
        from = 0;
        to = 1;
    }
    if (from == m_from && to == m_to && timezone == m_timezone && widthPx == m_width)
        return;
    m_from = from;
    m_to = to;
    m_timezone = timezone;
    m_width = widthPx;
    if (m_movesAxis &&
        (m_axis->min() != static_cast<double>(from) || m_axis->max() != static_cast<double>(to)))
        m_axis->setRange(static_cast<double>(from), static_cast<double>(to));
    QList<TimeAxisLabels::Tick> ticks = TimeAxisLabels::ticks(from, to, timezone, widthPx);
    if (ticks != m_ticks) {
        // Lay out each text once; an unchanged text keeps its layout.
        QList<QStaticText> labels;
        labels.reserve(ticks.size());
        for (const TimeAxisLabels::Tick &tick : std::as_const(ticks)) {
            const auto same =
                std::find_if(m_ticks.cbegin(), m_ticks.cend(),
                             [&](const TimeAxisLabels::Tick &t) { return t.text == tick.text; });
            if (same != m_ticks.cend()) {
                labels.append(m_labels.at(same - m_ticks.cbegin()));
                continue;
            }
            QStaticText text(tick.text);
            text.setTextFormat(Qt::PlainText);
            text.setPerformanceHint(QStaticText::AggressiveCaching);
            text.prepare(QTransform(), m_font);
            labels.append(text);
        }
        m_ticks = std::move(ticks);
        m_labels = std::move(labels);
    }
    plotAreaChanged();
}

void TimeAxisItem::setValueGuides(QAbstractAxis *valueAxis, int count)
{
    valueAxis->setGridLineVisible(false);
    valueAxis->setMinorGridLineVisible(false);
    valueAxis->setLineVisible(false);
    if (count == m_valueGuides)
        return;
    m_valueGuides = count;
    update();
}

void TimeAxisItem::setColors(const QColor &text, const QColor &guide)
{
    m_text = text;
    m_guide = guide;
    SilentAxis::hideTitle(m_axis);
    update();
}

void TimeAxisItem::plotAreaChanged()
{
    const QRectF plot = m_chart->plotArea();
    const QRectF bounds(m_chart->rect().left(), plot.top(), m_chart->rect().width(),
                        plot.height() + kLabelGap + QFontMetricsF(m_font).height() + 2.0);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

QList<TimeAxisItem::Placed> TimeAxisItem::place() const
{
    QList<Placed> placed;
    const QRectF plot = m_chart->plotArea();
    const double span = static_cast<double>(m_to - m_from);
    if (span <= 0 || plot.width() <= 0)
        return placed;
    const QRectF chart = m_chart->rect();
    double lastRight = -1e9;
    for (qsizetype i = 0; i < m_ticks.size(); ++i) {
        const qint64 t = m_ticks[i].time;
        if (t < m_from || t > m_to)
            continue;
        Placed p;
        p.tick = static_cast<int>(i);
        // Whole pixels: a one-pixel guide between two columns would be smeared over both.
        p.guideX = std::floor(plot.left() + static_cast<double>(t - m_from) / span * plot.width());
        const double width = m_labels[i].size().width();
        const double left = std::clamp(p.guideX - width / 2.0, chart.left(), chart.right() - width);
        p.labelShown = left >= lastRight + kLabelSpacing;
        if (p.labelShown) {
            p.labelAt = QPointF(left, plot.bottom() + kLabelGap);
            lastRight = left + width;
        }
        placed.append(p);
    }
    return placed;
}

QStringList TimeAxisItem::shownLabels() const
{
    QStringList texts;
    for (const Placed &p : place()) {
        if (p.labelShown)
            texts << m_ticks[p.tick].text;
    }
    return texts;
}

QRectF TimeAxisItem::boundingRect() const
{
    return m_bounds;
}

void TimeAxisItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    const QList<Placed> placed = place();
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const Placed &p : placed) {
        if (p.guideX > plot.left() && p.guideX < plot.right())
            painter->fillRect(QRectF(p.guideX, plot.top(), 1.0, plot.height()), m_guide);
    }
    // Bottom (the base line) to top; whole pixels, as the vertical ones.
    for (int i = 0; i < m_valueGuides; ++i) {
        const double y = std::floor(plot.bottom() - plot.height() * i / std::max(1, m_valueGuides - 1));
        painter->fillRect(QRectF(plot.left(), std::min(y, plot.bottom() - 1.0), plot.width(), 1.0), m_guide);
    }
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
    painter->setFont(m_font);
    painter->setPen(m_text);
    for (const Placed &p : placed) {
        if (p.labelShown)
            painter->drawStaticText(p.labelAt, m_labels[p.tick]);
    }
}
