#include "Formatters.h"

#include "model/Currency.h"
#include "model/MoneyFormat.h"

#include <QCoreApplication>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Formatters)
};

} // namespace

QString Formatters::currencySymbol(const QString &currencyCode)
{
    return Currency::symbol(currencyCode);
}

QString Formatters::amountLabel(const QString &currencyCode)
{
    const QString symbol = currencyCode.isEmpty() ? QString() : currencySymbol(currencyCode);
    return symbol.isEmpty() ? Tr::tr("&Amount:") : Tr::tr("&Amount (%1):").arg(symbol);
}

QString Formatters::money(qint64 milli, const QString &currencyCode, const QLocale &locale)
{
    return MoneyFormat::format(milli, currencyCode, locale);
}

QString Formatters::energy(qint64 wh, const QLocale &locale)
{
    return Tr::tr("%1 kWh").arg(
        locale.toString(static_cast<double>(wh) / 1000.0, 'f', wh >= 100'000 ? 1 : 2));
}

QString Formatters::power(qint64 w, const QLocale &locale)
{
    return Tr::tr("%1 kW").arg(locale.toString(static_cast<double>(w) / 1000.0, 'f', 2));
}

QString Formatters::duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    // The language's own digits (Bengali and Hindi locales may use their own).
    const QLocale locale;
    if (days > 0)
        return Tr::tr("%1 d %2 h").arg(locale.toString(days), locale.toString(hours));
    if (hours > 0)
        return Tr::tr("%1 h %2 min").arg(locale.toString(hours), locale.toString(minutes));
    if (minutes > 0)
        return Tr::tr("%1 min").arg(locale.toString(minutes));
    return Tr::tr("%1 s").arg(locale.toString(seconds));
}

QString Formatters::hours(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 3600)
        return duration(seconds);
    const QLocale locale;
    return Tr::tr("%1 h %2 min").arg(locale.toString(seconds / 3600), locale.toString(seconds % 3600 / 60));
}

QString Formatters::age(qint64 seconds)
{
    return Tr::tr("%1 ago").arg(duration(seconds));
}
