#pragma once

#include "model/Meter.h"
#include "model/ProviderRecharge.h"
#include "model/RechargeEntry.h"
#include "model/Result.h"

#include <QDate>
#include <QList>

#include <optional>

class Database;

// The money side of a window of local days, from the day rollups and the readings at its
// edges: opening + recharged - consumed == closing, to the milli, whenever every reading in
// it has a balance.
struct LedgerWindow
{
    std::optional<qint64> openingMilli; // balance of the last reading at or before the window's start
    std::optional<qint64> closingMilli; // balance of the last reading at or before its end
    qint64 rechargedMilli = 0;
    qint64 consumedMilli = 0;

    bool balances() const
    {
        return openingMilli && closingMilli &&
               *openingMilli + rechargedMilli - consumedMilli == *closingMilli;
    }
};

// A meter's recharges as users see them and change them. Detected rises, provider histories
// and recharges typed in are tied together by RechargeMatcher while intervals are booked, so
// one recharge is listed once. Every change here rebuilds the derived data from the day it
// touches (ReadingIngestor::rebuild), so the rollups, sessions and ledger stay exact.
class RechargeLedger
{
public:
    explicit RechargeLedger(Database &db);

    // Recharges with from <= time < to, by time: detected ones, and provider and manual ones
    // that added money, each once. Amounts are in the balance's unit.
    Result<QList<RechargeEntry>> list(const Meter &meter, qint64 from, qint64 to) const;
    // A recharge typed in; `token` empty or 20 digits (spaces and dashes allowed).
    Result<RechargeEntry> add(const Meter &meter, qint64 amountMilli, qint64 time, const QString &token = {});

    // What an import adds: how many were new, how many were stored already.
    struct Added
    {
        qint64 added = 0;
        qint64 duplicates = 0;
    };
    // Recharges brought in at once (a CSV import): "manual" ones (their amount and token
    // checked as add() checks them) and "provider" ones from a provider's history (the token
    // as the provider wrote it). In one transaction (the caller's, when one is open): all of
    // them or none. Those already stored (same time, amount and origin, or twice in the list)
    // are counted, not added. One rebuild, from the earliest new one.
    Result<Added> addAll(const Meter &meter, const QList<RechargeEntry> &entries);
    // The rules add() and addAll() hold a recharge to, one by one, for a front end that wants
    // to name the field at fault: the amount is above zero; a typed-in token is empty or 20
    // digits (returned as the digits).
    static Status checkAmount(qint64 amountMilli);
    static Result<QString> checkToken(const QString &token);
    // A detected recharge's amount corrected: it becomes a manual recharge pinned to its rise
    // (a new id). A manual one is changed in place. A provider's amount is the provider's.
    Result<RechargeEntry> correct(const Meter &meter, qint64 id, qint64 amountMilli);
    // Deleting a detected recharge, or a correction of one, says that rise was no recharge
    // (it stays in the ledger as a credit: negative consumption). Deleting a provider or
    // typed-in recharge hides it (soft delete, so a provider's history does not bring it
    // back); a rise it explained is a detected recharge again. Returns the recharge as it was.
    Result<RechargeEntry> remove(const Meter &meter, qint64 id);
    // What remove() does to a recharge as list() gave it: a detected one, or a correction of
    // one, becomes no recharge (the rise stays, as a credit); a typed-in or provider recharge
    // tied to a rise goes and that rise is a detected recharge again; one tied to no rise just
    // goes. The question a front end asks before deleting says so in words.
    enum class Removal
    {
        RiseBecomesCredit,
        RiseDetectedAgain,
        Removed,
    };
    static Removal removal(const RechargeEntry &e);
    static QString removalQuestion(const RechargeEntry &e);
    // The totals of recharges as listed (by time): how many, how much in all, the average time
    // from one to the next (two or more), and the energy bought where the provider says it
    // (`withEnergy` of them: no figure is made up for the others).
    struct Totals
    {
        int count = 0;
        qint64 amountMilli = 0;
        std::optional<qint64> averageIntervalSeconds;
        qint64 energyWh = 0;
        int withEnergy = 0;
    };
    static Totals totals(const QList<RechargeEntry> &byTime);
    // Stores a provider's recharge history and rebuilds where a new or changed one may tie
    // to a rise. Returns how many were new.
    Result<int> mergeProviderRecharges(const Meter &meter, const QList<ProviderRecharge> &recharges);

    Result<LedgerWindow> window(const Meter &meter, const QDate &from, const QDate &to) const;

    // The 20 digits of a prepaid token typed with or without spaces and dashes; empty when
    // it is not exactly 20 digits.
    static std::optional<QString> normalizeToken(const QString &text);

private:
    Status rebuildAround(const Meter &meter, qint64 time);
    Result<RechargeEntry> shown(const Meter &meter, qint64 id) const;

    Database &m_db;
};
