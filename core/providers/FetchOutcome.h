#pragma once

#include "model/DailyUsage.h"
#include "model/Error.h"
#include "model/ProviderRecharge.h"
#include "model/Reading.h"

#include <QList>

#include <QMetaType>
#include <QString>

#include <optional>

// What one fetch from a provider came to. Every adapter maps its server's behaviour onto
// exactly one of these kinds; the scheduler, the health display and the CLI read nothing else.
struct FetchOutcome
{
    enum class Kind
    {
        Reading,            // a fresh reading
        Stale,              // the provider repeated a record already seen
        AuthFailed,         // credentials rejected
        HumanCheckRequired, // the provider wants a person (captcha, Turnstile)
        RateLimited,        // too many requests; see retryAfterSeconds
        ServerError,        // 5xx or an error envelope
        NetworkError,       // DNS, connection refused, TLS, reset
        Timeout,            // no complete answer in time
        BadData,            // an answer we refuse to store; see field
        StorageFailed,      // a good answer the database could not store (disk full, locked, ...)
    };

    Kind kind = Kind::NetworkError;
    std::optional<Reading> reading;           // with Reading (and Stale: the repeated record)
    QString message;                          // detail for the user, never a secret
    QString field;                            // with BadData: which field was wrong
    std::optional<int> retryAfterSeconds;     // with RateLimited (or HumanCheckRequired)
    ErrorKind storageFault = ErrorKind::None; // with StorageFailed: what the database did (DiskFull, ...)

    // Extras a provider may bring along with a successful answer (or a backfill):
    QList<Reading> history;            // older readings, e.g. on first add
    QList<ProviderRecharge> recharges; // the provider's recharge history
    QList<DailyUsage> dailyUsage;      // the provider's daily consumption history

    static FetchOutcome fresh(const Reading &reading);
    static FetchOutcome stale(const Reading &reading);
    static FetchOutcome failure(Kind kind, QString message);
    static FetchOutcome badData(QString field, QString reason);
    // A good answer the database could not store: `sentence` says what to do, `fault` is the
    // database's kind (ErrorKind::DiskFull, Locked, ...).
    static FetchOutcome storageFailed(QString sentence, ErrorKind fault);

    bool isSuccess() const { return kind == Kind::Reading || kind == Kind::Stale; }
    // Stable machine name for JSON and logs, e.g. "rate_limited".
    QString kindName() const;
    // The kind of failure in the one enum every error of core maps onto (None for a success;
    // the database's own kind for StorageFailed).
    ErrorKind errorKind() const;
    // A sentence a user understands, e.g. "The provider rejected the credentials: ...".
    QString sentence() const;
};

Q_DECLARE_METATYPE(FetchOutcome)
