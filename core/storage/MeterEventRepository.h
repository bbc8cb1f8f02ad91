#pragma once

#include "model/Result.h"

#include <QString>

class Database;

// Events in a meter's life that are not readings (meter_events): a counter that went
// backwards, a confirmed counter reset, ...
class MeterEventRepository
{
public:
    explicit MeterEventRepository(Database &db);

    // `kind` is a stable name such as "counter_reset"; `detail` a sentence for people.
    Status add(qint64 meterId, qint64 time, const QString &kind, const QString &detail);

private:
    Database &m_db;
};
