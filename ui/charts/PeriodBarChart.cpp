#include "PeriodBarChart.h"

#include "CategoryLabelsItem.h"
#include "ChartPalette.h"
#include <QEvent>

#include "Formatters.h"
#include "model/TimeFormat.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QKeyEvent>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace {

const QColor kGridColor(0x2e, 0x7d, 0xd2);
const QColor kGeneratorColor(0xef, 0x8a, 0x17);
const QColor kSelectedGrid(0x15, 0x4f, 0x91);
const QColor kSelectedGenerator(0xb0, 0x5c, 0x00);
// A bar takes this much of its period's width, up to kWidestBarsAt periods; fewer get thinner bars.
constexpr double kBarWidth = 0.75;
constexpr double kWidestBarsAt = 6.0;
constexpr int kTicks = 5;

// Heckbert's loose "nice" range (Graphics Gems I), as QValueAxis::applyNiceNumbers() makes it
// from kTicks ticks: computed here so the axis changes its range once per update (each range
// change lays out every axis label again, at once) and the same values always give the same
// axis (applyNiceNumbers() starts from the tick count it left the last time).
double niceNumber(double x, bool ceiling)
{
    const double power = std::pow(10.0, std::floor(std::log10(x)));
    const double q = x / power;
    double nice = 10;
    if (ceiling)
        nice = q <= 1.0 ? 1 : q <= 2.0 ? 2 : q <= 5.0 ? 5 : 10;
    else
        nice = q < 1.5 ? 1 : q < 3.0 ? 2 : q < 7.0 ? 5 : 10;
    return nice * power;
}

struct NiceRange
{
    double max = 1;
    int ticks = kTicks;
};

NiceRange niceRange(double top)
{
    const double step = niceNumber(niceNumber(top, true) / (kTicks - 1), false);
    const double steps = std::ceil(top / step);
    return {steps * step, static_cast<int>(steps) + 1};
}

// "Thursday, 24 July 2025", "July 2025" or "2025", in the user's language.
QString periodName(const PeriodSummary &p)
{
    const QLocale locale;
    if (p.first == p.last)
        return locale.toString(p.first, QLocale::LongFormat);
    if (p.first.month() == 1 && p.first.day() == 1 && p.last.month() == 12 && p.last.day() == 31)
        return locale.toString(p.first, QStringLiteral("yyyy"));
    if (p.first.day() == 1 && p.last == QDate(p.first.year(), p.first.month(), p.first.daysInMonth()))
        return locale.toString(p.first, QStringLiteral("MMMM yyyy"));
    return TimeFormat::shortDate(p.first, locale) + QStringLiteral(" – ") +
           TimeFormat::shortDate(p.last, locale);
}

} // namespace

PeriodBarChart::PeriodBarChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_series(new QStackedBarSeries)
    , m_grid(new QBarSet(tr("Grid")))
    , m_generator(new QBarSet(tr("Generator")))
    , m_axisX(new QValueAxis)
    , m_axisY(new QValueAxis)
{
    m_grid->setColor(kGridColor);
    m_grid->setBorderColor(kGridColor);
    m_grid->setSelectedColor(kSelectedGrid);
    m_generator->setColor(kGeneratorColor);
    m_generator->setBorderColor(kGeneratorColor);
    m_generator->setSelectedColor(kSelectedGenerator);
    m_series->append(m_grid);
    m_series->append(m_generator);
    m_series->setBarWidth(kBarWidth);
    m_chart->addSeries(m_series);
    m_chart->setLocalizeNumbers(true);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_labels = new CategoryLabelsItem(m_chart, m_axisX); // owned by the chart
    ChartPalette::apply(m_chart, palette());
    m_labels->setColor(ChartPalette::text(palette()));
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // setChart() hands the view's own default chart back to us instead of deleting it.
    QChart *const defaultChart = m_view->chart();
    m_view->setChart(m_chart);
    delete defaultChart;
    // No antialiasing: bars and guides are all axis-aligned, and smoothing them (the guides are
    // horizontal lines the raster engine then fills span by span) was a third of each paint.
    // Text keeps its own antialiasing.
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setAccessibleName(tr("Period chart"));
    m_view->setAccessibleDescription(
        tr("Click a bar, or choose one with the arrow keys and press Enter, to see it in detail."));
    m_view->installEventFilter(this);
    setFocusProxy(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_chart, &QChart::plotAreaChanged, this, [this] { m_labels->plotAreaChanged(); });
    for (QBarSet *set : {m_grid, m_generator}) {
        connect(set, &QBarSet::clicked, this, [this](int index) {
            setCurrentIndex(index);
            emit barActivated(index);
        });
        connect(set, &QBarSet::hovered, this, &PeriodBarChart::onHovered);
    }
}

