#pragma once

#include "model/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// A ready-made configuration of the generic JSON provider for a known kind of service.
struct JsonPreset
{
    QString name;        // --preset NAME
    QString description; // shown in --help
    QStringList inputs;  // settings keys the user must give, e.g. base_url, customer
    // The settings the preset supplies, from the user's inputs (already checked present).
    std::function<Result<QJsonObject>(const QJsonObject &settings)> fill;
};

// The shipped presets. A preset fills settings the user did not give: any setting given on
// the command line (a --header, a --balance-path, ...) replaces the preset's value for that
// setting as a whole.
//
// usage-app: a usage_app-style monthly bill (POST {base}/api/v1/usage/create/ with the form
//   field customer=<id>; 201 {"message":..., "total_price":"$12.34"} for a new month, 409 with
//   the same body when the month was already processed). The bill is money owed, so it is
//   stored as the balance below zero (scale_balance -1): a growing bill shows as spending,
//   and a new month's smaller bill as the previous one settled. This is the honest fit for a
//   prepaid tracker's one money field; storing the bill as a positive balance would show
//   every increase of the debt as a recharge. The endpoint is the same call the service's own
//   usage_client makes: the first call in a month records that month's bill.
// home-assistant: a Home Assistant energy sensor (GET {base}/api/states/<entity> with
//   "Authorization: Bearer ${secret:token}"): state -> grid counter in kWh, last_updated ->
//   reading time, and the sensor's unit must be kWh (override with
//   --expect attributes.unit_of_measurement=Wh --scale-energy 0.001 for a Wh sensor).
class JsonPresets
{
public:
    static const QList<JsonPreset> &all();
    static const JsonPreset *find(const QString &name);
    static QStringList names();

    // `settings` with the preset's values filled in where the user gave none (unchanged
    // without a preset); a sentence for an unknown preset, a missing input, or an input of a
    // preset that was not chosen.
    static Result<QJsonObject> expand(const QJsonObject &settings);
};
