#pragma once

#include <QString>

// Facts about the currencies meters are kept in. "kWh" is a pseudo-currency for meters whose
// balance is in energy units (IngufuPay).
class Currency
{
public:
    // Digits after the decimal point of the currency's smallest unit (INR 2, RWF 0, kWh 3).
    static int minorDigits(const QString &code);
    // The smallest unit in thousandths (fixed point): INR 10, RWF 1000, kWh 1.
    static qint64 minorUnitMilli(const QString &code);
};
