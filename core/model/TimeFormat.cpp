#include "TimeFormat.h"

#include <QDateTime>
#include <QRegularExpression>

QString TimeFormat::iso(qint64 utcSeconds, const QTimeZone &zone)
{
    const QDateTime local =
        QDateTime::fromSecsSinceEpoch(utcSeconds, zone.isValid() ? zone : QTimeZone::utc());
    const int offset = local.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int abs = offset < 0 ? -offset : offset;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("%1%2:%3")
               .arg(sign)
               .arg(abs / 3600, 2, 10, QLatin1Char('0'))
               .arg(abs % 3600 / 60, 2, 10, QLatin1Char('0'));
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
