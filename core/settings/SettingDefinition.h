#pragma once

#include "SettingKey.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <vector>

// One row of the settings table: the key's name in the INI file ("group/name"), its type,
// default, allowed range or values, and what it means. AppSettings, the Settings dialog and
// the comments in the file all read this one table, so a key is described in one place.
struct SettingDefinition
{
    Q_DECLARE_TR_FUNCTIONS(SettingDefinition)

public:
    enum class Type
    {
        Bool,          // true / false
        Integer,       // a whole number in [minimum, maximum]
        Milli,         // a decimal with up to 3 places kept in thousandths (money; kWh as Wh)
        OptionalMilli, // as Milli, or empty / 0 for "off" (a null QVariant in memory)
        Choice,        // one of `allowed` (any case in the file, canonical in memory)
        Language,      // "system" or a language code such as "bn" or "pt_BR"
        Time,          // local wall-clock time "HH:mm", kept as QTime
        ChatId,        // Telegram chat id: empty, a (negative) number or @channelname
        Url,           // https (plain http only to this computer), no credentials in it
        Blob,          // opaque bytes (window geometry and state), base64 in the file
    };

    SettingKey key;
    QString name; // "group/name" in the INI file
    Type type;
    QVariant defaultValue;
    qint64 minimum = 0; // Integer, Milli, OptionalMilli (thousandths for the latter two)
    qint64 maximum = 0;
    QStringList allowed;               // Choice, in the order of the matching AppSettings enum
    const char *description = nullptr; // QT_TRANSLATE_NOOP("SettingDefinition", ...)

    QString group() const;
    QString leaf() const;
    QString translatedDescription() const;

    // Reads a value as written in the file. With `clamp` (loading) a number outside the range
    // is brought into it and `note` says so; without it (set()) that is a failure. Failures
    // are a clause such as "“purple” is not system, light or dark".
    Result<QVariant> parse(const QString &text, bool clamp = false, QString *note = nullptr) const;
    // Checks a value handed in by code and returns it in canonical form.
    Result<QVariant> check(const QVariant &value) const;
    // The value as it is written in the file (before INI escaping).
    QString toText(const QVariant &value) const;
    // What is allowed, for messages and (untranslated) the file's comments ("1 to 720").
    QString allowedText(bool translated = true) const;

    static const std::vector<SettingDefinition> &all();
    static const SettingDefinition &of(SettingKey key);
    static const SettingDefinition *find(const QString &name);
    // True for text containing something shaped like a Telegram bot token: such values are
    // refused, because credentials belong in the OS keychain and never in this file.
    static bool looksLikeSecret(const QString &text);
    // Thousandths <-> "500", "0.125": exact decimal, no floating point.
    static QString milliToText(qint64 milli);
};
