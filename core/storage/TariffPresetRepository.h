#pragma once

#include "model/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

// Tariffs saved under a name by the user (table tariff_presets): the spec in the stored form
// of Tariff::toJson() and the currency its rates are in. Saving a name again replaces it.
// Use TariffPresets, which checks names and specs; this class is the SQL only.
class TariffPresetRepository
{
public:
    struct Row
    {
        QString name;
        QString currency;
        QJsonObject spec;
    };

    explicit TariffPresetRepository(Database &db);

    Status save(const Row &row);
    // By name.
    Result<QList<Row>> list() const;
    // NotFound when there is no preset of that name.
    Status remove(const QString &name);

private:
    Database &m_db;
};
