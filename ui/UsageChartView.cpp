#include "UsageChartView.h"

#include "charts/ChartPalette.h"
#include <QEvent>

#include "ChartDecimator.h"
#include "Formatters.h"
#include "charts/MarkerLabels.h"
#include "charts/SeriesLayer.h"
#include "charts/TimeAxisItem.h"
#include "charts/UsageTooltip.h"

#include <QChart>
#include <QChartView>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QMetaMethod>
#include <QMouseEvent>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kMaxSegments = 200; // lines: beyond this many gaps, gaps are drawn as zero, not as breaks

const QColor kGridColor(0x2e, 0x7d, 0xd2);
const QColor kGeneratorColor(0xef, 0x8a, 0x17);
const QColor kOverlayColor(0x6a, 0x1b, 0x9a);
const QColor kGapColor(0x80, 0x80, 0x80, 0x38);
const QColor kPartialColor(0x5f, 0x63, 0x68);
const QColor kRechargeColor(0x2e, 0x9d, 0x4a);

struct NiceScale
{
    double max = 1;
    int ticks = 5;
};

// A round top for the value axis with 3 to 6 round steps (1, 2, 2.5 or 5 times a power of
// ten), computed here because QValueAxis::applyNiceNumbers() is one more range change.
NiceScale niceScale(double value)
{
    if (!(value > 0))
        return {};
    const double rough = value / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10.0 * magnitude;
    for (const double f : {1.0, 2.0, 2.5, 5.0}) {
        if (f * magnitude >= rough) {
            step = f * magnitude;
            break;
        }
    }
    const double steps = std::ceil(value / step - 1e-9);
    return {steps * step, static_cast<int>(steps) + 1};
}

} // namespace

UsageChartView::UsageChartView(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_axisX(new QValueAxis)
    , m_axisY(new QValueAxis)
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    ChartPalette::apply(m_chart, palette());
    m_axisY->setMin(0);
    // Axis numbers and month names in the user's language and digits.
    m_chart->setLocalizeNumbers(true);
    // Time labels and guides in the meter's zone, drawn by one item over the value axis.
    m_timeAxis = new TimeAxisItem(m_chart, m_axisX); // owned by the chart
    m_timeAxis->setMovesAxis(false); // every layer maps its own points (SeriesLayer::setXWindow)
    m_timeAxis->setColors(ChartPalette::text(palette()), ChartPalette::guide(palette()));
    // Creation order is drawing order: the gap band behind the data, the overlay on top.
    m_gapBand = std::make_unique<SeriesLayer>(SeriesLayer::Kind::Area, m_chart, m_axisX, m_axisY,
                                              tr("No readings"), kGapColor);
    // Stacked by drawing over: the generator layer fills up to the total, the grid layer
    // covers its own part of it. No lower edges: a third less geometry for Qt Charts to build.
    m_generatorArea = std::make_unique<SeriesLayer>(SeriesLayer::Kind::Area, m_chart, m_axisX, m_axisY,
                                                    tr("Generator"), kGeneratorColor);
    m_gridArea = std::make_unique<SeriesLayer>(SeriesLayer::Kind::Area, m_chart, m_axisX, m_axisY, tr("Grid"),
                                               kGridColor);
    m_gridLine = std::make_unique<SeriesLayer>(SeriesLayer::Kind::Line, m_chart, m_axisX, m_axisY, tr("Grid"),
                                               kGridColor);
    m_generatorLine = std::make_unique<SeriesLayer>(SeriesLayer::Kind::Line, m_chart, m_axisX, m_axisY,
                                                    tr("Generator"), kGeneratorColor);
    m_overlay = std::make_unique<SeriesLayer>(SeriesLayer::Kind::Line, m_chart, m_axisX, m_axisY, QString(),
                                              kOverlayColor);
    m_overlay->setPen(QPen(kOverlayColor, 1.0)); // thin, and on the raster engine's fast path
    m_partial = std::make_unique<SeriesLayer>(SeriesLayer::Kind::Line, m_chart, m_axisX, m_axisY,
                                              tr("Partial period"), kPartialColor);
    m_partial->setPen(QPen(kPartialColor, 1.5, Qt::DashLine));
    m_rechargeMarks = std::make_unique<SeriesLayer>(SeriesLayer::Kind::Line, m_chart, m_axisX, m_axisY,
                                                    tr("Recharge"), kRechargeColor);
    m_rechargeMarks->setPen(QPen(kRechargeColor, 1.0));
    m_rechargeLabels = std::make_unique<MarkerLabels>(m_chart);
    for (SeriesLayer *layer :
         {m_gapBand.get(), m_gridLine.get(), m_generatorLine.get(), m_overlay.get(), m_partial.get()})
        layer->setLegendVisible(false);

    // setChart() hands the view's own default chart back to us instead of deleting it.
    QChart *const defaultChart = m_view->chart();
    m_view->setChart(m_chart);
    delete defaultChart;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Usage chart"));
    m_view->setAccessibleDescription(
        tr("Hover a bar for its details. Mouse wheel or + and - zoom, dragging or the arrow keys pan, "
           "Home or a double click shows the whole window again."));
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    setFocusProxy(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    // The first layout settles the plot's real width: decimate again if the guess was off.
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        if (std::abs(static_cast<int>(plot.width()) - m_lastColumns) > 16)
            scheduleRedraw();
        m_timeAxis->plotAreaChanged();
        placeRechargeLabels();
    });
}

