#pragma once

#include "FuzzReply.h"
#include "model/Meter.h"
#include "providers/FetchOutcome.h"

#include <QByteArray>
#include <QHash>
#include <QList>

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

    // `secrets` go into the provider's store; those named in `checked` (all when empty) are
    // the ones it loads and must never let out.
    static void run(const Meter &meter, const QHash<QString, QString> &secrets, const QByteArray &data,
                    const QStringList &checked = {});
    static QList<FuzzReply::Answer> parseAnswers(const QByteArray &data, bool *backfill);
};
