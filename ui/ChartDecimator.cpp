#include "ChartDecimator.h"

#include <algorithm>
#include <cmath>

namespace {

// Appends first, lowest, highest and last of points[first..end) in x order, without repeats
// (or only lowest and highest).
void appendExtremes(QList<QPointF> &out, const QList<QPointF> &points, qsizetype first, qsizetype end,
                    bool withEnds)
{
    qsizetype lowest = first;
    qsizetype highest = first;
    for (qsizetype i = first; i < end; ++i) {
        if (points[i].y() < points[lowest].y())
            lowest = i;
        if (points[i].y() > points[highest].y())
            highest = i;
    }
    const qsizetype keep[4] = {first, std::min(lowest, highest), std::max(lowest, highest), end - 1};
    qsizetype previous = -1;
    for (int i = withEnds ? 0 : 1; i < (withEnds ? 4 : 3); ++i) {
        if (keep[i] != previous)
            out.append(points[keep[i]]);
        previous = keep[i];
    }
}

QList<QPointF> perColumn(const QList<QPointF> &points, int columns, double xFrom, double xTo, bool withEnds)
{
    const double span = xTo - xFrom;
    if (columns < 1 || span <= 0)
        return points;
    // Column of a point: -1 left of the range, `columns` right of it.
    const auto columnOf = [&](double x) {
        if (x < xFrom)
            return -1;
        if (x >= xTo)
            return x == xTo ? columns - 1 : columns;
        return std::min(columns - 1, static_cast<int>((x - xFrom) / span * columns));
    };
    QList<QPointF> out;
    out.reserve(std::min<qsizetype>(points.size(), qsizetype(columns) * (withEnds ? 4 : 2) + 2));
    const qsizetype n = points.size();
    qsizetype i = 0;
    while (i < n) {
        const int column = columnOf(points[i].x());
        const qsizetype first = i;
        while (i < n && columnOf(points[i].x()) == column)
            ++i;
        if (column < 0)
            out.append(points[i - 1]); // the last point before the range
        else if (column >= columns)
            out.append(points[first]); // the first point after it
        else
            appendExtremes(out, points, first, i, withEnds);
        if (column >= columns)
            break;
    }
    return out;
}

} // namespace

QList<QPointF> ChartDecimator::minMaxPerColumn(const QList<QPointF> &points, int columns)
{
    if (columns < 1 || points.size() <= qsizetype(columns) * 4)
        return points;
    const double x0 = points.constFirst().x();
    const double span = points.constLast().x() - x0;
    if (span <= 0)
        return points;
    return minMaxPerColumn(points, columns, x0, x0 + span);
}

QList<QPointF> ChartDecimator::minMaxPerColumn(const QList<QPointF> &points, int columns, double xFrom,
                                               double xTo)
{
    return perColumn(points, columns, xFrom, xTo, true);
}

QList<QPointF> ChartDecimator::lowHighPerColumn(const QList<QPointF> &points, int columns, double xFrom,
                                                double xTo)
{
    return perColumn(points, columns, xFrom, xTo, false);
}

QList<ChartDecimator::Bar> ChartDecimator::stackedEnvelope(const QList<Bar> &bars, int columns, double xFrom,
                                                           double xTo)
{
    QList<Bar> out;
    const double span = xTo - xFrom;
    if (columns < 1 || span <= 0)
        return out;
    const double columnWidth = span / columns;
    out.reserve(std::min<qsizetype>(bars.size(), columns + 2));
    bool open = false; // `merged` collects narrow bars of column `column`
    int column = 0;
    Bar merged;
    const auto flush = [&] {
        if (open)
            out.append(merged);
        open = false;
    };
    for (const Bar &b : bars) {
        if (b.x1 <= xFrom || b.x0 >= xTo)
            continue;
        if (b.x1 - b.x0 >= columnWidth) {
            flush();
            out.append(b);
            continue;
        }
        const int c = std::clamp(static_cast<int>(std::floor((b.x0 - xFrom) / columnWidth)), 0, columns - 1);
        // A new column, or a hole between bars (never bridge missing data).
        if (open && (c != column || b.x0 != merged.x1))
            flush();
        if (!open) {
            merged = b;
            column = c;
            open = true;
            continue;
        }
        merged.x1 = b.x1;
        merged.grid = std::max(merged.grid, b.grid);
        merged.total = std::max(merged.total, b.total);
    }
    flush();
    return out;
}
