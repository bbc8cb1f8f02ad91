#pragma once

#include "SecretStore.h"

#include <QHash>

// Secrets kept in this process only: the session-only choice offered when no keychain is
// reachable, and the store unit tests use.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &value, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;
    bool isSessionOnly() const override { return true; }

private:
    QHash<QString, QString> m_values;
};
