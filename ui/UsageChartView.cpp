#include "UsageChartView.h"

#include "ChartDecimator.h"
#include "Formatters.h"
#include "analytics/LocalCalendar.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace {

constexpr int kMaxSegments = 200; // beyond this, short gaps are drawn as zero, not as breaks

const QColor kGridColor(0x2e, 0x7d, 0xd2);
const QColor kGeneratorColor(0xef, 0x8a, 0x17);

} // namespace

UsageChartView::UsageChartView(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_axisX(new QCategoryAxis)
    , m_axisY(new QValueAxis)
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_axisY->setMin(0);
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Usage chart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void UsageChartView::setSeries(const UsageSeries &series, Unit unit, const QString &currencyCode,
                               const QByteArray &timezone)
{
    m_series = series;
    m_unit = unit;
    m_currency = currencyCode;
    m_timezone = timezone;
    redraw();
}

void UsageChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Decimation depends on the width: redo it when the width changes noticeably.
    if (std::abs(width() - m_lastWidth) > 32)
        redraw();
}

void UsageChartView::redraw()
{
    m_lastWidth = width();
    m_chart->removeAllSeries();
    m_lastPointCount = 0;
    m_lastSegmentCount = 0;
    const QList<UsageBucket> &buckets = m_series.buckets;
    const bool money = m_unit == Unit::Money;
    m_axisY->setTitleText(money ? tr("Cost (%1)")
                                      .arg(Formatters::currencySymbol(m_currency).isEmpty()
                                               ? m_currency
                                               : Formatters::currencySymbol(m_currency))
                                : tr("Energy (kWh)"));
    updateTimeAxis();
    if (buckets.isEmpty())
        return;

    // Split into runs of buckets without gaps; count first so a very gappy history degrades
    // to zero-filled gaps instead of hundreds of series.
    int gapRuns = 0;
    for (int i = 0; i < buckets.size(); ++i)
        gapRuns += (buckets[i].gap && (i == 0 || !buckets[i - 1].gap)) ? 1 : 0;
    const bool breakAtGaps = gapRuns < kMaxSegments;

    const int columns = qMax(100, m_view->width() - 80);
    double maxY = 0;
    QList<QPointF> gridPoints;
    QList<QPointF> totalPoints;
    const auto flush = [&] {
        if (gridPoints.isEmpty())
            return;
        const QList<QPointF> gridDrawn = ChartDecimator::minMaxPerColumn(gridPoints, columns);
        const QList<QPointF> totalDrawn = ChartDecimator::minMaxPerColumn(totalPoints, columns);
        auto *gridUpper = new QLineSeries;
        gridUpper->replace(gridDrawn);
        auto *totalUpper = new QLineSeries;
        totalUpper->replace(totalDrawn);
        auto *totalLower = new QLineSeries;
        totalLower->replace(gridDrawn);
        auto *gridArea = new QAreaSeries(gridUpper);
        auto *generatorArea = new QAreaSeries(totalUpper, totalLower);
        gridArea->setName(tr("Grid"));
        generatorArea->setName(tr("Generator"));
        gridArea->setColor(kGridColor);
        // No borders: a zero-height generator area would outline every grid peak.
        gridArea->setPen(Qt::NoPen);
        generatorArea->setColor(kGeneratorColor);
        generatorArea->setPen(Qt::NoPen);
        for (QAreaSeries *area : {gridArea, generatorArea}) {
            m_chart->addSeries(area);
            area->attachAxis(m_axisX);
            area->attachAxis(m_axisY);
        }
        // One legend entry per source, however many runs there are.
        if (m_lastSegmentCount > 0) {
            for (QLegendMarker *marker : m_chart->legend()->markers(gridArea))
                marker->setVisible(false);
            for (QLegendMarker *marker : m_chart->legend()->markers(generatorArea))
                marker->setVisible(false);
        }
        m_lastPointCount += static_cast<int>(gridDrawn.size() + totalDrawn.size());
        ++m_lastSegmentCount;
        gridPoints.clear();
        totalPoints.clear();
    };

    for (const UsageBucket &b : buckets) {
        if (b.gap && !b.hasData && breakAtGaps) {
            flush();
            continue;
        }
        double grid = 0;
        double total = 0;
        if (money) {
            // Split the bucket's cost between the sources in proportion to their energy.
            const double cost = static_cast<double>(b.costMilli) / 1000.0;
            const qint64 wh = b.totalWh();
            grid = wh > 0 ? cost * static_cast<double>(b.gridWh) / static_cast<double>(wh) : cost;
            total = cost;
        } else {
            grid = static_cast<double>(b.gridWh) / 1000.0;
            total = static_cast<double>(b.totalWh()) / 1000.0;
        }
        const double x0 = static_cast<double>(b.start) * 1000.0;
        const double x1 = static_cast<double>(b.end) * 1000.0;
        gridPoints << QPointF(x0, grid) << QPointF(x1, grid);
        totalPoints << QPointF(x0, total) << QPointF(x1, total);
        maxY = qMax(maxY, total);
    }
    flush();
    m_axisY->setRange(0, maxY > 0 ? maxY * 1.08 : 1.0);
    m_axisY->applyNiceNumbers();
}

void UsageChartView::updateTimeAxis()
{
    for (const QString &label : m_axisX->categoriesLabels())
        m_axisX->remove(label);
    if (m_series.buckets.isEmpty()) {
        m_axisX->setRange(0, 1);
        return;
    }
    const QTimeZone zone(m_timezone);
    LocalCalendar calendar(zone);
    const qint64 from = m_series.from;
    const qint64 to = m_series.to;
    const qint64 span = to - from;
    // About one label per 110 px, on round local times.
    const int wanted = qMax(2, m_view->width() / 110);
    static const qint64 steps[] = {900,       1800,  3600,      7200,      3 * 3600,  6 * 3600,
                                   12 * 3600, 86400, 2 * 86400, 7 * 86400, 14 * 86400};
    qint64 step = steps[std::size(steps) - 1];
    for (const qint64 s : steps) {
        if (span / s <= wanted) {
            step = s;
            break;
        }
    }
    const bool days = step >= 86400;
    const QString format = days ? QStringLiteral("dd MMM") : QStringLiteral("HH:mm");
    m_axisX->setRange(static_cast<double>(from) * 1000.0, static_cast<double>(to) * 1000.0);
    m_axisX->setStartValue(static_cast<double>(from) * 1000.0);
    qint64 day = calendar.dayStart(from);
    int added = 0;
    while (day < to && added < 200) {
        const qint64 next = calendar.nextDayStart(day);
        if (days) {
            const qint64 dayNumber = QDateTime::fromSecsSinceEpoch(day, zone).date().toJulianDay();
            if (day >= from && dayNumber % (step / 86400) == 0) {
                m_axisX->append(QDateTime::fromSecsSinceEpoch(day, zone).toString(format),
                                static_cast<double>(day) * 1000.0);
                ++added;
            }
        } else {
            for (qint64 t = day; t < next && t < to; t += step) {
                if (t < from)
                    continue;
                QString label = QDateTime::fromSecsSinceEpoch(t, zone).toString(format);
                if (t == day && span > 86400)
                    label = QDateTime::fromSecsSinceEpoch(t, zone).toString(QStringLiteral("dd MMM"));
                // QCategoryAxis wants unique labels: tell repeats apart invisibly.
                while (m_axisX->categoriesLabels().contains(label))
                    label += QChar(0x200B);
                m_axisX->append(label, static_cast<double>(t) * 1000.0);
                ++added;
            }
        }
        day = next;
    }
}
