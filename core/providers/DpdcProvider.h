#pragma once

#include "HttpProvider.h"
#include "model/Result.h"

#include <QDeadlineTimer>

// DPDC prepaid meters (Dhaka): a bearer token from POST <base>/auth/login/generate-bearer
// (the web app's client id and secret), then the balance from the GraphQL query
// postBalanceDetails at POST <base>/usage/usage-service. The API gives no reading time, so
// a reading is the balance at fetch time; no counters, no power source.
//
// The access token lives in this object only, with its expiry: reused until it is about to
// expire, renewed once when the balance call answers 401. One fetch makes at most one token
// request and two balance requests, never more (a second 401 is auth failed).
//
// Since late 2025 DPDC may answer {"errors":[{"message":"Access denied"}]} unless a
// Cloudflare Turnstile code comes with the call; that is a human check, answered with a
// one-hour back-off and never retried within the fetch.
//
// Settings: customer (digits), client_id, base_url (default https://amiapp.dpdc.org.bd).
// Secret: client_secret.
class DpdcProvider final : public HttpProvider
{
    Q_OBJECT
public:
    DpdcProvider(const Meter &meter, const ProviderContext &context, QObject *parent = nullptr);

    QString kind() const override { return QStringLiteral("dpdc"); }

    static constexpr int kHumanCheckRetrySeconds = 3600;
    // A token this close to its expiry is renewed before use.
    static constexpr int kTokenMarginSeconds = 60;

    static QString defaultBaseUrl() { return QStringLiteral("https://amiapp.dpdc.org.bd"); }
    // What a user can get wrong in the settings: a customer number of digits, a client id.
    static Status checkSettings(const Meter &meter);
    static bool isCustomerNumber(const QString &text);
    // A GraphQL string literal (quotes included) holding `text`, escaped per the spec.
    static QString graphQlString(const QString &text);
    // The JSON body of the balance call for `customerNumber`.
    static QByteArray balanceRequestBody(const QString &customerNumber);

protected:
    QStringList requiredSecrets() const override { return {QStringLiteral("client_secret")}; }
    void startFetch() override;

private:
    QUrl endpoint(const QString &path) const;
    bool hasUsableToken() const;
    void requestToken();
    void requestBalance(bool mayRenewToken);
    // A successful reply's JSON object without provider errors; finishes the fetch otherwise.
    std::optional<QJsonObject> answerObject(const HttpReply &reply);
    void onToken(const HttpReply &reply);
    void onBalance(const HttpReply &reply, bool mayRenewToken);
    // An "errors" envelope: finishes the fetch (human check or server error) and returns true.
    bool finishOnErrors(const QJsonObject &root);
    // Turnstile denial ("Access denied") or, with challengePage, Cloudflare's challenge page.
    FetchOutcome humanCheck(bool challengePage) const;
    void forgetToken();
    // finish() with the access token redacted as well (the base knows only stored secrets).
    void done(FetchOutcome outcome);

    QString m_accessToken;
    QDeadlineTimer m_tokenExpiry;
};
