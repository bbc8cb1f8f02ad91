#include "TariffBook.h"

#include "analytics/LocalCalendar.h"
#include "analytics/ReadingIngestor.h"
#include "storage/ReadingRepository.h"
#include "storage/TariffRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TariffBook)
};

} // namespace

TariffBook::TariffBook(Database &db)
    : m_db(db)
{}

Result<Tariff> TariffBook::check(const QDate &validFrom, const QJsonObject &spec)
{
    if (!validFrom.isValid())
        return Result<Tariff>::failure(ErrorKind::InvalidInput,
                                       Tr::tr("A tariff needs the date it starts on."));
    Result<Tariff> tariff = Tariff::fromJson(spec);
    if (!tariff)
        return Result<Tariff>::failure(ErrorKind::InvalidInput, tariff.error());
    return tariff;
}

std::optional<QDate> TariffBook::validTo(const QList<TariffVersion> &versions, int index)
{
    if (index < 0 || index + 1 >= versions.size())
        return std::nullopt;
    return versions[index + 1].validFrom.addDays(-1);
}

Result<QList<TariffVersion>> TariffBook::versions(const Meter &meter) const
{
    return TariffRepository(m_db).list(meter.id);
}

Result<TariffVersion> TariffBook::set(const Meter &meter, const QDate &validFrom, const QJsonObject &spec)
{
    using R = Result<TariffVersion>;
    const Result<Tariff> tariff = check(validFrom, spec);
    if (!tariff)
        return R::failure(tariff.typedError());
    // Stored and the rollups derived again from that day, in one transaction.
    if (Status stored = ReadingIngestor(m_db).setTariff(meter, validFrom, tariff.value()); !stored)
        return R::failure(stored.typedError());
    return TariffVersion{validFrom, tariff.value()};
}

Result<TariffVersion> TariffBook::replace(const Meter &meter, const QDate &oldFrom, const QDate &validFrom,
                                          const QJsonObject &spec)
{
    using R = Result<TariffVersion>;
    const Result<Tariff> tariff = check(validFrom, spec);
    if (!tariff)
        return R::failure(tariff.typedError());
    if (oldFrom == validFrom)
        return set(meter, validFrom, spec);
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.typedError());
    TariffRepository repository(m_db);
    if (Status removed = repository.removeVersion(meter.id, oldFrom); !removed)
        return R::failure(removed.typedError());
    if (Status stored = repository.setVersion(meter.id, validFrom, tariff.value()); !stored)
        return R::failure(stored.typedError());
    if (Status derived = rederiveFrom(meter, std::min(oldFrom, validFrom)); !derived)
        return R::failure(derived.typedError());
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.typedError());
    return TariffVersion{validFrom, tariff.value()};
}

Status TariffBook::remove(const Meter &meter, const QDate &validFrom)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.typedError());
    if (Status removed = TariffRepository(m_db).removeVersion(meter.id, validFrom); !removed)
        return removed;
    if (Status derived = rederiveFrom(meter, validFrom); !derived)
        return derived;
    return tx.commit();
}

Status TariffBook::rederiveFrom(const Meter &meter, const QDate &from)
{
    const qint64 start = LocalCalendar(QTimeZone(meter.timezone.toUtf8())).startOf(from);
    const std::optional<Reading> latest = ReadingRepository(m_db).latest(meter.id);
    if (!latest || latest->time <= start)
        return {};
    return ReadingIngestor(m_db).rebuild(meter, start);
}
