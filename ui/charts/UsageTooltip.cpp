#include "UsageTooltip.h"

#include "ChartText.h"
#include "Formatters.h"
#include "analytics/PeriodComparison.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace {

// The messages keep the chart's translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UsageChartView)
};

} // namespace

QString UsageTooltip::text(const UsageChartView::Content &content, int index)
{
    const QList<UsageBucket> &buckets = content.series.buckets;
    if (index < 0 || index >= buckets.size())
        return QString();
    const UsageBucket &b = buckets.at(index);
    const QTimeZone zone(content.timezone.isEmpty() ? QByteArray("UTC") : content.timezone);
    const QDateTime start = QDateTime::fromSecsSinceEpoch(b.start, zone);
    const QDateTime end = QDateTime::fromSecsSinceEpoch(b.end, zone);
    const QLocale locale;
    const QString endText =
        end.date() == start.date() ? ChartText::time(end.time(), locale) : ChartText::dateTime(end, locale);
    QStringList lines;
    lines << Tr::tr("%1 – %2 %3")
                 .arg(ChartText::dateTime(start, locale), endText, start.timeZoneAbbreviation());
    if (b.partial)
        lines << Tr::tr("Partial: only part of a %1 group.")
                     .arg(ChartText::minutes(content.series.groupMinutes));
    if (b.gap && !b.hasData) {
        lines << Tr::tr("No readings for this time.");
        return lines.join(QLatin1Char('\n'));
    }
    lines << Tr::tr("Grid: %1").arg(Formatters::energy(b.gridWh, locale));
    lines << Tr::tr("Generator: %1").arg(Formatters::energy(b.generatorWh, locale));
    lines << Tr::tr("Total: %1").arg(Formatters::energy(b.totalWh(), locale));
    lines << (b.estimated ? Tr::tr("Cost: %1 (estimated)") : Tr::tr("Cost: %1"))
                 .arg(Formatters::money(b.costMilli, content.currency, locale));
    const QString source = ChartText::source(b.gridWh, b.generatorWh);
    lines << Tr::tr("Source: %1").arg(source.isEmpty() ? Tr::tr("nothing used") : source);
    if (b.gap)
        lines << Tr::tr("Readings are missing for part of this time.");
    // The compared period's bucket at this place, and the change from it.
    if (content.overlay) {
        const UsageChartView::Overlay &o = *content.overlay;
        const qint64 middle = (b.start + b.end) / 2 - o.shift;
        const auto it = std::partition_point(o.series.buckets.cbegin(), o.series.buckets.cend(),
                                             [middle](const UsageBucket &c) { return c.end <= middle; });
        if (it == o.series.buckets.cend() || it->start > middle || !it->hasData) {
            lines << Tr::tr("%1: no readings").arg(o.name);
        } else {
            const bool money = content.unit == UsageChartView::Unit::Money;
            const qint64 now = money ? b.costMilli : b.totalWh();
            const qint64 then = money ? it->costMilli : it->totalWh();
            const QString value =
                money ? Formatters::money(then, content.currency, locale) : Formatters::energy(then, locale);
            const std::optional<double> change = PeriodComparison::changePercent(now, then);
            lines
                << (change
                        ? Tr::tr("%1: %2 (%3)").arg(o.name, value, ChartText::percentChange(*change, locale))
                        : Tr::tr("%1: %2").arg(o.name, value));
        }
    }
    return lines.join(QLatin1Char('\n'));
}
