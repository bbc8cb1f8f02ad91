#include "HttpProvider.h"

#include "ProviderRegistry.h"

#include "Logging.h"
#include "Version.h"
#include "secrets/SecretRedactor.h"
#include "secrets/SecretStore.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>
#include <QTimer>

#include <memory>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

bool isCompressed(const QNetworkReply &reply)
{
    const QByteArray encoding = reply.rawHeader("Content-Encoding").trimmed().toLower();
    return !encoding.isEmpty() && encoding != "identity";
}

// Gives memory the allocator holds in its free lists back to the system (glibc only).
void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

constexpr int kDefaultTimeoutSeconds = 20;
constexpr int kMaxRedirects = 5;
// What Qt's network thread may read ahead of this thread: the most an answer over the cap can
// bring into the process before it is refused is the cap plus this (and the socket's buffer).
constexpr qint64 kReadAheadBytes = 64 * 1024;
const char *const kTooLarge = "kilowatch_too_large";
const char *const kTimedOut = "kilowatch_timed_out";

} // namespace

HttpProvider::HttpProvider(const Meter &meter, const ProviderContext &context, QObject *parent)
    : MeterProvider(parent)
    , m_meter(meter)
    , m_context(context)
{
    if (!m_context.network) {
        m_ownNetwork = new QNetworkAccessManager(this);
        m_context.network = m_ownNetwork;
    }
}

HttpProvider::~HttpProvider()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QByteArray HttpProvider::userAgent()
{
    return QByteArrayLiteral("Kilowatch/" KILOWATCH_VERSION " (prepaid meter tracker; Qt)");
}

bool HttpProvider::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<int> HttpProvider::parseRetryAfter(const QByteArray &value, qint64 nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<int>(qMin(seconds, 7 * 86400)) : std::nullopt;
    // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return static_cast<int>(qBound<qint64>(0, when.toSecsSinceEpoch() - nowUtc, qint64(7) * 86400));
}

QString HttpProvider::setting(const QString &key, const QString &fallback) const
{
    const QJsonValue v = m_meter.settings.value(key);
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return fallback;
}

void HttpProvider::fetch()
{
    const quint64 generation = ++m_generation;
    m_active = true;
    // Never answer from inside fetch(): start from the event loop.
    QTimer::singleShot(0, this, [this, generation] {
        loadSecretsThen([this, generation] {
            if (generation == m_generation && m_active)
                startFetch();
        });
    });
}

void HttpProvider::backfill(qint64 from, qint64 to)
{
    const quint64 generation = ++m_generation;
    m_active = true;
    QTimer::singleShot(0, this, [this, generation, from, to] {
        loadSecretsThen([this, generation, from, to] {
            if (generation == m_generation && m_active)
                startBackfill(from, to);
        });
    });
}

void HttpProvider::startBackfill(qint64, qint64)
{
    startFetch();
}

void HttpProvider::abort()
{
    m_active = false;
    ++m_generation;
    dropReplies();
}

void HttpProvider::dropReplies()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_replies.clear();
}

void HttpProvider::loadSecretsThen(const std::function<void()> &next)
{
    const QStringList required = requiredSecrets();
    const QStringList fields = required + optionalSecrets();
    if (m_secretsLoaded || fields.isEmpty()) {
        next();
        return;
    }
    if (!m_context.secrets) {
        finish(FetchOutcome::failure(FetchOutcome::Kind::AuthFailed, SecretStore::noKeychainSentence()));
        return;
    }
    auto remaining = std::make_shared<QStringList>(fields);
    auto step = std::make_shared<std::function<void()>>();
    const quint64 generation = m_generation;
    *step = [this, remaining, step, required, next, generation] {
        if (generation != m_generation) {
            *step = nullptr;
            return;
        }
        if (remaining->isEmpty()) {
            m_secretsLoaded = true;
            // Clearing *step destroys this closure and its captures: call a copy of `next`.
            const auto proceed = next;
            *step = nullptr;
            proceed();
            return;
        }
        const QString field = remaining->takeFirst();
        m_context.secrets->read(
            SecretStore::keyFor(m_meter.id, field),
            [this, field, required, step, generation](SecretStore::Error error, const QString &value,
                                                      const QString &message) {
                if (generation != m_generation) {
                    *step = nullptr;
                    return;
                }
                if (error == SecretStore::Error::None) {
                    m_secrets.insert(field, value);
                } else if (error != SecretStore::Error::NotFound || required.contains(field)) {
                    *step = nullptr;
                    finish(FetchOutcome::failure(
                        FetchOutcome::Kind::AuthFailed,
                        error == SecretStore::Error::NotFound ? missingSecretSentence(field) : message));
                    return;
                }
                (*step)();
            });
    };
    (*step)();
}

