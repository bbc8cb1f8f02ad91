#include "Tariff.h"

#include "model/FixedPoint.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>
#include <array>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tariff)
};

// Bounds that keep every product below in 64 bits: 10 million per kWh, 10 GWh.
constexpr qint64 kMaxRateMilli = 10'000'000'000LL;
constexpr qint64 kMaxWh = 10'000'000'000LL;
constexpr qint64 kMaxFixedMilli = 1'000'000'000'000LL;
constexpr qint64 kMaxTaxMilliPercent = 1'000'000; // 1000 %

// round(a x b / d) for d > 0 without overflowing where the result fits: a = q d + r, so
// a b / d = q b + r b / d, and r b stays small.
qint64 mulDivRound(qint64 a, qint64 b, qint64 d)
{
    const bool negative = (a < 0) != (b < 0);
    const qint64 ua = a < 0 ? -a : a;
    const qint64 ub = b < 0 ? -b : b;
    const qint64 q = ua / d;
    const qint64 r = ua % d;
    const qint64 result = q * ub + (r * ub + d / 2) / d;
    return negative ? -result : result;
}

QString kwhText(qint64 wh)
{
    return QString::number(FixedPoint::toDouble(wh), 'f', 3)
        .remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

QString rateText(qint64 milli)
{
    return kwhText(milli); // same thousandths
}

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

// "06:00" -> 360; "24:00" is the end of the day, i.e. 0 of the next.
std::optional<int> parseMinute(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int hour = m.captured(1).toInt();
    const int minute = m.captured(2).toInt();
    if (hour == 24 && minute == 0)
        return 0;
    if (hour > 23 || minute > 59)
        return std::nullopt;
    return hour * 60 + minute;
}

// Reads one number of the spec: a JSON number within [0, max], as thousandths.
class SpecReader
{
public:
    std::optional<qint64> number(const QJsonValue &value, const QString &what, qint64 max)
    {
        if (!m_error.isEmpty())
            return std::nullopt;
        const std::optional<qint64> fixed =
            value.isDouble() ? FixedPoint::fromDouble(value.toDouble()) : std::nullopt;
        if (!fixed) {
            m_error = Tr::tr("%1 must be a number.").arg(what);
            return std::nullopt;
        }
        if (*fixed < 0) {
            m_error = Tr::tr("%1 cannot be negative.").arg(what);
            return std::nullopt;
        }
        if (*fixed > max) {
            m_error = Tr::tr("%1 is too large.").arg(what);
            return std::nullopt;
        }
        return fixed;
    }
    bool onlyKeys(const QJsonObject &object, const QStringList &allowed, const QString &where)
    {
        if (!m_error.isEmpty())
            return false;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                m_error = Tr::tr("\"%1\" is not part of %2 (allowed: %3).")
                              .arg(it.key(), where, allowed.join(QStringLiteral(", ")));
                return false;
            }
        }
        return true;
    }
    void fail(const QString &sentence)
    {
        if (m_error.isEmpty())
            m_error = sentence;
    }
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
};

} // namespace

bool Tariff::Period::contains(int minuteOfDay) const
{
    if (fromMinute < toMinute)
        return minuteOfDay >= fromMinute && minuteOfDay < toMinute;
    return minuteOfDay >= fromMinute || minuteOfDay < toMinute; // wraps midnight
}

QString Tariff::Period::label() const
{
    return minuteText(fromMinute) + QLatin1Char('-') + minuteText(toMinute);
}

