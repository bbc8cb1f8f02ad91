#include "MeterSetup.h"

#include "providers/ProviderRegistry.h"
#include "secrets/SecretStore.h"
#include "secrets/SessionFallbackSecretStore.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>
#include <memory>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MeterSetup)
};

using Kind = MeterSetup::ErrorKind;
using Outcome = MeterSetup::Outcome;

const QString kAllowHttp = QStringLiteral("allow_http");

QString normalisedCurrency(const QString &text)
{
    const QString code = text.trimmed();
    // The pseudo-currency of unit-based meters is spelt as the registry spells it.
    if (code.compare(QLatin1String("kwh"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("kWh");
    return code.toUpper();
}

// Writes `fields` of `values` one after the other; on a failure removes what it wrote, then
// reports. Shared by add and update; holds no pointer to the MeterSetup that started it.
struct SecretWrite : std::enable_shared_from_this<SecretWrite>
{
    QPointer<SecretStore> store;
    MeterSetup::NoKeychainQuestion ask;
    qint64 meterId = 0;
    QHash<QString, QString> values;
    QStringList remaining;
    QStringList written;             // keys, to take back on a failure
    std::function<void()> succeeded; // every credential is where it belongs
    std::function<void(Kind, const QString &)> failed;
    bool removeWrittenOnFailure = true;

    void next()
    {
        if (!store)
            return failed(Kind::SecretStoreFailed, SecretStore::noKeychainSentence());
        if (remaining.isEmpty())
            return succeeded();
        const QString field = remaining.takeFirst();
        const QString key = SecretStore::keyFor(meterId, field);
        store->write(
            key, values.value(field),
            [self = shared_from_this(), field, key](SecretStore::Error error, const QString &message) {
                self->onWritten(field, key, error, message);
            });
    }

    void onWritten(const QString &field, const QString &key, SecretStore::Error error, const QString &message)
    {
        if (error == SecretStore::Error::None) {
            written.append(key);
            return next();
        }
        if (error == SecretStore::Error::NoKeychain) {
            auto *fallback = qobject_cast<SessionFallbackSecretStore *>(store.data());
            if (fallback && ask && ask(message)) {
                // Agreed once for all of this meter's credentials.
                fallback->keepForSession(key, values.value(field));
                for (const QString &other : std::as_const(remaining))
                    fallback->keepForSession(SecretStore::keyFor(meterId, other), values.value(other));
                remaining.clear();
                return succeeded();
            }
            return takeBack(Kind::NoKeychain, message);
        }
        takeBack(Kind::SecretStoreFailed, message);
    }

    // Removes the credentials written so far, one after the other, then reports the failure.
    void takeBack(Kind kind, const QString &message)
    {
        if (!removeWrittenOnFailure || written.isEmpty() || !store)
            return failed(kind, message);
        const QString key = written.takeLast();
        store->remove(key, [self = shared_from_this(), kind, message](SecretStore::Error, const QString &) {
            self->takeBack(kind, message);
        });
    }
};

QStringList sortedFields(const QHash<QString, QString> &values)
{
    QStringList fields;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!it.value().isEmpty())
            fields.append(it.key());
    }
    fields.sort();
    return fields;
}

// The write of a draft's credentials (`secrets`) for one meter; the caller sets what follows.
std::shared_ptr<SecretWrite> secretWrite(SecretStore *store, const MeterSetup::NoKeychainQuestion &ask,
                                         qint64 meterId, const QHash<QString, QString> &secrets)
{
    auto write = std::make_shared<SecretWrite>();
    write->store = store;
    write->ask = ask;
    write->meterId = meterId;
    write->values = secrets;
    write->remaining = sortedFields(secrets);
    return write;
}

} // namespace

MeterSetup::MeterSetup(Database &db, SecretStore &secrets, Clock clock)
    : m_db(db)
    , m_secrets(secrets)
    , m_clock(std::move(clock))
{}

