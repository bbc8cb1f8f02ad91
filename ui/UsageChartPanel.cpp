#include "UsageChartPanel.h"

#include "ChartWindowControls.h"
#include "CopyableTableView.h"
#include "Formatters.h"
#include "Logging.h"
#include "UsageTableModel.h"
#include "analytics/PeriodComparison.h"
#include "analytics/RechargeLedger.h"
#include "charts/ChartText.h"
#include "storage/ReadingRepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QToolButton *toggleButton(const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setCheckable(true);
    button->setAccessibleName(accessibleName);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

UsageChartPanel::UsageChartPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_window(new ChartWindowControls(QString(), this))
    , m_unitGroup(new QButtonGroup(this))
    , m_styleGroup(new QButtonGroup(this))
    , m_comparison(new QComboBox(this))
    , m_reset(new QToolButton(this))
    , m_tableToggle(toggleButton(tr("&Table"), tr("Show the chart as a table"), this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_chart(new UsageChartView(this))
    , m_table(new CopyableTableView(this))
    , m_model(new UsageTableModel(this))
    , m_coalesce(new QTimer(this))
{
    QToolButton *energy = toggleButton(tr("kWh"), tr("Show energy"), this);
    QToolButton *money = toggleButton(tr("Money"), tr("Show money"), this);
    m_unitGroup->addButton(energy, static_cast<int>(UsageChartView::Unit::Energy));
    m_unitGroup->addButton(money, static_cast<int>(UsageChartView::Unit::Money));
    energy->setChecked(true);
    QToolButton *bars = toggleButton(tr("Bars"), tr("Draw stacked bars"), this);
    QToolButton *lines = toggleButton(tr("Lines"), tr("Draw lines"), this);
    m_styleGroup->addButton(bars, static_cast<int>(UsageChartView::Style::Bars));
    m_styleGroup->addButton(lines, static_cast<int>(UsageChartView::Style::Lines));
    bars->setChecked(true);
    m_comparison->addItem(tr("No comparison"), static_cast<int>(Comparison::None));
    m_comparison->addItem(tr("Previous period"), static_cast<int>(Comparison::PreviousPeriod));
    m_comparison->addItem(tr("Same period last year"), static_cast<int>(Comparison::LastYear));
    m_comparison->setAccessibleName(tr("Compare with"));
    m_reset->setText(tr("&Reset zoom"));
    m_reset->setAccessibleName(tr("Reset zoom"));
    m_reset->setToolTip(tr("Show the whole interval again (Home in the chart)"));
    m_reset->setEnabled(false);
    m_reset->setFocusPolicy(Qt::StrongFocus);

    auto *options = new QHBoxLayout;
    options->addWidget(energy);
    options->addWidget(money);
    options->addSpacing(12);
    options->addWidget(bars);
    options->addWidget(lines);
    options->addSpacing(12);
    auto *compareLabel = new QLabel(tr("C&ompare"), this);
    compareLabel->setBuddy(m_comparison);
    options->addWidget(compareLabel);
    options->addWidget(m_comparison);
    options->addSpacing(12);
    options->addWidget(m_reset);
    options->addStretch(1);
    options->addWidget(m_tableToggle);

    // The table view gets the model when it is shown: a hidden view's header still sized a
    // section for every one of the 43 000 rows of a month of minutes on each query.
    // Columns as wide as their content (set after each query): no stretched Notes column.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setAccessibleName(tr("Usage table"));
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_window);
    layout->addLayout(options);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);
    m_summary->setAccessibleName(tr("Totals of the chart"));
    m_summary->setWordWrap(true);

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &UsageChartPanel::refreshNow);

    connect(m_window, &ChartWindowControls::windowChanged, this, [this] {
        m_zoom.reset(); // a new window: the zoom belonged to the old one
        scheduleRefresh();
    });
    connect(m_unitGroup, &QButtonGroup::idClicked, this, &UsageChartPanel::scheduleRefresh);
    connect(m_styleGroup, &QButtonGroup::idClicked, this, &UsageChartPanel::scheduleRefresh);
    connect(m_comparison, &QComboBox::currentIndexChanged, this, &UsageChartPanel::scheduleRefresh);
    connect(m_reset, &QToolButton::clicked, this, &UsageChartPanel::resetZoom);
    connect(m_tableToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_table->setModel(shown ? m_model : nullptr);
        m_columnsFitted = false;
        m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_table) : m_chart);
        fitTableColumns();
    });
    connect(m_chart, &UsageChartView::rangeRequested, this, &UsageChartPanel::onRangeRequested);

    setIntervalHours(720);
    setGroupMinutes(60);
}

void UsageChartPanel::setMeter(const std::optional<Meter> &meter)
{
    const bool same = meter && m_meter && meter->id == m_meter->id;
    m_meter = meter;
    if (!same)
        m_zoom.reset();
    m_limitFrom = 0;
    if (meter) {
        if (const std::optional<Reading> first = ReadingRepository(m_db).earliest(meter->id))
            m_limitFrom = first->time;
    }
    scheduleRefresh();
}

