#pragma once

#include "ExportCell.h"

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

// The public column set of a recharge (CSV export and import, and the JSON of a recharges
// command): meter, time, amount, balance_after, origin, token.
class RechargeColumns
{
public:
    static const QStringList &names();
    static QList<ExportCell> cells(const QString &meter, const QTimeZone &zone, const RechargeRecord &r);
    static QJsonObject toJson(const QString &meter, const QTimeZone &zone, const RechargeRecord &r);
};
