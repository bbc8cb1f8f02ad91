#include "PeriodPanel.h"

#include "CopyableTableView.h"
#include "Formatters.h"
#include "Logging.h"
#include "PeriodTableModel.h"
#include "UsageChartView.h"
#include "UsageTableModel.h"
#include "analytics/LocalCalendar.h"
#include "analytics/SummaryQuery.h"
#include "charts/ChartText.h"
#include "charts/PeriodBarChart.h"
#include "storage/ReadingRepository.h"

#include <QAction>
#include <QButtonGroup>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QToolButton *button(const QString &text, const QString &accessibleName, QWidget *parent,
                    bool checkable = false)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setAccessibleName(accessibleName);
    b->setCheckable(checkable);
    b->setFocusPolicy(Qt::StrongFocus);
    return b;
}

} // namespace

PeriodPanel::PeriodPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_levels(new QButtonGroup(this))
    , m_previous(button(tr("◀"), tr("Previous period"), this))
    , m_next(button(tr("▶"), tr("Next period"), this))
    , m_up(button(tr("Up"), tr("Back to the wider period"), this))
    , m_title(new QLabel(this))
    , m_money(button(tr("Mo&ney"), tr("Show money instead of energy"), this, true))
    , m_tableToggle(button(tr("T&able"), tr("Show the period chart as a table"), this, true))
    , m_stack(new QStackedWidget(this))
    , m_bars(new PeriodBarChart(this))
    , m_dayChart(new UsageChartView(this))
    , m_table(new CopyableTableView(this))
    , m_periodModel(new PeriodTableModel(this))
    , m_dayModel(new UsageTableModel(this))
    , m_summary(new QLabel(this))
    , m_coalesce(new QTimer(this))
{
    QToolButton *lastDays =
        button(tr("Last %1 days").arg(QLocale().toString(kLastDays)),
               tr("Show the last %1 days").arg(QLocale().toString(kLastDays)), this, true);
    QToolButton *months = button(tr("Months"), tr("Show the months of a year"), this, true);
    QToolButton *years = button(tr("Years"), tr("Show the years"), this, true);
    m_levels->addButton(lastDays, static_cast<int>(Level::LastDays));
    m_levels->addButton(months, static_cast<int>(Level::Months));
    m_levels->addButton(years, static_cast<int>(Level::Years));
    m_previous->setToolTip(tr("Previous period"));
    m_next->setToolTip(tr("Next period"));
    m_up->setToolTip(tr("Back to the wider period (Backspace)"));
    // Backspace goes up while the focus is anywhere in this panel (not in the rest of the window).
    auto *upAction = new QAction(tr("Up"), this);
    upAction->setShortcut(QKeySequence(Qt::Key_Backspace));
    upAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(upAction, &QAction::triggered, this, &PeriodPanel::goUp);
    addAction(upAction);
    m_title->setAccessibleName(tr("Period shown"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *top = new QHBoxLayout;
    top->addWidget(lastDays);
    top->addWidget(months);
    top->addWidget(years);
    top->addSpacing(16);
    top->addWidget(m_previous);
    top->addWidget(m_title);
    top->addWidget(m_next);
    top->addSpacing(8);
    top->addWidget(m_up);
    top->addStretch(1);
    top->addWidget(m_money);
    top->addWidget(m_tableToggle);

    m_table->setAccessibleName(tr("Period table"));
    m_stack->addWidget(m_bars);
    m_stack->addWidget(m_dayChart);
    m_stack->addWidget(m_table);
    m_summary->setAccessibleName(tr("Totals of the period"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &PeriodPanel::refreshNow);
    connect(m_levels, &QButtonGroup::idClicked, this, [this](int id) {
        switch (static_cast<Level>(id)) {
        case Level::LastDays:
            showLastDays();
            break;
        case Level::Months:
            showYear(today().year());
            break;
        default:
            showYears();
            break;
        }
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_up, &QToolButton::clicked, this, &PeriodPanel::goUp);
    connect(m_money, &QToolButton::toggled, this, &PeriodPanel::scheduleRefresh);
    connect(m_tableToggle, &QToolButton::toggled, this, [this] { updateControls(true); });
    connect(m_bars, &PeriodBarChart::barActivated, this, &PeriodPanel::drillInto);
    connect(m_table, &CopyableTableView::rowActivated, this, &PeriodPanel::drillInto);

    go(Level::LastDays, QDate(), false);
}

void PeriodPanel::setMeter(const std::optional<Meter> &meter)
{
    m_meter = meter;
    scheduleRefresh();
}

void PeriodPanel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    scheduleRefresh();
}

void PeriodPanel::scheduleRefresh()
{
    m_coalesce->start();
}

QDate PeriodPanel::today() const
{
    const qint64 now = m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
    const QTimeZone zone(m_meter ? m_meter->timezone.toUtf8() : QByteArray("UTC"));
    return QDateTime::fromSecsSinceEpoch(now, zone).date();
}

void PeriodPanel::showLastDays()
{
    m_trail.clear();
    go(Level::LastDays, QDate(), false);
}

void PeriodPanel::showYears()
{
    m_trail.clear();
    go(Level::Years, QDate(), false);
}

void PeriodPanel::showYear(int year)
{
    m_trail.clear();
    go(Level::Months, QDate(year, 1, 1), false);
}

void PeriodPanel::showMonth(int year, int month)
{
    m_trail.clear();
    go(Level::Days, QDate(year, month, 1), false);
}

void PeriodPanel::showDay(const QDate &date)
{
    m_trail.clear();
    go(Level::Day, date, false);
}

void PeriodPanel::go(Level level, const QDate &date, bool remember)
{
    if (remember)
        m_trail.append({m_level, m_date});
    m_level = level;
    m_date = date;
    updateControls();
    scheduleRefresh();
}

void PeriodPanel::drillInto(int index)
{
    if (index < 0 || index >= m_periods.size())
        return;
    const PeriodSummary &p = m_periods.at(index);
    switch (m_level) {
    case Level::Years:
        go(Level::Months, p.first, true);
        break;
    case Level::Months:
        go(Level::Days, p.first, true);
        break;
    case Level::LastDays:
    case Level::Days:
        go(Level::Day, p.first, true);
        break;
    case Level::Day:
        break;
    }
}

void PeriodPanel::goUp()
{
    if (!m_trail.isEmpty()) {
        const Place back = m_trail.takeLast();
        go(back.level, back.date, false);
        return;
    }
    // Not drilled here: up is the period that holds this one.
    switch (m_level) {
    case Level::Day:
        go(Level::Days, QDate(m_date.year(), m_date.month(), 1), false);
        break;
    case Level::Days:
        go(Level::Months, QDate(m_date.year(), 1, 1), false);
        break;
    case Level::Months:
        go(Level::Years, QDate(), false);
        break;
    case Level::LastDays:
    case Level::Years:
        break;
    }
}

void PeriodPanel::step(int delta)
{
    switch (m_level) {
    case Level::Months:
        m_date = m_date.addYears(delta);
        break;
    case Level::Days:
        m_date = m_date.addMonths(delta);
        break;
    case Level::Day:
        m_date = m_date.addDays(delta);
        break;
    case Level::LastDays:
    case Level::Years:
        return;
    }
    m_trail.clear(); // a sideways step: Up now means the holding period
    updateControls();
    scheduleRefresh();
}

void PeriodPanel::setTableShown(bool shown)
{
    m_tableToggle->setChecked(shown);
}

void PeriodPanel::setMoney(bool money)
{
    m_money->setChecked(money);
}

bool PeriodPanel::isTableShown() const
{
    return m_tableToggle->isChecked();
}

QString PeriodPanel::title() const
{
    const QLocale locale;
    switch (m_level) {
    case Level::LastDays: {
        const QDate last = today();
        return tr("The last %1 days: %2 – %3")
            .arg(locale.toString(kLastDays))
            .arg(locale.toString(last.addDays(1 - kLastDays), QStringLiteral("d MMM")),
                 locale.toString(last, QStringLiteral("d MMM yyyy")));
    }
    case Level::Years:
        return tr("All years");
    case Level::Months:
        return locale.toString(m_date, QStringLiteral("yyyy"));
    case Level::Days:
        return locale.toString(m_date, QStringLiteral("MMMM yyyy"));
    case Level::Day:
        return locale.toString(m_date, QLocale::LongFormat);
    }
    return QString();
}

void PeriodPanel::updateControls(bool fitColumns)
{
    const bool stepping = m_level == Level::Months || m_level == Level::Days || m_level == Level::Day;
    m_previous->setEnabled(stepping);
    // Never into the future.
    const QDate next = m_level == Level::Months ? m_date.addYears(1)
                       : m_level == Level::Days ? m_date.addMonths(1)
                                                : m_date.addDays(1);
    m_next->setEnabled(stepping && next <= today());
    m_up->setEnabled(m_level != Level::LastDays && m_level != Level::Years);
    m_title->setText(title());
    // The button of the view shown; none inside a month or a day (Months is not what is shown).
    m_levels->setExclusive(false);
    for (QAbstractButton *b : m_levels->buttons())
        b->setChecked(m_levels->id(b) == static_cast<int>(m_level));
    m_levels->setExclusive(true);
    const bool day = m_level == Level::Day;
    // The table shows the same rows as the chart: the periods, or the day's buckets.
    if (isTableShown()) {
        if (m_table->model() != (day ? static_cast<QAbstractItemModel *>(m_dayModel) : m_periodModel))
            m_table->setModel(day ? static_cast<QAbstractItemModel *>(m_dayModel) : m_periodModel);
        m_stack->setCurrentWidget(m_table);
        // Whole cells ("₹2,368.73 (estimated)"), also when the table is shown after the data;
        // not for the rows about to be replaced (measuring every cell's text is most of a frame).
        if (fitColumns)
            m_table->resizeColumnsToContents();
    } else {
        m_stack->setCurrentWidget(day ? static_cast<QWidget *>(m_dayChart) : m_bars);
    }
    updateSummary();
}

void PeriodPanel::updateSummary()
{
    QStringList parts{m_totals};
    // How to open a period, in the words of what is shown (no bar in the table).
    if (m_level != Level::Day && !m_periods.isEmpty())
        parts << (isTableShown() ? tr("Double-click a row or press Enter for its detail.")
                                 : tr("Click a bar for its detail."));
    if (std::any_of(m_periods.cbegin(), m_periods.cend(),
                    [this](const PeriodSummary &p) { return p.isPartial(today()); }))
        parts << tr("* Partial: readings on only some of its days.");
    parts.removeAll(QString());
    m_summary->setText(parts.join(QLatin1Char(' ')));
}

QStringList PeriodPanel::barLabels() const
{
    const QLocale locale;
    QStringList labels;
    for (const PeriodSummary &p : m_periods) {
        QString label;
        switch (m_level) {
        case Level::LastDays: // thirty day numbers fit, dates do not: the month where it starts
        case Level::Days:
            // Under the number (a bar is too narrow for both side by side).
            label = p.first.day() == 1 || labels.isEmpty()
                        ? locale.toString(p.first, QStringLiteral("d'<br>'MMM"))
                        : locale.toString(p.first.day());
            break;
        case Level::Years:
            label = locale.toString(p.first, QStringLiteral("yyyy"));
            break;
        case Level::Months:
            label = locale.monthName(p.first.month(), QLocale::ShortFormat);
            break;
        case Level::Day:
            break;
        }
        // Readings on only part of the period: marked, and explained below the chart.
        labels << (p.isPartial(today()) ? ChartText::partial(label) : label);
    }
    return labels;
}

void PeriodPanel::refreshNow()
{
    m_periods.clear();
    m_daySeries = {};
    m_totals.clear();
    if (!m_meter) {
        m_bars->setPeriods({}, {}, PeriodBarChart::Unit::Energy, QString());
        m_periodModel->setPeriods({}, QString());
        updateControls(true);
        emit refreshed();
        return;
    }
    const Meter &meter = *m_meter;
    const QByteArray timezone = meter.timezone.toUtf8();
    const bool money = m_money->isChecked();
    const QDate now = today();
    QString error;
    QElapsedTimer queryTimer;
    double queryMs = 0;
    ++m_queryRuns;

    if (m_level == Level::Day) {
        LocalCalendar calendar{QTimeZone(timezone)};
        const qint64 start = calendar.startOf(m_date);
        queryTimer.start();
        const Result<UsageSeries> day =
            UsageSeriesQuery(m_db).runRange(meter, start, calendar.nextDayStart(start), kDayGroupMinutes);
        queryMs += static_cast<double>(queryTimer.nsecsElapsed()) / 1e6;
        if (day) {
            m_daySeries = day.value();
            m_dayChart->setSeries(m_daySeries,
                                  money ? UsageChartView::Unit::Money : UsageChartView::Unit::Energy,
                                  meter.currency, timezone);
            m_dayModel->setSeries(m_daySeries, meter.currency, timezone);
            m_totals = tr("%1 from the grid, %2 from the generator, %3 spent.")
                           .arg(Formatters::energy(m_daySeries.totalGridWh()),
                                Formatters::energy(m_daySeries.totalGeneratorWh()),
                                Formatters::money(m_daySeries.totalCostMilli(), meter.currency));
        } else {
            error = day.error();
        }
    } else {
        SummaryQuery::Period period = SummaryQuery::Period::Day;
        QDate from;
        QDate to;
        switch (m_level) {
        case Level::LastDays:
            from = now.addDays(1 - kLastDays);
            to = now;
            break;
        case Level::Years: {
            period = SummaryQuery::Period::Year;
            queryTimer.start();
            const std::optional<Reading> first = ReadingRepository(m_db).earliest(meter.id);
            queryMs += static_cast<double>(queryTimer.nsecsElapsed()) / 1e6;
            from = first ? QDateTime::fromSecsSinceEpoch(first->time, QTimeZone(timezone)).date() : now;
            from = QDate(std::min(from.year(), now.year()), 1, 1);
            to = now;
            break;
        }
        case Level::Months:
            period = SummaryQuery::Period::Month;
            from = QDate(m_date.year(), 1, 1);
            to = QDate(m_date.year(), 12, 31);
            break;
        case Level::Days:
            from = m_date;
            to = QDate(m_date.year(), m_date.month(), m_date.daysInMonth());
            break;
        case Level::Day:
            break;
        }
        queryTimer.start();
        const Result<QList<PeriodSummary>> periods = SummaryQuery(m_db).run(meter, period, from, to);
        queryMs += static_cast<double>(queryTimer.nsecsElapsed()) / 1e6;
        if (periods) {
            m_periods = periods.value();
            m_bars->setToday(now);
            m_bars->setPeriods(m_periods, barLabels(),
                               money ? PeriodBarChart::Unit::Money : PeriodBarChart::Unit::Energy,
                               meter.currency);
            m_periodModel->setPeriods(m_periods, meter.currency, now);
            PeriodSummary sum;
            for (const PeriodSummary &p : std::as_const(m_periods)) {
                sum.gridWh += p.gridWh;
                sum.generatorWh += p.generatorWh;
                sum.costMilli += p.costMilli;
            }
            m_totals = tr("%1 from the grid, %2 from the generator, %3 spent.")
                           .arg(Formatters::energy(sum.gridWh), Formatters::energy(sum.generatorWh),
                                Formatters::money(sum.costMilli, meter.currency));
        } else {
            error = periods.error();
        }
    }
    m_lastQueryMs = queryMs;
    qCDebug(lcUi) << "period query" << queryMs << "ms";
    if (!error.isEmpty()) {
        qCWarning(lcUi) << "period query failed:" << error;
        m_totals = error;
    }
    updateControls(true); // the table's columns and the summary for what was read
    emit refreshed();
}
