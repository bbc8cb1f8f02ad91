#include "MoneyFormat.h"

#include "Currency.h"
#include "NativeDigits.h"

namespace {

// `digits` (ASCII) with a group separator: every three from the right, or three then every
// two (lakh and crore).
QString grouped(const QString &digits, bool lakhs, const QString &separator)
{
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype fromRight = n - i; // digits left, this one included
        if (i > 0) {
            const bool boundary =
                lakhs ? (fromRight == 3 || (fromRight > 3 && (fromRight - 3) % 2 == 0)) : fromRight % 3 == 0;
            if (boundary)
                out += separator;
        }
        out += digits.at(i);
    }
    return out;
}

// The number, rounded half away from zero to `decimals`, exactly (no double on the way).
QString number(qint64 milli, int decimals, bool lakhs, const QLocale &language)
{
    static const qint64 unit[] = {1000, 100, 10, 1};
    decimals = qBound(0, decimals, 3);
    const qint64 step = unit[decimals];
    const bool negative = milli < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(milli) : static_cast<quint64>(milli);
    const quint64 rounded = (magnitude + static_cast<quint64>(step) / 2) / static_cast<quint64>(step);
    const quint64 scale = static_cast<quint64>(1000 / step);
    const QString whole = QString::number(rounded / scale);
    // The C locale stands for "no preference": the separators English writes.
    const bool c = language.language() == QLocale::C;
    QString text = grouped(whole, lakhs, c ? QStringLiteral(",") : language.groupSeparator());
    if (decimals > 0)
        text += (c ? QStringLiteral(".") : language.decimalPoint()) +
                QStringLiteral("%1").arg(rounded % scale, decimals, 10, QLatin1Char('0'));
    text = NativeDigits::of(text, language);
    if (negative && rounded != 0)
        text.prepend(c ? QStringLiteral("-") : language.negativeSign());
    return text;
}

} // namespace

QString MoneyFormat::format(qint64 milli, const QString &currencyCode, const QLocale &language)
{
    if (currencyCode.trimmed().compare(QLatin1String("kWh"), Qt::CaseInsensitive) == 0)
        return tr("%1 kWh").arg(number(milli, 2, false, language));
    int decimals = Currency::minorDigits(currencyCode);
    if (Currency::dropsZeroDecimals(currencyCode) && milli % 1000 == 0)
        decimals = 0;
    QString text = number(milli, decimals, Currency::groupsInLakhs(currencyCode), language);
    QString sign;
    const QString minus = language.language() == QLocale::C ? QStringLiteral("-") : language.negativeSign();
    if (text.startsWith(minus)) {
        sign = minus;
        text.remove(0, minus.size());
    }
    const QString symbol = Currency::symbol(currencyCode);
    // "FRw 1,234": a symbol made of letters keeps a (non-breaking) space from the number.
    const bool wordLike = !symbol.isEmpty() && symbol.back().isLetter();
    return sign + symbol + (wordLike ? QStringLiteral("\u00a0") : QString()) + text;
}
