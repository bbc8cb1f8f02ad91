#include "Currency.h"

int Currency::minorDigits(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1String("KWH"))
        return 3;
    // ISO 4217 currencies without a minor unit that Kilowatch's users meet.
    static const char *const whole[] = {"RWF", "UGX", "BIF", "JPY", "KRW", "XOF", "XAF", "VND", "CLP", "PYG"};
    for (const char *w : whole) {
        if (c == QLatin1String(w))
            return 0;
    }
    return 2;
}

qint64 Currency::minorUnitMilli(const QString &code)
{
    switch (minorDigits(code)) {
    case 0:
        return 1000;
    case 3:
        return 1;
    default:
        return 10;
    }
}
