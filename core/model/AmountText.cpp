#include "AmountText.h"

#include <QRegularExpression>

namespace {

constexpr qint64 kMilli = 1000;

// Whole digits and up to any number of fraction digits (checked below) to thousandths.
AmountText::Parsed fromParts(bool negative, const QString &whole, const QString &fraction,
                             AmountText::Sign sign)
{
    using P = AmountText::Problem;
    if (whole.isEmpty() && fraction.isEmpty())
        return {0, P::NotANumber};
    if (fraction.size() > 3)
        return {0, P::TooManyDecimals};
    if (whole.size() > AmountText::kMaxWholeDigits)
        return {0, P::TooLarge};
    QString thousandths = fraction;
    while (thousandths.size() < 3)
        thousandths += QLatin1Char('0');
    const qint64 magnitude = (whole.isEmpty() ? 0 : whole.toLongLong()) * kMilli + thousandths.toLongLong();
    if (negative && magnitude != 0 && sign == AmountText::Sign::NonNegative)
        return {0, P::Negative};
    return {negative ? -magnitude : magnitude, P::None};
}

AmountText::Parsed parsePlain(const QString &text, AmountText::Sign sign)
{
    static const QRegularExpression plain(QStringLiteral("^([+-]?)(\\d*)(?:\\.(\\d*))?$"));
    const QRegularExpressionMatch m = plain.match(text);
    if (!m.hasMatch())
        return {0, AmountText::Problem::NotANumber};
    return fromParts(m.captured(1) == QLatin1String("-"), m.captured(2), m.captured(3), sign);
}

// The locale's form: its minus sign or '-', digits with its group separator between groups
// of two or three digits (the last group three), its decimal point.
AmountText::Parsed parseLocal(const QString &text, const QLocale &locale, AmountText::Sign sign)
{
    QString rest = text;
    bool negative = false;
    if (rest.startsWith(locale.negativeSign()) || rest.startsWith(QLatin1Char('-'))) {
        negative = true;
        rest = rest.mid(rest.startsWith(locale.negativeSign()) ? locale.negativeSign().size() : 1);
    } else if (rest.startsWith(locale.positiveSign()) || rest.startsWith(QLatin1Char('+'))) {
        rest = rest.mid(rest.startsWith(locale.positiveSign()) ? locale.positiveSign().size() : 1);
    }
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const qsizetype at = rest.indexOf(point);
    QString whole = at < 0 ? rest : rest.left(at);
    const QString fraction = at < 0 ? QString() : rest.mid(at + point.size());
    static const QRegularExpression digits(QStringLiteral("^\\d*$"));
    if (!digits.match(fraction).hasMatch())
        return {0, AmountText::Problem::NotANumber};
    if (!group.isEmpty() && group != point && whole.contains(group)) {
        const QStringList groups = whole.split(group);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const qsizetype n = groups.at(i).size();
            const bool ok = i == 0 ? n >= 1 && n <= 3 : i + 1 == groups.size() ? n == 3 : n == 2 || n == 3;
            if (!ok)
                return {0, AmountText::Problem::NotANumber};
        }
        whole = groups.join(QString());
    }
    if (!digits.match(whole).hasMatch())
        return {0, AmountText::Problem::NotANumber};
    return fromParts(negative, whole, fraction, sign);
}

// Any script's decimal digits ("১০০০", "१०००") as ASCII ones.
QString asciiDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= 0x80 && c.isDigit() && c.digitValue() >= 0)
            c = QChar(u'0' + c.digitValue());
    }
    return out;
}

} // namespace

AmountText::Parsed AmountText::parse(const QString &text, Sign sign)
{
    const QString trimmed = asciiDigits(text.trimmed());
    if (trimmed.isEmpty())
        return {0, Problem::Empty};
    return parsePlain(trimmed, sign);
}

AmountText::Parsed AmountText::parse(const QString &text, const QLocale &locale, Sign sign)
{
    const QString trimmed = asciiDigits(text.trimmed());
    if (trimmed.isEmpty())
        return {0, Problem::Empty};
    const Parsed local = parseLocal(trimmed, locale, sign);
    if (local.problem != Problem::NotANumber)
        return local;
    return parsePlain(trimmed, sign);
}

QString AmountText::problemText(Problem problem, const QString &text)
{
    const QString quoted = QStringLiteral("\"%1\"").arg(text.trimmed());
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Type an amount, such as 1000.");
    case Problem::NotANumber:
        return tr("%1 is not an amount such as 1000 or 499.50.").arg(quoted);
    case Problem::TooManyDecimals:
        return tr("%1 has more than three decimals.").arg(quoted);
    case Problem::Negative:
        return tr("%1 is below zero; type an amount such as 1000.").arg(quoted);
    case Problem::TooLarge:
        return tr("%1 is too large an amount.").arg(quoted);
    }
    return {};
}
