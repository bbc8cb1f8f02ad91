#pragma once

#include "HttpReply.h"
#include "MeterProvider.h"
#include "ProviderContext.h"
#include "model/Meter.h"

#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QNetworkRequest>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkReply;

// What every adapter that talks HTTP shares, so each of them behaves the same when a
// utility's server misbehaves:
// - a per-request timeout (meter setting timeout_s, default 20 s) and a size cap on the
//   (decompressed) body, default 1 MiB: a 100 MB answer or a gzip bomb is cut off;
// - HTTPS with certificate verification always on (there is no switch to disable it);
//   plain http only for loopback addresses or when the meter setting allow_http is true;
// - at most 5 redirects, never from https to http; a User-Agent naming Kilowatch;
// - status mapping: 401/403 -> auth failed, 429 -> rate limited (Retry-After honoured),
//   5xx -> server error, HTML or broken JSON -> bad data, short body -> bad data;
// - credentials loaded once per provider from the SecretStore, redacted from every message.
// Subclasses implement startFetch() and call finish() exactly once per fetch.
class HttpProvider : public MeterProvider
{
    Q_OBJECT
public:
    HttpProvider(const Meter &meter, const ProviderContext &context, QObject *parent = nullptr);
    ~HttpProvider() override;

    void fetch() final;
    void abort() final;
    bool canBackfill() const override { return false; }
    void backfill(qint64 from, qint64 to) final;

    static constexpr qint64 kDefaultMaxBodyBytes = 1024 * 1024;
    static QByteArray userAgent();
    // Seconds from a Retry-After header (delta-seconds or an HTTP date); nullopt if absent/bad.
    static std::optional<int> parseRetryAfter(const QByteArray &value, qint64 nowUtc);
    static bool isLoopback(const QUrl &url);

protected:
    using ReplyHandler = std::function<void(const HttpReply &reply)>;
    using FailureHandler = std::function<void(FetchOutcome outcome)>;

    // Secrets this adapter needs (loaded before startFetch; a missing one is AuthFailed).
    virtual QStringList requiredSecrets() const { return {}; }
    virtual QStringList optionalSecrets() const { return {}; }
    virtual void startFetch() = 0;
    virtual void startBackfill(qint64 from, qint64 to);
    // Appended to the sentence when the TLS handshake fails: what the user can do about a
    // server known to be misconfigured (e.g. supply a missing intermediate certificate).
    virtual QString sslFailureHint() const { return {}; }

    const Meter &meter() const { return m_meter; }
    // Whether the sentences are for the window (Meter > Edit meter…) rather than the CLI.
    bool inWindow() const { return m_context.frontEnd == ProviderContext::FrontEnd::Window; }
    // "No "Access token" is stored for this meter; ..." with where to add it.
    QString missingSecretSentence(const QString &field) const;
    QString setting(const QString &key, const QString &fallback = {}) const;
    QString secret(const QString &field) const { return m_secrets.value(field); }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    // Checks the URL against the transport policy; a failed check has finished the fetch.
    bool checkUrl(const QUrl &url);
    QNetworkRequest jsonRequest(const QUrl &url) const;
    // Sends; transport failures, limits and error statuses finish the fetch themselves.
    // `handler` runs only for a complete answer with a 2xx status (or any status when
    // `acceptAnyStatus`, for adapters that read error envelopes). With `onFailure`, those
    // failures (redacted) go there instead and the fetch goes on: for an optional second
    // request whose failure must not lose what the first one brought. (A URL the transport
    // policy refuses still finishes the fetch: check such URLs first with checkUrl().)
    void send(const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body,
              const ReplyHandler &handler, bool acceptAnyStatus = false,
              const FailureHandler &onFailure = {});
    // Parses a JSON body; on failure finishes the fetch with bad data and returns nullopt.
    std::optional<QJsonDocument> parseJson(const HttpReply &reply);
    // Maps a non-2xx status to an outcome.
    FetchOutcome outcomeForStatus(const HttpReply &reply) const;
    // Emits finished() once for the current fetch (later calls are ignored), redacting secrets.
    void finish(FetchOutcome outcome);
    bool isFetching() const { return m_active; }

    // Persisted adapter state (e.g. tokens' expiry) is the adapter's own business; tokens
    // themselves stay in memory or the keychain.
    SecretStore *secretStore() const { return m_context.secrets; }

private:
    // Aborts and forgets the replies still open (their handlers will not run).
    void dropReplies();
    void loadSecretsThen(const std::function<void()> &next);
    void onReplyFinished(QNetworkReply *reply, const QByteArray &body, const ReplyHandler &handler,
                         bool acceptAnyStatus, const FailureHandler &onFailure);

    Meter m_meter;
    ProviderContext m_context;
    QNetworkAccessManager *m_ownNetwork = nullptr;
    QHash<QString, QString> m_secrets;
    bool m_secretsLoaded = false;
    qint64 m_maxBodyBytes = kDefaultMaxBodyBytes;
    quint64 m_generation = 0;
    bool m_active = false;
    QList<QPointer<QNetworkReply>> m_replies;
};