UsageChartView::~UsageChartView() = default;

void UsageChartView::setSeries(const UsageSeries &series, Unit unit, const QString &currencyCode,
                               const QByteArray &timezone)
{
    Content content;
    content.series = series;
    content.unit = unit;
    content.style = m_content.style;
    content.currency = currencyCode;
    content.timezone = timezone;
    setContent(content);
}

void UsageChartView::setContent(const Content &content)
{
    m_content = content;
    Content &c = m_content;
    if (c.visibleTo <= c.visibleFrom) {
        c.visibleFrom = c.series.from;
        c.visibleTo = c.series.to;
    }
    if (c.homeTo <= c.homeFrom) {
        c.homeFrom = c.visibleFrom;
        c.homeTo = c.visibleTo;
    }
    if (c.limitFrom == 0 || c.limitFrom > c.homeFrom)
        c.limitFrom = c.homeFrom;
    m_tooltipBucket = -1;
    redraw();
}

bool UsageChartView::isZoomed() const
{
    return m_content.visibleFrom != m_content.homeFrom || m_content.visibleTo != m_content.homeTo;
}

void UsageChartView::setVisibleRange(qint64 from, qint64 to)
{
    applyRange(from, to);
}

void UsageChartView::zoomAt(qint64 anchor, double factor)
{
    const qint64 from = m_content.visibleFrom;
    const qint64 span = m_content.visibleTo - from;
    if (span <= 0)
        return;
    const qint64 homeSpan = m_content.homeTo - m_content.homeFrom;
    const qint64 wanted = std::clamp(static_cast<qint64>(std::llround(static_cast<double>(span) * factor)),
                                     std::min(kMinSpanSeconds, homeSpan), homeSpan);
    anchor = std::clamp(anchor, from, m_content.visibleTo);
    // The time under the cursor stays under the cursor.
    const qint64 newFrom =
        anchor - static_cast<qint64>(std::llround(static_cast<double>(anchor - from) *
                                                  static_cast<double>(wanted) / static_cast<double>(span)));
    applyRange(newFrom, newFrom + wanted);
}

void UsageChartView::panBy(qint64 seconds)
{
    applyRange(m_content.visibleFrom + seconds, m_content.visibleTo + seconds);
}

void UsageChartView::resetZoom()
{
    applyRange(m_content.homeFrom, m_content.homeTo);
}

