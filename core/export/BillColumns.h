#pragma once

#include "BillSource.h"
#include "ExportCell.h"

#include <QJsonObject>
#include <QStringList>

// The public column set of monthly bills: meter, month,
// days_with_data, grid_kwh, generator_kwh, kwh, energy_amount, generator_amount, fixed_charges, tax, total.
class BillColumns
{
public:
    static const QStringList &names();
    static QList<ExportCell> cells(const QString &meter, const BillRow &bill);
    static QJsonObject toJson(const QString &meter, const BillRow &bill);
};
