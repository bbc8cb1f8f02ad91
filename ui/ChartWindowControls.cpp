#include "ChartWindowControls.h"

#include "DurationSpinBox.h"
#include "analytics/ChartWindow.h"
#include "charts/ChartText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>

ChartWindowControls::ChartWindowControls(const QString &namePrefix, QWidget *parent)
    : QWidget(parent)
    , m_intervalSlider(new QSlider(Qt::Horizontal, this))
    , m_intervalSpin(new DurationSpinBox(DurationSpinBox::Unit::Hours, this))
    , m_groupSlider(new QSlider(Qt::Horizontal, this))
    , m_groupSpin(new DurationSpinBox(DurationSpinBox::Unit::Minutes, this))
{
    const auto named = [&namePrefix](const QString &name) {
        if (namePrefix.isEmpty())
            return name;
        return namePrefix + name.at(0).toUpper() + name.mid(1);
    };
    m_intervalSlider->setObjectName(named(QStringLiteral("intervalSlider")));
    m_intervalSlider->setRange(ChartWindow::kMinIntervalHours, ChartWindow::kMaxIntervalHours);
    m_intervalSlider->setAccessibleName(tr("Interval in hours"));
    m_intervalSpin->setObjectName(named(QStringLiteral("intervalBox")));
    m_intervalSpin->setRange(ChartWindow::kMinIntervalHours, ChartWindow::kMaxIntervalHours);
    m_intervalSpin->setPageSteps(intervalSteps());
    m_intervalSpin->setAccessibleName(tr("Interval in hours"));
    m_groupSlider->setObjectName(named(QStringLiteral("groupSlider")));
    m_groupSlider->setRange(0, static_cast<int>(groupSteps().size()) - 1);
    m_groupSlider->setPageStep(1);
    m_groupSlider->setAccessibleName(tr("Grouping in minutes"));
    m_groupSpin->setObjectName(named(QStringLiteral("groupBox")));
    m_groupSpin->setRange(ChartWindow::kMinGroupMinutes, ChartWindow::kMaxGroupMinutes);
    m_groupSpin->setPageSteps(groupSteps());
    m_groupSpin->setAccessibleName(tr("Grouping in minutes"));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto *intervalLabel = new QLabel(tr("&Interval"), this);
    intervalLabel->setBuddy(m_intervalSlider);
    auto *groupLabel = new QLabel(tr("&Group"), this);
    groupLabel->setBuddy(m_groupSlider);
    row->addWidget(intervalLabel);
    row->addWidget(m_intervalSlider, 2);
    row->addWidget(m_intervalSpin);
    row->addSpacing(12);
    row->addWidget(groupLabel);
    row->addWidget(m_groupSlider, 1);
    row->addWidget(m_groupSpin);

    connect(m_intervalSlider, &QSlider::valueChanged, this, [this](int hours) {
        const QSignalBlocker block(m_intervalSpin);
        m_intervalSpin->setValue(hours);
        m_intervalSlider->setToolTip(ChartText::hours(hours));
        // Never a group longer than the window (a day-wide bar for one hour).
        m_chosenGroup = std::min(m_chosenGroup, hours * 60);
        showGroup(m_chosenGroup);
        emit windowChanged();
    });
    // Page Up/Down (and clicks beside the handle) go through round durations, not 10 h steps.
    connect(m_intervalSlider, &QAbstractSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderPageStepAdd && action != QAbstractSlider::SliderPageStepSub)
            return;
        m_intervalSlider->setSliderPosition(
            DurationSpinBox::nextStep(intervalSteps(), m_intervalSlider->value(),
                                      action == QAbstractSlider::SliderPageStepAdd ? 1 : -1));
    });
    connect(m_intervalSpin, &QSpinBox::valueChanged, m_intervalSlider, &QSlider::setValue);
    connect(m_groupSlider, &QSlider::valueChanged, this,
            [this](int index) { setGroupMinutes(groupSteps().at(index)); });
    connect(m_groupSpin, &QSpinBox::valueChanged, this, &ChartWindowControls::setGroupMinutes);
    showGroup(m_chosenGroup);
}

const QList<int> &ChartWindowControls::groupSteps()
{
    static const QList<int> steps = {1, 5, 10, 15, 30, 60, 120, 360, 720, 1440};
    return steps;
}

const QList<int> &ChartWindowControls::intervalSteps()
{
    static const QList<int> steps = {1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720};
    return steps;
}

void ChartWindowControls::setIntervalHours(int hours)
{
    m_intervalSlider->setValue(hours);
}

void ChartWindowControls::setGroupMinutes(int minutes)
{
    const int chosen =
        std::clamp(minutes, m_groupSpin->minimum(), std::min(m_groupSpin->maximum(), intervalHours() * 60));
    // A zoomed chart shows a finer grouping: choosing any value, even the one chosen before,
    // leaves the zoom.
    const bool changed = chosen != m_chosenGroup || m_shownGroup != m_chosenGroup;
    m_chosenGroup = chosen;
    showGroup(chosen); // also puts a clamped or out-of-step value back in the box
    if (changed)
        emit windowChanged();
}

int ChartWindowControls::intervalHours() const
{
    return m_intervalSlider->value();
}

void ChartWindowControls::showGroup(int minutes)
{
    m_shownGroup = minutes;
    const QSignalBlocker blockSpin(m_groupSpin);
    const QSignalBlocker blockSlider(m_groupSlider);
    m_groupSpin->setValue(minutes);
    // The slider follows the nearest step at or below a typed value; the value stays.
    const QList<int> &steps = groupSteps();
    const auto it = std::upper_bound(steps.begin(), steps.end(), minutes);
    m_groupSlider->setValue(static_cast<int>(std::max<qsizetype>(0, (it - steps.begin()) - 1)));
    m_groupSlider->setToolTip(ChartText::minutes(minutes));
}
