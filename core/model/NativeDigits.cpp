#include "NativeDigits.h"

QString NativeDigits::of(const QString &ascii, const QLocale &language)
{
    const QString zero = language.zeroDigit();
    if (zero.isEmpty() || zero == QLatin1String("0"))
        return ascii;
    const char32_t base = zero.toUcs4().value(0, U'0');
    QString out;
    out.reserve(ascii.size());
    for (const QChar c : ascii) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            const char32_t digit = base + static_cast<char32_t>(c.unicode() - u'0');
            out += QString::fromUcs4(&digit, 1);
        } else {
            out += c;
        }
    }
    return out;
}
