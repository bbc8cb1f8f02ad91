#pragma once

// One chart frame, measured the same way by the chart benchmarks (issue 20): from the user's
// action until the chart's viewport has painted the new content once. No forced repaint is
// added to the frame (a forced repaint after the posted update counts the paint twice); what
// one paint costs is measured after the frame by repainting the same picture.
#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>

namespace FrameTimer {

struct Stats
{
    double median = 0;
    double p95 = 0;
};

// Nearest rank: the smallest value with at least q of the samples at or below it.
inline Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return {};
    const auto rank = [&](double q) {
        const auto index = static_cast<qsizetype>(std::ceil(q * static_cast<double>(ms.size()))) - 1;
        return ms.at(std::clamp<qsizetype>(index, 0, ms.size() - 1));
    };
    return {rank(0.5), rank(0.95)};
}

inline double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// CPU time of this thread: on a shared machine it tells our cost apart from waiting for a CPU.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

// Counts the paint events a widget receives.
class PaintWatch : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

struct Frame
{
    double wall = 0;     // ms from the action to the first paint of the new content
    double cpu = 0;      // ms of GUI-thread CPU over the same stretch
    double paint = 0;    // ms of one more synchronous paint of the same picture, after the frame
    bool painted = true; // false: the action changed nothing that painted
};

// `action` is the user's action; `ready` says the panel has applied its answer (its refreshed
// signal seen and its worker idle); `viewport` (asked once ready) is the widget that shows it.
inline Frame measure(const std::function<void()> &action, const std::function<bool()> &ready,
                     const std::function<QWidget *()> &viewport)
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    Frame f;
    PaintWatch watch;
    // Watched from the start: the viewport can paint while the panel is still waiting.
    QList<QPointer<QWidget>> watched;
    const auto watchNow = [&] {
        QWidget *w = viewport();
        if (w && !watched.contains(w)) {
            w->installEventFilter(&watch);
            watched.append(w);
        }
    };
    watchNow();
    const double cpuStart = threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    action();
    // Waiting for a worker thread sleeps in the event loop (no spinning on a shared CPU).
    while (!ready() && timer.elapsed() < 60'000)
        dispatcher->processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    watchNow(); // the action may have switched to another view
    QWidget *target = viewport();
    // A paint before the answer was applied showed the old content.
    watch.paints = 0;
    while (watch.paints == 0) {
        if (!dispatcher->processEvents(QEventLoop::AllEvents)) {
            // Nothing was pending: one more round for events posted by the last one.
            if (!dispatcher->processEvents(QEventLoop::AllEvents) && watch.paints == 0)
                break;
        }
    }
    f.wall = elapsedMs(timer);
    f.cpu = threadCpuMs() - cpuStart;
    f.painted = watch.paints > 0;
    for (const QPointer<QWidget> &w : std::as_const(watched)) {
        if (w)
            w->removeEventFilter(&watch);
    }
    if (target) {
        QElapsedTimer paint;
        paint.start();
        target->repaint();
        f.paint = elapsedMs(paint);
    }
    return f;
}

constexpr double kTargetMedianMs = 16.0;
constexpr double kTargetP95Ms = 33.0;
constexpr double kMaxRatio = 1.5; // issue 20: a frame within 1.5 x its query + paint
inline const QString kColumns =
    QStringLiteral(" median ms  p95 ms  cpu ms  query ms  paint ms  ratio  floor  target\n");

// A frame and the database time it needed (the panel's own measure of its query).
struct Sample
{
    Frame frame;
    double query = 0;
};

struct Row
{
    Stats frame;
    double cpu = 0;
    double query = 0;
    double paint = 0;
    double ratio = 0;
    bool withinRatio = false;
    bool met = false;
};

Row summarize(const QList<Sample> &samples)
{
    QList<double> wall;
    QList<double> cpu;
    QList<double> query;
    QList<double> paint;
    for (const Sample &s : samples) {
        wall << s.frame.wall;
        cpu << s.frame.cpu;
        query << s.query;
        paint << s.frame.paint;
    }
    Row r;
    r.frame = stats(wall);
    r.cpu = stats(cpu).median;
    r.query = stats(query).median;
    r.paint = stats(paint).median;
    r.ratio = r.frame.median / std::max(1e-6, r.query + r.paint);
    r.withinRatio = r.ratio <= kMaxRatio;
    r.met = r.frame.median <= kTargetMedianMs && r.frame.p95 <= kTargetP95Ms;
    return r;
}

QString number(double value, int width, int decimals = 2)
{
    return QString::number(value, 'f', decimals).rightJustified(width);
}

QString rowText(const Row &r)
{
    return number(r.frame.median, 10) + number(r.frame.p95, 8) + number(r.cpu, 8) + number(r.query, 9) +
           number(r.paint, 9) + number(r.ratio, 7) +
           (r.withinRatio ? QStringLiteral("      ") : QStringLiteral("  >1.5")) +
           (r.met ? QStringLiteral("  met") : QStringLiteral("  MISSED"));
}

QJsonObject rowJson(const Row &r)
{
    return QJsonObject{
        {QStringLiteral("median_ms"), r.frame.median},   {QStringLiteral("p95_ms"), r.frame.p95},
        {QStringLiteral("cpu_median_ms"), r.cpu},        {QStringLiteral("query_median_ms"), r.query},
        {QStringLiteral("paint_median_ms"), r.paint},    {QStringLiteral("ratio"), r.ratio},
        {QStringLiteral("within_ratio"), r.withinRatio}, {QStringLiteral("met"), r.met}};
}

} // namespace FrameTimer
