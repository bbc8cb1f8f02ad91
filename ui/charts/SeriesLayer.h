#pragma once

#include <QColor>
#include <QGraphicsObject>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QString>

#include <optional>
#include <utility>

class QAbstractSeries;
class QChart;
class QValueAxis;

// One legend entry of a chart (e.g. "Grid") and its data, drawn by this one item over the
// chart's plot area in the coordinates of the chart's value axes. The legend entry is an empty
// Qt Charts series (so it looks like every other entry); the points never go through Qt Charts:
// it mapped and stroked every point of every series on each update just to know its shape for
// hit tests we do not use (two thirds of a slider frame's own work at 2 500 points). Here an
// update stores the points and asks for a paint; the paint maps them once.
//
// Areas are filled in narrow strips: Qt's rasterizer fills a polygon in time quadratic in the
// edges crossing a scanline, so a stepped area of 2 400 points paints in 70 ms as one polygon
// and in 1 to 4 ms as strips of 32 to 64 points (measured on this machine class). Lines break
// where a run ends (gaps) and are never cut otherwise.
class SeriesLayer : public QGraphicsObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Area, // filled down to zero (stack by drawing the total first and the part over it)
        Line,
    };
    static constexpr int kStripPoints = 32;

    // Layers made later are drawn over those made earlier (and over the chart's own series
    // added before them).
    SeriesLayer(Kind kind, QChart *chart, QValueAxis *axisX, QValueAxis *axisY, const QString &name,
                const QColor &color);
    ~SeriesLayer() override;

    // Each run is drawn on its own.
    void setRuns(const QList<QList<QPointF>> &runs);
    void clear();
    // Shows or hides the layer's one legend entry (the data is set with setRuns()).
    void setLegendVisible(bool visible);
    void setName(const QString &name);
    void setPen(const QPen &pen);
    // The horizontal window the points are mapped into, instead of the x axis' range: an owner
    // that draws every layer itself need not move Qt Charts' axis (each move lays that axis
    // out again, a tenth of a small frame).
    void setXWindow(double from, double to);

    // What the last setRuns() handed over.
    int pointCount() const { return m_pointCount; }
    // The points of every run, in order.
    QList<QPointF> points() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void plotAreaChanged(const QRectF &plot);

    Kind m_kind;
    QChart *m_chart;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QAbstractSeries *m_legendEntry; // owned by the chart
    QColor m_color;
    QPen m_pen;
    QList<QList<QPointF>> m_runs;
    std::optional<std::pair<double, double>> m_xWindow;
    int m_pointCount = 0;
    QRectF m_bounds;
};
