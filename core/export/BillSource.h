#pragma once

#include "model/Meter.h"
#include "model/Result.h"

#include <QDate>
#include <QList>

#include <memory>
#include <optional>

class Database;

// One month's bill of a meter as exported. Unknown parts stay empty (never 0): a month
// without a tariff in force has its energy but no amounts.
struct BillRow
{
    QDate month; // first day of the month
    int daysWithData = 0;
    std::optional<qint64> gridWh;
    std::optional<qint64> generatorWh;
    std::optional<qint64> energyChargeMilli;    // grid energy by slab / time of use
    std::optional<qint64> generatorChargeMilli; // at the generator rate
    std::optional<qint64> fixedChargeMilli;     // daily and monthly fixed charges
    std::optional<qint64> taxMilli;             // tax and levies
    std::optional<qint64> totalMilli;
};

// Where the CSV export gets monthly bills from: create() gives the tariff engine's
// (BillCalculator through the month summaries); tests may give their own.
class BillSource
{
public:
    virtual ~BillSource() = default;

    // Bills of every month from the month of `from` to the month of `to`, oldest first.
    virtual Result<QList<BillRow>> monthlyBills(const Meter &meter, const QDate &from, const QDate &to) = 0;

    // The tariff engine's bills on `db`.
    static std::unique_ptr<BillSource> create(Database &db);
};
