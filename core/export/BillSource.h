#pragma once

#include "model/Meter.h"
#include "model/Result.h"

#include <QDate>
#include <QList>

#include <memory>
#include <optional>

class Database;

// One month's bill of a meter under its tariff. Unknown parts stay empty (never 0).
struct MonthlyBill
{
    QDate month; // first day of the month
    std::optional<qint64> gridWh;
    std::optional<qint64> generatorWh;
    std::optional<qint64> energyChargeMilli;    // grid energy by slab / time of use
    std::optional<qint64> generatorChargeMilli; // at the generator rate
    std::optional<qint64> fixedChargeMilli;     // daily and monthly fixed charges
    std::optional<qint64> taxMilli;             // tax and levies
    std::optional<qint64> totalMilli;
};

// Where the CSV export gets monthly bills from. The export only depends on this interface;
// the tariff engine (BillCalculator) implements it. Until a build wires one in, create()
// returns nullptr and exporting bills says so instead of writing guesses.
class BillSource
{
public:
    virtual ~BillSource() = default;

    // Bills of every month from the month of `from` to the month of `to`, oldest first.
    virtual Result<QList<MonthlyBill>> monthlyBills(const Meter &meter, const QDate &from,
                                                    const QDate &to) = 0;

    // The bill source of this build on `db`, or nullptr when there is none yet.
    static std::unique_ptr<BillSource> create(Database &db);
};
