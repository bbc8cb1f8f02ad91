#pragma once

#include "analytics/Tariff.h"
#include "model/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

// A tariff ready to apply to a meter: the built-in ones, from published tariffs (each with its
// source), and the ones the user saved under a name (kept in the database, table
// tariff_presets, so they survive restarts and are the same for the window and any front end).
struct TariffPreset
{
    QString name;     // for people (translated for the built-in ones)
    QString currency; // the ISO 4217 code its rates are in
    QString source;   // where the figures come from; empty for the user's own
    QJsonObject spec; // Tariff::fromJson's form
    bool builtIn = false;
};

class TariffPresets
{
public:
    explicit TariffPresets(Database &db);

    // The published tariffs Kilowatch knows, each valid (tst_tariffpresets checks every one).
    static QList<TariffPreset> builtIn();
    // Built-in first, then the user's by name.
    Result<QList<TariffPreset>> all() const;
    // Saves (or replaces) the user's preset `name`. Refused: an empty name, a built-in one's
    // name, no currency. The tariff is valid by construction (Tariff::fromJson).
    Status save(const QString &name, const QString &currency, const Tariff &tariff);
    // Removes the user's preset; a built-in one cannot be removed.
    Status remove(const QString &name);

private:
    Database &m_db;
};
