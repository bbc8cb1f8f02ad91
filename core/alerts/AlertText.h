#pragma once

#include "Alert.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

// How alert texts show numbers: through QLocale, money with the meter's currency sign (the
// same signs as the window's), durations with their days. Alerts are written once, when raised,
// so they read the same in the log, on the desktop and in Telegram.
class AlertText
{
    Q_DECLARE_TR_FUNCTIONS(AlertText)
public:
    static QString money(qint64 milli, const QString &currencyCode);
    static QString energy(qint64 wh);
    static QString power(double kw);
    // "1 d 3 h 20 min", "3 h 5 min", "12 min", "40 s".
    static QString duration(qint64 seconds);
    static QString days(double days);
    // "Fri 25 Jul"
    static QString date(const QDate &date);
    // Local wall-clock time, "14:05"; with the date when it is not on `sameDayAs`.
    static QString time(qint64 utcSeconds, const QTimeZone &zone, qint64 sameDayAs = 0);
    // The alert Settings' "Send a test" sends through a channel (desktop, Telegram): no meter,
    // informational, saying it is a test. Never logged.
    static Alert testAlert(qint64 utcSeconds);
};