Result<Tariff> Tariff::fromJson(const QJsonObject &spec)
{
    using R = Result<Tariff>;
    SpecReader read;
    Tariff t;
    read.onlyKeys(spec,
                  {QStringLiteral("flat_rate"), QStringLiteral("slabs"), QStringLiteral("tou"),
                   QStringLiteral("generator_rate"), QStringLiteral("fixed_daily"),
                   QStringLiteral("fixed_monthly"), QStringLiteral("tax_percent")},
                  Tr::tr("a tariff"));
    const bool hasFlat = spec.contains(QStringLiteral("flat_rate"));
    const bool hasSlabs = spec.contains(QStringLiteral("slabs"));
    if (read.ok() && hasFlat == hasSlabs)
        read.fail(Tr::tr("A tariff needs either a flat rate or slabs, not both."));

    if (read.ok() && hasFlat) {
        const std::optional<qint64> rate =
            read.number(spec.value(QStringLiteral("flat_rate")), Tr::tr("The flat rate"), kMaxRateMilli);
        if (rate && *rate == 0)
            read.fail(Tr::tr("The flat rate must be above zero."));
        if (read.ok()) {
            t.m_flat = true;
            t.m_slabs.append(Slab{0, std::nullopt, *rate, QStringLiteral("flat")});
        }
    }

    if (read.ok() && hasSlabs) {
        const QJsonValue slabs = spec.value(QStringLiteral("slabs"));
        if (!slabs.isArray() || slabs.toArray().isEmpty())
            read.fail(Tr::tr("\"slabs\" must be a list of slabs such as {\"from_kwh\": 0, \"to_kwh\": 20, "
                             "\"rate\": 89}."));
        const QJsonArray list = slabs.toArray();
        for (int i = 0; read.ok() && i < list.size(); ++i) {
            const QString name = Tr::tr("slab %1").arg(i + 1);
            if (!list[i].isObject()) {
                read.fail(Tr::tr("Slab %1 must be an object with from_kwh, to_kwh and rate.").arg(i + 1));
                break;
            }
            const QJsonObject o = list[i].toObject();
            if (!read.onlyKeys(
                    o, {QStringLiteral("from_kwh"), QStringLiteral("to_kwh"), QStringLiteral("rate")}, name))
                break;
            Slab s;
            const std::optional<qint64> from =
                read.number(o.value(QStringLiteral("from_kwh")), Tr::tr("The start of %1").arg(name), kMaxWh);
            const std::optional<qint64> rate = read.number(o.value(QStringLiteral("rate")),
                                                           Tr::tr("The rate of %1").arg(name), kMaxRateMilli);
            const QJsonValue toValue = o.value(QStringLiteral("to_kwh"));
            if (!toValue.isUndefined() && !toValue.isNull())
                s.toWh = read.number(toValue, Tr::tr("The end of %1").arg(name), kMaxWh);
            if (!read.ok())
                break;
            s.fromWh = *from;
            s.rateMilli = *rate;
            s.label = kwhText(s.fromWh) + QLatin1Char('-') + (s.toWh ? kwhText(*s.toWh) : QString());
            const bool last = i == list.size() - 1;
            // Each slab starts where the previous one ends; "21-50" after "0-20" is the usual
            // way to write that in whole kWh, so a start one kWh later is the same boundary.
            const qint64 start = i == 0 ? 0 : *t.m_slabs.constLast().toWh;
            if (i == 0 && s.fromWh != 0)
                read.fail(Tr::tr("The first slab must start at 0 kWh, not %1 kWh.").arg(kwhText(s.fromWh)));
            else if (s.fromWh < start)
                read.fail(
                    Tr::tr(
                        "Slabs %1 and %2 overlap: slab %2 starts at %3 kWh, before slab %1 ends at %4 kWh.")
                        .arg(i)
                        .arg(i + 1)
                        .arg(kwhText(s.fromWh), kwhText(start)));
            else if (s.fromWh != start && s.fromWh != start + 1000)
                read.fail(Tr::tr("There is a gap between slabs %1 and %2: nothing prices %3 to %4 kWh.")
                              .arg(i)
                              .arg(i + 1)
                              .arg(kwhText(start), kwhText(s.fromWh)));
            if (read.ok() && s.toWh && *s.toWh <= std::max(start, s.fromWh))
                read.fail(Tr::tr("Slab %1 ends (%2 kWh) where or before it starts.")
                              .arg(i + 1)
                              .arg(kwhText(*s.toWh)));
            if (read.ok() && !last && !s.toWh)
                read.fail(Tr::tr("Only the last slab can be open-ended; slab %1 needs an end.").arg(i + 1));
            if (read.ok() && last && s.toWh)
                read.fail(
                    Tr::tr("The last slab must be open-ended (like \"51-\") so that every kWh has a price."));
            if (read.ok() && last && s.rateMilli == 0)
                read.fail(Tr::tr("The rate of the last slab must be above zero."));
            if (read.ok())
                t.m_slabs.append(s);
        }
    }

    if (read.ok() && spec.contains(QStringLiteral("tou"))) {
        const QJsonValue tou = spec.value(QStringLiteral("tou"));
        if (!tou.isArray())
            read.fail(
                Tr::tr("\"tou\" must be a list of periods such as {\"from\": \"22:00\", \"to\": \"06:00\", "
                       "\"rate\": 5.5}."));
        const QJsonArray list = tou.toArray();
        std::array<int, 1440> owner{};
        for (int i = 0; read.ok() && i < list.size(); ++i) {
            const QString name = Tr::tr("time-of-use period %1").arg(i + 1);
            if (!list[i].isObject()) {
                read.fail(
                    Tr::tr("Time-of-use period %1 must be an object with from, to and rate.").arg(i + 1));
                break;
            }
            const QJsonObject o = list[i].toObject();
            if (!read.onlyKeys(o, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("rate")},
                               name))
                break;
            const std::optional<int> from = parseMinute(o.value(QStringLiteral("from")).toString());
            const std::optional<int> to = parseMinute(o.value(QStringLiteral("to")).toString());
            if (!from || !to) {
                read.fail(Tr::tr("Time-of-use period %1 needs local times like \"22:00\" and \"06:00\".")
                              .arg(i + 1));
                break;
            }
            if (*from == *to) {
                read.fail(
                    Tr::tr("Time-of-use period %1 starts and ends at %2; use a flat rate for a whole day.")
                        .arg(i + 1)
                        .arg(minuteText(*from)));
                break;
            }
            const std::optional<qint64> rate = read.number(o.value(QStringLiteral("rate")),
                                                           Tr::tr("The rate of %1").arg(name), kMaxRateMilli);
            if (!read.ok())
                break;
            const Period p{*from, *to, *rate};
            for (int m = 0; m < 1440 && read.ok(); ++m) {
                if (!p.contains(m))
                    continue;
                if (owner[static_cast<size_t>(m)] != 0)
                    read.fail(Tr::tr("Time-of-use periods %1 and %2 overlap at %3.")
                                  .arg(owner[static_cast<size_t>(m)])
                                  .arg(i + 1)
                                  .arg(minuteText(m)));
                owner[static_cast<size_t>(m)] = i + 1;
            }
            if (read.ok())
                t.m_periods.append(p);
        }
    }

    if (read.ok() && spec.contains(QStringLiteral("generator_rate")))
        t.m_generatorRateMilli = read.number(spec.value(QStringLiteral("generator_rate")),
                                             Tr::tr("The generator rate"), kMaxRateMilli);
    if (read.ok() && spec.contains(QStringLiteral("fixed_daily")))
        t.m_fixedDailyMilli = read.number(spec.value(QStringLiteral("fixed_daily")),
                                          Tr::tr("The fixed daily charge"), kMaxFixedMilli)
                                  .value_or(0);
    if (read.ok() && spec.contains(QStringLiteral("fixed_monthly")))
        t.m_fixedMonthlyMilli = read.number(spec.value(QStringLiteral("fixed_monthly")),
                                            Tr::tr("The fixed monthly charge"), kMaxFixedMilli)
                                    .value_or(0);
    if (read.ok() && spec.contains(QStringLiteral("tax_percent")))
        t.m_taxMilliPercent = read.number(spec.value(QStringLiteral("tax_percent")),
                                          Tr::tr("The tax percentage"), kMaxTaxMilliPercent)
                                  .value_or(0);
    if (!read.ok())
        return R::failure(ErrorKind::InvalidInput, read.error());
    return t;
}

