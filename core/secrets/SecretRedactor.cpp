#include "SecretRedactor.h"

QString SecretRedactor::redact(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        // Very short values would blank ordinary words; real credentials are longer.
        if (secret.size() >= 4)
            text.replace(secret, QStringLiteral("[redacted]"));
    }
    return text;
}
