#include "BalanceChartView.h"

#include "ChartDecimator.h"
#include "Formatters.h"
#include "analytics/LocalCalendar.h"
#include "charts/ChartPalette.h"
#include "charts/SeriesLayer.h"
#include "charts/TimeAxisItem.h"
#include "model/TimeFormat.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// QAreaSeries does not own its edge series: they are parented to it so the chart's deletion frees them.
QAreaSeries *newOwningAreaSeries()
{
    auto *area = new QAreaSeries(new QLineSeries, new QLineSeries);
    area->upperSeries()->setParent(area);
    area->lowerSeries()->setParent(area);
    return area;
}

const QColor kBalanceColor(0x2e, 0x7d, 0xd2);
const QColor kRangeColor(0x2e, 0x7d, 0xd2, 0x40);
const QColor kRechargeColor(0x2e, 0x9d, 0x4a);
const QColor kThresholdColor(0xd3, 0x2f, 0x2f);
const QColor kForecastColor(0x6a, 0x1b, 0x9a);
const QColor kForecastBandColor(0x6a, 0x1b, 0x9a, 0x38);

double money(qint64 milli)
{
    return static_cast<double>(milli) / 1000.0;
}

// A round range for the value axis with 3 to 7 round steps (1, 2, 2.5 or 5 times a power of
// ten) that holds [low, high]; low is 0 unless the balance went below it.
struct NiceScale
{
    double min = 0;
    double max = 1;
    int ticks = 5;
};

NiceScale niceScale(double low, double high)
{
    low = std::min(0.0, low);
    if (!(high > low))
        high = low + 1;
    const double rough = (high - low) / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10.0 * magnitude;
    for (const double f : {1.0, 2.0, 2.5, 5.0}) {
        if (f * magnitude >= rough) {
            step = f * magnitude;
            break;
        }
    }
    const double bottom = std::floor(low / step + 1e-9) * step;
    const double top = std::ceil(high / step - 1e-9) * step;
    return {bottom, top, static_cast<int>(std::llround((top - bottom) / step)) + 1};
}

// One column's (or one bucket's) stretch of the min-max band.
struct Span
{
    double x0 = 0;
    double x1 = 0;
    double low = 0;
    double high = 0;
};

} // namespace

BalanceChartView::BalanceChartView(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_axisX(new QValueAxis)
    , m_axisY(new QValueAxis)
    , m_threshold(new QLineSeries)
    , m_forecastLine(new QLineSeries)
    , m_forecastBand(newOwningAreaSeries())
    , m_recharges(new QScatterSeries)
    , m_runOut(new QScatterSeries)
    , m_runOutLabel(new QGraphicsSimpleTextItem(m_chart))
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_chart->setLocalizeNumbers(true);
    // Time labels and guides in the meter's zone, drawn by one item over the value axis.
    m_timeAxis = new TimeAxisItem(m_chart, m_axisX); // owned by the chart

    const auto add = [this](QAbstractSeries *series, const QString &name) {
        series->setName(name);
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    };
    // Drawing order: bands behind, then the level, the forecast, the balance, the markers.
    m_forecastBand->setBrush(kForecastBandColor);
    m_forecastBand->setPen(Qt::NoPen);
    add(m_forecastBand, tr("Forecast range"));
    m_threshold->setPen(QPen(kThresholdColor, 1.5, Qt::DashLine));
    add(m_threshold, tr("Low balance"));
    m_forecastLine->setPen(QPen(kForecastColor, 2.0, Qt::DashLine));
    add(m_forecastLine, tr("Forecast"));
    m_line = std::make_unique<SeriesLayer>(SeriesLayer::Kind::Line, m_chart, m_axisX, m_axisY, tr("Balance"),
                                           kBalanceColor);
    m_recharges->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_recharges->setMarkerSize(12);
    m_recharges->setColor(kRechargeColor);
    m_recharges->setBorderColor(kRechargeColor.darker(140));
    add(m_recharges, tr("Recharge"));
    m_runOut->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_runOut->setMarkerSize(11);
    m_runOut->setColor(kForecastColor);
    m_runOut->setBorderColor(kForecastColor.darker(140));
    add(m_runOut, tr("Runs out"));
    m_runOutLabel->setZValue(20);
    ChartPalette::apply(m_chart, palette());
    m_timeAxis->setColors(ChartPalette::text(palette()), ChartPalette::guide(palette()));

    const QChart *const defaultChart = m_view->chart();
    m_view->setChart(m_chart);
    delete defaultChart;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Balance chart"));
    m_view->setAccessibleDescription(
        tr("The balance over the interval, recharges as rises with their amount, the low-balance level, "
           "and the forecast down to the day the balance runs out. Hover a recharge for its details."));
    m_view->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_recharges, &QScatterSeries::hovered, this, &BalanceChartView::onRechargeHovered);
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        m_timeAxis->plotAreaChanged();
        if (std::abs(static_cast<int>(plot.width()) - m_lastColumns) > 16)
            redraw();
        else
            placeLabels();
    });
}