bool HttpProvider::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        finish(
            FetchOutcome::failure(FetchOutcome::Kind::NetworkError,
                                  tr("The address \"%1\" is not valid; check the meter's settings.")
                                      .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    const bool allowHttp = m_meter.settings.value(QStringLiteral("allow_http")).toBool(false);
    if (scheme == QLatin1String("http") && (isLoopback(url) || allowHttp))
        return true;
    finish(FetchOutcome::failure(FetchOutcome::Kind::NetworkError,
                                 tr("Kilowatch does not send credentials over plain http to %1; use an https "
                                    "address, or confirm plain "
                                    "http for this meter (--allow-http).")
                                     .arg(url.host())));
    return false;
}

QNetworkRequest HttpProvider::jsonRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // A gzip bomb stops at the same cap as a plain large answer.
    request.setDecompressedSafetyCheckThreshold(m_maxBodyBytes);
    const int timeoutSeconds =
        qBound(1, m_meter.settings.value(QStringLiteral("timeout_s")).toInt(kDefaultTimeoutSeconds), 300);
    request.setTransferTimeout(timeoutSeconds * 1000);
    return request;
}

void HttpProvider::send(const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body,
                        const ReplyHandler &handler, bool acceptAnyStatus, const FailureHandler &onFailure)
{
    if (!checkUrl(request.url()))
        return;
    QNetworkReply *reply = m_context.network->sendCustomRequest(request, verb, body);
    m_replies.append(reply);
    const quint64 generation = m_generation;
    const qint64 cap = m_maxBodyBytes;

    // Transfer timeouts restart on every byte; a server that drips forever meets this one.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOut, true);
        reply->abort();
    });
    deadline->start(qMax(1000, request.transferTimeout()) * 2);

    // What a refused answer was buffered in goes back to the system, not into the allocator's
    // free lists: a bad server must not grow the process step by step.
    auto refused = std::make_shared<bool>(false);
    connect(reply, &QObject::destroyed, [refused] {
        if (*refused)
            releaseFreedMemory();
    });
    const auto refuse = [reply, refused] {
        if (*refused)
            return;
        *refused = true;
        reply->setProperty(kTooLarge, true);
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, cap, refuse] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap) {
            refuse();
            return;
        }
        // Qt 6.4 stalls inflating a compressed answer under a read buffer bound (and then
        // fails it as "Decompression failed" at the transfer timeout): such an answer is bounded
        // by Qt's decompression limit (jsonRequest()) and the cap below instead.
        if (isCompressed(*reply))
            reply->setReadBufferSize(0);
    });
    // The body is taken as it arrives, and refused on the first read that passes the cap. Qt's
    // network thread reads ahead of this thread as fast as the server sends unless the reply
    // has a read buffer bound (then it hands over at most that much, stops reading the socket
    // until this thread has taken it, and reads a chunked body no further than the bound at a
    // time): without it a 100 MiB answer was in the process before the first readyRead.
    // Qt gives the bound to its network thread only if the request is under way when it is
    // set, and a request with a body (sendCustomRequest always has one) starts from the event
    // loop: set it now and again from the event loop, after Qt's start (queued calls to one
    // object run in order), before the network thread can have read anything.
    reply->setReadBufferSize(kReadAheadBytes);
    QMetaObject::invokeMethod(
        reply, [reply] { reply->setReadBufferSize(kReadAheadBytes); }, Qt::QueuedConnection);
    auto received = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, reply, [reply, cap, refuse, received, refused] {
        if (*refused)
            return;
        if (received->size() + reply->bytesAvailable() > cap) {
            received->clear();
            received->squeeze();
            refuse();
            return;
        }
        received->append(reply->readAll());
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [cap, refuse](qint64 bytesReceived, qint64) {
        if (bytesReceived > cap)
            refuse();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, handler, acceptAnyStatus, onFailure, generation, refused, received] {
                // A gzip bomb ends here as a content error, after inflating up to the cap.
                *refused = *refused || reply->error() == QNetworkReply::UnknownContentError;
                m_replies.removeAll(reply);
                reply->deleteLater();
                QByteArray body = std::move(*received);
                received->clear();
                if (generation != m_generation || !m_active)
                    return;
                if (!*refused)
                    body.append(reply->readAll());
                onReplyFinished(reply, body, handler, acceptAnyStatus, onFailure);
            });
}

