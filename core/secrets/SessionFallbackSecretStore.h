#pragma once

#include "SecretStore.h"

#include <QHash>

// The desktop's credential store: the OS keychain first; secrets the user chose to keep for
// this session only (because no keychain was reachable) are held in memory in front of it and
// never written anywhere.
class SessionFallbackSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    // `keychain` is not owned.
    explicit SessionFallbackSecretStore(SecretStore *keychain, QObject *parent = nullptr);

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &value, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;
    bool isSessionOnly() const override { return false; }

    // After a write answered NoKeychain and the user agreed: keep it in memory only.
    void keepForSession(const QString &key, const QString &value);
    bool hasSessionSecrets() const { return !m_session.isEmpty(); }

private:
    SecretStore *m_keychain;
    QHash<QString, QString> m_session;
};
