#pragma once

#include <QStringList>

// Last line of defence for messages and logs: replaces any known secret value in a text.
class SecretRedactor
{
public:
    static QString redact(QString text, const QStringList &secrets);
};