void UsageChartPanel::setIntervalHours(int hours)
{
    m_window->setIntervalHours(hours);
}

void UsageChartPanel::setGroupMinutes(int minutes)
{
    m_window->setGroupMinutes(minutes);
}

void UsageChartPanel::setUnit(UsageChartView::Unit unit)
{
    m_unitGroup->button(static_cast<int>(unit))->setChecked(true);
    scheduleRefresh();
}

void UsageChartPanel::setStyle(UsageChartView::Style style)
{
    m_styleGroup->button(static_cast<int>(style))->setChecked(true);
    scheduleRefresh();
}

void UsageChartPanel::setComparison(Comparison comparison)
{
    m_comparison->setCurrentIndex(m_comparison->findData(static_cast<int>(comparison)));
}

void UsageChartPanel::setTableShown(bool shown)
{
    m_tableToggle->setChecked(shown);
}

int UsageChartPanel::intervalHours() const
{
    return m_window->intervalHours();
}

int UsageChartPanel::groupMinutes() const
{
    return m_window->groupMinutes();
}

UsageChartView::Unit UsageChartPanel::unit() const
{
    return static_cast<UsageChartView::Unit>(m_unitGroup->checkedId());
}

UsageChartView::Style UsageChartPanel::style() const
{
    return static_cast<UsageChartView::Style>(m_styleGroup->checkedId());
}

UsageChartPanel::Comparison UsageChartPanel::comparison() const
{
    return static_cast<Comparison>(m_comparison->currentData().toInt());
}

bool UsageChartPanel::isTableShown() const
{
    return m_tableToggle->isChecked();
}

void UsageChartPanel::resetZoom()
{
    m_zoom.reset();
    scheduleRefresh();
}

void UsageChartPanel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    scheduleRefresh();
}

void UsageChartPanel::scheduleRefresh()
{
    m_coalesce->start();
}

void UsageChartPanel::onRangeRequested(qint64 from, qint64 to)
{
    if (from <= m_homeFrom && to >= m_homeTo)
        m_zoom.reset();
    else
        m_zoom = std::make_pair(from, to);
    scheduleRefresh();
}

int UsageChartPanel::groupForSpan(qint64 span) const
{
    // Keep about the bucket count of the unzoomed window: the grouping shrinks with the span,
    // down the same steps the slider offers.
    const int chosen = groupMinutes();
    const qint64 homeSpan = m_homeTo - m_homeFrom;
    if (homeSpan <= 0 || span >= homeSpan)
        return chosen;
    const double ideal =
        static_cast<double>(chosen) * static_cast<double>(span) / static_cast<double>(homeSpan);
    int best = ChartWindowControls::groupSteps().constFirst();
    for (const int step : ChartWindowControls::groupSteps()) {
        if (step <= ideal)
            best = step;
    }
    return std::min(chosen, best);
}

