#include "AlertText.h"

#include <QDateTime>
#include <QLocale>

namespace {

QString currencySymbol(const QString &code)
{
    QString upper = code.toUpper();
    if (upper == QLatin1String("INR"))
        return QStringLiteral("₹");
    if (upper == QLatin1String("BDT"))
        return QStringLiteral("৳");
    if (upper == QLatin1String("RWF"))
        return QStringLiteral("FRw");
    if (upper == QLatin1String("USD"))
        return QStringLiteral("$");
    if (upper == QLatin1String("EUR"))
        return QStringLiteral("€");
    return upper;
}

} // namespace

QString AlertText::money(qint64 milli, const QString &currencyCode)
{
    const QLocale locale;
    const double value = static_cast<double>(milli) / 1000.0;
    if (currencyCode.compare(QLatin1String("kWh"), Qt::CaseInsensitive) == 0)
        return tr("%1 kWh").arg(locale.toString(value, 'f', 2));
    const int decimals = currencyCode.compare(QLatin1String("RWF"), Qt::CaseInsensitive) == 0 ? 0 : 2;
    return locale.toCurrencyString(value, currencySymbol(currencyCode), decimals);
}

QString AlertText::energy(qint64 wh)
{
    return tr("%1 kWh").arg(QLocale().toString(static_cast<double>(wh) / 1000.0, 'f', 2));
}

QString AlertText::power(double kw)
{
    return tr("%1 kW").arg(QLocale().toString(kw, 'f', 2));
}

QString AlertText::duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 d = seconds / 86400;
    const qint64 h = seconds % 86400 / 3600;
    const qint64 m = seconds % 3600 / 60;
    if (d > 0)
        return tr("%1 d %2 h %3 min").arg(d).arg(h).arg(m);
    if (h > 0)
        return tr("%1 h %2 min").arg(h).arg(m);
    if (m > 0)
        return tr("%1 min").arg(m);
    return tr("%1 s").arg(seconds);
}

QString AlertText::days(double days)
{
    return tr("%1 days").arg(QLocale().toString(days, 'f', 1));
}

QString AlertText::date(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

QString AlertText::time(qint64 utcSeconds, const QTimeZone &zone, qint64 sameDayAs)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utcSeconds, zone);
    QString clock = QLocale().toString(at.time(), QStringLiteral("HH:mm"));
    if (sameDayAs != 0 && QDateTime::fromSecsSinceEpoch(sameDayAs, zone).date() != at.date())
        return tr("%1 %2").arg(date(at.date()), clock);
    return clock;
}

Alert AlertText::testAlert(qint64 utcSeconds)
{
    Alert a;
    a.time = utcSeconds;
    a.kind = Alert::Kind::DailySummary;
    a.severity = Alert::Severity::Info;
    a.title = tr("Kilowatch test");
    a.message = tr("This is a test: Kilowatch's alerts will reach you here.");
    a.dedupeKey = QStringLiteral("test:%1").arg(utcSeconds);
    return a;
}
