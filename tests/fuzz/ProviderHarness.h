#pragma once

#include "FuzzReply.h"
#include "model/Meter.h"
#include "providers/FetchOutcome.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <cstddef>
#include <cstdint>

// Runs a real provider (ProviderRegistry::create) against answers made of the fuzzer's bytes.
// The input is a list of HTTP answers, one per request in the order the provider sends them,
// separated by a line "----". An answer starts with optional lines "@STATUS" (e.g. "@401") and
// "@Name: value" (headers; Content-Type defaults to application/json); the rest is the body.
// An input whose first line is "backfill" asks for a backfill instead of a fetch. While
// answers remain, the same provider fetches again (at most kMaxFetches times), so what it
// keeps between fetches (tokens, the last record) is exercised too.
//
// Every fetch must finish exactly once, every success must carry a reading, and no secret may
// appear in what comes out: anything else aborts (a finding).
class ProviderHarness
{
public:
    static constexpr int kMaxFetches = 4;

    // The meter a provider target fuzzes: id 1, named "fuzz", with the provider's settings.
    static Meter meter(const QString &provider, const QString &timezone, const QString &currency,
                       const QJsonObject &settings);

    // `secrets` go into the provider's store; those named in `checked` (all when empty) are
    // the ones it loads and must never let out.
    static void run(const Meter &meter, const QHash<QString, QString> &secrets, const QByteArray &data,
                    const QStringList &checked = {});
    // The same, straight from libFuzzer's buffer.
    static void run(const Meter &meter, const QHash<QString, QString> &secrets, const uint8_t *data,
                    size_t size);
    static QList<FuzzReply::Answer> parseAnswers(const QByteArray &data, bool *backfill);
};
