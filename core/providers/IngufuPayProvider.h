#pragma once

#include "HttpProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

// IngufuPay (Rwanda): a Django REST deployment with JWT logins. One Kilowatch meter per
// IngufuPay meter number (setting meter_number) on the deployment at setting base_url.
// - Tokens live in this object only (never settings, database or keychain): log in with the
//   username and password, use the access token until it expires, then the (rotating)
//   refresh token. A 401 from a data call renews once by refresh, else once by login, per
//   fetch; nothing loops.
// - The balance is in kWh units, not money: balanceMilli holds thousandths of a unit, and
//   the meter's currency is "kWh". The meter's updated_at is the reading time; an unchanged
//   updated_at is stale. A meter IngufuPay lists as inactive or disabled is bad data on its
//   `status`: nothing is stored for it until it is active again.
// - Transactions are the recharge history (amount in RWF, units bought, the prepaid token,
//   the payment's status). fetch() reads their first page; backfill() follows `next` while
//   it stays on the configured scheme, host and port, up to kMaxPages pages.
class IngufuPayProvider final : public HttpProvider
{
    Q_OBJECT
public:
    IngufuPayProvider(const Meter &meter, const ProviderContext &context, QObject *parent = nullptr);

    QString kind() const override { return QStringLiteral("ingufupay"); }
    bool canBackfill() const override { return true; }

    static constexpr int kMaxPages = 50;
    static constexpr int kFetchPageSize = 20;
    static constexpr int kBackfillPageSize = 100;

protected:
    QStringList requiredSecrets() const override;
    void startFetch() override;
    void startBackfill(qint64 from, qint64 to) override;

private:
    using Step = std::function<void()>;
    using JsonHandler = std::function<void(const QJsonDocument &doc)>;

    void begin(bool backfill);
    QUrl endpoint(const QString &path) const;
    // Calls `next` with a usable access token: the one held, else refreshed, else a new login.
    void ensureAccess(const Step &next);
    // After the server refused the access token: one refresh, else one login, else give up.
    void renew(const Step &next, int status);
    void refreshTokens(const Step &next);
    void logIn(const Step &next);
    void keepTokens(const QString &access, const QString &refresh);
    struct Tokens
    {
        QString access;
        QString refresh; // empty when the answer has none
    };
    // The tokens of a login or renewal answer (`noToken`: why an empty access token is bad
    // data); finishes the fetch with the failure otherwise.
    std::optional<Tokens> tokensFrom(const HttpReply &reply, const QString &noToken);
    // The list of one page of meters or transactions, and with `followNext` the page after it
    // (*next); finishes the fetch with bad data (`field`, `notAList`) when the answer is no list.
    std::optional<QJsonArray> pageList(const QJsonDocument &doc, const QUrl &url, bool followNext,
                                       std::optional<QUrl> *next, const QString &field,
                                       const QString &notAList);
    // GET with the bearer token; a 401 renews the tokens and asks again.
    void getAuthorized(const QUrl &url, const JsonHandler &handler);
    // The next page to read, if `value` names one that may be followed.
    std::optional<QUrl> nextPage(const QUrl &current, const QJsonValue &value);

    void readMeters(const QUrl &url);
    void readMeter(const QJsonObject &entry);
    void readTransactions(const QUrl &url);
    void complete();
    // finish(), with the tokens redacted as well as the stored credentials.
    void done(FetchOutcome outcome);

    QString m_meterNumber;

    // Tokens and their expiry (UTC seconds, estimated from the local clock at receipt).
    QString m_access;
    QString m_refresh;
    qint64 m_accessExpiresAt = 0;
    qint64 m_refreshExpiresAt = 0;
    std::optional<qint64> m_lastUpdatedAt;

    // Per fetch.
    bool m_backfill = false;
    bool m_refreshTried = false;
    bool m_loginTried = false;
    int m_pages = 0;
    QSet<QUrl> m_visited;
    QStringList m_spentTokens;
    QStringList m_accountNumbers;
    QString m_meterId;
    Reading m_reading;
    QList<ProviderRecharge> m_recharges;
    QSet<QString> m_references;
    int m_transactionIndex = 0;
};