BalanceChartView::~BalanceChartView() = default;

void BalanceChartView::setContent(const Content &content)
{
    m_content = content;
    redraw();
}

int BalanceChartView::plotColumns() const
{
    const QRectF plot = m_chart->plotArea();
    if (plot.width() >= 16)
        return static_cast<int>(plot.width());
    return std::max(100, m_view->width() - 80);
}

std::optional<int> BalanceChartView::daysLeft() const
{
    const std::optional<ForecastResult> &f = m_content.forecast;
    return f ? f->wholeDaysLeft() : std::nullopt;
}

void BalanceChartView::redraw()
{
    const Content &c = m_content;
    const QList<BalanceBucket> &buckets = c.series.buckets;
    const int columns = plotColumns();
    m_lastColumns = columns;
    const QTimeZone zone(c.timezone.isEmpty() ? QByteArray("UTC") : c.timezone);
    LocalCalendar calendar(zone);

    // The forecast: from the latest balance down to zero at the run-out moment; its range
    // from the start of the earliest date to the end of the latest.
    QList<QPointF> forecast;
    QList<QPointF> bandUpper;
    QList<QPointF> bandLower;
    m_runOutPoint.reset();
    const std::optional<int> days = daysLeft();
    if (days && c.latestTime && c.latestBalanceMilli) {
        const ForecastResult &f = *c.forecast;
        const QPointF start(static_cast<double>(*c.latestTime),
                            money(std::max<qint64>(0, *c.latestBalanceMilli)));
        const double runOut = static_cast<double>(*c.latestTime) + *f.daysRemaining * 86400.0;
        forecast << start << QPointF(runOut, 0);
        m_runOutPoint = QPointF(runOut, 0);
        const double earliest = static_cast<double>(calendar.startOf(f.earliestDate.value_or(*f.runsOutOn)));
        const double latest =
            static_cast<double>(calendar.nextDayStart(calendar.startOf(f.latestDate.value_or(*f.runsOutOn))));
        bandUpper << start << QPointF(std::max(latest, runOut), 0);
        bandLower << start << QPointF(std::min(earliest, runOut), 0) << QPointF(std::max(latest, runOut), 0);
    }

    m_axisFrom = c.series.from;
    m_axisTo = c.series.to;
    if (!bandUpper.isEmpty())
        m_axisTo = std::max(
            m_axisTo, static_cast<qint64>(bandUpper.last().x() +
                                          0.03 * (bandUpper.last().x() - static_cast<double>(m_axisFrom))));
    const double xFrom = static_cast<double>(m_axisFrom);
    const double xTo = static_cast<double>(std::max(m_axisTo, m_axisFrom + 1));

    // The balance: runs of buckets with readings, each point a bucket's close at its end;
    // the first bucket of a run starts at its open, and a bucket holding a recharge jumps
    // at the recharge from its lowest to its highest balance.
    QList<QList<QPointF>> runs;
    QList<QPointF> run;
    double low = 0;
    double high = 0;
    auto recharge = c.series.recharges.cbegin();
    const auto flush = [&] {
        if (!run.isEmpty())
            runs.append(ChartDecimator::lowHighPerColumn(run, columns, xFrom, xTo));
        run.clear();
    };
    for (const BalanceBucket &b : buckets) {
        while (recharge != c.series.recharges.cend() && recharge->time < b.start)
            ++recharge;
        if (!b.hasData()) {
            flush();
            continue;
        }
        low = std::min(low, money(*b.minMilli));
        high = std::max(high, money(*b.maxMilli));
        if (run.isEmpty())
            run << QPointF(static_cast<double>(b.start), money(*b.openMilli));
        const bool recharged = recharge != c.series.recharges.cend() && recharge->time < b.end;
        if (recharged) {
            // Up from the lowest balance before it (the last point drawn, or lower in this
            // bucket) to the highest after it.
            const double t = static_cast<double>(std::max(b.start, recharge->time));
            const double before = std::min(run.constLast().y(), money(*b.minMilli));
            run << QPointF(t, before) << QPointF(t, money(*b.maxMilli));
        }
        run << QPointF(static_cast<double>(b.end), money(*b.closeMilli));
    }
    flush();
    m_lastSegments = static_cast<int>(runs.size());

    // The lowest-to-highest band, while a bucket is at least three pixels wide: strips of a
    // few buckets (Qt fills long polygons slowly), cut at gaps.
    QList<QPair<QList<QPointF>, QList<QPointF>>> strips;
    const double pixel = (xTo - xFrom) / columns;
    const bool rangeReads =
        !buckets.isEmpty() && static_cast<double>(buckets.first().end - buckets.first().start) >= 3 * pixel;
    if (rangeReads) {
        QList<QPointF> upper;
        QList<QPointF> lower;
        int count = 0;
        const auto cut = [&] {
            if (!upper.isEmpty())
                strips.append({upper, lower});
            upper.clear();
            lower.clear();
            count = 0;
        };
        for (const BalanceBucket &b : buckets) {
            if (!b.hasData() || count == kStripBuckets)
                cut();
            if (!b.hasData())
                continue;
            const double x0 = static_cast<double>(b.start);
            const double x1 = static_cast<double>(b.end);
            upper << QPointF(x0, money(*b.maxMilli)) << QPointF(x1, money(*b.maxMilli));
            lower << QPointF(x0, money(*b.minMilli)) << QPointF(x1, money(*b.minMilli));
            ++count;
        }
        cut();
        if (strips.size() > kMaxRangeStrips)
            strips.clear();
    }

    // Recharge markers at the balance after the rise (the bucket's highest when the
    // ledger does not know it).
    m_rechargePoints.clear();
    QList<QPointF> markers;
    for (const RechargeEntry &e : c.series.recharges) {
        const auto it = std::partition_point(buckets.cbegin(), buckets.cend(),
                                             [&e](const BalanceBucket &b) { return b.end <= e.time; });
        double y = e.balanceAfterMilli ? money(*e.balanceAfterMilli) : 0;
        if (!e.balanceAfterMilli && it != buckets.cend() && it->hasData())
            y = money(*it->maxMilli);
        const QPointF p(static_cast<double>(e.time), y);
        m_rechargePoints << p;
        markers << p;
        high = std::max(high, y);
    }

    QList<QPointF> threshold;
    if (c.lowBalanceMilli) {
        threshold << QPointF(xFrom, money(*c.lowBalanceMilli)) << QPointF(xTo, money(*c.lowBalanceMilli));
        high = std::max(high, money(*c.lowBalanceMilli));
    }
    if (!forecast.isEmpty())
        high = std::max(high, forecast.first().y());

    const NiceScale scale = niceScale(low, high * 1.12);
    // Empty the series before the axes change (every change maps every point again).
    m_line->clear();
    setRangeStrips({});
    m_axisY->setRange(scale.min, scale.max);
    m_axisY->setTickCount(scale.ticks);
    m_timeAxis->setValueGuides(m_axisY, scale.ticks);
    const double step = (scale.max - scale.min) / std::max(1, scale.ticks - 1);
    // Only when it changes: Qt Charts lays the whole chart out again (every axis label) on
    // each setLabelFormat(), the same format included (range, ticks and title check it).
    const QString format = step >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.2f");
    if (m_axisY->labelFormat() != format)
        m_axisY->setLabelFormat(format);
    const QString symbol = Formatters::currencySymbol(c.currency);
    m_axisY->setTitleText(tr("Balance (%1)").arg(symbol.isEmpty() ? c.currency : symbol));
    m_timeAxis->setRange(m_axisFrom, static_cast<qint64>(xTo), c.timezone, m_view->width());

    m_line->setRuns(runs);
    m_line->setPen(QPen(kBalanceColor, m_line->pointCount() > columns ? 1.0 : 2.0));
    setRangeStrips(strips);
    m_threshold->replace(threshold);
    m_forecastLine->replace(forecast);
    m_forecastBand->upperSeries()->replace(bandUpper);
    m_forecastBand->lowerSeries()->replace(bandLower);
    m_recharges->replace(markers);
    m_runOut->replace(m_runOutPoint ? QList<QPointF>{*m_runOutPoint} : QList<QPointF>{});

    bool legendChanged = false;
    const auto legend = [this, &legendChanged](QAbstractSeries *series, bool shown) {
        for (QLegendMarker *marker : m_chart->legend()->markers(series)) {
            legendChanged = legendChanged || marker->isVisible() != shown;
            marker->setVisible(shown);
        }
    };
    legend(m_threshold, !threshold.isEmpty());
    legend(m_forecastLine, !forecast.isEmpty());
    legend(m_forecastBand, !bandUpper.isEmpty());
    legend(m_recharges, !markers.isEmpty());
    legend(m_runOut, false); // its label says it
    for (QAreaSeries *strip : std::as_const(m_rangeStrips))
        legend(strip, false);
    // Qt Charts lays the legend out again only when it is shown: entries that appear later
    // would be drawn over each other.
    if (legendChanged) {
        m_chart->legend()->hide();
        m_chart->legend()->show();
    }

    m_lastPointCount =
        m_line->pointCount() + static_cast<int>(threshold.size() + forecast.size() + bandUpper.size() +
                                                bandLower.size() + markers.size());
    for (int i = 0; i < m_rangeInUse; ++i)
        m_lastPointCount += static_cast<int>(m_rangeStrips[i]->upperSeries()->count() +
                                             m_rangeStrips[i]->lowerSeries()->count());

    // The amounts at the markers, and the run-out mark's words.
    const QLocale locale;
    while (m_rechargeLabels.size() < c.series.recharges.size()) {
        auto *label = new QGraphicsSimpleTextItem(m_chart);
        label->setZValue(20);
        m_rechargeLabels.append(label);
    }
    for (qsizetype i = 0; i < m_rechargeLabels.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_rechargeLabels[i];
        const bool used = i < c.series.recharges.size();
        label->setText(used ? QStringLiteral("+") +
                                  Formatters::money(c.series.recharges[i].amountMilli, c.currency, locale)
                            : QString());
    }
    if (m_runOutPoint) {
        const QDateTime runOut = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(m_runOutPoint->x()), zone);
        m_runOutLabel->setText(tr("Runs out %1").arg(TimeFormat::shortDate(runOut.date(), locale)) +
                               QLatin1Char('\n') + tr("%n day(s) left", nullptr, *days));
    } else {
        m_runOutLabel->setText(QString());
    }
    placeLabels();
}