void UsageChartView::applyRange(qint64 from, qint64 to)
{
    Content &c = m_content;
    const qint64 homeSpan = c.homeTo - c.homeFrom;
    if (homeSpan <= 0)
        return;
    const qint64 span = std::clamp(to - from, std::min(kMinSpanSeconds, homeSpan), homeSpan);
    // Never into the future, never before the limit.
    from = std::clamp(from, c.limitFrom, c.homeTo - span);
    to = from + span;
    if (from == c.visibleFrom && to == c.visibleTo)
        return;
    c.visibleFrom = from;
    c.visibleTo = to;
    m_tooltipBucket = -1;
    // An owner that listens re-queries the range and hands over new content: one redraw per
    // change instead of two. Without one the view redraws what it has.
    if (isSignalConnected(QMetaMethod::fromSignal(&UsageChartView::rangeRequested)))
        emit rangeRequested(from, to);
    else
        redraw();
}

int UsageChartView::plotColumns() const
{
    const QRectF plot = m_chart->plotArea();
    if (plot.width() >= 16)
        return static_cast<int>(plot.width());
    return std::max(100, m_view->width() - 80);
}

QList<QPointF> UsageChartView::drawnPoints(Layer layer) const
{
    const bool lines = m_lastShape == Shape::Lines;
    switch (layer) {
    case Layer::Grid:
        return (lines ? m_gridLine : m_gridArea)->points();
    case Layer::Total:
        return lines ? QList<QPointF>() : m_generatorArea->points();
    case Layer::Generator:
        return lines ? m_generatorLine->points() : QList<QPointF>();
    case Layer::Overlay:
        return m_overlay->points();
    case Layer::Partial:
        return m_partial->points();
    case Layer::MissingReadings:
        return m_gapBand->points();
    case Layer::Recharges:
        return m_rechargeMarks->points();
    }
    return {};
}

QStringList UsageChartView::legendNames() const
{
    QStringList names;
    for (const QLegendMarker *marker : m_chart->legend()->markers()) {
        if (marker->isVisible())
            names << marker->label();
    }
    return names;
}

double UsageChartView::valueGrid(const UsageBucket &b) const
{
    if (m_content.unit == Unit::Money) {
        // The bucket's cost split between the sources in proportion to their energy.
        const qint64 wh = b.totalWh();
        const double cost = static_cast<double>(b.costMilli) / 1000.0;
        return wh > 0 ? cost * static_cast<double>(b.gridWh) / static_cast<double>(wh) : cost;
    }
    return static_cast<double>(b.gridWh) / 1000.0;
}

double UsageChartView::valueTotal(const UsageBucket &b) const
{
    return m_content.unit == Unit::Money ? static_cast<double>(b.costMilli) / 1000.0
                                         : static_cast<double>(b.totalWh()) / 1000.0;
}

QList<SeriesLayer *> UsageChartView::layers() const
{
    return {m_gapBand.get(),       m_generatorArea.get(), m_gridArea.get(), m_gridLine.get(),
            m_generatorLine.get(), m_overlay.get(),       m_partial.get(),  m_rechargeMarks.get()};
}

void UsageChartView::scheduleRedraw()
{
    if (m_redrawPending)
        return;
    m_redrawPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_redrawPending)
            redraw();
    });
}

void UsageChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Decimation depends on the width: redo it when the width changes noticeably.
    if (std::abs(plotColumns() - m_lastColumns) > 32)
        scheduleRedraw();
}

