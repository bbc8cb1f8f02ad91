#pragma once

#include "ExportRow.h"
#include "analytics/BalanceSeries.h"
#include "model/Meter.h"

#include <QStringList>

// The rows of `kilowatch-cli balance` (see ExportRow): one per bucket of a BalanceSeries,
//   start, end, open, close, min, max, recharged
// (names scripts rely on). Times in the meter's zone (ISO 8601 with offset), money to the
// currency's minor unit; a bucket without readings has null values (an empty cell), never 0.
class BalanceColumns
{
public:
    static const QStringList &names();
    static ExportRow row(const Meter &meter, const BalanceBucket &bucket);
};