void BalanceChartView::setRangeStrips(const QList<QPair<QList<QPointF>, QList<QPointF>>> &strips)
{
    while (m_rangeStrips.size() < strips.size()) {
        auto *area = newOwningAreaSeries();
        area->setBrush(kRangeColor);
        area->setPen(Qt::NoPen);
        m_chart->addSeries(area);
        area->attachAxis(m_axisX);
        area->attachAxis(m_axisY);
        for (QLegendMarker *marker : m_chart->legend()->markers(area))
            marker->setVisible(false);
        m_rangeStrips.append(area);
    }
    for (qsizetype i = 0; i < m_rangeStrips.size(); ++i) {
        const bool used = i < strips.size();
        m_rangeStrips[i]->upperSeries()->replace(used ? strips[i].first : QList<QPointF>{});
        m_rangeStrips[i]->lowerSeries()->replace(used ? strips[i].second : QList<QPointF>{});
    }
    m_rangeInUse = static_cast<int>(strips.size());
}

void BalanceChartView::placeLabels()
{
    const QRectF plot = m_chart->plotArea();
    // Amounts above their markers, left to right, leaving out one that would overlap the last.
    double lastRight = -1e9;
    for (qsizetype i = 0; i < m_rechargeLabels.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_rechargeLabels[i];
        if (i >= m_rechargePoints.size() || label->text().isEmpty()) {
            label->hide();
            continue;
        }
        const QPointF at = m_chart->mapToPosition(m_rechargePoints[i], m_recharges);
        const QRectF box = label->boundingRect();
        double x = at.x() - box.width() / 2.0;
        x = std::clamp(x, plot.left(), std::max(plot.left(), plot.right() - box.width()));
        const double y = std::max(plot.top(), at.y() - box.height() - 8.0);
        const bool fits = plot.contains(at) && x > lastRight + 4.0;
        label->setVisible(fits);
        label->setBrush(palette().color(QPalette::WindowText));
        if (fits) {
            label->setPos(x, y);
            lastRight = x + box.width();
        }
    }
    if (m_runOutPoint && !m_runOutLabel->text().isEmpty()) {
        const QPointF at = m_chart->mapToPosition(*m_runOutPoint, m_runOut);
        const QRectF box = m_runOutLabel->boundingRect();
        const double x = std::clamp(at.x() - box.width() / 2.0, plot.left(), plot.right() - box.width());
        m_runOutLabel->setBrush(palette().color(QPalette::WindowText));
        m_runOutLabel->setPos(x, std::max(plot.top(), at.y() - box.height() - 10.0));
        m_runOutLabel->setVisible(plot.adjusted(-1, -1, 1, 1).contains(at));
    } else {
        m_runOutLabel->hide();
    }
}