void HttpProvider::onReplyFinished(QNetworkReply *reply, const QByteArray &body, const ReplyHandler &handler,
                                   bool acceptAnyStatus, const FailureHandler &onFailure)
{
    using Kind = FetchOutcome::Kind;
    // Ends the fetch, or hands the failure to the adapter's side-request handler.
    const auto fail = [this, &onFailure](FetchOutcome outcome) {
        if (!onFailure)
            return finish(std::move(outcome));
        const QStringList secrets = m_secrets.values();
        outcome.message = SecretRedactor::redact(outcome.message, secrets);
        outcome.field = SecretRedactor::redact(outcome.field, secrets);
        onFailure(std::move(outcome));
    };
    const QString host = reply->url().host();
    // Qt inflates a compressed answer as it arrives: one over the cap, a gzip bomb above all,
    // may meet the cap here before Qt's own decompression limit below.
    if (reply->property(kTooLarge).toBool() && isCompressed(*reply)) {
        fail(FetchOutcome::badData(
            QStringLiteral("body"),
            tr("the compressed answer expands beyond %1 KiB.").arg(m_maxBodyBytes / 1024)));
        return;
    }
    if (reply->property(kTooLarge).toBool()) {
        fail(FetchOutcome::badData(
            QStringLiteral("body"),
            tr("the answer is larger than %1 KiB; it was not read.").arg(m_maxBodyBytes / 1024)));
        return;
    }
    if (reply->property(kTimedOut).toBool()) {
        fail(FetchOutcome::failure(Kind::Timeout,
                                   tr("%1 kept the connection open without finishing.").arg(host)));
        return;
    }
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Qt numbers transport and proxy errors below 200, HTTP-level ones from 200 on. A transport
    // error decides the outcome even after headers arrived (a hang after the headers times
    // out; a redirect loop ends on a 3xx) -- except a connection closed mid-body, which the
    // length check below reports as a cut-off answer.
    const bool transportError = error != QNetworkReply::NoError && error < 200 &&
                                !(error == QNetworkReply::RemoteHostClosedError && statusAttribute.isValid());
    // Qt reports a body over the decompression limit (a gzip bomb) as a content error, i.e.
    // from 200 on, with a status of 200 and the part inflated so far: refused, not parsed.
    if ((error == QNetworkReply::ContentReSendError || error == QNetworkReply::UnknownContentError) &&
        reply->errorString().contains(QLatin1String("decompress"), Qt::CaseInsensitive)) {
        fail(FetchOutcome::badData(
            QStringLiteral("body"),
            tr("the compressed answer expands beyond %1 KiB.").arg(m_maxBodyBytes / 1024)));
        return;
    }
    if (transportError) {
        switch (error) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            fail(FetchOutcome::failure(Kind::Timeout, tr("%1 did not answer in time.").arg(host)));
            return;
        case QNetworkReply::TooManyRedirectsError:
            fail(FetchOutcome::failure(Kind::NetworkError, tr("%1 redirects in a loop.").arg(host)));
            return;
        case QNetworkReply::InsecureRedirectError:
            fail(FetchOutcome::failure(Kind::NetworkError,
                                       tr("%1 redirected to an insecure address; not followed.").arg(host)));
            return;
        case QNetworkReply::SslHandshakeFailedError: {
            QString sentence = tr("The certificate of %1 could not be verified; Kilowatch does not turn "
                                  "verification off. (%2)")
                                   .arg(host, reply->errorString());
            if (const QString hint = sslFailureHint(); !hint.isEmpty())
                sentence += QLatin1Char(' ') + hint;
            fail(FetchOutcome::failure(Kind::NetworkError, sentence));
            return;
        }
        default:
            break;
        }
        fail(FetchOutcome::failure(Kind::NetworkError, tr("%1 (%2)").arg(reply->errorString(), host)));
        return;
    }

    HttpReply answer;
    answer.status = statusAttribute.toInt();
    for (const QNetworkReply::RawHeaderPair &pair : reply->rawHeaderPairs())
        answer.headers.insert(pair.first.toLower(), pair.second);
    answer.body = body;

    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool truncated = (length.isValid() && answer.body.size() < length.toLongLong()) ||
                           error == QNetworkReply::RemoteHostClosedError;
    if (truncated && answer.status >= 200 && answer.status < 300) {
        fail(FetchOutcome::badData(QStringLiteral("body"), tr("the answer was cut off before its end.")));
        return;
    }
    if (!acceptAnyStatus && (answer.status < 200 || answer.status >= 300)) {
        fail(outcomeForStatus(answer));
        return;
    }
    handler(answer);
}

