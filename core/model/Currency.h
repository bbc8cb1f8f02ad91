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
    // What people write for it: "₹", "৳", "FRw", "Ksh", "$"; the code itself for the others,
    // nothing for kWh.
    static QString symbol(const QString &code);
    // Written in lakh and crore (1,23,45,678): the rupee and the taka and their neighbours.
    static bool groupsInLakhs(const QString &code);
    // A currency whose minor unit is on paper only (the Kenyan shilling's cents): whole amounts
    // are written without decimals, others with Currency::minorDigits.
    static bool dropsZeroDecimals(const QString &code);

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
