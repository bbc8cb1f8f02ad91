#pragma once

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QString>
#include <QtGlobal>

// Where a time axis gets its labels, in a meter's zone (QDateTimeAxis only knows the system
// zone): about one label per 110 px, on round local times: "HH:mm" with the date ("dd MMM") at
// each local midnight of a span longer than a day, or only dates once the steps are days.
class TimeAxisLabels
{
public:
    struct Tick
    {
        qint64 time = 0; // UTC seconds
        QString text;

        bool operator==(const Tick &other) const { return time == other.time && text == other.text; }
    };

    static constexpr int kPixelsPerLabel = 110;

    static QList<Tick> ticks(qint64 from, qint64 to, const QByteArray &timezone, int widthPx,
                             const QLocale &locale = QLocale());
};
