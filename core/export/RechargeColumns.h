#pragma once

#include "ExportCell.h"
#include "ExportRow.h"
#include "model/Meter.h"
#include "model/RechargeEntry.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// A stored recharge as it is exported (the recharges table, deleted rows left out).
struct RechargeRecord
{
    qint64 time = 0; // UTC seconds
    qint64 amountMilli = 0;
    std::optional<qint64> balanceAfterMilli;
    QString origin; // detected, provider or manual
    QString token;  // empty when unknown
};

// The row type of a recharge (see ExportRow): CSV export and import, and the JSON of the
// recharge commands: meter, time, amount, balance_after, origin, token. JSON-only: `id`, the
// ledger's row id that `recharge edit|delete` take (another database, or an imported copy,
// numbers its rows otherwise, so the CSV never had it).
class RechargeColumns
{
public:
    static const QStringList &names();
    static QList<ExportCell> cells(const QString &meter, const QTimeZone &zone, const RechargeRecord &r);
    static const QStringList &jsonOnlyNames();
    static ExportRow row(const Meter &meter, const RechargeEntry &r);
};
