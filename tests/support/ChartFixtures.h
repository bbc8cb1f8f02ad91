#pragma once

// What the chart tests (tests/ui: usage chart, period panel, main window) share: counting the
// pixels a series painted, the series' colours, finding a control by its accessible name and
// waiting for the coalesced refresh an action causes.

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSignalSpy>
#include <QString>

#include <functional>

namespace ChartFixtures {

// The colours the charts paint grid, generator and the comparison overlay in.
inline const QColor kGrid(0x2e, 0x7d, 0xd2);
inline const QColor kGenerator(0xef, 0x8a, 0x17);
inline const QColor kOverlay(0x6a, 0x1b, 0x9a);

// Pixels near a colour: proves something was painted, without demanding pixel equality.
int countNear(const QImage &image, QColor colour, int tolerance = 40);

// The child control of `parent` with this accessible name; the test stops if there is none.
template <typename T, typename Parent>
T *childNamed(const Parent &parent, const QString &accessibleName)
{
    const QList<T *> children = parent.template findChildren<T *>();
    for (T *w : children) {
        if (w->accessibleName() == accessibleName)
            return w;
    }
    qFatal("no control named %s", qPrintable(accessibleName));
    return nullptr;
}

// Runs `action` and waits (up to 5 s) for the `refreshed` signal of `panel` it must cause, then
// lets the chart's own posted work (layout, late redraws) run. False if no refresh came.
template <typename Panel, typename Signal>
[[nodiscard]] bool refreshAfter(Panel *panel, Signal refreshed, const std::function<void()> &action)
{
    QSignalSpy spy(panel, refreshed);
    action();
    if (spy.isEmpty() && !spy.wait(5'000))
        return false;
    QCoreApplication::processEvents();
    return true;
}

} // namespace ChartFixtures
