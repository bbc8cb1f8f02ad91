#pragma once

#include "analytics/Tariff.h"
#include "model/Meter.h"
#include "model/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

class Database;

// A meter's tariff versions, for every front end (the window's tariff editor, `kilowatch-cli
// tariff set|list`): one rule checks a version (check()), and every change stores it and derives
// the meter's rollups again from the earliest day it touches (estimates use the tariff in
// force), in one transaction, so a price change never rewrites what earlier days cost.
class TariffBook
{
public:
    explicit TariffBook(Database &db);

    // The one check of a version as a front end took it in: a valid start date, and the spec
    // (Tariff::fromJson's form) valid; InvalidInput with a sentence otherwise.
    static Result<Tariff> check(const QDate &validFrom, const QJsonObject &spec);
    // The last day a version is in force: the day before the next one starts (none: open).
    static std::optional<QDate> validTo(const QList<TariffVersion> &versions, int index);

    // Oldest first.
    Result<QList<TariffVersion>> versions(const Meter &meter) const;
    // Adds the version starting on `validFrom`, or corrects the one already starting then.
    Result<TariffVersion> set(const Meter &meter, const QDate &validFrom, const QJsonObject &spec);
    // Edits the version that started on `oldFrom`: its new start and prices (a start moved onto
    // another version's replaces that one). NotFound when there was none.
    Result<TariffVersion> replace(const Meter &meter, const QDate &oldFrom, const QDate &validFrom,
                                  const QJsonObject &spec);
    // Removes the version starting on `validFrom` (its days fall to the version before, or to
    // none). NotFound when there is none.
    Status remove(const Meter &meter, const QDate &validFrom);

private:
    // Derives again from the local day `from` on, when readings reach past it.
    Status rederiveFrom(const Meter &meter, const QDate &from);

    Database &m_db;
};
