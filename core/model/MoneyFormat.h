#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Money as the people who use the currency write it: "₹1,23,456.78", "৳1,23,456.78",
// "FRw 1,234", "$1,234.56". The currency decides the symbol, the grouping (lakh and crore for
// the rupee and the taka) and the decimals (Currency::minorDigits); the window's language
// (`language`, by default the default locale) decides only the digits. The machine's locale
// never enters: under C.UTF-8 INR is still "₹1,23,456.78". The window, the tray, the alert
// texts and the CLI's sentences use this; --json and CSV keep plain numbers.
class MoneyFormat
{
    Q_DECLARE_TR_FUNCTIONS(MoneyFormat)

public:
    static QString format(qint64 milli, const QString &currencyCode, const QLocale &language = QLocale());
};