QList<QPointF> BalanceChartView::drawnPoints(Layer layer) const
{
    switch (layer) {
    case Layer::Balance:
        return m_line->points();
    case Layer::Range: {
        QList<QPointF> points;
        for (int i = 0; i < m_rangeInUse; ++i)
            points += m_rangeStrips[i]->upperSeries()->points();
        return points;
    }
    case Layer::Recharges:
        return m_recharges->points();
    case Layer::Threshold:
        return m_threshold->points();
    case Layer::Forecast:
        return m_forecastLine->points();
    case Layer::ForecastRange:
        return m_forecastBand->upperSeries()->points() + m_forecastBand->lowerSeries()->points();
    case Layer::RunOut:
        return m_runOut->points();
    }
    return {};
}

QStringList BalanceChartView::timeLabels() const
{
    return m_timeAxis->shownLabels();
}

QStringList BalanceChartView::rechargeLabels() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : m_rechargeLabels) {
        if (label->isVisible() && !label->text().isEmpty())
            texts << label->text();
    }
    return texts;
}

QString BalanceChartView::runOutText() const
{
    return m_runOutLabel->text();
}

QStringList BalanceChartView::legendNames() const
{
    QStringList names;
    for (const QLegendMarker *marker : m_chart->legend()->markers()) {
        if (marker->isVisible())
            names << marker->label();
    }
    return names;
}

