#pragma once

#include <QList>
#include <QString>

class QLocale;

// Facts about the currencies meters are kept in. "kWh" is a pseudo-currency for meters whose
// balance is in energy units (IngufuPay).
class Currency
{
public:
    // Digits after the decimal point of the currency's smallest unit (INR 2, RWF 0, kWh 3).
    static int minorDigits(const QString &code);
    // The smallest unit in thousandths (fixed point): INR 10, RWF 1000, kWh 1.
    static qint64 minorUnitMilli(const QString &code);

    // A currency to choose from: its ISO 4217 code (what is stored) and its name.
    struct Choice
    {
        QString code;
        QString name;
    };
    // The active ISO 4217 currencies by code, named in the language of `ui` where Qt's locale
    // data knows the name, else in English.
    static QList<Choice> choices(const QLocale &ui);
    static bool isIsoCode(const QString &code);
};
