#pragma once

#include <QByteArray>
#include <QtGlobal>

class QCategoryAxis;

// Time labels in a meter's zone for a QCategoryAxis (QDateTimeAxis only knows the system
// zone): about one label per 110 px, on round local times ("HH:mm", the date at midnight, or
// "dd MMM" once the steps are days).
class TimeAxisLabels
{
public:
    static void fill(QCategoryAxis *axis, qint64 from, qint64 to, const QByteArray &timezone, int widthPx);
};
