#pragma once

#include <QWidget>

class DurationSpinBox;
class QSlider;

// The row every time chart has: the interval (1..720 h) and the grouping (minutes), each a
// slider beside a box that reads as people say it ("30 days", "1 h"). The interval's Page
// Up/Down go through round durations; the grouping slider steps through groupSteps() while
// its box takes any value in range. A grouping longer than the interval is clamped to it (one
// hour is never drawn as a day-wide bar). Both the usage and the balance chart use this row,
// so the two read and step alike.
class ChartWindowControls : public QWidget
{
    Q_OBJECT
public:
    // `namePrefix` names the sliders ("" gives "intervalSlider", "balance" gives
    // "balanceIntervalSlider"): tests and benchmarks find them by name.
    // The bounds are core's (ChartWindow), the same for every chart and the CLI.
    explicit ChartWindowControls(const QString &namePrefix, QWidget *parent = nullptr);

    static const QList<int> &groupSteps(); // 1, 5, 10, 15, 30, 60, 120, 360, 720, 1440
    // Where Page Up/Down take the interval: 1, 2, 3, 6, 12 h, 1, 2, 3, 7, 14, 30 days.
    static const QList<int> &intervalSteps();

    void setIntervalHours(int hours);
    // The grouping chosen; clamped to the interval.
    void setGroupMinutes(int minutes);
    int intervalHours() const;
    int groupMinutes() const { return m_chosenGroup; }
    // Shows `minutes` in the Group box and slider without choosing it (a zoomed chart's finer
    // grouping); the next interval or grouping change chooses again.
    void showGroup(int minutes);

    QSlider *intervalSlider() const { return m_intervalSlider; }
    QSlider *groupSlider() const { return m_groupSlider; }

signals:
    // The user (or a setter) chose another interval or grouping: one signal per change, the
    // clamp of the grouping included.
    void windowChanged();

private:
    QSlider *m_intervalSlider;
    DurationSpinBox *m_intervalSpin;
    QSlider *m_groupSlider;
    DurationSpinBox *m_groupSpin;
    int m_chosenGroup = 60;
    int m_shownGroup = 60;
};
