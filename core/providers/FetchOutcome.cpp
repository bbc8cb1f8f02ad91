#include "FetchOutcome.h"

#include <QCoreApplication>

FetchOutcome FetchOutcome::fresh(const Reading &reading)
{
    FetchOutcome o;
    o.kind = Kind::Reading;
    o.reading = reading;
    return o;
}

FetchOutcome FetchOutcome::stale(const Reading &reading)
{
    FetchOutcome o;
    o.kind = Kind::Stale;
    o.reading = reading;
    return o;
}

FetchOutcome FetchOutcome::failure(Kind kind, QString message)
{
    FetchOutcome o;
    o.kind = kind;
    o.message = std::move(message);
    return o;
}

FetchOutcome FetchOutcome::badData(QString field, QString reason)
{
    FetchOutcome o;
    o.kind = Kind::BadData;
    o.field = std::move(field);
    o.message = std::move(reason);
    return o;
}

FetchOutcome FetchOutcome::storageFailed(QString sentence, ErrorKind fault)
{
    FetchOutcome o;
    o.kind = Kind::StorageFailed;
    o.message = std::move(sentence);
    o.storageFault = isStorageFault(fault) ? fault : ErrorKind::Failed;
    return o;
}

ErrorKind FetchOutcome::errorKind() const
{
    switch (kind) {
    case Kind::Reading:
    case Kind::Stale:
        return ErrorKind::None;
    case Kind::AuthFailed:
        return ErrorKind::Auth;
    case Kind::HumanCheckRequired:
        return ErrorKind::HumanCheck;
    case Kind::RateLimited:
        return ErrorKind::RateLimited;
    case Kind::ServerError:
        return ErrorKind::Server;
    case Kind::NetworkError:
        return ErrorKind::Network;
    case Kind::Timeout:
        return ErrorKind::Timeout;
    case Kind::BadData:
        return ErrorKind::BadData;
    case Kind::StorageFailed:
        return storageFault == ErrorKind::None ? ErrorKind::Failed : storageFault;
    }
    return ErrorKind::Failed;
}

QString FetchOutcome::kindName() const
{
    switch (kind) {
    case Kind::Reading:
        return QStringLiteral("reading");
    case Kind::Stale:
        return QStringLiteral("stale");
    case Kind::AuthFailed:
        return QStringLiteral("auth_failed");
    case Kind::HumanCheckRequired:
        return QStringLiteral("human_check_required");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::NetworkError:
        return QStringLiteral("network_error");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::BadData:
        return QStringLiteral("bad_data");
    case Kind::StorageFailed:
        return QStringLiteral("storage_failed");
    }
    return QStringLiteral("unknown");
}

QString FetchOutcome::sentence() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("FetchOutcome", text); };
    const auto withDetail = [this](const QString &s) {
        return message.isEmpty() ? s : s + QStringLiteral(" ") + message;
    };
    switch (kind) {
    case Kind::Reading:
        return tr("New reading received.");
    case Kind::Stale:
        return tr("The provider repeated its last reading; nothing new yet.");
    case Kind::AuthFailed:
        return withDetail(tr("The provider rejected the credentials."));
    case Kind::HumanCheckRequired:
        return withDetail(tr("The provider asks for a human check; open its website or app once, or enter "
                             "readings by hand meanwhile."));
    case Kind::RateLimited:
        if (retryAfterSeconds)
            return QCoreApplication::translate("FetchOutcome",
                                               "The provider asks to slow down; next try in %n "
                                               "second(s).",
                                               nullptr, *retryAfterSeconds);
        return tr("The provider asks to slow down.");
    case Kind::ServerError:
        return withDetail(tr("The provider's server reported an error."));
    case Kind::NetworkError:
        return withDetail(tr("The provider could not be reached."));
    case Kind::Timeout:
        return withDetail(tr("The provider did not answer in time."));
    case Kind::BadData:
        if (field.isEmpty())
            return withDetail(tr("The provider sent data Kilowatch cannot use."));
        return tr("The provider sent an unusable value for %1: %2").arg(field, message);
    case Kind::StorageFailed:
        return message; // StorageError's sentence: what is wrong with the database, what to do
    }
    return message;
}
