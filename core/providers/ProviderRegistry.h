#pragma once

#include "ProviderContext.h"
#include "model/Meter.h"
#include "model/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class MeterProvider;
class QObject;

// One row per provider kind: how the CLI and the window offer it, its defaults, the
// non-secret options it takes and how to build its adapter. Adding a provider is adding a row.
struct ProviderOption
{
    QString name;        // CLI option without the leading dashes, e.g. "base-url"
    QString valueName;   // shown in --help
    QString description; // shown in --help and as the field's tooltip
    enum class Type
    {
        Text,
        Integer,
        Number,
        Url,
        Flag, // no value: present means true
    } type = Type::Text;
    bool required = false;
    // May be given several times; the setting is then a JSON array of the values, in order.
    bool repeatable = false;
    // For people (the meter dialog): a label in words, one line of help saying what the
    // field is and where to find it, and an example value ("e.g. ..."), all translated.
    QString label{};
    QString help{};
    QString example{};
    // The only values it takes, when there is such a list (the meter dialog offers them in a
    // list rather than a text field); empty: any text of its type.
    QStringList choices{};

    // The meter settings key: the name with '_' for '-', e.g. "base_url".
    QString settingsKey() const { return QString(name).replace(QLatin1Char('-'), QLatin1Char('_')); }
};

// A credential field in words, as the meter dialog shows it.
struct ProviderFieldText
{
    QString label{};
    QString help{};
};

struct ProviderInfo
{
    QString kind;
    QString displayName;
    int defaultIntervalSeconds = 3600;
    QString defaultTimezone;
    QString defaultCurrency;
    QList<ProviderOption> options;
    // Credential fields, stored in the keychain (kilowatch-cli ... --secret-stdin).
    QStringList requiredSecrets;
    QStringList optionalSecrets;
    // False for meters whose readings are typed in (manual): never polled.
    bool polled = true;
    // Whether its readings carry grid or generator kWh counters (a person reading a manual
    // meter can give them); unset: money only. See ReadingEntry::hasCounters.
    std::function<bool(const Meter &)> reportsCounters;
    // Fills settings the user did not give (e.g. the simulator's seed and origin).
    std::function<void(Meter &)> prepare;
    // Cross-field checks after the options were applied (e.g. "--base-url or both URLs").
    std::function<Status(const Meter &)> validate;
    std::function<MeterProvider *(const Meter &, const ProviderContext &, QObject *parent)> create;

    // The credential fields' labels and help, by field name.
    QHash<QString, ProviderFieldText> secretTexts;

    QStringList secrets() const { return requiredSecrets + optionalSecrets; }
    // The field's label and help; the field's name when it has none.
    ProviderFieldText secretText(const QString &field) const
    {
        return secretTexts.value(field, ProviderFieldText{field, QString()});
    }
};

class ProviderRegistry
{
public:
    static const QList<ProviderInfo> &all();
    static const ProviderInfo *find(const QString &kind);
    static QStringList kinds();
    // Checks and converts option values into meter settings (a repeatable option appends to
    // its array); a sentence on failure.
    static Status applyOption(const ProviderOption &option, const QString &value, Meter &meter);
    static MeterProvider *create(const Meter &meter, const ProviderContext &context, QObject *parent);
};
