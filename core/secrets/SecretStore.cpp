#include "SecretStore.h"

#include <QCoreApplication>

QString SecretStore::keyFor(qint64 meterId, const QString &field)
{
    return QStringLiteral("meter-%1/%2").arg(meterId).arg(field);
}

QString SecretStore::noKeychainSentence()
{
    return QCoreApplication::translate(
        "SecretStore",
        "No OS keychain is reachable (on Linux a Secret Service such as GNOME Keyring or KWallet must be "
        "running and unlocked). Kilowatch never stores credentials in plain text; it can keep them in memory "
        "for this session only.");
}
