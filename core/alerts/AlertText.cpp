#include "AlertText.h"

#include "model/MoneyFormat.h"

#include <QDateTime>
#include <QLocale>

QString AlertText::money(qint64 milli, const QString &currencyCode)
{
    return MoneyFormat::format(milli, currencyCode);
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
    // In the language's digits, like every number of the alert.
    const QLocale locale;
    if (d > 0)
        return tr("%1 d %2 h %3 min").arg(locale.toString(d), locale.toString(h), locale.toString(m));
    if (h > 0)
        return tr("%1 h %2 min").arg(locale.toString(h), locale.toString(m));
    if (m > 0)
        return tr("%1 min").arg(locale.toString(m));
    return tr("%1 s").arg(locale.toString(seconds));
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