void PeriodBarChart::setPeriods(const QList<PeriodSummary> &periods, const QStringList &labels, Unit unit,
                                const QString &currencyCode)
{
    m_periods = periods;
    m_currency = currencyCode;
    m_current = -1;
    QList<qreal> grid;
    QList<qreal> generator;
    double maxY = 0;
    for (const PeriodSummary &p : periods) {
        double g = static_cast<double>(p.gridWh) / 1000.0;
        double total = static_cast<double>(p.totalWh()) / 1000.0;
        if (unit == Unit::Money) {
            // The cost split between the sources in proportion to their energy.
            const double cost = static_cast<double>(p.costMilli) / 1000.0;
            g = p.totalWh() > 0 ? cost * static_cast<double>(p.gridWh) / static_cast<double>(p.totalWh())
                                : cost;
            total = cost;
        }
        grid.append(g);
        generator.append(total - g);
        maxY = std::max(maxY, total);
    }
    // Values first, then the axes: one rebuild of the bars each. An axis is touched only when
    // it changes (stepping through months or years keeps the labels; each change lays the
    // axes out again at once).
    m_grid->deselectAllBars();
    m_generator->deselectAllBars();
    m_grid->remove(0, m_grid->count());
    m_generator->remove(0, m_generator->count());
    m_labels->setLabels(labels);
    // A bar is never wider than with six periods: one or two years are bars, not walls.
    m_series->setBarWidth(kBarWidth * std::min(1.0, static_cast<double>(periods.size()) / kWidestBarsAt));
    m_grid->append(grid);
    m_generator->append(generator);
    const NiceRange range = niceRange(maxY > 0 ? maxY * 1.08 : 1.0);
    if (m_axisY->tickCount() != range.ticks)
        m_axisY->setTickCount(range.ticks);
    if (m_axisY->min() != 0.0 || m_axisY->max() != range.max)
        m_axisY->setRange(0, range.max);
    const QString symbol = Formatters::currencySymbol(currencyCode);
    m_axisY->setTitleText(unit == Unit::Money ? tr("Cost (%1)").arg(symbol.isEmpty() ? currencyCode : symbol)
                                              : tr("Energy (kWh)"));
}

QStringList PeriodBarChart::categories() const
{
    return m_labels->labels();
}

QList<double> PeriodBarChart::gridValues() const
{
    QList<double> out;
    for (int i = 0; i < m_grid->count(); ++i)
        out.append(m_grid->at(i));
    return out;
}

QList<double> PeriodBarChart::generatorValues() const
{
    QList<double> out;
    for (int i = 0; i < m_generator->count(); ++i)
        out.append(m_generator->at(i));
    return out;
}

QString PeriodBarChart::tooltipText(int index) const
{
    if (index < 0 || index >= m_periods.size())
        return QString();
    const PeriodSummary &p = m_periods.at(index);
    const QLocale locale;
    QStringList lines;
    lines << periodName(p);
    if (p.daysWithData == 0) {
        lines << tr("No readings.");
        return lines.join(QLatin1Char('\n'));
    }
    lines << tr("Grid: %1").arg(Formatters::energy(p.gridWh, locale));
    lines << tr("Generator: %1").arg(Formatters::energy(p.generatorWh, locale));
    lines << tr("Total: %1").arg(Formatters::energy(p.totalWh(), locale));
    lines << (p.estimated ? tr("Cost: %1 (estimated)") : tr("Cost: %1"))
                 .arg(Formatters::money(p.costMilli, m_currency, locale));
    if (p.rechargedMilli != 0)
        lines << tr("Recharged: %1").arg(Formatters::money(p.rechargedMilli, m_currency, locale));
    const int days = p.days();
    if (p.isPartial() || (days > 1 && p.isPartial(m_today)))
        lines << tr("Partial: readings on %1 of %2 days").arg(p.daysWithData).arg(days);
    else if (p.isPartial(m_today))
        lines << tr("Partial: not over yet.");
    else if (days > 1)
        lines << tr("Readings on %1 of %2 days").arg(p.daysWithData).arg(days);
    return lines.join(QLatin1Char('\n'));
}

void PeriodBarChart::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_periods.size())
        return;
    m_current = index;
    for (QBarSet *set : {m_grid, m_generator}) {
        set->deselectAllBars();
        set->selectBar(index);
    }
    // Keyboard users hear and see which bar is chosen.
    m_view->setAccessibleDescription(tooltipText(index));
}

QPoint PeriodBarChart::barCenter(int index) const
{
    if (index < 0 || index >= m_periods.size())
        return {};
    const double top = m_grid->at(index) + m_generator->at(index);
    const QPointF inChart = m_chart->mapToPosition(QPointF(index, top / 2.0), m_series);
    return m_view->mapFromScene(m_chart->mapToScene(inChart));
}

void PeriodBarChart::onHovered(bool status, int index)
{
    if (status)
        QToolTip::showText(QCursor::pos(), tooltipText(index), m_view->viewport());
    else
        QToolTip::hideText();
}

bool PeriodBarChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress && !m_periods.isEmpty()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int last = static_cast<int>(m_periods.size()) - 1;
        switch (key) {
        case Qt::Key_Left:
            setCurrentIndex(m_current < 0 ? last : std::max(0, m_current - 1));
            return true;
        case Qt::Key_Right:
            setCurrentIndex(m_current < 0 ? 0 : std::min(last, m_current + 1));
            return true;
        case Qt::Key_Home:
            setCurrentIndex(0);
            return true;
        case Qt::Key_End:
            setCurrentIndex(last);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (m_current >= 0)
                emit barActivated(m_current);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PeriodBarChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        ChartPalette::apply(m_chart, palette());
        m_labels->setColor(ChartPalette::text(palette()));
    }
}
