#pragma once

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
};
