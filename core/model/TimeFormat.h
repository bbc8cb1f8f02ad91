#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

// ISO 8601 in and out, in a meter's time zone. Storage is UTC seconds; people and scripts
// see the meter's local time with its UTC offset.
class TimeFormat
{
public:
    // "2025-07-25T15:56:59+05:30"
    static QString iso(qint64 utcSeconds, const QTimeZone &zone);
    // Accepts "2025-07-25", "2025-07-25T15:56", "2025-07-25T15:56:59", "... 15:56:59",
    // with "Z" or "+05:30" or without an offset (then local time in `zone`).
    static std::optional<qint64> parseIso(const QString &text, const QTimeZone &zone);

    // Every date and time a person types or picks is the meter's wall clock. Editors hold it
    // as a zone-less value (Qt::UTC, so the computer's own zone and its DST gaps neither shift
    // nor refuse it); these two convert, and nothing else should.
    static QDateTime wallTime(qint64 utcSeconds, const QTimeZone &zone);
    // The date and time read in `zone`. A time skipped by a DST jump moves forward by the jump
    // (02:30 on a 02:00 -> 03:00 night is 03:30); in a repeated hour Qt picks one of the two.
    static qint64 fromWallTime(const QDate &date, const QTime &time, const QTimeZone &zone);
    // What editors show beside them: "Asia/Kolkata (IST, UTC+05:30)", with the offset (and
    // the abbreviation, when the zone has a real one) in force at `utcSeconds`.
    static QString zoneLabel(const QTimeZone &zone, qint64 utcSeconds);

    // Dates and times as the window shows them, in its language (`language`, by default the
    // default locale): the language's own digits, four-digit years, no seconds, and 24 hours
    // where the language would only borrow the Latin "AM"/"PM" (Bengali, Hindi). Every
    // widget, chart and text of the window goes through these.
    static QString shortDate(const QDate &date, const QLocale &language = QLocale());
    static QString shortTime(const QTime &time, const QLocale &language = QLocale());
    static QString shortDateTime(const QDateTime &local, const QLocale &language = QLocale());
    static QString shortDateTime(qint64 utcSeconds, const QTimeZone &zone,
                                 const QLocale &language = QLocale());
    // "December 2026" (a month in tables and messages), in the language's words and digits.
    static QString yearMonth(const QDate &date, const QLocale &language = QLocale());
    // The formats behind them, for editors that take a display format.
    static QString dateFormat(const QLocale &language = QLocale());
    static QString timeFormat(const QLocale &language = QLocale());
};
