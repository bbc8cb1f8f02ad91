#include "RechargeLedger.h"

#include "LocalCalendar.h"
#include "ReadingIngestor.h"
#include "RechargeMatcher.h"
#include "storage/ReadingRepository.h"
#include "storage/RechargeRepository.h"
#include "storage/RollupRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RechargeLedger)
};

RechargeEntry inBalanceUnit(const Meter &meter, RechargeEntry e)
{
    e.amountMilli = RechargeMatcher::balanceAmount(meter, e);
    return e;
}

} // namespace

RechargeLedger::RechargeLedger(Database &db)
    : m_db(db)
{}

std::optional<QString> RechargeLedger::normalizeToken(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        // ASCII digits only: other scripts' digits are not on a meter's keypad.
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        digits.append(c);
    }
    if (digits.size() != 20)
        return std::nullopt;
    return digits;
}

Result<QList<RechargeEntry>> RechargeLedger::list(const Meter &meter, qint64 from, qint64 to) const
{
    Result<QList<RechargeEntry>> rows = RechargeRepository(m_db).entries(meter.id, from, to);
    if (!rows)
        return rows;
    QList<RechargeEntry> shownRows;
    for (const RechargeEntry &e : rows.value()) {
        if (e.isDetected() ? !e.deleted : RechargeMatcher::counts(meter, e))
            shownRows.append(inBalanceUnit(meter, e));
    }
    return shownRows;
}

Result<RechargeEntry> RechargeLedger::shown(const Meter &meter, qint64 id) const
{
    const std::optional<RechargeEntry> e = RechargeRepository(m_db).find(meter.id, id);
    if (!e)
        return Result<RechargeEntry>::failure(Tr::tr("The recharge could not be read back."));
    return inBalanceUnit(meter, *e);
}

Status RechargeLedger::rebuildAround(const Meter &meter, qint64 time)
{
    // Any interval that may tie to a recharge at `time` ends after time - window.
    const qint64 from = time - RechargeMatcher::matchWindowSeconds(meter) - 1;
    const std::optional<Reading> latest = ReadingRepository(m_db).latest(meter.id);
    if (!latest || latest->time <= from)
        return {};
    return ReadingIngestor(m_db).rebuild(meter, from);
}

Result<RechargeEntry> RechargeLedger::add(const Meter &meter, qint64 amountMilli, qint64 time,
                                          const QString &token)
{
    using R = Result<RechargeEntry>;
    if (Status valid = checkAmount(amountMilli); !valid)
        return R::failure(valid.typedError());
    const Result<QString> digits = checkToken(token);
    if (!digits)
        return R::failure(digits.typedError());
    RechargeEntry e;
    e.time = time;
    e.amountMilli = amountMilli;
    e.token = digits.value();
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.typedError());
    const Result<qint64> id = RechargeRepository(m_db).insertManual(meter.id, e);
    if (!id)
        return R::failure(id.typedError());
    if (Status rebuilt = rebuildAround(meter, time); !rebuilt)
        return R::failure(rebuilt.typedError());
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.typedError());
    return shown(meter, id.value());
}

Status RechargeLedger::checkAmount(qint64 amountMilli)
{
    if (amountMilli <= 0)
        return Status::failure(Tr::tr("A recharge needs an amount above zero."));
    return {};
}

Result<QString> RechargeLedger::checkToken(const QString &token)
{
    if (token.isEmpty())
        return QString();
    const std::optional<QString> digits = normalizeToken(token);
    if (!digits)
        return Result<QString>::failure(
            Tr::tr("A token has exactly 20 digits (spaces and dashes allowed), not \"%1\".").arg(token));
    return *digits;
}

