#pragma once

class QChart;
class QPalette;

// Charts follow the application's palette (light or dark theme): background, axis labels,
// grid and legend text, while the data colours stay as chosen.
class ChartPalette
{
public:
    static void apply(QChart *chart, const QPalette &palette);
};
