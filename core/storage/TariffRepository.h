#pragma once

#include "analytics/Tariff.h"
#include "model/Result.h"

#include <QDate>
#include <QList>

#include <optional>

class Database;

// The tariff versions of a meter (table tariffs): each in force from a local date of the
// meter until the next one's, so a price change never rewrites the bills before it. Setting
// a version on a date that already has one corrects that version.
//
// Estimates depend on the tariff, so the rollups must be derived again from the new
// version's date: use ReadingIngestor::setTariff, which does both in one transaction.
class TariffRepository
{
public:
    explicit TariffRepository(Database &db);

    Status setVersion(qint64 meterId, const QDate &validFrom, const Tariff &tariff);
    // NotFound when the meter has no version starting on that date.
    Status removeVersion(qint64 meterId, const QDate &validFrom);
    // Oldest first.
    Result<QList<TariffVersion>> list(qint64 meterId) const;
    // The version in force on a local date: the latest one starting on or before it.
    Result<std::optional<TariffVersion>> inForce(qint64 meterId, const QDate &date) const;

    // The version in force on `date` among versions sorted oldest first, or -1.
    static int indexInForce(const QList<TariffVersion> &versions, const QDate &date);

private:
    Database &m_db;
};
