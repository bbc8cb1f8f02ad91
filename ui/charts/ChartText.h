#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

// The words the usage charts, their controls and their tables share: durations in the units
// people count them in ("45 min", "12 h", "30 days"), dates and times to the minute, and where
// a bucket's energy came from.
class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(ChartText)

public:
    // Hours: "1 h" .. "47 h", then whole days from 48 h ("2 days", "30 days"), "2 days 3 h".
    static QString hours(int hours);
    // Days: "1 day", "2 days".
    static QString days(int days);
    // A period's label marked as partial ("July 2025*"), the same on bars and in tables.
    static QString partial(const QString &label);
    // Minutes: "1 min" .. "59 min", whole hours ("2 h"), "1 day" for the whole-day grouping,
    // others as "90 min".
    static QString minutes(int minutes);
    // The locale's short date and time, without seconds.
    static QString dateTime(const QDateTime &time, const QLocale &locale = QLocale());
    static QString time(const QTime &time, const QLocale &locale = QLocale());
    // "+12.5 %", "−3.0 %", "±0 %" (a change in per cent, see PeriodComparison::changePercent).
    static QString percentChange(double percent, const QLocale &locale = QLocale());
    // "Grid", "Generator", "Grid + generator" or empty (nothing used).
    static QString source(qint64 gridWh, qint64 generatorWh);
};
