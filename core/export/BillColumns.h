#pragma once

#include "BillSource.h"
#include "ExportCell.h"

#include <QJsonObject>
#include <QStringList>

// The public column set of monthly bills: meter, month, grid_kwh, generator_kwh, kwh,
// energy_charge, generator_charge, fixed_charge, tax, total.
class BillColumns
{
public:
    static const QStringList &names();
    static QList<ExportCell> cells(const QString &meter, const MonthlyBill &bill);
    static QJsonObject toJson(const QString &meter, const MonthlyBill &bill);
};