QJsonObject Tariff::toJson() const
{
    QJsonObject spec;
    if (m_flat) {
        spec.insert(QStringLiteral("flat_rate"), FixedPoint::toDouble(m_slabs.constFirst().rateMilli));
    } else {
        QJsonArray slabs;
        for (const Slab &s : m_slabs) {
            QJsonObject o{{QStringLiteral("from_kwh"), FixedPoint::toDouble(s.fromWh)},
                          {QStringLiteral("rate"), FixedPoint::toDouble(s.rateMilli)}};
            if (s.toWh)
                o.insert(QStringLiteral("to_kwh"), FixedPoint::toDouble(*s.toWh));
            slabs.append(o);
        }
        spec.insert(QStringLiteral("slabs"), slabs);
    }
    if (!m_periods.isEmpty()) {
        QJsonArray tou;
        for (const Period &p : m_periods)
            tou.append(QJsonObject{{QStringLiteral("from"), minuteText(p.fromMinute)},
                                   {QStringLiteral("to"), minuteText(p.toMinute)},
                                   {QStringLiteral("rate"), FixedPoint::toDouble(p.rateMilli)}});
        spec.insert(QStringLiteral("tou"), tou);
    }
    if (m_generatorRateMilli)
        spec.insert(QStringLiteral("generator_rate"), FixedPoint::toDouble(*m_generatorRateMilli));
    if (m_fixedDailyMilli != 0)
        spec.insert(QStringLiteral("fixed_daily"), FixedPoint::toDouble(m_fixedDailyMilli));
    if (m_fixedMonthlyMilli != 0)
        spec.insert(QStringLiteral("fixed_monthly"), FixedPoint::toDouble(m_fixedMonthlyMilli));
    if (m_taxMilliPercent != 0)
        spec.insert(QStringLiteral("tax_percent"), FixedPoint::toDouble(m_taxMilliPercent));
    return spec;
}

