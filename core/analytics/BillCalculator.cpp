#include "BillCalculator.h"

#include "LocalCalendar.h"
#include "Tariff.h"
#include "model/TimeFormat.h"
#include "storage/RollupRepository.h"
#include "storage/TariffRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BillCalculator)
};

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Spreads `wh` over the slabs from the month's position `position` on.
void allocate(const Tariff &tariff, qint64 &position, qint64 wh, QList<qint64> &slabWh)
{
    while (wh > 0) {
        const int i = tariff.slabAt(position);
        const std::optional<qint64> end = tariff.slabEndWh(i);
        const qint64 take = end ? std::min(wh, *end - position) : wh;
        slabWh[i] += take;
        position += take;
        wh -= take;
    }
}

} // namespace

qint64 MonthlyBill::energyAmountMilli() const
{
    qint64 sum = 0;
    for (const BillLine &line : energyCharges)
        sum += line.amountMilli;
    return sum;
}

BillCalculator::BillCalculator(Database &db)
    : m_db(db)
{}

Result<MonthlyBill> BillCalculator::compute(const Meter &meter, const QDate &month) const
{
    using R = Result<MonthlyBill>;
    if (!month.isValid())
        return R::failure(Tr::tr("A bill needs a month."));
    MonthlyBill bill;
    bill.month = QDate(month.year(), month.month(), 1);
    bill.daysInMonth = bill.month.daysInMonth();
    const QDate last = bill.month.addDays(bill.daysInMonth - 1);

    const Result<QList<TariffVersion>> versions = TariffRepository(m_db).list(meter.id);
    if (!versions)
        return R::failure(versions.typedError());
    if (TariffRepository::indexInForce(versions.value(), last) < 0)
        // NotFound: each front end says where its user sets one.
        return R::failure(
            ErrorKind::NotFound,
            Tr::tr("%1 has no tariff for %2.").arg(meter.name, TimeFormat::yearMonth(bill.month)));
    const Result<QList<DayUsage>> days = RollupRepository(m_db).days(meter.id, bill.month, last);
    if (!days)
        return R::failure(days.typedError());
    QHash<qint64, DayUsage> byDay;
    for (const DayUsage &d : days.value()) {
        byDay.insert(d.date.toJulianDay(), d);
        bill.gridWh += d.gridWh;
        bill.generatorWh += d.generatorWh;
        bill.daysWithData += d.hasData() ? 1 : 0;
    }

    const QTimeZone zone(meter.timezone.toUtf8());
    LocalCalendar calendar(zone);
    qint64 position = 0; // the month's grid energy before the part being priced
    for (QDate from = bill.month; from <= last;) {
        // A part: the days one version covers.
        const int index = TariffRepository::indexInForce(versions.value(), from);
        QDate to = last;
        if (index + 1 < versions->size() && versions.value()[index + 1].validFrom <= last)
            to = versions.value()[index + 1].validFrom.addDays(-1);
        const int partDays = static_cast<int>(from.daysTo(to)) + 1;
        qint64 partGridWh = 0;
        qint64 partGeneratorWh = 0;
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            const DayUsage usage = byDay.value(d.toJulianDay());
            partGridWh += usage.gridWh;
            partGeneratorWh += usage.generatorWh;
        }
        if (index < 0) {
            bill.daysWithoutTariff += partDays;
            bill.unpricedGridWh += partGridWh;
            bill.unpricedGeneratorWh += partGeneratorWh;
            position += partGridWh;
            from = to.addDays(1);
            continue;
        }
        const TariffVersion &version = versions.value()[index];
        const Tariff &tariff = version.tariff;
        QList<qint64> slabWh(tariff.slabs().size(), 0);
        QList<qint64> periodWh(tariff.periods().size(), 0);
        if (tariff.periods().isEmpty()) {
            // Without periods the order within the part does not matter: only its total.
            qint64 walk = position;
            allocate(tariff, walk, partGridWh, slabWh);
        } else {
            // Each minute's energy at the wall-clock time it was used (booked), in order, so
            // the slab position moves exactly as consumption did.
            const qint64 fromUtc = calendar.startOf(from);
            const qint64 toUtc = calendar.startOf(to.addDays(1));
            qint64 walk = position;
            const Status walked = RollupRepository(m_db).forEachHour(
                meter.id, floorDiv(fromUtc, 3600), floorDiv(toUtc + 3599, 3600),
                [&](qint64 hourIndex, const HourProfile &profile) {
                    const qint64 hourStart = hourIndex * 3600;
                    const auto offsetAt = [&zone](qint64 t) {
                        return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, Qt::UTC));
                    };
                    // Offsets change at most once an hour; look them up per minute only then.
                    const int first = offsetAt(hourStart);
                    const bool steady = offsetAt(hourStart + 3540) == first;
                    for (int i = 0; i < 60; ++i) {
                        const MinuteUsage &m = profile.minutes[static_cast<size_t>(i)];
                        if (!m.has(MinuteUsage::HasEnd) || m.gridWh == 0)
                            continue;
                        const qint64 t = hourStart + i * 60;
                        if (t < fromUtc || t >= toUtc)
                            continue;
                        const qint64 local = t + (steady ? first : offsetAt(t));
                        const int minuteOfDay =
                            static_cast<int>((local - floorDiv(local, 86400) * 86400) / 60);
                        const int period = tariff.periodAt(minuteOfDay);
                        if (period >= 0) {
                            periodWh[period] += m.gridWh;
                            walk += m.gridWh;
                        } else {
                            allocate(tariff, walk, m.gridWh, slabWh);
                        }
                    }
                });
            if (!walked)
                return R::failure(walked.typedError());
        }
        // The day rollups are the month's totals; the next part continues from them.
        position += partGridWh;

        qint64 partAmount = 0;
        for (int i = 0; i < slabWh.size(); ++i) {
            if (slabWh[i] == 0)
                continue;
            const Tariff::Slab &s = tariff.slabs()[i];
            const BillLine line{version.validFrom, s.label, slabWh[i], s.rateMilli,
                                Tariff::charge(slabWh[i], s.rateMilli)};
            partAmount += line.amountMilli;
            bill.energyCharges.append(line);
        }
        for (int i = 0; i < periodWh.size(); ++i) {
            if (periodWh[i] == 0)
                continue;
            const Tariff::Period &p = tariff.periods()[i];
            const BillLine line{version.validFrom, p.label(), periodWh[i], p.rateMilli,
                                Tariff::charge(periodWh[i], p.rateMilli)};
            partAmount += line.amountMilli;
            bill.energyCharges.append(line);
        }
        qint64 generatorAmount = 0;
        if (const std::optional<qint64> rate = tariff.generatorRateMilli())
            generatorAmount = Tariff::charge(partGeneratorWh, *rate);
        else
            bill.unpricedGeneratorWh += partGeneratorWh;
        const qint64 fixed = tariff.fixedCharges(partDays, bill.daysInMonth);
        const qint64 tax = tariff.taxOn(partAmount + generatorAmount + fixed);
        bill.generatorAmountMilli += generatorAmount;
        bill.fixedChargesMilli += fixed;
        bill.taxMilli += tax;
        bill.totalMilli += partAmount + generatorAmount + fixed + tax;
        from = to.addDays(1);
    }
    return bill;
}
