#include "ChartPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QColor>
#include <QLegend>
#include <QPalette>

#include <cmath>

QColor ChartPalette::text(const QPalette &palette)
{
    return palette.color(QPalette::WindowText);
}

QColor ChartPalette::guide(const QPalette &palette)
{
    constexpr double kAlpha = 90.0 / 255.0; // Mid at this opacity over Base
    const QColor mid = palette.color(QPalette::Mid);
    const QColor base = palette.color(QPalette::Base);
    const auto blend = [](int over, int under) {
        return static_cast<int>(std::lround(over * kAlpha + under * (1.0 - kAlpha)));
    };
    return QColor(blend(mid.red(), base.red()), blend(mid.green(), base.green()),
                  blend(mid.blue(), base.blue()));
}

void ChartPalette::apply(QChart *chart, const QPalette &palette)
{
    const QColor textColor = text(palette);
    const QColor grid = guide(palette);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(textColor);
    chart->legend()->setLabelColor(textColor);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(textColor);
        axis->setTitleBrush(textColor);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}