Result<QJsonArray> Tariff::slabsFromText(const QString &text)
{
    using R = Result<QJsonArray>;
    static const QRegularExpression pattern(QStringLiteral("^([^-:]+)-([^-:]*):(.+)$"));
    QJsonArray slabs;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QRegularExpressionMatch m = pattern.match(part.trimmed());
        bool okFrom = false;
        bool okTo = true;
        bool okRate = false;
        const double from = m.hasMatch() ? m.captured(1).trimmed().toDouble(&okFrom) : 0;
        const QString toText = m.captured(2).trimmed();
        const double to = toText.isEmpty() ? 0 : toText.toDouble(&okTo);
        const double rate = m.hasMatch() ? m.captured(3).trimmed().toDouble(&okRate) : 0;
        if (!m.hasMatch() || !okFrom || !okTo || !okRate)
            return R::failure(
                Tr::tr("\"%1\" is not a slab like 21-50:310 (kWh from-to:rate per kWh; the last "
                       "one open, like 51-:369).")
                    .arg(part.trimmed()));
        QJsonObject o{{QStringLiteral("from_kwh"), from}, {QStringLiteral("rate"), rate}};
        if (!toText.isEmpty())
            o.insert(QStringLiteral("to_kwh"), to);
        slabs.append(o);
    }
    return slabs;
}

Result<QJsonArray> Tariff::periodsFromText(const QString &text)
{
    using R = Result<QJsonArray>;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2}):(.+)$"));
    QJsonArray periods;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QRegularExpressionMatch m = pattern.match(part.trimmed());
        bool ok = false;
        const double rate = m.hasMatch() ? m.captured(3).trimmed().toDouble(&ok) : 0;
        if (!m.hasMatch() || !ok)
            return R::failure(
                Tr::tr("\"%1\" is not a time-of-use period like 22:00-06:00:5.5 (local from-to:rate "
                       "per kWh).")
                    .arg(part.trimmed()));
        periods.append(QJsonObject{{QStringLiteral("from"), m.captured(1)},
                                   {QStringLiteral("to"), m.captured(2)},
                                   {QStringLiteral("rate"), rate}});
    }
    return periods;
}

QString Tariff::slabsText() const
{
    if (m_flat)
        return {};
    QStringList parts;
    for (const Slab &s : m_slabs)
        parts.append(s.label + QLatin1Char(':') + rateText(s.rateMilli));
    return parts.join(QLatin1Char(','));
}

QString Tariff::periodsText() const
{
    QStringList parts;
    for (const Period &p : m_periods)
        parts.append(p.label() + QLatin1Char(':') + rateText(p.rateMilli));
    return parts.join(QLatin1Char(','));
}

qint64 Tariff::slabStartWh(int index) const
{
    return index <= 0 ? 0 : m_slabs[index - 1].toWh.value_or(0);
}

std::optional<qint64> Tariff::slabEndWh(int index) const
{
    return m_slabs[index].toWh;
}

int Tariff::slabAt(qint64 monthGridWh) const
{
    int index = 0;
    while (index + 1 < m_slabs.size() && monthGridWh >= *m_slabs[index].toWh)
        ++index;
    return index;
}

int Tariff::periodAt(int minuteOfDay) const
{
    for (int i = 0; i < m_periods.size(); ++i) {
        if (m_periods[i].contains(minuteOfDay))
            return i;
    }
    return -1;
}

qint64 Tariff::marginalGridRateMilli(qint64 monthGridWh, std::optional<int> minuteOfDay) const
{
    if (minuteOfDay) {
        if (const int period = periodAt(*minuteOfDay); period >= 0)
            return m_periods[period].rateMilli;
    }
    return m_slabs[slabAt(monthGridWh)].rateMilli;
}

QString Tariff::slabDescription(int index) const
{
    if (m_flat)
        return m_slabs[index].label;
    if (const std::optional<qint64> end = m_slabs[index].toWh)
        return Tr::tr("%1-%2 kWh").arg(kwhText(m_slabs[index].fromWh), kwhText(*end));
    return Tr::tr("above %1 kWh").arg(kwhText(slabStartWh(index)));
}

qint64 Tariff::charge(qint64 wh, qint64 rateMilli)
{
    return mulDivRound(wh, rateMilli, 1000);
}

qint64 Tariff::taxOn(qint64 amountMilli) const
{
    return mulDivRound(amountMilli, m_taxMilliPercent, 100'000);
}

qint64 Tariff::fixedCharges(int days, int daysInMonth) const
{
    if (days <= 0 || daysInMonth <= 0)
        return 0;
    return m_fixedDailyMilli * days + mulDivRound(m_fixedMonthlyMilli, days, daysInMonth);
}