void UsageChartView::redraw()
{
    m_redrawPending = false;
    const int columns = plotColumns();
    m_lastColumns = columns;
    m_lastPointCount = 0;
    m_lastSegmentCount = 0;
    m_lastMaxLayerPoints = 0;
    m_overlayShown = false;
    const bool money = m_content.unit == Unit::Money;
    const QString symbol = Formatters::currencySymbol(m_content.currency);
    m_axisY->setTitleText(money ? tr("Cost (%1)").arg(symbol.isEmpty() ? m_content.currency : symbol)
                                : tr("Energy (kWh)"));

    const QList<UsageBucket> &buckets = m_content.series.buckets;
    const qint64 vf = m_content.visibleFrom;
    const qint64 vt = m_content.visibleTo;
    // The visible buckets: [first, last).
    const auto begin = std::partition_point(buckets.begin(), buckets.end(),
                                            [vf](const UsageBucket &b) { return b.end <= vf; });
    const auto end =
        std::partition_point(begin, buckets.end(), [vt](const UsageBucket &b) { return b.start < vt; });
    const qsizetype visible = end - begin;
    const double xFrom = static_cast<double>(vf);
    const double xTo = static_cast<double>(vt);

    const auto isHole = [](const UsageBucket &b) { return b.gap && !b.hasData; };
    double maxY = 0;
    int holeRuns = 0;
    const bool linesStyle = m_content.style == Style::Lines;
    for (auto it = begin; it != end; ++it) {
        // Lines draw grid and generator apart: the scale is the larger of the two.
        maxY = std::max(maxY, linesStyle ? std::max(valueGrid(*it), valueGenerator(*it)) : valueTotal(*it));
        if (isHole(*it) && (it == begin || !isHole(*(it - 1))))
            ++holeRuns;
    }
    // Data runs between holes (what the line style draws as separate segments).
    m_lastSegmentCount = 0;
    for (auto it = begin; it != end; ++it)
        m_lastSegmentCount += (!isHole(*it) && (it == begin || isHole(*(it - 1)))) ? 1 : 0;

    // The overlay: total per bucket at its middle, moved onto this window.
    QList<QPointF> overlayPoints;
    if (m_content.overlay) {
        const Overlay &o = *m_content.overlay;
        for (const UsageBucket &b : o.series.buckets) {
            const double x = static_cast<double>(b.start + b.end) / 2.0 + static_cast<double>(o.shift);
            if (!b.hasData)
                continue;
            overlayPoints.append(QPointF(x, valueTotal(b)));
            if (x >= xFrom && x <= xTo)
                maxY = std::max(maxY, valueTotal(b));
        }
        overlayPoints = ChartDecimator::lowHighPerColumn(overlayPoints, columns, xFrom, xTo);
    }
    const NiceScale scale = niceScale(maxY * 1.08);
    const double top = scale.max;

    Shape shape = Shape::Empty;
    if (visible > 0) {
        if (m_content.style == Style::Lines)
            shape = Shape::Lines;
        else
            shape = visible <= kMaxBars && visible * 3 <= columns ? Shape::Bars : Shape::Steps;
    }

    QList<QPointF> gridEdge;
    QList<QPointF> totalEdge;
    QList<QList<QPointF>> partialRuns;
    QList<QList<QPointF>> gridRuns;
    QList<QList<QPointF>> generatorRuns;
    if (shape == Shape::Bars) {
        // One rectangle per bucket with a little air between neighbours; holes stay empty.
        for (auto it = begin; it != end; ++it) {
            if (isHole(*it))
                continue;
            const double inset = static_cast<double>(it->end - it->start) * 0.12;
            const double x0 = static_cast<double>(it->start) + inset;
            const double x1 = static_cast<double>(it->end) - inset;
            const double g = valueGrid(*it);
            const double t = valueTotal(*it);
            gridEdge << QPointF(x0, 0) << QPointF(x0, g) << QPointF(x1, g) << QPointF(x1, 0);
            totalEdge << QPointF(x0, 0) << QPointF(x0, t) << QPointF(x1, t) << QPointF(x1, 0);
            // A bucket cut at the window's edge (today so far) is outlined dashed: not a drop.
            if (it->partial)
                partialRuns.append({QPointF(x0, 0), QPointF(x0, t), QPointF(x1, t), QPointF(x1, 0)});
        }
    } else if (shape == Shape::Steps) {
        QList<ChartDecimator::Bar> bars;
        bars.reserve(visible);
        for (auto it = begin; it != end; ++it) {
            if (!isHole(*it))
                bars.append({static_cast<double>(it->start), static_cast<double>(it->end), valueGrid(*it),
                             valueTotal(*it)});
        }
        const QList<ChartDecimator::Bar> envelope =
            ChartDecimator::stackedEnvelope(bars, columns, xFrom, xTo);
        gridEdge.reserve(envelope.size() * 2 + 8);
        totalEdge.reserve(envelope.size() * 2 + 8);
        // Steps under two pixels wide are drawn as one point in their middle: the same picture
        // with half the points.
        const double narrow = 2.0 * (xTo - xFrom) / columns;
        double previousEnd = 0;
        for (qsizetype i = 0; i < envelope.size(); ++i) {
            const ChartDecimator::Bar &b = envelope[i];
            if (i > 0 && b.x0 != previousEnd) {
                // Missing readings: down to nothing and up again, never a slope across.
                for (QList<QPointF> *edge : {&gridEdge, &totalEdge})
                    *edge << QPointF(previousEnd, 0) << QPointF(b.x0, 0);
            }
            if (b.x1 - b.x0 < narrow) {
                const double middle = (b.x0 + b.x1) / 2.0;
                gridEdge << QPointF(middle, b.grid);
                totalEdge << QPointF(middle, b.total);
            } else {
                gridEdge << QPointF(b.x0, b.grid) << QPointF(b.x1, b.grid);
                totalEdge << QPointF(b.x0, b.total) << QPointF(b.x1, b.total);
            }
            previousEnd = b.x1;
        }
    } else if (shape == Shape::Lines) {
        // Lines break at missing readings, unless there are so many breaks that drawing
        // them would cost more than it tells: then holes are drawn as zero.
        const bool breakAtHoles = holeRuns < kMaxSegments;
        QList<QPointF> grid;
        QList<QPointF> generator;
        const auto flush = [&] {
            if (grid.isEmpty())
                return;
            gridRuns.append(ChartDecimator::lowHighPerColumn(grid, columns, xFrom, xTo));
            generatorRuns.append(ChartDecimator::lowHighPerColumn(generator, columns, xFrom, xTo));
            grid.clear();
            generator.clear();
        };
        for (auto it = begin; it != end; ++it) {
            if (isHole(*it) && breakAtHoles) {
                flush();
                continue;
            }
            const double x = static_cast<double>(it->start + it->end) / 2.0;
            grid.append(QPointF(x, valueGrid(*it)));
            generator.append(QPointF(x, valueGenerator(*it)));
        }
        flush();
    }

    // Missing readings as a light band over the plot's height, merged below a pixel column.
    QList<QPointF> band;
    if (shape != Shape::Empty && holeRuns > 0) {
        const double columnWidth = (xTo - xFrom) / columns;
        double runStart = -1;
        double runEnd = -1;
        const auto flushBand = [&] {
            if (runStart >= 0)
                band << QPointF(runStart, 0) << QPointF(runStart, top) << QPointF(runEnd, top)
                     << QPointF(runEnd, 0);
        };
        for (auto it = begin; it != end; ++it) {
            if (!isHole(*it))
                continue;
            const double x0 = static_cast<double>(it->start);
            const double x1 = static_cast<double>(it->end);
            if (runStart >= 0 && x0 - runEnd < columnWidth) {
                runEnd = x1;
                continue;
            }
            flushBand();
            runStart = x0;
            runEnd = x1;
        }
        flushBand();
    }

    if (top != m_axisY->max() || m_axisY->tickCount() != scale.ticks) {
        m_axisY->setRange(0, top);
        m_axisY->setTickCount(scale.ticks);
    }
    m_timeAxis->setValueGuides(m_axisY, scale.ticks);
    updateTimeAxis();
    for (SeriesLayer *layer : layers())
        layer->setXWindow(xFrom, xTo);
    const bool areas = shape == Shape::Bars || shape == Shape::Steps;
    m_gridArea->setRuns(areas ? QList<QList<QPointF>>{gridEdge} : QList<QList<QPointF>>{});
    m_generatorArea->setRuns(areas ? QList<QList<QPointF>>{totalEdge} : QList<QList<QPointF>>{});
    // Dense lines get a one-pixel pen: the raster engine draws those on its fast path, wider
    // ones are stroked into polygons first (five times the cost at 4 000 points).
    qsizetype linePointCount = 0;
    for (const QList<QPointF> &run : std::as_const(gridRuns))
        linePointCount += run.size();
    const qreal lineWidth = linePointCount > columns ? 1.0 : 2.0;
    m_gridLine->setPen(QPen(kGridColor, lineWidth));
    m_generatorLine->setPen(QPen(kGeneratorColor, lineWidth));
    m_gridLine->setRuns(gridRuns);
    m_generatorLine->setRuns(generatorRuns);
    m_gapBand->setRuns({band});
    m_overlay->setRuns({overlayPoints});
    m_partial->setRuns(partialRuns);
    QList<QList<QPointF>> marks;
    for (const RechargeMark &r : std::as_const(m_content.recharges)) {
        if (r.time >= vf && r.time < vt)
            marks.append(
                {QPointF(static_cast<double>(r.time), 0), QPointF(static_cast<double>(r.time), top)});
    }
    m_rechargeMarks->setRuns(marks);
    m_overlayShown = m_content.overlay.has_value();
    if (m_overlayShown)
        m_overlay->setName(m_content.overlay->name);

    m_gridArea->setLegendVisible(shape != Shape::Lines);
    m_generatorArea->setLegendVisible(shape != Shape::Lines);
    m_gridLine->setLegendVisible(shape == Shape::Lines);
    m_generatorLine->setLegendVisible(shape == Shape::Lines);
    m_gapBand->setLegendVisible(!band.isEmpty());
    m_overlay->setLegendVisible(m_overlayShown);
    m_partial->setLegendVisible(!partialRuns.isEmpty());
    m_rechargeMarks->setLegendVisible(!marks.isEmpty());
    placeRechargeLabels();

    for (const SeriesLayer *layer : layers()) {
        m_lastPointCount += layer->pointCount();
        m_lastMaxLayerPoints = std::max(m_lastMaxLayerPoints, layer->pointCount());
    }
    m_lastShape = shape;
    // Antialiasing only where it shows: bars and sparse lines. Dense steps and lines are a
    // wall of pixel columns either way and cost up to three times as much to draw smooth.
    const int linePoints = m_gridLine->pointCount() + m_generatorLine->pointCount() + m_overlay->pointCount();
    m_view->setRenderHint(QPainter::Antialiasing, shape != Shape::Steps && linePoints <= columns);
}