Result<RechargeLedger::Added> RechargeLedger::addAll(const Meter &meter, const QList<RechargeEntry> &entries)
{
    using R = Result<Added>;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.typedError());
    RechargeRepository repo(m_db);
    Added counts;
    std::optional<qint64> earliest;
    for (RechargeEntry e : entries) {
        if (e.origin != QLatin1String("manual") && e.origin != QLatin1String("provider"))
            return R::failure(
                Tr::tr("Only typed-in and provider recharges can be added, not \"%1\".").arg(e.origin));
        if (Status valid = checkAmount(e.amountMilli); !valid)
            return R::failure(valid.typedError());
        if (e.origin == QLatin1String("manual")) {
            const Result<QString> digits = checkToken(e.token);
            if (!digits)
                return R::failure(digits.typedError());
            e.token = digits.value();
        }
        const Result<bool> known = repo.hasExternal(meter.id, e.time, e.amountMilli, e.origin);
        if (!known)
            return R::failure(known.typedError());
        if (known.value()) {
            ++counts.duplicates;
            continue;
        }
        if (const Result<qint64> id = repo.insertImported(meter.id, e); !id)
            return R::failure(id.typedError());
        ++counts.added;
        if (!earliest || e.time < *earliest)
            earliest = e.time;
    }
    if (earliest) {
        if (Status rebuilt = rebuildAround(meter, *earliest); !rebuilt)
            return R::failure(rebuilt.typedError());
    }
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.typedError());
    return counts;
}

Result<RechargeEntry> RechargeLedger::correct(const Meter &meter, qint64 id, qint64 amountMilli)
{
    using R = Result<RechargeEntry>;
    if (amountMilli <= 0)
        return R::failure(ErrorKind::InvalidInput, Tr::tr("A recharge needs an amount above zero."));
    RechargeRepository repo(m_db);
    const std::optional<RechargeEntry> e = repo.find(meter.id, id);
    if (!e || e->deleted || (!e->isDetected() && !RechargeMatcher::counts(meter, *e)))
        return R::failure(ErrorKind::NotFound,
                          Tr::tr("Meter \"%1\" has no recharge %2.").arg(meter.name).arg(id));
    if (e->origin == QLatin1String("provider"))
        return R::failure(
            Tr::tr("Recharge %1 comes from the provider's history, whose amount is kept; delete it "
                   "if it is wrong.")
                .arg(id));
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.typedError());
    qint64 resultId = id;
    if (e->isDetected()) {
        // The detected row is derived and would come back; the user's word is a pinned row.
        RechargeEntry correction;
        correction.time = e->time;
        correction.amountMilli = amountMilli;
        correction.pinned = true;
        const Result<qint64> added = repo.insertManual(meter.id, correction);
        if (!added)
            return R::failure(added.typedError());
        resultId = added.value();
    } else if (Status changed = repo.setAmount(id, amountMilli); !changed) {
        return R::failure(changed.typedError());
    }
    if (Status rebuilt = rebuildAround(meter, e->time); !rebuilt)
        return R::failure(rebuilt.typedError());
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.typedError());
    return shown(meter, resultId);
}

Result<RechargeEntry> RechargeLedger::remove(const Meter &meter, qint64 id)
{
    using R = Result<RechargeEntry>;
    RechargeRepository repo(m_db);
    const std::optional<RechargeEntry> e = repo.find(meter.id, id);
    if (!e || e->deleted || (!e->isDetected() && !RechargeMatcher::counts(meter, *e)))
        return R::failure(ErrorKind::NotFound,
                          Tr::tr("Meter \"%1\" has no recharge %2.").arg(meter.name).arg(id));
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.typedError());
    if (e->isDetected()) {
        // A pinned, deleted row: the rise at this time is no recharge, whatever rebuilds find.
        RechargeEntry notARecharge;
        notARecharge.time = e->time;
        notARecharge.amountMilli = e->amountMilli;
        notARecharge.pinned = true;
        notARecharge.deleted = true;
        if (const Result<qint64> added = repo.insertManual(meter.id, notARecharge); !added)
            return R::failure(added.typedError());
    } else if (Status hidden = repo.setDeleted(id); !hidden) {
        return R::failure(hidden.typedError());
    }
    if (Status rebuilt = rebuildAround(meter, e->time); !rebuilt)
        return R::failure(rebuilt.typedError());
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.typedError());
    return inBalanceUnit(meter, *e);
}