MeterSetup::Outcome MeterSetup::check(const Draft &draft, const std::optional<Meter> &existing)
{
    const QString kind = draft.provider.trimmed();
    if (kind.isEmpty())
        return Outcome::failure(Kind::Missing, QStringLiteral("provider"), Tr::tr("Choose a provider."));
    const ProviderInfo *info = ProviderRegistry::find(kind);
    if (!info)
        return Outcome::failure(Kind::InvalidInput, QStringLiteral("provider"),
                                Tr::tr("\"%1\" is not a provider; choose one of: %2.")
                                    .arg(kind, ProviderRegistry::kinds().join(QStringLiteral(", "))));
    Meter meter = existing.value_or(Meter{});
    meter.name = draft.name.trimmed();
    meter.provider = info->kind;
    meter.intervalSeconds =
        draft.intervalSeconds.value_or(existing ? existing->intervalSeconds : info->defaultIntervalSeconds);
    const QString zone = draft.timezone.trimmed();
    meter.timezone = !zone.isEmpty() ? zone : existing ? existing->timezone : info->defaultTimezone;
    const QString currency = normalisedCurrency(draft.currency);
    meter.currency = !currency.isEmpty() ? currency : existing ? existing->currency : info->defaultCurrency;
    if (meter.currency.isEmpty())
        return Outcome::failure(
            Kind::Missing, QStringLiteral("currency"),
            Tr::tr("The %1 provider has no default currency; give a currency code such as USD, INR or BDT.")
                .arg(info->kind));
    if (draft.lowBalanceMilli && *draft.lowBalanceMilli < 0)
        return Outcome::failure(Kind::InvalidInput, QStringLiteral("low-balance"),
                                Tr::tr("The low balance warning cannot be below zero."));
    meter.lowBalanceMilli = draft.lowBalanceMilli;

    // The provider's options are the draft's: an edit clears what it no longer lists.
    for (const ProviderOption &o : info->options)
        meter.settings.remove(o.settingsKey());
    meter.settings.remove(kAllowHttp);
    for (const auto &[name, value] : draft.options) {
        const auto own = std::find_if(info->options.begin(), info->options.end(),
                                      [&name = name](const ProviderOption &p) { return p.name == name; });
        if (own == info->options.end())
            return Outcome::failure(
                Kind::InvalidInput, name,
                Tr::tr("--%1 is not an option of the %2 provider.").arg(name, info->kind));
        if (Status applied = ProviderRegistry::applyOption(*own, value, meter); !applied)
            return Outcome::failure(Kind::InvalidInput, name, applied.error());
    }
    for (const ProviderOption &o : info->options) {
        const bool given = std::any_of(draft.options.begin(), draft.options.end(),
                                       [&o](const auto &option) { return option.first == o.name; });
        if (o.required && !given)
            return Outcome::failure(
                Kind::Missing, o.name,
                Tr::tr("\"%1\" is required for the %2 provider.").arg(o.name, info->kind));
    }
    // Only a provider with a server of its own takes plain http.
    if (draft.allowHttp && info->polled && info->kind != QLatin1String("simulator"))
        meter.settings.insert(kAllowHttp, true);

    if (Status valid = MeterRepository::validate(meter); !valid)
        return Outcome::failure(Kind::InvalidInput, QString(), valid.error());
    if (info->validate) {
        if (Status valid = info->validate(meter); !valid)
            return Outcome::failure(Kind::InvalidInput, QString(), valid.error());
    }
    return Outcome::success(meter);
}

void MeterSetup::prepare(Meter &meter, qint64 now)
{
    meter.createdAt = now;
    if (const ProviderInfo *info = ProviderRegistry::find(meter.provider); info && info->prepare)
        info->prepare(meter);
}

