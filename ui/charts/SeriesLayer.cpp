#include "SeriesLayer.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace {

// The z of Qt Charts' own series items: layers share it and stack in the order they are made.
constexpr qreal kSeriesZ = 4.0;

} // namespace

SeriesLayer::SeriesLayer(Kind kind, QChart *chart, QValueAxis *axisX, QValueAxis *axisY, const QString &name,
                         const QColor &color)
    : QGraphicsObject(chart)
    , m_kind(kind)
    , m_chart(chart)
    , m_axisX(axisX)
    , m_axisY(axisY)
    , m_color(color)
    , m_pen(color, 2)
{
    if (kind == Kind::Area) {
        auto *area = new QAreaSeries(new QLineSeries);
        area->upperSeries()->setParent(area); // QAreaSeries does not own its edges
        area->setBrush(color);
        area->setPen(Qt::NoPen);
        m_legendEntry = area;
    } else {
        auto *line = new QLineSeries;
        line->setPen(m_pen);
        m_legendEntry = line;
    }
    m_legendEntry->setName(name);
    chart->addSeries(m_legendEntry);
    m_legendEntry->attachAxis(axisX);
    m_legendEntry->attachAxis(axisY);
    setZValue(kSeriesZ);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    connect(chart, &QChart::plotAreaChanged, this, &SeriesLayer::plotAreaChanged);
    // A range change moves every point: paint again (the owner usually hands new runs anyway).
    for (QValueAxis *axis : {axisX, axisY})
        connect(axis, &QValueAxis::rangeChanged, this, [this] { update(); });
    plotAreaChanged(chart->plotArea());
}

SeriesLayer::~SeriesLayer() = default;

void SeriesLayer::plotAreaChanged(const QRectF &plot)
{
    if (plot == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = plot;
}

void SeriesLayer::setXWindow(double from, double to)
{
    if (m_xWindow && m_xWindow->first == from && m_xWindow->second == to)
        return;
    m_xWindow = std::make_pair(from, to);
    update();
}

void SeriesLayer::setRuns(const QList<QList<QPointF>> &runs)
{
    m_runs.clear();
    m_pointCount = 0;
    for (const QList<QPointF> &run : runs) {
        if (run.isEmpty())
            continue;
        m_runs.append(run);
        m_pointCount += static_cast<int>(run.size());
    }
    update();
}

void SeriesLayer::clear()
{
    if (m_runs.isEmpty())
        return;
    setRuns({});
}

void SeriesLayer::setLegendVisible(bool visible)
{
    for (QLegendMarker *marker : m_chart->legend()->markers(m_legendEntry))
        marker->setVisible(visible);
}

void SeriesLayer::setName(const QString &name)
{
    m_legendEntry->setName(name);
}

void SeriesLayer::setPen(const QPen &pen)
{
    if (pen == m_pen)
        return;
    m_pen = pen;
    if (m_kind == Kind::Line)
        static_cast<QLineSeries *>(m_legendEntry)->setPen(pen); // the legend entry's line
    update();
}

QList<QPointF> SeriesLayer::points() const
{
    QList<QPointF> out;
    out.reserve(m_pointCount);
    for (const QList<QPointF> &run : m_runs)
        out += run;
    return out;
}

QRectF SeriesLayer::boundingRect() const
{
    return m_bounds;
}

void SeriesLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    const double xMin = m_xWindow ? m_xWindow->first : m_axisX->min();
    const double xSpan = (m_xWindow ? m_xWindow->second : m_axisX->max()) - xMin;
    const double ySpan = m_axisY->max() - m_axisY->min();
    if (m_runs.isEmpty() || plot.isEmpty() || xSpan <= 0 || ySpan <= 0)
        return;
    const double x0 = xMin;
    const double y0 = m_axisY->min();
    const double xScale = plot.width() / xSpan;
    const double yScale = plot.height() / ySpan;
    const auto map = [&](const QPointF &p) {
        return QPointF(plot.left() + (p.x() - x0) * xScale, plot.bottom() - (p.y() - y0) * yScale);
    };
    painter->setClipRect(plot);
    QPolygonF polygon;
    if (m_kind == Kind::Line) {
        painter->setPen(m_pen);
        painter->setBrush(Qt::NoBrush);
        for (const QList<QPointF> &run : m_runs) {
            polygon.resize(run.size());
            std::transform(run.cbegin(), run.cend(), polygon.begin(), map);
            painter->drawPolyline(polygon);
        }
        return;
    }
    // Areas down to zero, in strips that overlap by two points (one segment of real width), so
    // antialiased edges of neighbouring strips never leave a faint seam between them.
    const double base = std::clamp(plot.bottom() + y0 * yScale, plot.top(), plot.bottom());
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color);
    for (const QList<QPointF> &run : m_runs) {
        for (qsizetype from = 0; from < run.size(); from += kStripPoints - 2) {
            const qsizetype length = std::min<qsizetype>(kStripPoints, run.size() - from);
            polygon.resize(length + 2);
            std::transform(run.cbegin() + from, run.cbegin() + from + length, polygon.begin(), map);
            polygon[length] = QPointF(polygon[length - 1].x(), base);
            polygon[length + 1] = QPointF(polygon[0].x(), base);
            painter->drawPolygon(polygon);
            if (from + length >= run.size())
                break;
        }
    }
}
