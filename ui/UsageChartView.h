#pragma once

#include "analytics/UsageSeries.h"

#include <QWidget>

#include <memory>
#include <optional>

class QChart;
class QChartView;
class QValueAxis;
class MarkerLabels;
class SeriesLayer;
class TimeAxisItem;

// The one seam behind which chart drawing lives (Qt Charts today; Qt Graphs later without
// touching anything else). Draws a usage series as stacked grid/generator bars (few
// buckets), step areas (many) or lines, marks missing readings, can lay a previous period
// over it, and never passes more points than the plot has pixel columns can show (4 each).
// The user zooms with the wheel or +/-, pans by dragging or with the arrow keys, and goes
// back with Home or a double click; each change is announced with rangeRequested() so the
// owner can re-query the visible range at a finer grouping and hand it back.
class UsageChartView : public QWidget
{
    Q_OBJECT
public:
    enum class Unit
    {
        Energy,
        Money,
    };
    enum class Style
    {
        Bars,  // bars while they can be told apart, step areas beyond
        Lines, // grid and generator as two lines
    };
    // What the last redraw drew.
    enum class Shape
    {
        Empty,
        Bars,
        Steps,
        Lines,
    };

    static constexpr int kMaxBars = 200;            // more buckets than this are drawn as step areas
    static constexpr qint64 kMinSpanSeconds = 1800; // the deepest zoom

    // Another window's usage laid over this one as a thin line (e.g. the previous period).
    struct Overlay
    {
        UsageSeries series;
        qint64 shift = 0; // seconds added to the overlay's times to lay it over this window
        QString name;
    };

    struct RechargeMark
    {
        qint64 time = 0; // UTC seconds
        qint64 amountMilli = 0;
    };

    struct Content
    {
        UsageSeries series;
        Unit unit = Unit::Energy;
        Style style = Style::Bars;
        QString currency;
        QByteArray timezone; // IANA id of the meter's zone: labels and tooltips use it
        // The visible time range; 0/0 means the series' own span.
        qint64 visibleFrom = 0;
        qint64 visibleTo = 0;
        // The unzoomed window (reset goes back here; zooming out stops here); 0/0 = visible.
        qint64 homeFrom = 0;
        qint64 homeTo = 0;
        // Panning stops here (e.g. the first reading); 0 = homeFrom.
        qint64 limitFrom = 0;
        std::optional<Overlay> overlay;
        // Recharges in the window: a thin vertical marker at each, with its amount.
        QList<RechargeMark> recharges;
    };

    explicit UsageChartView(QWidget *parent = nullptr);
    ~UsageChartView() override;

    void setContent(const Content &content);
    // The whole series, unzoomed, without overlay.
    void setSeries(const UsageSeries &series, Unit unit, const QString &currencyCode,
                   const QByteArray &timezone);
    const Content &content() const { return m_content; }

    qint64 visibleFrom() const { return m_content.visibleFrom; }
    qint64 visibleTo() const { return m_content.visibleTo; }
    bool isZoomed() const;
    // User actions (also for tests): clamp, then announce with rangeRequested() (or redraw
    // when nobody listens).
    void setVisibleRange(qint64 from, qint64 to);
    void zoomAt(qint64 anchor, double factor); // factor < 1 zooms in
    void panBy(qint64 seconds);
    void resetZoom();

    // Index into content().series.buckets of the bucket holding `time`, or -1.
    int bucketAt(qint64 time) const;
    // The hover text of a bucket: its start and end in the meter's zone (to the minute), kWh,
    // cost, source, whether it is partial, and the compared period's value at that place.
    QString tooltipText(int index) const;
    // Where `time` is on the chart's viewport (x), and the vertical middle of the plot (y).
    QPoint viewportPosition(qint64 time) const;
    qint64 timeAtViewportX(int x) const;

    // What the last redraw handed to the chart (tests, benchmark).
    Shape lastShape() const { return m_lastShape; }
    int lastPointCount() const { return m_lastPointCount; }
    int lastSegmentCount() const { return m_lastSegmentCount; }
    // The most points any one layer (grid, generator, overlay, ...) got.
    int lastMaxLayerPointCount() const { return m_lastMaxLayerPoints; }
    enum class Layer
    {
        Grid,      // the grid part (bars, steps or line)
        Total,     // bars and steps: grid + generator (the generator part shows above the grid)
        Generator, // lines: the generator's own line
        Overlay,
        MissingReadings,
        Partial,   // bars: the outline of buckets cut at the window's edge (e.g. today so far)
        Recharges, // two points (bottom, top) per recharge marker
    };
    // The points a layer's Qt Charts series hold now, strips joined (tests read them back).
    QList<QPointF> drawnPoints(Layer layer) const;
    // Pixel columns of the plot, and the most points one layer may get (4 per column).
    int plotColumns() const;
    int pointBudget() const { return 4 * plotColumns() + 2; }
    bool overlayShown() const { return m_overlayShown; }
    // The legend entries shown, in order (tests).
    QStringList legendNames() const;
    QChartView *chartView() const { return m_view; }
    // The time labels under the plot now shown, in the meter's zone (tests).
    QStringList timeLabels() const;
    // The amounts written at the recharge markers now shown (tests).
    QStringList rechargeLabels() const;

signals:
    // The user zoomed or panned (or reset: then the range is the home window).
    void rangeRequested(qint64 from, qint64 to);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void redraw();
    void scheduleRedraw();
    // Bottom to top, the order they are drawn in.
    QList<SeriesLayer *> layers() const;
    void applyRange(qint64 from, qint64 to);
    // Time labels in the meter's zone (QDateTimeAxis only knows the system zone).
    void updateTimeAxis();
    void showTooltipAt(const QPoint &viewportPos);
    void placeRechargeLabels();
    double valueGrid(const UsageBucket &b) const;
    double valueTotal(const UsageBucket &b) const;
    double valueGenerator(const UsageBucket &b) const { return valueTotal(b) - valueGrid(b); }

    QChartView *m_view;
    QChart *m_chart;
    QValueAxis *m_axisX;
    TimeAxisItem *m_timeAxis; // owned by m_chart
    QValueAxis *m_axisY;
    std::unique_ptr<SeriesLayer> m_gapBand;
    std::unique_ptr<SeriesLayer> m_gridArea;
    std::unique_ptr<SeriesLayer> m_generatorArea;
    std::unique_ptr<SeriesLayer> m_gridLine;
    std::unique_ptr<SeriesLayer> m_generatorLine;
    std::unique_ptr<SeriesLayer> m_overlay;
    std::unique_ptr<SeriesLayer> m_partial;
    std::unique_ptr<SeriesLayer> m_rechargeMarks;
    std::unique_ptr<MarkerLabels> m_rechargeLabels;
    Content m_content;
    Shape m_lastShape = Shape::Empty;
    int m_lastPointCount = 0;
    int m_lastSegmentCount = 0;
    int m_lastMaxLayerPoints = 0;
    int m_lastColumns = 0;
    bool m_overlayShown = false;
    bool m_redrawPending = false;
    // Dragging: where the press was and the range at that moment.
    std::optional<QPoint> m_dragStart;
    qint64 m_dragFrom = 0;
    qint64 m_dragTo = 0;
    int m_tooltipBucket = -1;
};