RechargeLedger::Totals RechargeLedger::totals(const QList<RechargeEntry> &byTime)
{
    Totals t;
    for (const RechargeEntry &e : byTime) {
        ++t.count;
        t.amountMilli += e.amountMilli;
        if (e.energyWh) {
            t.energyWh += *e.energyWh;
            ++t.withEnergy;
        }
    }
    if (t.count >= 2)
        t.averageIntervalSeconds = (byTime.constLast().time - byTime.constFirst().time) / (t.count - 1);
    return t;
}

RechargeLedger::Removal RechargeLedger::removal(const RechargeEntry &e)
{
    if (e.isDetected() || e.pinned)
        return Removal::RiseBecomesCredit;
    // estimatedMilli is set on a provider or manual row that explains a balance rise.
    return e.estimatedMilli ? Removal::RiseDetectedAgain : Removal::Removed;
}

QString RechargeLedger::removalQuestion(const RechargeEntry &e)
{
    QString effect;
    switch (removal(e)) {
    case Removal::RiseBecomesCredit:
        effect = Tr::tr("The balance rise stays in the history as a correction of the balance, not a "
                        "recharge.");
        break;
    case Removal::RiseDetectedAgain:
        effect = Tr::tr("The balance rise it explained is then listed as a detected recharge again.");
        break;
    case Removal::Removed:
        effect = Tr::tr("It goes from the list and from the totals.");
        break;
    }
    if (e.origin == QLatin1String("provider"))
        effect += QLatin1Char(' ') + Tr::tr("Fetching the provider's history again does not bring it back.");
    return Tr::tr("Delete this recharge?") + QLatin1Char(' ') + effect;
}

Result<int> RechargeLedger::mergeProviderRecharges(const Meter &meter,
                                                   const QList<ProviderRecharge> &recharges)
{
    if (recharges.isEmpty())
        return 0;
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<int>::failure(tx.typedError());
    std::optional<qint64> changed;
    Result<int> added = RechargeRepository(m_db).upsertFromProvider(meter.id, recharges, &changed);
    if (!added)
        return added;
    // Histories are fetched again and again: only a new or changed row costs a rebuild.
    if (changed) {
        if (Status rebuilt = rebuildAround(meter, *changed); !rebuilt)
            return Result<int>::failure(rebuilt.typedError());
    }
    if (Status committed = tx.commit(); !committed)
        return Result<int>::failure(committed.typedError());
    return added;
}

Result<LedgerWindow> RechargeLedger::window(const Meter &meter, const QDate &from, const QDate &to) const
{
    LocalCalendar calendar{QTimeZone(meter.timezone.toUtf8())};
    const qint64 start = calendar.startOf(from);
    const qint64 end = calendar.startOf(to.addDays(1));
    ReadingRepository readings(m_db);
    LedgerWindow w;
    // The first interval booked in the window starts at the last reading at or before its start
    // (or at the very first reading).
    std::optional<Reading> opening = readings.latestBefore(meter.id, start + 1);
    if (!opening) {
        opening = readings.earliest(meter.id);
        if (opening && opening->time > end)
            opening.reset();
    }
    if (opening)
        w.openingMilli = opening->balanceMilli;
    if (const std::optional<Reading> closing = readings.latestBefore(meter.id, end + 1))
        w.closingMilli = closing->balanceMilli;
    const Result<QList<DayUsage>> days = RollupRepository(m_db).days(meter.id, from, to);
    if (!days)
        return Result<LedgerWindow>::failure(days.typedError());
    for (const DayUsage &d : days.value()) {
        w.rechargedMilli += d.rechargedMilli;
        w.consumedMilli += d.costMilli;
    }
    return w;
}
