#include "RechargeCalculator.h"

#include "LocalCalendar.h"
#include "Tariff.h"
#include "model/Currency.h"
#include "model/FixedPoint.h"
#include "model/TimeFormat.h"
#include "storage/RollupRepository.h"
#include "storage/TariffRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RechargeCalculator)
};

QString number(qint64 milli)
{
    return QString::number(FixedPoint::toDouble(milli), 'f', 3)
        .remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

// Notes the dearer slabs a quote reaches and words the warning.
class Crossing
{
public:
    Crossing(const Tariff &tariff, qint64 monthGridWh)
        : m_tariff(tariff)
        , m_startRate(tariff.slabs()[tariff.slabAt(monthGridWh)].rateMilli)
    {}

    // `wh` bought in slab `index` after `before` Wh of the quote.
    void bought(int index, qint64 wh, qint64 before)
    {
        if (wh <= 0 || m_tariff.slabs()[index].rateMilli <= m_startRate)
            return;
        if (m_first < 0) {
            m_first = index;
            m_before = before;
        }
        m_last = index;
    }
    bool crosses() const { return m_first >= 0; }
    QString warning() const
    {
        if (m_first < 0)
            return {};
        QString text = Tr::tr("Crosses into the dearer slab %1 (%2 per kWh) after %3 kWh.")
                           .arg(m_tariff.slabDescription(m_first),
                                number(m_tariff.slabs()[m_first].rateMilli), number(m_before));
        if (m_last != m_first)
            text += QLatin1Char(' ') +
                    Tr::tr("It goes on into slab %1 (%2 per kWh).")
                        .arg(m_tariff.slabDescription(m_last), number(m_tariff.slabs()[m_last].rateMilli));
        return text;
    }

private:
    const Tariff &m_tariff;
    qint64 m_startRate;
    int m_first = -1;
    int m_last = -1;
    qint64 m_before = 0;
};

} // namespace

RechargeCalculator::RechargeCalculator(Database &db)
    : m_db(db)
{}

RechargeQuote RechargeCalculator::quoteEnergy(const Tariff &tariff, qint64 monthGridWh, qint64 amountMilli)
{
    RechargeQuote quote;
    quote.amountMilli = amountMilli;
    quote.monthGridWh = monthGridWh;
    // What is left for energy once tax is taken: the largest net with net + tax <= amount.
    const qint64 divisor = 100'000 + tariff.taxMilliPercent();
    qint64 net = amountMilli / divisor * 100'000 + amountMilli % divisor * 100'000 / divisor;
    while (net > 0 && net + tariff.taxOn(net) > amountMilli)
        --net;
    while (net + 1 + tariff.taxOn(net + 1) <= amountMilli)
        ++net;
    // Budget in millionths of the currency, so Wh x (thousandths per kWh) compares exactly.
    qint64 budget = net * 1000;
    qint64 position = monthGridWh;
    Crossing crossing(tariff, monthGridWh);
    while (budget > 0) {
        const int i = tariff.slabAt(position);
        const qint64 rate = tariff.slabs()[i].rateMilli;
        const std::optional<qint64> end = tariff.slabEndWh(i);
        const qint64 room = end ? *end - position : std::numeric_limits<qint64>::max();
        const qint64 affordable = rate > 0 ? budget / rate : room; // a free slab is taken whole
        const qint64 take = std::min(affordable, room);
        crossing.bought(i, take, quote.wh);
        quote.wh += take;
        position += take;
        budget -= take * rate;
        if (take < room)
            break; // the money ran out inside this slab
    }
    quote.crossesSlab = crossing.crosses();
    quote.warning = crossing.warning();
    return quote;
}

RechargeQuote RechargeCalculator::quoteAmount(const Tariff &tariff, qint64 monthGridWh, qint64 wh)
{
    RechargeQuote quote;
    quote.wh = wh;
    quote.monthGridWh = monthGridWh;
    qint64 position = monthGridWh;
    qint64 left = wh;
    qint64 net = 0;
    Crossing crossing(tariff, monthGridWh);
    while (left > 0) {
        const int i = tariff.slabAt(position);
        const std::optional<qint64> end = tariff.slabEndWh(i);
        const qint64 take = end ? std::min(left, *end - position) : left;
        crossing.bought(i, take, wh - left);
        net += Tariff::charge(take, tariff.slabs()[i].rateMilli);
        position += take;
        left -= take;
    }
    quote.amountMilli = net + tariff.taxOn(net);
    quote.crossesSlab = crossing.crosses();
    quote.warning = crossing.warning();
    return quote;
}

std::optional<qint64> RechargeCalculator::roundAmountIn(qint64 lowMilli, qint64 highMilli,
                                                        const QString &currency)
{
    if (Currency::minorDigits(currency) > 2 || highMilli < lowMilli)
        return std::nullopt; // kWh: the balance counts units, not money
    for (const qint64 step : {100'000LL, 50'000LL, 10'000LL}) {
        if (step <= highMilli - lowMilli)
            break; // finer steps would be ambiguous too
        // The first multiple of `step` at or above lowMilli.
        const qint64 multiple = lowMilli > 0 ? (lowMilli + step - 1) / step * step : step;
        if (multiple <= highMilli)
            return multiple;
    }
    return std::nullopt;
}

namespace {

struct Position
{
    std::optional<TariffVersion> version;
    qint64 monthGridWh = 0;
};

Result<Position> positionAt(Database &db, const Meter &meter, qint64 at)
{
    using R = Result<Position>;
    const QDate today = LocalCalendar(QTimeZone(meter.timezone.toUtf8())).localDate(at);
    const Result<std::optional<TariffVersion>> version = TariffRepository(db).inForce(meter.id, today);
    if (!version)
        return R::failure(version.typedError());
    if (!version.value())
        // NotFound: each front end says where its user sets one.
        return R::failure(ErrorKind::NotFound,
                          Tr::tr("%1 has no tariff on %2.").arg(meter.name, TimeFormat::shortDate(today)));
    const Result<QList<DayUsage>> days =
        RollupRepository(db).days(meter.id, QDate(today.year(), today.month(), 1), today);
    if (!days)
        return R::failure(days.typedError());
    Position p;
    p.version = version.value();
    for (const DayUsage &d : days.value())
        p.monthGridWh += d.gridWh;
    return p;
}

} // namespace

Result<RechargeQuote> RechargeCalculator::energyFor(const Meter &meter, qint64 amountMilli, qint64 at) const
{
    using R = Result<RechargeQuote>;
    if (amountMilli <= 0 || amountMilli > kMaxAmountMilli)
        return R::failure(Tr::tr("The amount must be above zero and at most a billion."));
    const Result<Position> p = positionAt(m_db, meter, at);
    if (!p)
        return R::failure(p.typedError());
    RechargeQuote quote = quoteEnergy(p->version->tariff, p->monthGridWh, amountMilli);
    quote.tariffFrom = p->version->validFrom;
    return quote;
}

Result<RechargeQuote> RechargeCalculator::amountFor(const Meter &meter, qint64 wh, qint64 at) const
{
    using R = Result<RechargeQuote>;
    if (wh <= 0 || wh > 10'000'000'000LL)
        return R::failure(Tr::tr("The energy must be above zero and at most 10 GWh."));
    const Result<Position> p = positionAt(m_db, meter, at);
    if (!p)
        return R::failure(p.typedError());
    RechargeQuote quote = quoteAmount(p->version->tariff, p->monthGridWh, wh);
    quote.tariffFrom = p->version->validFrom;
    return quote;
}