FetchOutcome HttpProvider::outcomeForStatus(const HttpReply &reply) const
{
    using Kind = FetchOutcome::Kind;
    const int status = reply.status;
    if (status == 401 || status == 403)
        return FetchOutcome::failure(Kind::AuthFailed, tr("(HTTP %1)").arg(status));
    if (status == 429) {
        FetchOutcome o = FetchOutcome::failure(Kind::RateLimited, tr("(HTTP 429)"));
        o.retryAfterSeconds =
            parseRetryAfter(reply.header("Retry-After"), QDateTime::currentSecsSinceEpoch());
        return o;
    }
    if (status == 408 || status == 504)
        return FetchOutcome::failure(Kind::Timeout, tr("(HTTP %1)").arg(status));
    if (status == 404)
        return FetchOutcome::failure(Kind::ServerError,
                                     tr("The address was not found (HTTP 404); check the meter's base URL."));
    if (status >= 500) {
        FetchOutcome o = FetchOutcome::failure(Kind::ServerError, tr("(HTTP %1)").arg(status));
        o.retryAfterSeconds =
            parseRetryAfter(reply.header("Retry-After"), QDateTime::currentSecsSinceEpoch());
        return o;
    }
    return FetchOutcome::failure(Kind::ServerError, tr("(HTTP %1)").arg(status));
}

std::optional<QJsonDocument> HttpProvider::parseJson(const HttpReply &reply)
{
    const QByteArray trimmed = reply.body.trimmed();
    const QByteArray type = reply.header("Content-Type").toLower();
    if (trimmed.isEmpty()) {
        finish(FetchOutcome::badData(QStringLiteral("body"), tr("the answer was empty.")));
        return std::nullopt;
    }
    if (type.contains("html") || trimmed.startsWith('<')) {
        finish(
            FetchOutcome::badData(QStringLiteral("body"),
                                  tr("the server answered with a web page instead of data (a login or error "
                                     "page?).")));
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError) {
        finish(FetchOutcome::badData(
            QStringLiteral("body"),
            tr("the answer is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset)));
        return std::nullopt;
    }
    return doc;
}

void HttpProvider::finish(FetchOutcome outcome)
{
    if (!m_active)
        return;
    m_active = false;
    const QStringList secrets = m_secrets.values();
    outcome.message = SecretRedactor::redact(outcome.message, secrets);
    outcome.field = SecretRedactor::redact(outcome.field, secrets);
    if (outcome.kind == FetchOutcome::Kind::AuthFailed) {
        // The user may have stored new credentials since: read them again next time.
        m_secretsLoaded = false;
        m_secrets.clear();
    }
    dropReplies();
    qCDebug(lcProvider) << m_meter.provider << "meter" << m_meter.id << "->" << outcome.kindName();
    emit finished(outcome);
}

QString HttpProvider::missingSecretSentence(const QString &field) const
{
    if (inWindow()) {
        const ProviderInfo *info = ProviderRegistry::find(m_meter.provider);
        return tr("No \"%1\" is stored for this meter; type it in Meter > Edit meter….")
            .arg(info ? info->secretText(field).label : field);
    }
    return tr("No \"%1\" is stored for this meter; add it with kilowatch-cli "
              "meter secrets \"%2\" --secret-stdin.")
        .arg(field, m_meter.name);
}
