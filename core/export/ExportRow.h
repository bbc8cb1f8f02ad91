#pragma once

#include "ExportCell.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct Meter;

// One row of an exported kind (reading, usage bucket, day, month, year, recharge, session,
// alert, bill), the one thing both outputs are made of: the CSV record is `cells()` under
// `names()`, and the JSON object (`kilowatch-cli --json`) is the same cells under the same
// names with the same values, plus the kind's JSON-only keys.
//
// The rule that keeps both interfaces as they were:
// - every CSV column is a JSON key with the same value: numbers are the same exact decimal
//   (money rounded to the currency's minor unit in both, kWh and kW to 3 decimals), an empty
//   cell is null;
// - a JSON-only key is a value that is no single cell (a bill's `energy_charges` array) or
//   not the same in another database (a recharge's row `id`), or was never a CSV column
//   (an alert's `severity`); the CSV gains no column for them.
// The kinds' column sets and JSON-only keys are in ReadingColumns, UsageColumns,
// RechargeColumns, SessionColumns, AlertColumns and BillColumns.
class ExportRow
{
public:
    ExportRow(const QStringList &names, QList<ExportCell> cells, int moneyDigits);

    const QStringList &names() const { return m_names; }
    const QList<ExportCell> &cells() const { return m_cells; }
    int moneyDigits() const { return m_moneyDigits; }

    // A JSON-only key (see above); the CSV record does not have it.
    ExportRow &addJsonOnly(const QString &name, const QJsonValue &value);
    const QJsonObject &jsonOnly() const { return m_jsonOnly; }

    QJsonObject toJson() const;
    // The record's fields, not yet quoted or neutralised (CsvWriter does that).
    QList<QByteArray> toCsv() const;

    // Digits of `meter`'s money cells: its currency's minor unit.
    static int moneyDigits(const Meter &meter);

private:
    QStringList m_names;
    QList<ExportCell> m_cells;
    int m_moneyDigits = 2;
    QJsonObject m_jsonOnly;
};
