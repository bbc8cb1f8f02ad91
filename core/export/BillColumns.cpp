#include "BillColumns.h"

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

QJsonObject BillColumns::toJson(const QString &meter, const BillRow &bill)
{
    return ExportCell::toJsonObject(names(), cells(meter, bill));
}
