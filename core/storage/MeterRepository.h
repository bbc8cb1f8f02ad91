#pragma once

#include "model/Meter.h"
#include "model/Result.h"

#include <QList>

class Database;

// CRUD for meters. Validates what a user can get wrong (name, timezone, interval) with
// sentences fit to show as they are.
class MeterRepository
{
public:
    explicit MeterRepository(Database &db);

    Result<Meter> add(Meter meter);
    Status update(const Meter &meter);
    Status remove(qint64 id);
    Result<QList<Meter>> list() const;
    std::optional<Meter> findByName(const QString &name) const;
    std::optional<Meter> findById(qint64 id) const;

    static Status validate(const Meter &meter);

private:
    Database &m_db;
};
