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

QString Currency::symbol(const QString &code)
{
    QString c = code.trimmed().toUpper(); // not const: returned, so moved
    if (c == QLatin1String("KWH"))
        return {};
    static const struct
    {
        const char *code;
        const char16_t *symbol;
    } known[] = {{"INR", u"₹"},   {"BDT", u"৳"}, {"RWF", u"FRw"},
                 {"KES", u"Ksh"}, {"USD", u"$"}, {"EUR", u"€"}};
    for (const auto &k : known) {
        if (c == QLatin1String(k.code))
            return QString::fromUtf16(k.symbol);
    }
    return c;
}

bool Currency::groupsInLakhs(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    return c == QLatin1String("INR") || c == QLatin1String("BDT") || c == QLatin1String("NPR") ||
           c == QLatin1String("PKR");
}

bool Currency::dropsZeroDecimals(const QString &code)
{
    return code.trimmed().compare(QLatin1String("KES"), Qt::CaseInsensitive) == 0;
}