std::optional<MeterSetup::Outcome> MeterSetup::checkSecrets(const Meter &meter, const Draft &draft,
                                                            bool adding)
{
    const ProviderInfo *info = ProviderRegistry::find(meter.provider);
    const QStringList fields = info ? info->secrets() : QStringList();
    for (const QString &field : sortedFields(draft.secrets)) {
        if (fields.isEmpty())
            return Outcome::failure(Kind::InvalidInput, field,
                                    Tr::tr("The %1 provider takes no credentials.").arg(meter.provider));
        if (!fields.contains(field))
            return Outcome::failure(Kind::InvalidInput, field,
                                    Tr::tr("\"%1\" is not a credential of the %2 provider; it takes: %3.")
                                        .arg(field, meter.provider, fields.join(QStringLiteral(", "))));
    }
    if (adding && info) {
        for (const QString &field : info->requiredSecrets) {
            if (draft.secrets.value(field).isEmpty())
                return Outcome::failure(Kind::Missing, field,
                                        Tr::tr("The credential \"%1\" is required.").arg(field));
        }
    }
    return std::nullopt;
}

void MeterSetup::add(const Draft &draft, const Done &done)
{
    Outcome checked = check(draft);
    if (!checked)
        return done(checked);
    if (std::optional<Outcome> refused = checkSecrets(*checked.meter, draft, true))
        return done(*refused);
    Meter meter = *checked.meter;
    MeterRepository meters(m_db);
    if (meters.findByName(meter.name))
        return done(Outcome::failure(Kind::AlreadyExists, QStringLiteral("name"),
                                     Tr::tr("A meter named \"%1\" already exists.").arg(meter.name)));
    prepare(meter, m_clock.now());
    const Result<Meter> added = meters.add(meter);
    if (!added)
        return done(Outcome::failure(added.errorKind(), QString(), added.error()));
    const Meter &stored = added.value();

    const std::shared_ptr<SecretWrite> write =
        secretWrite(&m_secrets, m_askNoKeychain, stored.id, draft.secrets);
    write->succeeded = [done, stored] { done(Outcome::success(stored)); };
    Database *db = &m_db;
    write->failed = [done, db, id = stored.id](Kind kind, const QString &message) {
        // Nothing half-done: without its credentials the meter is not kept.
        MeterRepository(*db).remove(id);
        done(Outcome::failure(kind, QString(), message));
    };
    write->next();
}

void MeterSetup::update(const Meter &existing, const Draft &draft, const Done &done)
{
    Outcome checked = check(draft, existing);
    if (!checked)
        return done(checked);
    if (std::optional<Outcome> refused = checkSecrets(*checked.meter, draft, false))
        return done(*refused);
    const Meter meter = *checked.meter;
    MeterRepository meters(m_db);
    if (const auto other = meters.findByName(meter.name); other && other->id != meter.id)
        return done(Outcome::failure(Kind::AlreadyExists, QStringLiteral("name"),
                                     Tr::tr("A meter named \"%1\" already exists.").arg(meter.name)));
    if (Status saved = meters.update(meter); !saved)
        return done(Outcome::failure(saved.errorKind(), QString(), saved.error()));

    const std::shared_ptr<SecretWrite> write =
        secretWrite(&m_secrets, m_askNoKeychain, meter.id, draft.secrets);
    // The old values are gone once replaced: removing the new ones would lose both.
    write->removeWrittenOnFailure = false;
    write->succeeded = [done, meter] { done(Outcome::success(meter)); };
    Database *db = &m_db;
    write->failed = [done, db, existing](Kind kind, const QString &message) {
        MeterRepository(*db).update(existing);
        done(Outcome::failure(kind, QString(), message));
    };
    write->next();
}

void MeterSetup::remove(const Meter &meter, const Done &done)
{
    if (Status removed = MeterRepository(m_db).remove(meter.id); !removed)
        return done(Outcome::failure(removed.errorKind(), QString(), removed.error()));
    const ProviderInfo *info = ProviderRegistry::find(meter.provider);
    const QStringList fields = info ? info->secrets() : QStringList{};
    if (fields.isEmpty())
        return done(Outcome::success(meter));
    auto left = std::make_shared<int>(static_cast<int>(fields.size()));
    for (const QString &field : fields) {
        m_secrets.remove(SecretStore::keyFor(meter.id, field),
                         [left, meter, done](SecretStore::Error, const QString &) {
                             if (--*left == 0)
                                 done(Outcome::success(meter));
                         });
    }
}
