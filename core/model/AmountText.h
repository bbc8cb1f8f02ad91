#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

// The one parser of an amount typed by a person (money in the meter's currency, or kWh):
// exact decimal text to thousandths, never through a double, so "0.1" is 100 and
// "4999.995" is 4999995. Used by the CLI (`--amount`, `--low-balance`, `buy`), the
// window's recharge and bill panels, and the settings' money values.
//
// Accepted: optional sign, digits, optionally a decimal point and at most three decimals
// ("500", "499.50", ".5", "12."). With a locale (the window), its own decimal point and
// thousands separators are accepted first ("1,234.5" in English, "1.234,5" in German,
// "1,23,456.78" in India; a separator between groups of two or three digits, the last group
// three), and the plain form above after that. Refused, each with its own sentence: empty
// text, anything else ("1e3", "12abc", "1,2,3"), more than three decimals, a negative amount
// (unless allowed), more than 15 whole digits.
class AmountText
{
    Q_DECLARE_TR_FUNCTIONS(AmountText)

public:
    enum class Problem
    {
        None,
        Empty,
        NotANumber,
        TooManyDecimals,
        Negative,
        TooLarge,
    };

    struct Parsed
    {
        qint64 milli = 0;
        Problem problem = Problem::None;

        explicit operator bool() const { return problem == Problem::None; }
        std::optional<qint64> value() const { return *this ? std::optional<qint64>(milli) : std::nullopt; }
    };

    enum class Sign
    {
        NonNegative, // a minus sign is Problem::Negative
        Any,
    };

    static constexpr int kMaxWholeDigits = 15;

    // The plain form only, whatever the locale (the CLI, the settings file).
    static Parsed parse(const QString &text, Sign sign = Sign::NonNegative);
    // As typed in the window: the locale's form first, then the plain form.
    static Parsed parse(const QString &text, const QLocale &locale, Sign sign = Sign::NonNegative);

    // A sentence for people saying what is wrong with `text`; empty for Problem::None.
    static QString problemText(Problem problem, const QString &text);
};
