#pragma once

#include "analytics/BalanceForecast.h"
#include "analytics/BalanceSeries.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAreaSeries;
class TimeAxisItem;
class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class SeriesLayer;

// The balance's path behind the chart seam (Qt Charts, as UsageChartView): the balance as a
// line through each bucket's close, broken where readings are missing (a gap stays a gap);
// the buckets' lowest and highest balance as a faint band while buckets are wide enough to
// read it; recharges as the jumps they are, each with a marker carrying its amount (hover
// for its time, amount, origin and token); the meter's low-balance level as a line; and
// BalanceForecast's forecast carried forward from the latest balance to the run-out date,
// its range (earliest to latest date) as a band, the run-out date and "N days left" marked
// where it meets zero. Never more points than the plot has pixel columns can show.
class BalanceChartView : public QWidget
{
    Q_OBJECT
public:
    struct Content
    {
        BalanceSeries series;
        QString currency;
        QByteArray timezone; // IANA id of the meter's zone: labels and tooltips use it
        std::optional<qint64> lowBalanceMilli;
        std::optional<ForecastResult> forecast;
        // The latest reading with a balance: where the forecast starts.
        std::optional<qint64> latestTime;
        std::optional<qint64> latestBalanceMilli;
    };

    enum class Layer
    {
        Balance,       // the line (jumps included)
        Range,         // the buckets' lowest to highest balance (upper edges, strips joined)
        Recharges,     // the markers: (time, balance after)
        Threshold,     // the low-balance line
        Forecast,      // the forecast line down to zero
        ForecastRange, // the band: its upper edge then its lower edge
        RunOut,        // the run-out point
    };

    static constexpr int kMaxRangeStrips = 64;
    static constexpr int kStripBuckets = 32;

    explicit BalanceChartView(QWidget *parent = nullptr);
    ~BalanceChartView() override;

    void setContent(const Content &content);
    const Content &content() const { return m_content; }

    // What the chart holds now (tests, benchmark).
    QList<QPointF> drawnPoints(Layer layer) const;
    int lastPointCount() const { return m_lastPointCount; }
    // Line runs drawn (one per stretch of buckets with readings).
    int lastSegmentCount() const { return m_lastSegments; }
    // The amounts written at the recharge markers, and the run-out mark's text.
    QStringList rechargeLabels() const;
    // The time labels under the plot now shown, in the meter's zone (tests).
    QStringList timeLabels() const;
    QString runOutText() const;
    // The hover text of content().series.recharges[index]: time (meter's zone, no seconds),
    // amount in the meter's currency, origin and token.
    QString rechargeTooltip(int index) const;
    // The days the forecast leaves (rounded), or nothing without a forecast date.
    std::optional<int> daysLeft() const;
    // The x range drawn: the window, and the forecast's run to its latest date.
    qint64 axisFrom() const { return m_axisFrom; }
    qint64 axisTo() const { return m_axisTo; }
    // Where (time, balance) is on the chart view's viewport.
    QPoint viewportPosition(qint64 time, double balance) const;
    QChartView *chartView() const { return m_view; }
    QStringList legendNames() const;
    // The plot's width in pixel columns (a guess before the first layout).
    int plotColumns() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void redraw();
    void placeLabels();
    void setRangeStrips(const QList<QPair<QList<QPointF>, QList<QPointF>>> &strips);
    void onRechargeHovered(const QPointF &point, bool state);

    QChartView *m_view;
    QChart *m_chart;
    QValueAxis *m_axisX;
    TimeAxisItem *m_timeAxis; // owned by m_chart
    QValueAxis *m_axisY;
    std::unique_ptr<SeriesLayer> m_line;
    QList<QAreaSeries *> m_rangeStrips;
    int m_rangeInUse = 0;
    QLineSeries *m_threshold;
    QLineSeries *m_forecastLine;
    QAreaSeries *m_forecastBand;
    QScatterSeries *m_recharges;
    QScatterSeries *m_runOut;
    QList<QGraphicsSimpleTextItem *> m_rechargeLabels;
    QGraphicsSimpleTextItem *m_runOutLabel;
    Content m_content;
    QList<QPointF> m_rechargePoints; // one per content().series.recharges, same order
    std::optional<QPointF> m_runOutPoint;
    qint64 m_axisFrom = 0;
    qint64 m_axisTo = 0;
    int m_lastPointCount = 0;
    int m_lastSegments = 0;
    int m_lastColumns = 0;
};
