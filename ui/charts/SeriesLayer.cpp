#include "SeriesLayer.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>

SeriesLayer::SeriesLayer(Kind kind, QChart *chart, QAbstractAxis *axisX, QAbstractAxis *axisY,
                         const QString &name, const QColor &color)
    : m_kind(kind)
    , m_chart(chart)
    , m_axisX(axisX)
    , m_axisY(axisY)
    , m_name(name)
    , m_color(color)
    , m_pen(color, 2)
{
    slot(0); // the legend entry exists from the start
}

SeriesLayer::Slot &SeriesLayer::slot(int index)
{
    while (m_slots.size() <= index) {
        Slot s;
        s.line = new QLineSeries;
        QAbstractSeries *added = s.line;
        if (m_kind == Kind::Area) {
            s.area = new QAreaSeries(s.line);
            s.line->setParent(s.area);
            s.area->setBrush(m_color);
            // No outline: strokes cost more than fills, and a strip's outline would show its seams.
            s.area->setPen(Qt::NoPen);
            added = s.area;
        } else {
            s.line->setPen(m_pen);
        }
        const bool first = m_slots.isEmpty();
        added->setName(first ? m_name : QString());
        attach(added, first);
        m_slots.append(s);
        m_grew = true;
    }
    return m_slots[index];
}

QAbstractSeries *SeriesLayer::series(const Slot &slot) const
{
    return slot.area ? static_cast<QAbstractSeries *>(slot.area) : slot.line;
}

void SeriesLayer::attach(QAbstractSeries *series, bool first)
{
    m_chart->addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
    for (QLegendMarker *marker : m_chart->legend()->markers(series))
        marker->setVisible(first && m_legendVisible);
}

void SeriesLayer::restack()
{
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        QAbstractSeries *s = series(m_slots[i]);
        m_chart->removeSeries(s); // keeps the series (and its points), gives up the chart's ownership
        attach(s, i == 0);
    }
}

void SeriesLayer::assign(int index, const QList<QPointF> &points, bool continues)
{
    Slot &s = slot(index);
    s.line->replace(points);
    s.continues = continues;
}

void SeriesLayer::setRuns(const QList<QList<QPointF>> &runs)
{
    m_grew = false;
    const int previous = m_inUse;
    m_inUse = 0;
    m_pointCount = 0;
    const bool strips = m_kind == Kind::Area;
    for (const QList<QPointF> &run : runs) {
        if (run.isEmpty())
            continue;
        if (!strips || run.size() <= kStripPoints) {
            assign(m_inUse++, run);
            m_pointCount += static_cast<int>(run.size());
            continue;
        }
        // Strips overlap by two points (one segment of real width), so antialiased edges
        // of neighbouring strips never leave a faint seam between them.
        for (qsizetype from = 0; from + 2 < run.size(); from += kStripPoints - 2) {
            const qsizetype length = std::min<qsizetype>(kStripPoints, run.size() - from);
            assign(m_inUse++, run.mid(from, length), from > 0);
            m_pointCount += static_cast<int>(length);
            if (from + length >= run.size())
                break;
        }
    }
    for (int i = m_inUse; i < previous; ++i)
        assign(i, {});
}

void SeriesLayer::clear()
{
    setRuns({});
}

void SeriesLayer::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    for (QLegendMarker *marker : m_chart->legend()->markers(series(m_slots.constFirst())))
        marker->setVisible(visible);
}

void SeriesLayer::setName(const QString &name)
{
    m_name = name;
    const Slot &s = m_slots.constFirst();
    if (s.area)
        s.area->setName(name);
    else
        s.line->setName(name);
}

void SeriesLayer::setPen(const QPen &pen)
{
    // A pen change makes Qt Charts rebuild the series' geometry: only when it differs.
    if (pen == m_pen)
        return;
    m_pen = pen;
    if (m_kind != Kind::Line)
        return;
    for (const Slot &s : std::as_const(m_slots))
        s.line->setPen(pen);
}

QList<QPointF> SeriesLayer::points() const
{
    QList<QPointF> out;
    for (int i = 0; i < m_inUse; ++i) {
        const QList<QPointF> strip = m_slots[i].line->points();
        out += m_slots[i].continues ? strip.mid(2) : strip; // strips overlap by two points
    }
    return out;
}
