#pragma once

#include "analytics/UsageSeries.h"

#include <QWidget>

class QChart;
class QChartView;
class QCategoryAxis;
class QValueAxis;

// The one seam behind which chart drawing lives (Qt Charts today; Qt Graphs later without
// touching anything else). Draws a usage series as stacked grid/generator step areas, breaks
// them where readings are missing, and never passes more points than the plot has pixels.
class UsageChartView : public QWidget
{
    Q_OBJECT
public:
    enum class Unit
    {
        Energy,
        Money,
    };

    explicit UsageChartView(QWidget *parent = nullptr);

    void setSeries(const UsageSeries &series, Unit unit, const QString &currencyCode,
                   const QByteArray &timezone);
    // What was handed to the chart last time (for tests and the accessibility table).
    int lastPointCount() const { return m_lastPointCount; }
    int lastSegmentCount() const { return m_lastSegmentCount; }
    QChartView *chartView() const { return m_view; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void redraw();
    // Time labels in the meter's zone (QDateTimeAxis only knows the system zone).
    void updateTimeAxis();

    QChartView *m_view;
    QChart *m_chart;
    QCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    UsageSeries m_series;
    Unit m_unit = Unit::Energy;
    QString m_currency;
    QByteArray m_timezone;
    int m_lastPointCount = 0;
    int m_lastSegmentCount = 0;
    int m_lastWidth = 0;
};
