#include "SecretRedactor.h"

namespace {

// Shorter starts are left alone: they could be ordinary words.
constexpr qsizetype kMinCutOff = 12;

} // namespace

QString SecretRedactor::redact(QString text, const QStringList &secrets)
{
    const QString marker = QStringLiteral("[redacted]");
    for (const QString &secret : secrets) {
        // Very short values would blank ordinary words; real credentials are longer.
        if (secret.size() >= 4)
            text.replace(secret, marker);
        // Quotes get cut (JsonReader shows the first 40 characters of a bad value): the start
        // of a long secret, up to wherever it was cut, is as secret as the whole.
        if (secret.size() <= kMinCutOff)
            continue;
        const QStringView head = QStringView(secret).left(kMinCutOff);
        for (qsizetype at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + marker.size())) {
            qsizetype length = kMinCutOff;
            while (at + length < text.size() && length < secret.size() &&
                   text.at(at + length) == secret.at(length))
                ++length;
            text.replace(at, length, marker);
        }
    }
    return text;
}
