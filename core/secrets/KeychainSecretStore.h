#pragma once

#include "SecretStore.h"

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Values longer than kChunkSize are split across keys "<key>#<n>",
// since Windows limits one secret to about 2.5 KB.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    static constexpr int kChunkSize = 2000;

    using SecretStore::SecretStore;

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &value, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;
    bool isSessionOnly() const override { return false; }

private:
    void readOne(const QString &key, ReadCallback done);
    void writeOne(const QString &key, const QString &value, DoneCallback done);
    void removeOne(const QString &key, DoneCallback done);
};
