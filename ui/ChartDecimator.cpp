#include "ChartDecimator.h"

#include <algorithm>

QList<QPointF> ChartDecimator::minMaxPerColumn(const QList<QPointF> &points, int columns)
{
    if (columns < 1 || points.size() <= qsizetype(columns) * 4)
        return points;
    const double x0 = points.constFirst().x();
    const double span = points.constLast().x() - x0;
    if (span <= 0)
        return points;
    QList<QPointF> out;
    out.reserve(columns * 4);
    qsizetype i = 0;
    const qsizetype n = points.size();
    while (i < n) {
        const int column = std::min(columns - 1, static_cast<int>((points[i].x() - x0) / span * columns));
        const qsizetype first = i;
        qsizetype lowest = i;
        qsizetype highest = i;
        while (i < n &&
               std::min(columns - 1, static_cast<int>((points[i].x() - x0) / span * columns)) == column) {
            if (points[i].y() < points[lowest].y())
                lowest = i;
            if (points[i].y() > points[highest].y())
                highest = i;
            ++i;
        }
        const qsizetype last = i - 1;
        qsizetype keep[4] = {first, std::min(lowest, highest), std::max(lowest, highest), last};
        qsizetype previous = -1;
        for (const qsizetype k : keep) {
            if (k != previous)
                out.append(points[k]);
            previous = k;
        }
    }
    return out;
}
