#pragma once

#include "analytics/PeriodSummary.h"

#include <QWidget>

class CategoryLabelsItem;
class QBarSet;
class QChart;
class QChartView;
class QStackedBarSeries;
class QValueAxis;

// Days, months or years as stacked grid/generator bars (Qt Charts, behind the chart seam).
// A click on a bar, or Enter on the bar chosen with the arrow keys, activates it (the panel
// drills into it); hovering shows the period's figures.
class PeriodBarChart : public QWidget
{
    Q_OBJECT
public:
    enum class Unit
    {
        Energy,
        Money,
    };

    explicit PeriodBarChart(QWidget *parent = nullptr);

    // One bar per period, labelled with `labels` (same length), in the meter's currency.
    void setPeriods(const QList<PeriodSummary> &periods, const QStringList &labels, Unit unit,
                    const QString &currencyCode);

    // The meter's today: the period holding it is partial (not over yet).
    void setToday(const QDate &today) { m_today = today; }

    // What the bars hold (tests, and the table alternative's promise).
    QStringList categories() const;
    QList<double> gridValues() const;
    QList<double> generatorValues() const;
    QString tooltipText(int index) const;
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    // The middle of a bar on the chart's viewport (tests click there).
    QPoint barCenter(int index) const;
    QChartView *chartView() const { return m_view; }

signals:
    void barActivated(int index);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onHovered(bool status, int index);

    QChartView *m_view;
    QChart *m_chart;
    QStackedBarSeries *m_series;
    QBarSet *m_grid;
    QBarSet *m_generator;
    QValueAxis *m_axisX;          // from -0.5 to n - 0.5: bar i at i
    CategoryLabelsItem *m_labels; // owned by m_chart
    QValueAxis *m_axisY;
    QList<PeriodSummary> m_periods;
    QString m_currency;
    int m_current = -1;
    QDate m_today;
};
