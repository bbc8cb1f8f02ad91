#pragma once

#include "ExportCell.h"
#include "model/PowerSource.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// A power-source session as stored (source_sessions): an open session has no end yet.
struct SessionRecord
{
    PowerSource source = PowerSource::Unknown;
    qint64 start = 0; // UTC seconds
    std::optional<qint64> end;
    qint64 energyWh = 0;
    qint64 costMilli = 0;

    std::optional<qint64> durationSeconds() const;
    // Average power in W over the session; unknown while open or when it lasted no time.
    std::optional<qint64> averageW() const;
};

// The public column set of a grid or generator session: meter, source, start, end,
// duration_s, kwh, cost, avg_kw.
class SessionColumns
{
public:
    static const QStringList &names();
    static QList<ExportCell> cells(const QString &meter, const QTimeZone &zone, const SessionRecord &s);
    static QJsonObject toJson(const QString &meter, const QTimeZone &zone, const SessionRecord &s);
};
