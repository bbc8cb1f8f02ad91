#pragma once

#include "model/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The price list of a meter from some date on (see TariffRepository for versions). Rates are
// thousandths of the currency per kWh (which is also currency per Wh x 1000), energies Wh.
//
// Grid energy is priced by a base rate, either flat or monthly slabs (tiers that restart every
// local calendar month: the month's grid energy so far decides the tier, never the balance).
// Time-of-use periods (local wall-clock ranges, possibly across midnight) replace the base rate
// for energy used in them; that energy still counts towards the month's slab position, since
// tiers follow all of the month's consumption. Generator energy has its own rate. Fixed daily
// and monthly charges and a tax percentage on everything complete a bill.
//
// A Tariff only exists valid: fromJson() is the one way in and checks every rule.
class Tariff
{
public:
    struct Slab
    {
        qint64 fromWh = 0;          // as written ("21" in "21-50"); the tier starts where the previous ends
        std::optional<qint64> toWh; // none: open-ended (the last slab)
        qint64 rateMilli = 0;       // per kWh
        QString label;              // "0-20", "51-", or "flat"
    };
    struct Period
    {
        int fromMinute = 0; // local minute of the day, 0..1439
        int toMinute = 0;   // exclusive; smaller than fromMinute when the period wraps midnight
        qint64 rateMilli = 0;

        bool contains(int minuteOfDay) const;
        QString label() const; // "22:00-06:00"
    };

    // The stored (and --json-spec) form, e.g.
    // {"slabs": [{"from_kwh": 0, "to_kwh": 20, "rate": 89}, {"from_kwh": 21, "rate": 369}],
    //  "tou": [{"from": "22:00", "to": "06:00", "rate": 5.5}], "generator_rate": 20,
    //  "fixed_daily": 1.5, "fixed_monthly": 100, "tax_percent": 18}   (or "flat_rate": 12.5)
    static Result<Tariff> fromJson(const QJsonObject &spec);
    QJsonObject toJson() const;

    // The command line's short forms: "0-20:89,21-50:310,51-:369" and "22:00-06:00:5.5,...".
    // They give the spec's "slabs" and "tou" arrays (validated by fromJson()).
    static Result<QJsonArray> slabsFromText(const QString &text);
    static Result<QJsonArray> periodsFromText(const QString &text);
    QString slabsText() const;   // empty for a flat rate
    QString periodsText() const; // empty without periods

    bool isFlat() const { return m_flat; }
    // A flat rate is one open slab labelled "flat", so every caller walks slabs alike.
    const QList<Slab> &slabs() const { return m_slabs; }
    const QList<Period> &periods() const { return m_periods; }
    std::optional<qint64> generatorRateMilli() const { return m_generatorRateMilli; }
    qint64 fixedDailyMilli() const { return m_fixedDailyMilli; }
    qint64 fixedMonthlyMilli() const { return m_fixedMonthlyMilli; }
    qint64 taxMilliPercent() const { return m_taxMilliPercent; } // 18 % = 18000

    // Where slab `index` starts and ends in the month's grid energy (none: open-ended).
    qint64 slabStartWh(int index) const;
    std::optional<qint64> slabEndWh(int index) const;
    // The slab that the next Wh goes to when the month has used `monthGridWh` so far.
    int slabAt(qint64 monthGridWh) const;
    // The TOU period holding a local minute of the day, or -1.
    int periodAt(int minuteOfDay) const;
    // What the next grid kWh costs (before tax): the period's rate inside a TOU period, else
    // the rate of the slab at the month's position.
    qint64 marginalGridRateMilli(qint64 monthGridWh, std::optional<int> minuteOfDay) const;

    // "0-20 kWh", "above 50 kWh", or "flat": how a sentence names slab `index`.
    QString slabDescription(int index) const;

    // round(wh x rate / 1000) in thousandths of the currency, exact in integers.
    static qint64 charge(qint64 wh, qint64 rateMilli);
    qint64 taxOn(qint64 amountMilli) const;
    // Fixed charges of `days` days of a month of `daysInMonth`: the daily charge for each
    // day, and the monthly charge in proportion (whole when the version covers the month).
    qint64 fixedCharges(int days, int daysInMonth) const;

private:
    Tariff() = default;

    bool m_flat = false;
    QList<Slab> m_slabs;
    QList<Period> m_periods;
    std::optional<qint64> m_generatorRateMilli;
    qint64 m_fixedDailyMilli = 0;
    qint64 m_fixedMonthlyMilli = 0;
    qint64 m_taxMilliPercent = 0;
};

// A tariff in force from a local date of the meter until the next version's date.
struct TariffVersion
{
    QDate validFrom;
    Tariff tariff;
};
