#include "Error.h"

bool isStorageFault(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::DiskFull:
    case ErrorKind::WriteFailed:
    case ErrorKind::ReadOnly:
    case ErrorKind::Locked:
    case ErrorKind::Corrupt:
    case ErrorKind::CannotOpen:
        return true;
    default:
        return false;
    }
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Failed:
        return QStringLiteral("failed");
    case ErrorKind::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::Missing:
        return QStringLiteral("missing");
    case ErrorKind::AlreadyExists:
        return QStringLiteral("already_exists");
    case ErrorKind::NoKeychain:
        return QStringLiteral("no_keychain");
    case ErrorKind::SecretStoreFailed:
        return QStringLiteral("secret_store_failed");
    case ErrorKind::DiskFull:
        return QStringLiteral("disk_full");
    case ErrorKind::WriteFailed:
        return QStringLiteral("write_failed");
    case ErrorKind::ReadOnly:
        return QStringLiteral("read_only");
    case ErrorKind::Locked:
        return QStringLiteral("locked");
    case ErrorKind::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorKind::CannotOpen:
        return QStringLiteral("cannot_open");
    case ErrorKind::Auth:
        return QStringLiteral("auth_failed");
    case ErrorKind::HumanCheck:
        return QStringLiteral("human_check_required");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorKind::Server:
        return QStringLiteral("server_error");
    case ErrorKind::Network:
        return QStringLiteral("network_error");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::BadData:
        return QStringLiteral("bad_data");
    }
    return {};
}
