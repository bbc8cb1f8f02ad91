#include "TimeFormat.h"
#include "NativeDigits.h"

#include <QDateTime>
#include <QRegularExpression>

namespace {

QString offsetText(int offset)
{
    const int abs = offset < 0 ? -offset : offset;
    return QStringLiteral("%1%2:%3")
        .arg(offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(abs / 3600, 2, 10, QLatin1Char('0'))
        .arg(abs % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QTimeZone usable(const QTimeZone &zone)
{
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace

QString TimeFormat::iso(qint64 utcSeconds, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utcSeconds, usable(zone));
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + offsetText(local.offsetFromUtc());
}

QDateTime TimeFormat::wallTime(qint64 utcSeconds, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utcSeconds, usable(zone));
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

qint64 TimeFormat::fromWallTime(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QTimeZone z = usable(zone);
    const QDateTime local(date, time.isValid() ? time : QTime(0, 0), z);
    if (local.isValid())
        return local.toSecsSinceEpoch();
    // Skipped by a jump forward (Qt 6.4 calls it invalid): read with the offset in force
    // before the jump, which lands as far after the jump as the time was after its start.
    const qint64 naive =
        QDateTime(date, time.isValid() ? time : QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const int before = z.offsetFromUtc(QDateTime::fromSecsSinceEpoch(naive - 86400, QTimeZone::utc()));
    return naive - before;
}

QString TimeFormat::zoneLabel(const QTimeZone &zone, qint64 utcSeconds)
{
    const QTimeZone z = usable(zone);
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc());
    const QString offset = QStringLiteral("UTC") + NativeDigits::of(offsetText(z.offsetFromUtc(at)));
    const QString id = QString::fromUtf8(z.id());
    const QString abbreviation = z.abbreviation(at);
    // "+06" or "UTC" says nothing the offset does not.
    if (abbreviation.isEmpty() || !abbreviation.at(0).isLetter() || abbreviation == QLatin1String("UTC") ||
        abbreviation == id)
        return QStringLiteral("%1 (%2)").arg(id, offset);
    return QStringLiteral("%1 (%2, %3)").arg(id, abbreviation, offset);
}

std::optional<qint64> TimeFormat::parseIso(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).isEmpty() ? 0 : m.captured(4).toInt(),
                     m.captured(5).isEmpty() ? 0 : m.captured(5).toInt(),
                     m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString offset = m.captured(7);
    if (offset.isEmpty())
        return QDateTime(date, time, zone.isValid() ? zone : QTimeZone::utc()).toSecsSinceEpoch();
    int seconds = 0;
    if (offset != QLatin1String("Z")) {
        QString digits = offset.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 18 || minutes > 59)
            return std::nullopt;
        seconds = (hours * 3600 + minutes * 60) * (offset.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(seconds)).toSecsSinceEpoch();
}

QString TimeFormat::dateFormat(const QLocale &language)
{
    QString format = language.dateFormat(QLocale::ShortFormat);
    // "d/M/yy" -> "d/M/yyyy": a two-digit year ("১৪/১১/২৬") is not a year.
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    return format;
}

QString TimeFormat::timeFormat(const QLocale &language)
{
    // Bengali and Hindi carry the Latin "AM"/"PM" (or "am"/"pm"): their readers count 24 hours.
    bool latinDesignators = true;
    for (const QChar c : language.amText() + language.pmText())
        latinDesignators = latinDesignators && c.unicode() < 0x80;
    const bool latinScript = language.language() == QLocale::C || language.script() == QLocale::LatinScript;
    if (latinDesignators && !latinScript)
        return QStringLiteral("HH:mm");
    QString format = language.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]?s+"));
    format.remove(seconds);
    return format;
}

QString TimeFormat::shortDate(const QDate &date, const QLocale &language)
{
    return language.toString(date, dateFormat(language));
}

QString TimeFormat::shortTime(const QTime &time, const QLocale &language)
{
    return language.toString(time, timeFormat(language));
}

QString TimeFormat::shortDateTime(const QDateTime &local, const QLocale &language)
{
    return shortDate(local.date(), language) + QLatin1Char(' ') + shortTime(local.time(), language);
}

QString TimeFormat::shortDateTime(qint64 utcSeconds, const QTimeZone &zone, const QLocale &language)
{
    return shortDateTime(QDateTime::fromSecsSinceEpoch(utcSeconds, usable(zone)), language);
}

QString TimeFormat::yearMonth(const QDate &date, const QLocale &language)
{
    // The month's own name, as a table of dates reads ("2026-11" read as a code).
    return language.standaloneMonthName(date.month(), QLocale::LongFormat) + QLatin1Char(' ') +
           language.toString(date, QStringLiteral("yyyy"));
}
