#pragma once

#include <QList>
#include <QPointF>

// Never hand a chart more points than its pixels can show: per pixel column keep the
// first, lowest, highest and last point (in x order), so peaks and dips stay visible.
class ChartDecimator
{
public:
    // `points` sorted by x. Returns them unchanged when they already fit.
    static QList<QPointF> minMaxPerColumn(const QList<QPointF> &points, int columns);
};
