#pragma once

#include <QList>
#include <QPointF>

// Never hand a chart more points than its pixels can show: per pixel column keep the
// first, lowest, highest and last point (in x order), so peaks and dips stay visible.
class ChartDecimator
{
public:
    // A stacked bar [x0, x1) of height `grid` with `total` on top (total >= grid).
    struct Bar
    {
        double x0 = 0;
        double x1 = 0;
        double grid = 0;
        double total = 0;
    };

    // `points` sorted by x. Returns them unchanged when they already fit.
    static QList<QPointF> minMaxPerColumn(const QList<QPointF> &points, int columns);
    // The same over a fixed x range cut into `columns` equal columns (the plot's pixels), so
    // runs split at gaps share one budget and a zoomed view is decimated to what is visible.
    // Of the points outside the range only the one next to it on each side is kept (lines
    // must still reach the edge): at most 4 * columns + 2 points.
    static QList<QPointF> minMaxPerColumn(const QList<QPointF> &points, int columns, double xFrom,
                                          double xTo);
    // The same with only the lowest and highest point of each column (in x order): what a
    // dense line shows, with half the segments to draw. At most 2 * columns + 2 points.
    static QList<QPointF> lowHighPerColumn(const QList<QPointF> &points, int columns, double xFrom,
                                           double xTo);
    // Upper envelope of contiguous stacked bars for filled areas: bars narrower than a column
    // merge into one bar per column with the highest grid and the highest total (a fill
    // shows the column's peak; its low values are hidden under it anyway). Wider bars stay as
    // they are; bars outside [xFrom, xTo) go. At most one bar per column.
    static QList<Bar> stackedEnvelope(const QList<Bar> &bars, int columns, double xFrom, double xTo);
};
