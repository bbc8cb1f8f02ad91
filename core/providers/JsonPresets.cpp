#include "JsonPresets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonPresets)
};

QString optionName(const QString &key)
{
    return QStringLiteral("--") + QString(key).replace(QLatin1Char('_'), QLatin1Char('-'));
}

// The base address without a trailing slash, so that paths can be appended.
QString base(const QJsonObject &settings)
{
    QString url = settings.value(QStringLiteral("base_url")).toString().trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

QList<JsonPreset> buildPresets()
{
    QList<JsonPreset> list;

    JsonPreset usage;
    usage.name = QStringLiteral("usage-app");
    usage.description =
        Tr::tr("a usage_app monthly bill (--base-url, --customer ID); the bill is stored as a "
               "balance below zero: money owed");
    usage.inputs = {QStringLiteral("base_url"), QStringLiteral("customer")};
    usage.fill = [](const QJsonObject &settings) -> Result<QJsonObject> {
        const QString customer = settings.value(QStringLiteral("customer")).toString().trimmed();
        return QJsonObject{
            {QStringLiteral("url"), base(settings) + QStringLiteral("/api/v1/usage/create/")},
            {QStringLiteral("method"), QStringLiteral("POST")},
            {QStringLiteral("content_type"), QStringLiteral("application/x-www-form-urlencoded")},
            {QStringLiteral("body"),
             QStringLiteral("customer=") + QString::fromLatin1(QUrl::toPercentEncoding(customer))},
            // 409: the month was already processed; the answer carries the same total.
            {QStringLiteral("accept_status"), QStringLiteral("201,409")},
            {QStringLiteral("balance_path"), QStringLiteral("total_price")},
            {QStringLiteral("scale_balance"), -1.0},
        };
    };
    list.append(usage);

    JsonPreset assistant;
    assistant.name = QStringLiteral("home-assistant");
    assistant.description = Tr::tr("a Home Assistant energy sensor in kWh (--base-url, --entity sensor.x; "
                                   "the access token as the secret token)");
    assistant.inputs = {QStringLiteral("base_url"), QStringLiteral("entity")};
    assistant.fill = [](const QJsonObject &settings) -> Result<QJsonObject> {
        static const QRegularExpression entityId(QStringLiteral("^[a-z0-9_]+\\.[a-z0-9_]+$"));
        const QString entity = settings.value(QStringLiteral("entity")).toString().trimmed();
        if (!entityId.match(entity).hasMatch())
            return Result<QJsonObject>::failure(
                Tr::tr("--entity needs a Home Assistant entity id such as sensor.grid_energy, not \"%1\".")
                    .arg(entity));
        return QJsonObject{
            {QStringLiteral("url"), base(settings) + QStringLiteral("/api/states/") + entity},
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("header"), QJsonArray{QStringLiteral("Authorization: Bearer ${secret:token}")}},
            {QStringLiteral("grid_kwh_path"), QStringLiteral("state")},
            {QStringLiteral("time_path"), QStringLiteral("last_updated")},
            {QStringLiteral("time_format"), QStringLiteral("iso")},
            {QStringLiteral("expect"), QJsonArray{QStringLiteral("attributes.unit_of_measurement=kWh")}},
        };
    };
    list.append(assistant);

    return list;
}

} // namespace

const QList<JsonPreset> &JsonPresets::all()
{
    static const QList<JsonPreset> presets = buildPresets();
    return presets;
}

const JsonPreset *JsonPresets::find(const QString &name)
{
    for (const JsonPreset &preset : all()) {
        if (preset.name == name)
            return &preset;
    }
    return nullptr;
}

QStringList JsonPresets::names()
{
    QStringList list;
    for (const JsonPreset &preset : all())
        list.append(preset.name);
    return list;
}

Result<QJsonObject> JsonPresets::expand(const QJsonObject &settings)
{
    const QString name = settings.value(QStringLiteral("preset")).toString().trimmed();
    const JsonPreset *chosen = nullptr;
    if (!name.isEmpty()) {
        chosen = find(name);
        if (!chosen)
            return Result<QJsonObject>::failure(
                Tr::tr("\"%1\" is not a preset of the json provider; choose one of: %2.")
                    .arg(name, names().join(QStringLiteral(", "))));
    }
    // An input of another preset would be silently ignored: say so instead.
    for (const JsonPreset &preset : all()) {
        for (const QString &key : preset.inputs) {
            if (settings.contains(key) && !(chosen && chosen->inputs.contains(key))) {
                QStringList users;
                for (const JsonPreset &p : all()) {
                    if (p.inputs.contains(key))
                        users.append(p.name);
                }
                return Result<QJsonObject>::failure(Tr::tr("%1 is used only with --preset %2.")
                                                        .arg(optionName(key), users.join(Tr::tr(" or "))));
            }
        }
    }
    if (!chosen)
        return settings;
    QStringList missing;
    for (const QString &key : chosen->inputs) {
        if (settings.value(key).toString().trimmed().isEmpty())
            missing.append(optionName(key));
    }
    if (!missing.isEmpty())
        return Result<QJsonObject>::failure(
            Tr::tr("The %1 preset needs %2.").arg(chosen->name, missing.join(Tr::tr(" and "))));
    Result<QJsonObject> filled = chosen->fill(settings);
    if (!filled)
        return filled;
    QJsonObject merged = settings;
    for (auto it = filled->begin(); it != filled->end(); ++it) {
        if (!merged.contains(it.key()))
            merged.insert(it.key(), it.value());
    }
    return merged;
}
