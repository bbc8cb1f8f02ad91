#include "BillSource.h"

#include "BillColumns.h"

#include "analytics/BillCalculator.h"
#include "analytics/SummaryQuery.h"

namespace {

// Bills from the one tariff engine; a month it cannot price (no tariff in force) still
// shows its energy, with the amounts left empty.
class CalculatedBillSource final : public BillSource
{
public:
    explicit CalculatedBillSource(Database &db)
        : m_db(db)
    {}

    Result<QList<BillRow>> monthlyBills(const Meter &meter, const QDate &from, const QDate &to) override
    {
        const Result<QList<PeriodSummary>> months =
            SummaryQuery(m_db).run(meter, SummaryQuery::Period::Month, from, to);
        if (!months)
            return Result<QList<BillRow>>::failure(months.typedError());
        QList<BillRow> rows;
        for (const PeriodSummary &month : months.value()) {
            BillRow row;
            row.month = month.first;
            row.daysWithData = month.daysWithData;
            if (month.daysWithData > 0) {
                row.gridWh = month.gridWh;
                row.generatorWh = month.generatorWh;
            }
            const Result<MonthlyBill> bill = BillCalculator(m_db).compute(meter, month.first);
            if (bill)
                row = BillColumns::fromBill(bill.value());
            rows.append(row);
        }
        return rows;
    }

private:
    Database &m_db;
};

} // namespace

std::unique_ptr<BillSource> BillSource::create(Database &db)
{
    return std::make_unique<CalculatedBillSource>(db);
}