void UsageChartPanel::refreshNow()
{
    m_reset->setEnabled(m_zoom.has_value());
    if (!m_meter) {
        m_series = {};
        m_overlaySeries.reset();
        m_chart->setSeries(m_series, unit(), QString(), QByteArray());
        m_model->setSeries(m_series, QString(), QByteArray());
        m_summary->clear();
        emit refreshed();
        return;
    }
    const Meter &meter = *m_meter;
    const qint64 now = m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
    QElapsedTimer queryTime;
    queryTime.start();
    qint64 queryNs = 0;
    UsageSeriesQuery query(m_db);
    const Result<UsageSeries> series = m_zoom ? query.runRange(meter, m_zoom->first, m_zoom->second,
                                                               groupForSpan(m_zoom->second - m_zoom->first))
                                              : query.run(meter, now, intervalHours(), groupMinutes());
    if (!series) {
        qCWarning(lcUi) << "usage query failed:" << series.error();
        m_summary->setText(series.error());
        return;
    }
    m_series = series.value();
    queryNs += queryTime.nsecsElapsed();
    m_window->showGroup(m_series.groupMinutes); // zoomed: the finer grouping drawn, not the one chosen
    if (!m_zoom) {
        m_homeFrom = m_series.from;
        m_homeTo = m_series.to;
    }
    const QByteArray timezone = meter.timezone.toUtf8();

    UsageChartView::Content content;
    content.series = m_series;
    content.unit = unit();
    content.style = style();
    content.currency = meter.currency;
    content.timezone = timezone;
    content.visibleFrom = m_zoom ? m_zoom->first : m_series.from;
    content.visibleTo = m_zoom ? m_zoom->second : m_series.to;
    content.homeFrom = m_homeFrom;
    content.homeTo = m_homeTo;
    content.limitFrom = m_limitFrom > 0 ? std::min(m_limitFrom, m_homeFrom) : m_homeFrom;
    // The recharges drawn as thin markers with their amount (RechargeLedger's list).
    queryTime.restart();
    if (const Result<QList<RechargeEntry>> recharges =
            RechargeLedger(m_db).list(meter, m_series.from, m_series.to))
        for (const RechargeEntry &e : recharges.value())
            content.recharges.append({e.time, e.amountMilli});
    queryNs += queryTime.nsecsElapsed();

    // The comparison: the same grouping over the window before, or a year before.
    m_overlaySeries.reset();
    QString compared;
    if (const Comparison mode = comparison(); mode != Comparison::None) {
        queryTime.restart();
        const qint64 from = m_series.from;
        const qint64 to = m_series.to;
        // The one definition of the period compared with (as `kilowatch-cli compare`).
        const PeriodComparison::Window other = PeriodComparison::compared(
            from, to, QTimeZone(timezone),
            mode == Comparison::LastYear ? PeriodComparison::Against::LastYear
                                         : PeriodComparison::Against::PreviousPeriod);
        const Result<UsageSeries> overlay =
            query.runRange(meter, other.from, other.to, m_series.groupMinutes);
        queryNs += queryTime.nsecsElapsed();
        if (overlay) {
            m_overlaySeries = overlay.value();
            UsageChartView::Overlay o;
            o.series = overlay.value();
            o.shift = from - overlay->from; // first buckets on top of each other
            o.name = mode == Comparison::LastYear ? tr("Same period last year") : tr("Previous period");
            compared = comparisonText(o.series, o.name);
            content.overlay = o;
        } else {
            qCWarning(lcUi) << "comparison query failed:" << overlay.error();
        }
    }
    m_lastQueryMs = static_cast<double>(queryNs) / 1e6;
    qCDebug(lcUi) << "usage chart: queries took" << m_lastQueryMs << "ms";
    m_chart->setContent(content);
    m_model->setSeries(m_series, meter.currency, timezone);
    // Columns fit their cells (dates whole, an empty Notes column narrow) when the table is
    // shown: measuring a thousand rows' texts for a hidden table took most of a slider frame.
    m_columnsFitted = false;
    fitTableColumns();

    QString text;
    if (m_zoom) {
        const QTimeZone zone(timezone);
        const QLocale locale;
        text = tr("Zoomed to %1 – %2 in groups of %3. ")
                   .arg(ChartText::dateTime(QDateTime::fromSecsSinceEpoch(m_zoom->first, zone), locale),
                        ChartText::dateTime(QDateTime::fromSecsSinceEpoch(m_zoom->second, zone), locale),
                        ChartText::minutes(m_series.groupMinutes));
    }
    text +=
        tr("In this window: %1 from the grid, %2 from the generator, %3 spent.")
            .arg(Formatters::energy(m_series.totalGridWh()), Formatters::energy(m_series.totalGeneratorWh()),
                 Formatters::money(m_series.totalCostMilli(), meter.currency));
    if (!compared.isEmpty())
        text += QLatin1Char(' ') + compared;
    // Bars finer than the meter's counter: say what they show (the data stays as counted).
    if (const std::optional<qint64> step = m_series.finerThanCounterStepWh();
        step && unit() == UsageChartView::Unit::Energy)
        text +=
            QLatin1Char(' ') + tr("The meter counts energy in steps of %1: bars of %2 show when a step "
                                  "was counted, not the use within them; a longer group shows the use.")
                                   .arg(Formatters::energy(*step), ChartText::minutes(m_series.groupMinutes));
    m_summary->setText(text);
    emit refreshed();
}

void UsageChartPanel::fitTableColumns()
{
    if (m_columnsFitted || m_stack->currentWidget() != m_table)
        return;
    m_table->resizeColumnsToContents();
    m_columnsFitted = true;
}

QString UsageChartPanel::comparisonText(const UsageSeries &other, const QString &name) const
{
    const bool any = std::any_of(other.buckets.cbegin(), other.buckets.cend(),
                                 [](const UsageBucket &b) { return b.hasData; });
    if (!any)
        return tr("%1: no readings to compare with.").arg(name);
    const bool money = unit() == UsageChartView::Unit::Money;
    const qint64 now =
        money ? m_series.totalCostMilli() : m_series.totalGridWh() + m_series.totalGeneratorWh();
    const qint64 then = money ? other.totalCostMilli() : other.totalGridWh() + other.totalGeneratorWh();
    const QString value =
        money ? Formatters::money(then, m_meter ? m_meter->currency : QString()) : Formatters::energy(then);
    const std::optional<double> change = PeriodComparison::changePercent(now, then);
    if (!change)
        return tr("%1: %2.").arg(name, value);
    return tr("%1: %2, change %3.").arg(name, value, ChartText::percentChange(*change));
}
