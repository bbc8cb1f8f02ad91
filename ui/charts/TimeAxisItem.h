#pragma once

#include "TimeAxisLabels.h"

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QStaticText>

class QChart;
class QAbstractAxis;
class QValueAxis;

// A chart's time axis in the meter's zone: the vertical guides across the plot and their
// labels under it, drawn by this one item over a plain QValueAxis whose own labels and grid
// are off; and the value axis' horizontal guides with the base line, so the plot's whole grid
// is one aliased pass in an opaque colour (Qt Charts strokes each of its grid lines smoothly). A
// QCategoryAxis did this before and cost most of a slider frame beyond the query and the paint: every label
// removed and added again (each a relayout of the chart), labels as rich-text documents, and a stroked shape
// per guide line just to know its bounds. Here a new window only replaces a list of ticks; labels are laid
// out once (QStaticText) and the guides are one-pixel fills in an opaque colour, the raster engine's fastest
// path.
class TimeAxisItem : public QGraphicsItem
{
public:
    // Configures `axis` (attached at the bottom of `chart`): its labels and grid off, and an
    // empty title that keeps room for the labels drawn here.
    TimeAxisItem(QChart *chart, QValueAxis *axis);

    // Whether setRange() also sets the value axis' range (the default): needed while Qt
    // Charts series are drawn on it; a chart whose layers all map their own points
    // (SeriesLayer::setXWindow) leaves the axis alone and saves its relayout.
    void setMovesAxis(bool moves) { m_movesAxis = moves; }
    // The window shown and the zone its labels are in; recomputes the ticks only when the
    // window, zone or width changed.
    void setRange(qint64 from, qint64 to, const QByteArray &timezone, int widthPx);
    // `count` horizontal guides evenly from the plot's bottom (the base line) to its top, where
    // the value axis (whose own grid and line this turns off) has its ticks.
    void setValueGuides(QAbstractAxis *valueAxis, int count);
    // Call after ChartPalette::apply (it colours the placeholder title too).
    void setColors(const QColor &text, const QColor &guide);
    // After the chart's plot area moved or changed size.
    void plotAreaChanged();

    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    const QList<TimeAxisLabels::Tick> &ticks() const { return m_ticks; }
    // The labels drawn now (those that fit without overlapping), left to right (tests).
    QStringList shownLabels() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Placed
    {
        double guideX = 0;
        QPointF labelAt;
        int tick = 0;
        bool labelShown = false;
    };
    QList<Placed> place() const;

    QChart *m_chart;
    QValueAxis *m_axis;
    QFont m_font;
    QColor m_text;
    QColor m_guide;
    qint64 m_from = 0;
    qint64 m_to = 0;
    QByteArray m_timezone;
    int m_valueGuides = 0;
    bool m_movesAxis = true;
    int m_width = 0;
    QList<TimeAxisLabels::Tick> m_ticks;
    QList<QStaticText> m_labels; // one per tick, laid out once
    QRectF m_bounds;
};
