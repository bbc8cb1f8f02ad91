#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// Strict readers for the values of imported CSV cells. Locale-independent: the decimal
// separator is '.' (or ',' when the file says so), never what the system locale uses.
class CsvFieldParser
{
public:
    // How the time column is written: ISO 8601 (with or without an offset), Unix seconds,
    // Unix milliseconds, or a Qt date-time pattern such as "dd/MM/yyyy HH:mm".
    struct TimeLayout
    {
        enum class Kind
        {
            Iso,
            Epoch,
            EpochMs,
            Pattern,
        };
        Kind kind = Kind::Iso;
        QString pattern;
    };

    // "iso", "epoch", "epoch-ms" or a Qt pattern with year, month and day; nullopt otherwise.
    static std::optional<TimeLayout> timeLayout(const QString &text);

    // The time formats the import offers: iso, epoch, epoch-ms, then the Qt patterns.
    static const QStringList &timeFormats();
    // The offered format that reads every non-empty sample (the patterns before iso; Unix
    // times between 2000 and 2100, so seconds and milliseconds are told apart); nullopt when
    // none does. A day-first pattern comes before a month-first one when the samples fit both.
    static std::optional<QString> detectTimeFormat(const QList<QByteArray> &samples);

    // A decimal number as thousandths: an optional sign, digits, optionally the separator and
    // more digits (beyond 3 decimals rounded half away from zero). The whole part may group its
    // digits with the other separator in the file's convention: 1.234.567,5 with a decimal
    // comma, 1,234,567.5 or 12,34,567.5 (lakhs) with a decimal point. One group and no decimals
    // ("1,234") could be either convention and is refused as ambiguous. No exponent, no NaN or
    // Inf. Surrounding spaces are allowed. `why` says what is wrong.
    static std::optional<qint64> thousandths(QByteArrayView text, bool decimalComma, QString *why);

    // A time in `format`; times without an offset are read in `zone`. ISO with an offset
    // (our own export) is read without QDateTime, so a million rows take well under a second.
    static std::optional<qint64> time(QByteArrayView text, const TimeLayout &format, const QTimeZone &zone,
                                      QString *why);
};
