#include "SessionFallbackSecretStore.h"

#include <QTimer>

SessionFallbackSecretStore::SessionFallbackSecretStore(SecretStore *keychain, QObject *parent)
    : SecretStore(parent)
    , m_keychain(keychain)
{}

void SessionFallbackSecretStore::read(const QString &key, ReadCallback done)
{
    const auto it = m_session.constFind(key);
    if (it != m_session.constEnd()) {
        const QString &value = *it;
        QTimer::singleShot(0, this, [done = std::move(done), value] { done(Error::None, value, QString()); });
        return;
    }
    m_keychain->read(key, std::move(done));
}

void SessionFallbackSecretStore::write(const QString &key, const QString &value, DoneCallback done)
{
    m_session.remove(key); // a newer value replaces a session-only one
    m_keychain->write(key, value, std::move(done));
}

void SessionFallbackSecretStore::remove(const QString &key, DoneCallback done)
{
    m_session.remove(key);
    m_keychain->remove(key, [done = std::move(done)](Error error, const QString &message) {
        // Without a keychain there is nothing stored to remove.
        done(error == Error::NoKeychain ? Error::None : error,
             error == Error::NoKeychain ? QString() : message);
    });
}

void SessionFallbackSecretStore::keepForSession(const QString &key, const QString &value)
{
    m_session.insert(key, value);
}
