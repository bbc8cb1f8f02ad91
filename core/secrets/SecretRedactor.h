#pragma once

#include <QStringList>

// Last line of defence for messages and logs: replaces any known secret value in a text,
// and the start of a long one where a quote cut it off.
class SecretRedactor
{
public:
    static QString redact(QString text, const QStringList &secrets);
};