void UsageChartView::placeRechargeLabels()
{
    // The amount at the top of each marker in the window.
    const QRectF plot = m_chart->plotArea();
    const double span = static_cast<double>(m_content.visibleTo - m_content.visibleFrom);
    QList<MarkerLabels::Label> labels;
    for (const RechargeMark &r : std::as_const(m_content.recharges)) {
        if (span > 0 && r.time >= m_content.visibleFrom && r.time < m_content.visibleTo)
            labels.append(
                {QPointF(plot.left() +
                             static_cast<double>(r.time - m_content.visibleFrom) / span * plot.width() + 3.0,
                         plot.top() + 2.0),
                 QStringLiteral("+") + Formatters::money(r.amountMilli, m_content.currency)});
    }
    m_rechargeLabels->place(labels, kRechargeColor);
}

QStringList UsageChartView::rechargeLabels() const
{
    return m_rechargeLabels->shown();
}

void UsageChartView::updateTimeAxis()
{
    m_timeAxis->setRange(m_content.visibleFrom, m_content.visibleTo, m_content.timezone, m_view->width());
}

QStringList UsageChartView::timeLabels() const
{
    return m_timeAxis->shownLabels();
}

int UsageChartView::bucketAt(qint64 time) const
{
    const QList<UsageBucket> &buckets = m_content.series.buckets;
    const auto it = std::partition_point(buckets.begin(), buckets.end(),
                                         [time](const UsageBucket &b) { return b.end <= time; });
    if (it == buckets.end() || it->start > time)
        return -1;
    return static_cast<int>(it - buckets.begin());
}

