#pragma once

#include <QColor>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QString>

class QAbstractAxis;
class QAbstractSeries;
class QAreaSeries;
class QChart;
class QLineSeries;

// One legend entry of a chart (e.g. "Grid") drawn as a pool of Qt Charts series that is
// reused from update to update: each series gets one replace() per update, unused ones get
// an empty list, none is created or destroyed while the chart lives on.
//
// Areas are cut into narrow strips: Qt's rasterizer fills a polygon in time quadratic in the
// edges crossing a scanline, so a stepped area of 2 400 points paints in 70 ms as one series
// and in 1 to 4 ms as strips of 32 to 64 points (measured on this machine class; 32 was the
// fastest in the benchmark, below that the per-series cost wins). Lines break where
// a run ends (gaps) and are never cut otherwise.
class SeriesLayer
{
public:
    enum class Kind
    {
        Area, // filled down to zero (stack by drawing the total first and the part over it)
        Line,
    };
    static constexpr int kStripPoints = 32;

    SeriesLayer(Kind kind, QChart *chart, QAbstractAxis *axisX, QAbstractAxis *axisY, const QString &name,
                const QColor &color);

    // Each run is drawn on its own.
    void setRuns(const QList<QList<QPointF>> &runs);
    void clear();
    // Shows or hides the layer's one legend entry (the data is set with setRuns()).
    void setLegendVisible(bool visible);
    void setName(const QString &name);
    void setPen(const QPen &pen);

    // Qt Charts draws series in the order they were added: when a layer's pool grew, the
    // layers meant to be above it are added again, in order, with restack().
    bool grew() const { return m_grew; }
    void restack();

    // What was handed to the chart by the last setRuns().
    int pointCount() const { return m_pointCount; }
    int seriesInUse() const { return m_inUse; }
    // Read back from the chart's series: the points of every run, strips joined again.
    QList<QPointF> points() const;

private:
    struct Slot
    {
        QLineSeries *line = nullptr;
        QAreaSeries *area = nullptr; // areas only: filled under `line`
        bool continues = false;      // a strip continuing the previous slot's run
    };
    Slot &slot(int index);
    void assign(int index, const QList<QPointF> &points, bool continues = false);
    QAbstractSeries *series(const Slot &slot) const;
    void attach(QAbstractSeries *series, bool first);

    Kind m_kind;
    QChart *m_chart;
    QAbstractAxis *m_axisX;
    QAbstractAxis *m_axisY;
    QString m_name;
    QColor m_color;
    QPen m_pen;
    bool m_legendVisible = true;
    QList<Slot> m_slots;
    int m_inUse = 0;
    int m_pointCount = 0;
    bool m_grew = false;
};
