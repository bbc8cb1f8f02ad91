#pragma once

#include "model/Clock.h"
#include "model/Error.h"
#include "model/Meter.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

class Database;
class SecretStore;

// Setting a meter up, for every front end (the window's meter dialog, `kilowatch-cli meter
// add`, the coming HTTP API): one call checks what was typed against every rule (the
// provider, its options and credentials, the name, time zone, currency, interval and low
// balance), stores the meter, writes its credentials to the SecretStore and, when anything
// fails, takes it all back (the meter row and the credentials already written), so nothing
// is ever half-added. Front ends only turn their input (options, form fields) into a Draft and
// the outcome into their output.
class MeterSetup
{
public:
    // The kinds a set-up fails with: InvalidInput (a rule of the draft is broken), Missing (a
    // required value, the field, was not given), AlreadyExists (another meter has this name), a
    // storage kind (the database refused the meter): nothing was stored; NoKeychain (no OS
    // keychain, and not kept for the session) or SecretStoreFailed (a credential was refused):
    // all rolled back.
    using ErrorKind = ::ErrorKind;
    struct Error
    {
        ErrorKind kind = ErrorKind::InvalidInput;
        // What the sentence is about, where it is one thing: "name", "provider", "interval",
        // "timezone", "currency", "low-balance", a provider option's name ("base-url") or a
        // credential field ("token"). Empty otherwise.
        QString field;
        QString sentence; // for people, translated
    };
    // The meter (as stored, or as checked), or why not.
    struct Outcome
    {
        std::optional<Meter> meter;
        Error error;

        bool ok() const { return meter.has_value(); }
        explicit operator bool() const { return ok(); }
        static Outcome success(Meter m)
        {
            Outcome o;
            o.meter = std::move(m);
            return o;
        }
        static Outcome failure(ErrorKind kind, QString field, QString sentence)
        {
            Outcome o;
            o.error = Error{kind, std::move(field), std::move(sentence)};
            return o;
        }
    };

    // A meter as a front end took it in. Text is trimmed here; unset or empty values take the
    // provider's default (or, when editing, the meter's current value).
    struct Draft
    {
        QString name;
        QString provider; // provider kind, e.g. "elnet"
        std::optional<int> intervalSeconds;
        QString timezone;                      // IANA id
        QString currency;                      // ISO 4217 code, or "kWh"; upper-cased (kWh kept as kWh)
        std::optional<qint64> lowBalanceMilli; // unset: no low balance warning
        // Plain http to a non-loopback server; only providers with a server take it.
        bool allowHttp = false;
        // The provider's options as typed, by option name ("base-url"), in order: a repeatable
        // option may come several times, a flag is set by any value. Options not listed are
        // unset (when editing: cleared).
        QList<std::pair<QString, QString>> options;
        // Credential field -> value. An empty value counts as not given (when editing: keep
        // the stored one).
        QHash<QString, QString> secrets;
    };

    using Done = std::function<void(const Outcome &)>;
    // Asked when the store answers that no keychain is reachable: true keeps the credentials
    // for this session only (the store must be a SessionFallbackSecretStore). Unset, or false:
    // the set-up fails with NoKeychain and is rolled back.
    using NoKeychainQuestion = std::function<bool(const QString &sentence)>;

    // `db` and `secrets` must outlive every call's `done`.
    MeterSetup(Database &db, SecretStore &secrets, Clock clock = {});

    void setNoKeychainQuestion(NoKeychainQuestion ask) { m_askNoKeychain = std::move(ask); }

    // Every rule but the credentials', with nothing stored: the meter the draft describes (id
    // 0 for a new one, not prepared), or the first problem. `existing`: the meter being edited
    // (its id, creation time and the settings that are not the provider's options are kept).
    static Outcome check(const Draft &draft, const std::optional<Meter> &existing = std::nullopt);
    // What a new meter gets before it is stored: its creation time and the provider's own
    // settings (e.g. the simulator's seed). For a meter that is only probed, too.
    static void prepare(Meter &meter, qint64 now);

    // Checks the draft and its credentials (the provider's required ones must be there),
    // stores the meter and writes the credentials. `done` gets the stored meter, or the
    // error with nothing left behind. It runs inside the call when no credential is written.
    void add(const Draft &draft, const Done &done);
    // The same for an edited meter: its credentials left empty in the draft stay as stored.
    // When a credential cannot be written, the meter's row is put back as it was (credentials
    // already replaced stay replaced).
    void update(const Meter &existing, const Draft &draft, const Done &done);
    // Removes the meter, everything stored for it and then its credentials (best effort: a
    // keychain that is missing or has none has nothing to remove). `done` gets the removed
    // meter, or the database's error with nothing removed.
    void remove(const Meter &meter, const Done &done);

private:
    static std::optional<Outcome> checkSecrets(const Meter &meter, const Draft &draft, bool adding);

    Database &m_db;
    SecretStore &m_secrets;
    Clock m_clock;
    NoKeychainQuestion m_askNoKeychain;
};