QString UsageChartView::tooltipText(int index) const
{
    return UsageTooltip::text(m_content, index);
}

QPoint UsageChartView::viewportPosition(qint64 time) const
{
    const QRectF plot = m_chart->plotArea();
    const double span = static_cast<double>(m_content.visibleTo - m_content.visibleFrom);
    const double x =
        plot.left() +
        (span > 0 ? static_cast<double>(time - m_content.visibleFrom) / span : 0.0) * plot.width();
    return m_view->mapFromScene(m_chart->mapToScene(QPointF(x, plot.center().y())));
}

qint64 UsageChartView::timeAtViewportX(int x) const
{
    const QRectF plot = m_chart->plotArea();
    const QPointF inChart = m_chart->mapFromScene(m_view->mapToScene(QPoint(x, 0)));
    if (plot.width() <= 0)
        return m_content.visibleFrom;
    const double fraction = (inChart.x() - plot.left()) / plot.width();
    return m_content.visibleFrom +
           static_cast<qint64>(
               std::floor(fraction * static_cast<double>(m_content.visibleTo - m_content.visibleFrom)));
}

void UsageChartView::showTooltipAt(const QPoint &viewportPos)
{
    const QPointF inChart = m_chart->mapFromScene(m_view->mapToScene(viewportPos));
    const int index = m_chart->plotArea().contains(inChart) ? bucketAt(timeAtViewportX(viewportPos.x())) : -1;
    if (index == m_tooltipBucket && QToolTip::isVisible())
        return;
    m_tooltipBucket = index;
    if (index < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(m_view->viewport()->mapToGlobal(viewportPos), tooltipText(index), m_view->viewport());
}

bool UsageChartView::eventFilter(QObject *watched, QEvent *event)
{
    const qint64 span = m_content.visibleTo - m_content.visibleFrom;
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const qint64 middle = m_content.visibleFrom + span / 2;
        switch (key->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomAt(middle, 0.5);
            return true;
        case Qt::Key_Minus:
            zoomAt(middle, 2.0);
            return true;
        case Qt::Key_Left:
            panBy(-span / 4);
            return true;
        case Qt::Key_Right:
            panBy(span / 4);
            return true;
        case Qt::Key_Home:
        case Qt::Key_0:
            resetZoom();
            return true;
        default:
            return QWidget::eventFilter(watched, event);
        }
    }
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Wheel: {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        const int delta = wheel->angleDelta().y();
        if (delta == 0)
            return true;
        zoomAt(timeAtViewportX(wheel->position().toPoint().x()), std::pow(0.8, delta / 120.0));
        return true;
    }
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            break;
        m_view->setFocus(Qt::MouseFocusReason);
        m_dragStart = mouse->position().toPoint();
        m_dragFrom = m_content.visibleFrom;
        m_dragTo = m_content.visibleTo;
        return true;
    }
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_dragStart && (mouse->buttons() & Qt::LeftButton)) {
            const int dx = mouse->position().toPoint().x() - m_dragStart->x();
            const double width = std::max(1.0, m_chart->plotArea().width());
            if (dx != 0)
                m_view->viewport()->setCursor(Qt::ClosedHandCursor);
            const auto shift = static_cast<qint64>(-dx * static_cast<double>(m_dragTo - m_dragFrom) / width);
            applyRange(m_dragFrom + shift, m_dragTo + shift);
            return true;
        }
        showTooltipAt(mouse->position().toPoint());
        break;
    }
    case QEvent::MouseButtonRelease:
        if (m_dragStart) {
            m_dragStart.reset();
            m_view->viewport()->unsetCursor();
            return true;
        }
        break;
    case QEvent::MouseButtonDblClick:
        resetZoom();
        return true;
    case QEvent::Leave:
        m_tooltipBucket = -1;
        QToolTip::hideText();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void UsageChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        ChartPalette::apply(m_chart, palette());
        m_timeAxis->setColors(ChartPalette::text(palette()), ChartPalette::guide(palette()));
    }
}
