#include "UsageChartPanel.h"

#include "Formatters.h"
#include "Logging.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

UsageChartPanel::UsageChartPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_intervalSlider(new QSlider(Qt::Horizontal, this))
    , m_intervalSpin(new QSpinBox(this))
    , m_groupSlider(new QSlider(Qt::Horizontal, this))
    , m_groupSpin(new QSpinBox(this))
    , m_unitGroup(new QButtonGroup(this))
    , m_summary(new QLabel(this))
    , m_chart(new UsageChartView(this))
    , m_coalesce(new QTimer(this))
{
    m_intervalSlider->setRange(UsageSeriesQuery::kMinIntervalHours, UsageSeriesQuery::kMaxIntervalHours);
    m_intervalSlider->setAccessibleName(tr("Interval in hours"));
    m_intervalSpin->setRange(UsageSeriesQuery::kMinIntervalHours, UsageSeriesQuery::kMaxIntervalHours);
    m_intervalSpin->setSuffix(tr(" h"));
    m_intervalSpin->setAccessibleName(tr("Interval in hours"));
    m_groupSlider->setRange(0, static_cast<int>(groupSteps().size()) - 1);
    m_groupSlider->setPageStep(1);
    m_groupSlider->setAccessibleName(tr("Grouping in minutes"));
    m_groupSpin->setRange(UsageSeriesQuery::kMinGroupMinutes, UsageSeriesQuery::kMaxGroupMinutes);
    m_groupSpin->setSuffix(tr(" min"));
    m_groupSpin->setAccessibleName(tr("Grouping in minutes"));

    auto *energy = new QToolButton(this);
    energy->setText(tr("kWh"));
    energy->setCheckable(true);
    energy->setAccessibleName(tr("Show energy"));
    auto *money = new QToolButton(this);
    money->setText(tr("Money"));
    money->setCheckable(true);
    money->setAccessibleName(tr("Show money"));
    m_unitGroup->addButton(energy, static_cast<int>(UsageChartView::Unit::Energy));
    m_unitGroup->addButton(money, static_cast<int>(UsageChartView::Unit::Money));
    energy->setChecked(true);

    auto *controls = new QHBoxLayout;
    auto *intervalLabel = new QLabel(tr("&Interval"), this);
    intervalLabel->setBuddy(m_intervalSlider);
    auto *groupLabel = new QLabel(tr("&Group"), this);
    groupLabel->setBuddy(m_groupSlider);
    controls->addWidget(intervalLabel);
    controls->addWidget(m_intervalSlider, 2);
    controls->addWidget(m_intervalSpin);
    controls->addSpacing(12);
    controls->addWidget(groupLabel);
    controls->addWidget(m_groupSlider, 1);
    controls->addWidget(m_groupSpin);
    controls->addSpacing(12);
    controls->addWidget(energy);
    controls->addWidget(money);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_summary);
    m_summary->setAccessibleName(tr("Totals of the chart"));

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &UsageChartPanel::refreshNow);

    connect(m_intervalSlider, &QSlider::valueChanged, this, [this](int v) {
        m_intervalSpin->setValue(v);
        scheduleRefresh();
    });
    connect(m_intervalSpin, &QSpinBox::valueChanged, m_intervalSlider, &QSlider::setValue);
    connect(m_groupSlider, &QSlider::valueChanged, this,
            [this](int index) { m_groupSpin->setValue(groupSteps().at(index)); });
    connect(m_groupSpin, &QSpinBox::valueChanged, this, [this](int minutes) {
        // The slider follows the nearest step at or below a typed value; the value stays.
        const QList<int> &steps = groupSteps();
        const auto it = std::upper_bound(steps.begin(), steps.end(), minutes);
        const QSignalBlocker block(m_groupSlider);
        m_groupSlider->setValue(static_cast<int>(std::max<qsizetype>(0, (it - steps.begin()) - 1)));
        scheduleRefresh();
    });
    connect(m_unitGroup, &QButtonGroup::idClicked, this, &UsageChartPanel::scheduleRefresh);

    setIntervalHours(720);
    setGroupMinutes(60);
}

const QList<int> &UsageChartPanel::groupSteps()
{
    static const QList<int> steps = {1, 5, 10, 15, 30, 60, 120, 360, 720, 1440};
    return steps;
}

void UsageChartPanel::setMeter(const std::optional<Meter> &meter)
{
    m_meter = meter;
    scheduleRefresh();
}

void UsageChartPanel::setIntervalHours(int hours)
{
    m_intervalSpin->setValue(hours);
}

void UsageChartPanel::setGroupMinutes(int minutes)
{
    m_groupSpin->setValue(minutes);
}

void UsageChartPanel::setUnit(UsageChartView::Unit unit)
{
    m_unitGroup->button(static_cast<int>(unit))->setChecked(true);
    scheduleRefresh();
}

int UsageChartPanel::intervalHours() const
{
    return m_intervalSpin->value();
}

int UsageChartPanel::groupMinutes() const
{
    return m_groupSpin->value();
}

UsageChartView::Unit UsageChartPanel::unit() const
{
    return static_cast<UsageChartView::Unit>(m_unitGroup->checkedId());
}

void UsageChartPanel::scheduleRefresh()
{
    m_coalesce->start();
}

void UsageChartPanel::refreshNow()
{
    if (!m_meter) {
        m_series = {};
        m_chart->setSeries(m_series, unit(), QString(), QByteArray());
        m_summary->clear();
        emit refreshed();
        return;
    }
    const Result<UsageSeries> series = UsageSeriesQuery(m_db).run(
        *m_meter, QDateTime::currentSecsSinceEpoch(), intervalHours(), groupMinutes());
    if (!series) {
        qCWarning(lcUi) << "usage query failed:" << series.error();
        m_summary->setText(series.error());
        return;
    }
    m_series = series.value();
    m_chart->setSeries(m_series, unit(), m_meter->currency, m_meter->timezone.toUtf8());
    m_summary->setText(tr("In this window: %1 from the grid, %2 from the generator, %3 spent.")
                           .arg(Formatters::energy(m_series.totalGridWh()),
                                Formatters::energy(m_series.totalGeneratorWh()),
                                Formatters::money(m_series.totalCostMilli(), m_meter->currency)));
    emit refreshed();
}
