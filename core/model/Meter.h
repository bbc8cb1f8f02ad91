#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A configured meter. `settings` holds only non-secret, provider-specific values; secrets
// live in the OS keychain and never in this struct.
struct Meter
{
    qint64 id = 0;
    QString name;
    QString provider; // provider kind, e.g. "simulator"
    QJsonObject settings;
    QString timezone = QStringLiteral("UTC"); // IANA id
    QString currency = QStringLiteral("INR"); // ISO 4217 code (or "kWh" for unit-based meters)
    int intervalSeconds = 30;
    std::optional<qint64> lowBalanceMilli;
    qint64 createdAt = 0; // UTC seconds
};
