#pragma once

#include <QByteArrayView>
#include <QString>
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

    // A decimal number as thousandths: an optional sign, digits, optionally the separator and
    // more digits (beyond 3 decimals rounded half away from zero). No exponent, no thousands
    // separators, no NaN or Inf. Surrounding spaces are allowed. `why` says what is wrong.
    static std::optional<qint64> thousandths(QByteArrayView text, bool decimalComma, QString *why);

    // A time in `format`; times without an offset are read in `zone`. ISO with an offset
    // (our own export) is read without QDateTime, so a million rows take well under a second.
    static std::optional<qint64> time(QByteArrayView text, const TimeLayout &format, const QTimeZone &zone,
                                      QString *why);
};
