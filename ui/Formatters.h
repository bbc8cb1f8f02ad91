#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// How numbers reach people: through QLocale, with the meter's currency symbol.
class Formatters
{
public:
    static QString currencySymbol(const QString &currencyCode);
    static QString money(qint64 milli, const QString &currencyCode, const QLocale &locale = QLocale());
    static QString energy(qint64 wh, const QLocale &locale = QLocale());
    static QString power(qint64 w, const QLocale &locale = QLocale());
    // The label of a field an amount of money is typed in: "&Amount (₹):" (the meter's
    // currency, so "1000" is not read as anything else), "&Amount:" without a currency.
    static QString amountLabel(const QString &currencyCode);
    // "2 h 14 min", "3 d 4 h", "45 s".
    static QString duration(qint64 seconds);
    // A total of hours, however many ("33 h 20 min" where duration() says "1 d 9 h").
    static QString hours(qint64 seconds);
    // "12 s ago", "5 min ago", "3 h ago".
    static QString age(qint64 seconds);
};
