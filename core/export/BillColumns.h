#pragma once

#include "BillSource.h"
#include "ExportCell.h"
#include "ExportRow.h"
#include "analytics/BillCalculator.h"
#include "model/Meter.h"

#include <QStringList>

// The row type of a monthly bill (see ExportRow), shared by `kilowatch-cli bill --json` and the
// CSV export: meter, month, days_with_data, grid_kwh, generator_kwh, kwh, energy_amount,
// generator_amount, fixed_charges, tax, total. JSON-only: `energy_charges`, the priced lines
// (an array of {slab, kwh, rate, amount}), which is no single cell.
class BillColumns
{
public:
    static const QStringList &names();
    static const QStringList &jsonOnlyNames();
    static QList<ExportCell> cells(const QString &meter, const BillRow &bill);
    // The exported parts of a bill the tariff engine computed.
    static BillRow fromBill(const MonthlyBill &bill);
    // The row of a computed bill, `energy_charges` included.
    static ExportRow row(const Meter &meter, const MonthlyBill &bill);
};
