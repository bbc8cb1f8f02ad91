#pragma once

#include "HttpProvider.h"
#include "JsonMapping.h"

#include <QPair>
#include <QUrl>

#include <optional>

// The adapter for any REST service nobody wrote an adapter for: one request (GET, POST or
// PUT to --url, with --header lines and an optional --body), one JSON answer, read through a
// JsonMapping. Settings (CLI options with '_' for '-'): url, method, header (a list), body,
// content_type (default application/json), accept_status (default 2xx), the mapping's keys,
// and preset with its inputs (JsonPresets).
//
// Credentials: header values and the body may name ${secret:token}, ${secret:password} or
// ${secret:api_key}; the value comes from the keychain at request time and appears nowhere
// else. In the body it is encoded for the content type: JSON-escaped for a JSON body (write
// the placeholder inside quotes), percent-encoded for a form body, as it is otherwise. The
// URL takes no placeholders: addresses end up in logs and proxies.
class GenericJsonProvider : public HttpProvider
{
    Q_OBJECT
public:
    GenericJsonProvider(const Meter &meter, const ProviderContext &context, QObject *parent = nullptr);

    QString kind() const override { return QStringLiteral("json"); }

    // The credentials a placeholder may name.
    static QStringList secretFields();
    // The check at meter add: the preset expanded, then the request and the mapping.
    static Status validateSettings(const QJsonObject &settings);

protected:
    // Exactly the credentials the placeholders name: a missing one fails before any request.
    QStringList requiredSecrets() const override;
    void startFetch() override;

private:
    struct StatusRange
    {
        int from = 0;
        int to = 0;
    };
    struct Request
    {
        QUrl url;
        QByteArray method;
        QList<QPair<QByteArray, QString>> headers; // values may hold placeholders
        QString body;                              // may hold placeholders
        QString contentType;
        QList<StatusRange> accepted;
        QStringList secrets; // the fields the placeholders name
    };
    enum class Encoding
    {
        Raw,
        Header,
        Json,
        Form,
    };

    static Result<Request> parseRequest(const QJsonObject &settings);
    // Replaces the placeholders; nullopt after finishing the fetch (a value that cannot go there).
    std::optional<QString> substitute(const QString &text, Encoding encoding);
    bool accepts(int status) const;
    FetchOutcome statusOutcome(const HttpReply &reply) const;
    void onAnswer(const HttpReply &reply);
    // finish() that also redacts the encoded forms of what was substituted.
    void done(FetchOutcome outcome);

    std::optional<Request> m_request;
    std::optional<JsonMapping> m_mapping;
    QString m_configError;
    QStringList m_substituted;
    std::optional<qint64> m_lastTime;
};