QString BalanceChartView::rechargeTooltip(int index) const
{
    const QList<RechargeEntry> &recharges = m_content.series.recharges;
    if (index < 0 || index >= recharges.size())
        return QString();
    const RechargeEntry &e = recharges.at(index);
    const QTimeZone zone(m_content.timezone.isEmpty() ? QByteArray("UTC") : m_content.timezone);
    const QDateTime time = QDateTime::fromSecsSinceEpoch(e.time, zone);
    const QLocale locale;
    QString origin;
    if (e.origin == QLatin1String("manual"))
        origin = tr("typed in");
    else if (e.origin == QLatin1String("provider"))
        origin = tr("imported from the provider");
    else
        origin = tr("detected from the balance");
    QStringList lines;
    lines << tr("Recharge %1").arg(Formatters::money(e.amountMilli, m_content.currency, locale));
    lines << TimeFormat::shortDateTime(time, locale) + QLatin1Char(' ') + time.timeZoneAbbreviation();
    lines << tr("Origin: %1").arg(origin);
    lines << (e.token.isEmpty() ? tr("No token") : tr("Token: %1").arg(e.token));
    return lines.join(QLatin1Char('\n'));
}

void BalanceChartView::onRechargeHovered(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    int best = -1;
    double distance = 0;
    for (qsizetype i = 0; i < m_rechargePoints.size(); ++i) {
        const double d =
            std::abs(m_rechargePoints[i].x() - point.x()) + std::abs(m_rechargePoints[i].y() - point.y());
        if (best < 0 || d < distance) {
            best = static_cast<int>(i);
            distance = d;
        }
    }
    if (best >= 0)
        QToolTip::showText(QCursor::pos(), rechargeTooltip(best), m_view->viewport());
}

QPoint BalanceChartView::viewportPosition(qint64 time, double balance) const
{
    const QPointF inChart = m_chart->mapToPosition(QPointF(static_cast<double>(time), balance), m_recharges);
    return m_view->mapFromScene(m_chart->mapToScene(inChart));
}

void BalanceChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (std::abs(plotColumns() - m_lastColumns) > 32)
        redraw();
}

void BalanceChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        ChartPalette::apply(m_chart, palette());
        m_timeAxis->setColors(ChartPalette::text(palette()), ChartPalette::guide(palette()));
        placeLabels();
    }
}
