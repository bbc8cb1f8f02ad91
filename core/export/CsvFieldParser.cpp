#include "CsvFieldParser.h"

#include "model/Reading.h"
#include "model/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvFieldParser)
};

QString shown(QByteArrayView text)
{
    QString s = QString::fromUtf8(text.first(qMin<qsizetype>(40, text.size())));
    if (text.size() > 40)
        s += QStringLiteral("…");
    return s;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

bool digits(QByteArrayView t, qsizetype at, qsizetype count, int *value)
{
    int v = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char c = t[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

// "2025-07-25T15:56:59+05:30" or "...Z": the layout of our own export.
std::optional<qint64> fastIso(QByteArrayView t)
{
    if (t.size() != 25 && t.size() != 20)
        return std::nullopt;
    int year, month, day, hour, minute, second;
    if (!digits(t, 0, 4, &year) || t[4] != '-' || !digits(t, 5, 2, &month) || t[7] != '-' ||
        !digits(t, 8, 2, &day) || (t[10] != 'T' && t[10] != ' ') || !digits(t, 11, 2, &hour) ||
        t[13] != ':' || !digits(t, 14, 2, &minute) || t[16] != ':' || !digits(t, 17, 2, &second))
        return std::nullopt;
    int offset = 0;
    if (t.size() == 20) {
        if (t[19] != 'Z')
            return std::nullopt;
    } else {
        int oh, om;
        if ((t[19] != '+' && t[19] != '-') || !digits(t, 20, 2, &oh) || t[22] != ':' ||
            !digits(t, 23, 2, &om) || oh > 18 || om > 59)
            return std::nullopt;
        offset = (oh * 3600 + om * 60) * (t[19] == '-' ? -1 : 1);
    }
    if (month < 1 || month > 12 || day < 1 || day > QDate(year, month, 1).daysInMonth() || hour > 23 ||
        minute > 59 || second > 59)
        return std::nullopt;
    return daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 +
           hour * 3600 + minute * 60 + second - offset;
}

} // namespace

std::optional<CsvFieldParser::TimeLayout> CsvFieldParser::timeLayout(const QString &text)
{
    TimeLayout f;
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("iso"))
        return f;
    if (t == QLatin1String("epoch")) {
        f.kind = TimeLayout::Kind::Epoch;
        return f;
    }
    if (t == QLatin1String("epoch-ms")) {
        f.kind = TimeLayout::Kind::EpochMs;
        return f;
    }
    // A pattern must carry the day: written and read back, the date survives.
    const QDateTime sample(QDate(2025, 7, 25), QTime(10, 26, 59), QTimeZone::utc());
    const QDateTime back = QDateTime::fromString(sample.toString(t), t);
    if (!back.isValid() || back.date() != sample.date())
        return std::nullopt;
    f.kind = TimeLayout::Kind::Pattern;
    f.pattern = t;
    return f;
}

const QStringList &CsvFieldParser::timeFormats()
{
    static const QStringList formats = {
        QStringLiteral("iso"),
        QStringLiteral("epoch"),
        QStringLiteral("epoch-ms"),
        QStringLiteral("dd/MM/yyyy HH:mm"),
        QStringLiteral("dd.MM.yyyy HH:mm"),
        QStringLiteral("MM/dd/yyyy HH:mm"),
        QStringLiteral("yyyy-MM-dd HH:mm:ss"),
        QStringLiteral("dd-MM-yyyy HH:mm:ss"),
    };
    return formats;
}

std::optional<QString> CsvFieldParser::detectTimeFormat(const QList<QByteArray> &samples)
{
    // The patterns first: "2025-07-25 10:00:00" is also ISO (read alike), but the pattern is
    // what the file says. Unix times only between 2000 and 2100, so seconds and milliseconds
    // are told apart by their size.
    QStringList order;
    for (const QString &format : timeFormats()) {
        if (timeLayout(format)->kind == TimeLayout::Kind::Pattern)
            order.append(format);
    }
    order << QStringLiteral("iso") << QStringLiteral("epoch") << QStringLiteral("epoch-ms");
    constexpr qint64 kYear2100 = 4'102'444'800;
    bool any = false;
    for (const QByteArray &sample : samples)
        any = any || !QByteArrayView(sample).trimmed().isEmpty();
    if (!any)
        return std::nullopt;
    for (const QString &format : order) {
        const TimeLayout layout = *timeLayout(format);
        const bool epoch = layout.kind == TimeLayout::Kind::Epoch || layout.kind == TimeLayout::Kind::EpochMs;
        const bool readsAll = std::all_of(samples.begin(), samples.end(), [&](const QByteArray &sample) {
            if (QByteArrayView(sample).trimmed().isEmpty())
                return true;
            QString why;
            const std::optional<qint64> t = time(sample, layout, QTimeZone::utc(), &why);
            return t && (!epoch || (*t >= kEarliestReadingTime && *t < kYear2100));
        });
        if (readsAll)
            return format;
    }
    return std::nullopt;
}

std::optional<qint64> CsvFieldParser::thousandths(QByteArrayView text, bool decimalComma, QString *why)
{
    const QByteArrayView t = text.trimmed();
    const char separator = decimalComma ? ',' : '.';
    const char grouping = decimalComma ? '.' : ','; // the other one separates thousands
    qsizetype i = 0;
    bool negative = false;
    if (i < t.size() && (t[i] == '-' || t[i] == '+')) {
        negative = t[i] == '-';
        ++i;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    int groups = 0;      // thousands separators read
    int groupDigits = 0; // digits since the last one (or the start)
    int firstDigits = 0; // digits before the first one
    int middle = 0;      // the size of the groups between the first and the last: 3, or 2 for lakhs
    bool grouped = true; // every group so far as it should be
    while (i < t.size()) {
        const char c = t[i];
        if (c >= '0' && c <= '9') {
            if (++wholeDigits > 15) {
                *why = Tr::tr("%1 is too large.").arg(shown(t));
                return std::nullopt;
            }
            whole = whole * 10 + (c - '0');
            ++groupDigits;
        } else if (c == grouping) {
            // 1.234.567 or 1,234,567: one to three digits first (not a lone 0), then groups of
            // three; with a decimal point also lakhs and crores, 12,34,567 (groups of two).
            if (groups == 0) {
                firstDigits = groupDigits;
                grouped = grouped && groupDigits >= 1 && groupDigits <= 3 && whole != 0;
            } else {
                const bool size = groupDigits == 3 || (groupDigits == 2 && !decimalComma);
                grouped = grouped && size && (middle == 0 || middle == groupDigits);
                middle = groupDigits;
            }
            ++groups;
            groupDigits = 0;
        } else {
            break;
        }
        ++i;
    }
    if (groups > 0 && (groupDigits != 3 || (middle == 2 && firstDigits > 2)))
        grouped = false;
    qint64 fraction = 0; // thousandths
    int fractionDigits = 0;
    bool roundUp = false;
    const bool hasSeparator = i < t.size() && t[i] == separator;
    if (hasSeparator) {
        ++i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
            if (fractionDigits < 3)
                fraction = fraction * 10 + (t[i] - '0');
            else if (fractionDigits == 3)
                roundUp = t[i] >= '5';
            ++fractionDigits;
            ++i;
        }
    }
    if (i != t.size() || !grouped || (wholeDigits == 0 && fractionDigits == 0)) {
        if (t.isEmpty())
            *why = Tr::tr("a number is missing.");
        else if (!decimalComma && t.contains(','))
            *why = Tr::tr("\"%1\" is not a number (the decimal point is '.'; for a decimal comma choose that "
                          "option).")
                       .arg(shown(t));
        else if (decimalComma && t.contains('.'))
            *why = Tr::tr("\"%1\" is not a number (the decimal separator is ','; '.' only separates "
                          "thousands, as in 1.234,50).")
                       .arg(shown(t));
        else
            *why = Tr::tr("\"%1\" is not a number.").arg(shown(t));
        return std::nullopt;
    }
    if (groups == 1 && !hasSeparator) {
        // "1,234" is 1234 with a thousands separator, or 1.234 written with the other decimal
        // separator: the file cannot say which.
        *why = decimalComma
                   ? Tr::tr("\"%1\" is ambiguous: '.' may separate thousands or be a decimal point. Write %2 "
                            "for the whole number, or turn the decimal comma off.")
                         .arg(shown(t), QString::number(negative ? -whole : whole))
                   : Tr::tr("\"%1\" is ambiguous: ',' may separate thousands or be a decimal comma. Write %2 "
                            "for the whole number, or choose the decimal comma.")
                         .arg(shown(t), QString::number(negative ? -whole : whole));
        return std::nullopt;
    }
    for (int d = fractionDigits; d < 3; ++d)
        fraction *= 10;
    qint64 value = whole * 1000 + fraction + (roundUp ? 1 : 0);
    return negative ? -value : value;
}

std::optional<qint64> CsvFieldParser::time(QByteArrayView text, const TimeLayout &format,
                                           const QTimeZone &zone, QString *why)
{
    const QByteArrayView t = text.trimmed();
    if (t.isEmpty()) {
        *why = Tr::tr("the time is missing.");
        return std::nullopt;
    }
    switch (format.kind) {
    case TimeLayout::Kind::Iso: {
        if (const std::optional<qint64> fast = fastIso(t))
            return fast;
        if (const std::optional<qint64> parsed = ::TimeFormat::parseIso(QString::fromUtf8(t), zone))
            return parsed;
        *why = Tr::tr("\"%1\" is not a date and time like 2025-07-25T15:30:00+05:30.").arg(shown(t));
        return std::nullopt;
    }
    case TimeLayout::Kind::Epoch:
    case TimeLayout::Kind::EpochMs: {
        bool ok = false;
        const qint64 n = QString::fromLatin1(t).toLongLong(&ok);
        if (!ok) {
            *why = Tr::tr("\"%1\" is not a Unix time (whole %2).")
                       .arg(shown(t), format.kind == TimeLayout::Kind::Epoch ? Tr::tr("seconds")
                                                                             : Tr::tr("milliseconds"));
            return std::nullopt;
        }
        return format.kind == TimeLayout::Kind::Epoch ? n : n / 1000;
    }
    case TimeLayout::Kind::Pattern: {
        const QDateTime local = QDateTime::fromString(QString::fromUtf8(t), format.pattern);
        if (!local.isValid()) {
            *why = Tr::tr("\"%1\" is not a time in the form %2.").arg(shown(t), format.pattern);
            return std::nullopt;
        }
        return QDateTime(local.date(), local.time(), zone.isValid() ? zone : QTimeZone::utc())
            .toSecsSinceEpoch();
    }
    }
    return std::nullopt;
}
