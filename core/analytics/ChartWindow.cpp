#include "ChartWindow.h"

#include <QCoreApplication>

Status ChartWindow::checkInterval(int intervalHours)
{
    if (intervalHours < kMinIntervalHours || intervalHours > kMaxIntervalHours)
        return Status::failure(
            QCoreApplication::translate("ChartWindow", "The interval must be between %1 and %2 hours.")
                .arg(kMinIntervalHours)
                .arg(kMaxIntervalHours));
    return {};
}

Status ChartWindow::checkRange(qint64 windowStart, qint64 at, int groupMinutes, bool limitLength)
{
    if (groupMinutes < kMinGroupMinutes || groupMinutes > kMaxGroupMinutes)
        return Status::failure(
            QCoreApplication::translate("ChartWindow", "The grouping must be between %1 and %2 minutes.")
                .arg(kMinGroupMinutes)
                .arg(kMaxGroupMinutes));
    if (at <= windowStart)
        return Status::failure(
            QCoreApplication::translate("ChartWindow", "The end of the window must be after its start."));
    if (limitLength && at - windowStart > qint64(kMaxIntervalHours) * 3600)
        return checkInterval(kMaxIntervalHours + 1);
    return {};
}
