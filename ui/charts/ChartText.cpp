#include "ChartText.h"

#include "model/TimeFormat.h"

#include <cmath>

namespace {

// English needs its catalogue only for "(s)" plurals; where that catalogue does not have a
// message yet (a new one, before scripts/english-plurals.py ran), write the English form here
// instead of showing "1 day(s)".
QString englishPlural(QString text, int n)
{
    return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace

QString ChartText::days(int days)
{
    return englishPlural(tr("%n day(s)", "duration in days", days), days);
}

QString ChartText::partial(const QString &label)
{
    return tr("%1*", "a partial period's label").arg(label);
}

QString ChartText::hours(int hours)
{
    if (hours < 48)
        return tr("%n h", "duration in hours", hours);
    const int wholeDays = hours / 24;
    const int rest = hours % 24;
    if (rest == 0)
        return days(wholeDays);
    return tr("%1 %2", "days, then hours").arg(days(wholeDays), tr("%n h", "duration in hours", rest));
}

QString ChartText::minutes(int minutes)
{
    if (minutes > 0 && minutes % 1440 == 0)
        return days(minutes / 1440);
    if (minutes >= 60 && minutes % 60 == 0)
        return tr("%n h", "duration in hours", minutes / 60);
    return tr("%n min", "duration in minutes", minutes);
}

// TimeFormat decides (four-digit years, no seconds, the language's clock and digits).
QString ChartText::dateTime(const QDateTime &time, const QLocale &locale)
{
    return TimeFormat::shortDateTime(time, locale);
}

QString ChartText::time(const QTime &time, const QLocale &locale)
{
    return TimeFormat::shortTime(time, locale);
}

QString ChartText::source(qint64 gridWh, qint64 generatorWh)
{
    if (gridWh > 0 && generatorWh > 0)
        return tr("Grid + generator");
    if (generatorWh > 0)
        return tr("Generator");
    if (gridWh > 0)
        return tr("Grid");
    return QString();
}

QString ChartText::percentChange(double percent, const QLocale &locale)
{
    if (percent == 0.0)
        return tr("±0 %");
    const QString number = locale.toString(std::abs(percent), 'f', 1);
    return percent > 0 ? tr("+%1 %").arg(number) : tr("−%1 %").arg(number);
}
