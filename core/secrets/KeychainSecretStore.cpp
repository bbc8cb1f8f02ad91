#include "KeychainSecretStore.h"

#include "Logging.h"

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

constexpr char kChunkMarker[] = "kilowatch-chunks:";

SecretStore::Error mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Error::None;
    case QKeychain::EntryNotFound:
        return SecretStore::Error::NotFound;
    // QtKeychain 0.13 reports a missing or locked Secret Service as NoBackendAvailable or
    // OtherError ("Cannot autolaunch D-Bus", "No such object path ..."): both mean no keychain.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return SecretStore::Error::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        break;
    }
    return SecretStore::Error::Other;
}

QString messageFor(SecretStore::Error error, const QString &detail)
{
    if (error == SecretStore::Error::NoKeychain)
        return SecretStore::noKeychainSentence();
    return detail;
}

QString chunkKey(const QString &key, int index)
{
    return key + QLatin1Char('#') + QString::number(index);
}

} // namespace

// The jobs have no parent: a job deleted while the keychain has not answered is called back
// into freed memory by QtKeychain's libsecret backend (qtkeychain issue 261), so a job outlives
// this store (closing Settings, quitting) and deletes itself when it finishes. The callbacks
// are connected with this store as their context: they never run once it is gone.
void KeychainSecretStore::readOne(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const Error error = mapError(finished->error());
        if (error != Error::None && error != Error::NotFound)
            qCWarning(lcStorage) << "keychain read failed:" << finished->errorString();
        done(error, error == Error::None ? read->textData() : QString(),
             messageFor(error, finished->errorString()));
    });
    job->start();
}

void KeychainSecretStore::writeOne(const QString &key, const QString &value, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        const Error error = mapError(finished->error());
        if (error != Error::None)
            qCWarning(lcStorage) << "keychain write failed:" << finished->errorString();
        done(error, messageFor(error, finished->errorString()));
    });
    job->start();
}

void KeychainSecretStore::removeOne(const QString &key, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        Error error = mapError(finished->error());
        if (error == Error::NotFound)
            error = Error::None; // already gone is what was asked
        done(error, messageFor(error, finished->errorString()));
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    readOne(key,
            [this, key, done = std::move(done)](Error error, const QString &value, const QString &message) {
                if (error != Error::None || !value.startsWith(QLatin1String(kChunkMarker))) {
                    done(error, value, message);
                    return;
                }
                // Reassemble a chunked value, one part after the other.
                const int parts = value.mid(int(sizeof(kChunkMarker)) - 1).toInt();
                auto joined = std::make_shared<QString>();
                auto next = std::make_shared<std::function<void(int)>>();
                *next = [this, key, parts, joined, next, done](int index) {
                    if (index == parts) {
                        // Copy what is needed first: clearing *next destroys this very lambda.
                        const ReadCallback finish = done;
                        const QString whole = *joined;
                        *next = nullptr; // breaks the reference cycle
                        finish(Error::None, whole, QString());
                        return;
                    }
                    readOne(chunkKey(key, index),
                            [index, joined, next, done](Error e, const QString &part, const QString &m) {
                                if (e != Error::None) {
                                    *next = nullptr;
                                    done(e, QString(), m);
                                    return;
                                }
                                joined->append(part);
                                (*next)(index + 1);
                            });
                };
                (*next)(0);
            });
}

void KeychainSecretStore::write(const QString &key, const QString &value, DoneCallback done)
{
    if (value.size() <= kChunkSize) {
        writeOne(key, value, std::move(done));
        return;
    }
    QStringList parts;
    for (int i = 0; i < value.size(); i += kChunkSize)
        parts.append(value.mid(i, kChunkSize));
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, key, parts, next, done](int index) {
        if (index == parts.size()) {
            // Copy what is needed first: clearing *next destroys this very lambda.
            const DoneCallback finish = done;
            const QString marker = QLatin1String(kChunkMarker) + QString::number(parts.size());
            const QString keyCopy = key;      // NOLINT(performance-unnecessary-copy-initialization)
            KeychainSecretStore *self = this; // `this` is a capture too
            *next = nullptr;                  // breaks the reference cycle
            self->writeOne(keyCopy, marker, finish);
            return;
        }
        writeOne(chunkKey(key, index), parts[index], [index, next, done](Error e, const QString &m) {
            if (e != Error::None) {
                *next = nullptr;
                done(e, m);
                return;
            }
            (*next)(index + 1);
        });
    };
    (*next)(0);
}

void KeychainSecretStore::remove(const QString &key, DoneCallback done)
{
    readOne(key,
            [this, key, done = std::move(done)](Error error, const QString &value, const QString &message) {
                if (error == Error::NotFound) {
                    done(Error::None, QString());
                    return;
                }
                if (error != Error::None) {
                    done(error, message);
                    return;
                }
                const int parts = value.startsWith(QLatin1String(kChunkMarker))
                                      ? value.mid(int(sizeof(kChunkMarker)) - 1).toInt()
                                      : 0;
                for (int i = 0; i < parts; ++i)
                    removeOne(chunkKey(key, i), [](Error, const QString &) {});
                removeOne(key, done);
            });
}
