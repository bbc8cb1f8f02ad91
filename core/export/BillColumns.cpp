#include "BillColumns.h"

#include <QJsonArray>

const QStringList &BillColumns::names()
{
    static const QStringList columns = {
        QStringLiteral("meter"),          QStringLiteral("month"),
        QStringLiteral("days_with_data"), QStringLiteral("grid_kwh"),
        QStringLiteral("generator_kwh"),  QStringLiteral("kwh"),
        QStringLiteral("energy_amount"),  QStringLiteral("generator_amount"),
        QStringLiteral("fixed_charges"),  QStringLiteral("tax"),
        QStringLiteral("total"),
    };
    return columns;
}

QList<ExportCell> BillColumns::cells(const QString &meter, const BillRow &bill)
{
    std::optional<qint64> total;
    if (bill.gridWh || bill.generatorWh)
        total = bill.gridWh.value_or(0) + bill.generatorWh.value_or(0);
    return {
        ExportCell::text(meter),
        ExportCell::text(bill.month.toString(QStringLiteral("yyyy-MM"))),
        ExportCell::integer(bill.daysWithData),
        ExportCell::thousandths(bill.gridWh),
        ExportCell::thousandths(bill.generatorWh),
        ExportCell::thousandths(total),
        ExportCell::money(bill.energyChargeMilli),
        ExportCell::money(bill.generatorChargeMilli),
        ExportCell::money(bill.fixedChargeMilli),
        ExportCell::money(bill.taxMilli),
        ExportCell::money(bill.totalMilli),
    };
}

const QStringList &BillColumns::jsonOnlyNames()
{
    static const QStringList keys = {QStringLiteral("energy_charges")};
    return keys;
}

BillRow BillColumns::fromBill(const MonthlyBill &bill)
{
    BillRow row;
    row.month = QDate(bill.month.year(), bill.month.month(), 1);
    row.daysWithData = bill.daysWithData;
    row.gridWh = bill.gridWh;
    row.generatorWh = bill.generatorWh;
    row.energyChargeMilli = bill.energyAmountMilli();
    row.generatorChargeMilli = bill.generatorAmountMilli;
    row.fixedChargeMilli = bill.fixedChargesMilli;
    row.taxMilli = bill.taxMilli;
    row.totalMilli = bill.totalMilli;
    return row;
}

ExportRow BillColumns::row(const Meter &meter, const MonthlyBill &bill)
{
    const int digits = ExportRow::moneyDigits(meter);
    ExportRow row(names(), cells(meter.name, fromBill(bill)), digits);
    QJsonArray lines;
    for (const BillLine &line : bill.energyCharges) {
        // A rate is money per kWh: thousandths, as the tariff stores it.
        lines.append(
            QJsonObject{{QStringLiteral("slab"), line.slab},
                        {QStringLiteral("kwh"), ExportCell::thousandths(line.wh).toJson(digits)},
                        {QStringLiteral("rate"), ExportCell::thousandths(line.rateMilli).toJson(digits)},
                        {QStringLiteral("amount"), ExportCell::money(line.amountMilli).toJson(digits)}});
    }
    row.addJsonOnly(QStringLiteral("energy_charges"), lines);
    return row;
}
