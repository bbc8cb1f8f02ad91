#include "MemorySecretStore.h"

#include <QTimer>

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    const auto it = m_values.constFind(key);
    const bool found = it != m_values.constEnd();
    const QString value = found ? *it : QString();
    QTimer::singleShot(0, this, [done = std::move(done), found, value] {
        done(found ? Error::None : Error::NotFound, value, QString());
    });
}

void MemorySecretStore::write(const QString &key, const QString &value, DoneCallback done)
{
    m_values.insert(key, value);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(Error::None, QString()); });
}

void MemorySecretStore::remove(const QString &key, DoneCallback done)
{
    m_values.remove(key);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(Error::None, QString()); });
}
