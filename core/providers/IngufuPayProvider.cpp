#include "IngufuPayProvider.h"

#include "JsonReader.h"
#include "Logging.h"
#include "secrets/SecretRedactor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>

namespace {

// The deployment's documented lifetimes, used when a token does not say its own.
constexpr qint64 kAccessLifetimeSeconds = 30 * 60;
constexpr qint64 kRefreshLifetimeSeconds = 7 * 86400;
constexpr qint64 kFutureToleranceSeconds = 300;
constexpr int kListedNumbers = 20;

// Lifetime (exp - iat) a JWT claims, read without verifying it: only a hint for renewing
// before the server refuses. Relative, so a skewed local clock does not matter.
qint64 tokenLifetime(const QString &token, qint64 fallback)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return fallback;
    const QByteArray payload = QByteArray::fromBase64(
        parts[1].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    const QJsonValue iat = claims.value(QStringLiteral("iat"));
    if (!exp.isDouble() || !iat.isDouble() || exp.toDouble() < iat.toDouble())
        return fallback;
    return qMin(static_cast<qint64>(exp.toDouble() - iat.toDouble()), kRefreshLifetimeSeconds * 4);
}

qint64 expiryFor(const QString &token, qint64 fallback, qint64 now)
{
    const qint64 lifetime = tokenLifetime(token, fallback);
    return now + lifetime - qMin<qint64>(60, lifetime / 10);
}

// ISO 8601 with an offset (Django's format); a time without one is read in the meter's zone.
std::optional<qint64> parseIsoTime(const QString &text, const QTimeZone &zone, QString *why)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid()) {
        *why = IngufuPayProvider::tr("\"%1\" is not an ISO 8601 time.").arg(text.left(40));
        return std::nullopt;
    }
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const qint64 seconds = t.toSecsSinceEpoch();
    if (seconds > QDateTime::currentSecsSinceEpoch() + kFutureToleranceSeconds) {
        *why = IngufuPayProvider::tr("the time %1 is in the future.").arg(text.left(40));
        return std::nullopt;
    }
    return seconds;
}

std::optional<qint64> readTime(JsonReader &json, const QString &key, const QTimeZone &zone)
{
    const std::optional<QString> raw = json.text(key);
    if (!raw)
        return std::nullopt;
    QString why;
    const std::optional<qint64> t = parseIsoTime(*raw, zone, &why);
    if (!t)
        json.fail(key, why);
    return t;
}

// Meter numbers are compared as written, without the spaces or dashes people add.
QString normalizedNumber(const QString &number)
{
    QString n = number.trimmed();
    n.remove(QLatin1Char(' '));
    n.remove(QLatin1Char('-'));
    return n;
}

// A JSON id or number as text ("17", not "17.0").
QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

bool isAuthRefusal(int status)
{
    return status == 400 || status == 401 || status == 403;
}

} // namespace

IngufuPayProvider::IngufuPayProvider(const Meter &meter, const ProviderContext &context, QObject *parent)
    : HttpProvider(meter, context, parent)
    , m_meterNumber(setting(QStringLiteral("meter_number")).trimmed())
{}

QStringList IngufuPayProvider::requiredSecrets() const
{
    return {QStringLiteral("username"), QStringLiteral("password")};
}

void IngufuPayProvider::startFetch()
{
    begin(false);
}

void IngufuPayProvider::startBackfill(qint64, qint64)
{
    // The whole recharge history: it is short, and older recharges explain older balances.
    begin(true);
}

void IngufuPayProvider::begin(bool backfill)
{
    m_backfill = backfill;
    m_refreshTried = false;
    m_loginTried = false;
    m_pages = 0;
    m_visited.clear();
    m_spentTokens.clear();
    m_accountNumbers.clear();
    m_meterId.clear();
    m_reading = Reading{};
    m_recharges.clear();
    m_references.clear();
    m_transactionIndex = 0;
    if (m_meterNumber.isEmpty()) {
        done(FetchOutcome::badData(QStringLiteral("meter_number"),
                                   tr("no IngufuPay meter number is set for this meter (--meter-number).")));
        return;
    }
    const QUrl meters = endpoint(QStringLiteral("/api/meters/"));
    ensureAccess([this, meters] { readMeters(meters); });
}

QUrl IngufuPayProvider::endpoint(const QString &path) const
{
    QUrl url(setting(QStringLiteral("base_url")).trimmed());
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    // The web app's own configuration names the API root (".../api"); accept that too.
    if (prefix.endsWith(QLatin1String("/api")))
        prefix.chop(4);
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void IngufuPayProvider::ensureAccess(const Step &next)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!m_access.isEmpty() && now < m_accessExpiresAt) {
        next();
        return;
    }
    m_access.clear();
    if (!m_refresh.isEmpty() && now < m_refreshExpiresAt) {
        refreshTokens(next);
        return;
    }
    m_refresh.clear();
    logIn(next);
}

void IngufuPayProvider::renew(const Step &next, int status)
{
    if (!m_access.isEmpty())
        m_spentTokens.append(m_access);
    m_access.clear();
    if (!m_refreshTried && !m_refresh.isEmpty() && QDateTime::currentSecsSinceEpoch() < m_refreshExpiresAt) {
        refreshTokens(next);
        return;
    }
    if (!m_loginTried) {
        logIn(next);
        return;
    }
    // A fresh login was refused too: stop here rather than ask again.
    m_refresh.clear();
    done(FetchOutcome::failure(
        FetchOutcome::Kind::AuthFailed,
        tr("IngufuPay accepted the login but refused the request that followed (HTTP %1).").arg(status)));
}

void IngufuPayProvider::keepTokens(const QString &access, const QString &refresh)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_access = access;
    m_accessExpiresAt = expiryFor(access, kAccessLifetimeSeconds, now);
    // Refresh tokens rotate: a new one replaces the old, which the server may have revoked.
    if (!refresh.isEmpty()) {
        if (!m_refresh.isEmpty() && m_refresh != refresh)
            m_spentTokens.append(m_refresh);
        m_refresh = refresh;
        m_refreshExpiresAt = expiryFor(refresh, kRefreshLifetimeSeconds, now);
    }
}

void IngufuPayProvider::refreshTokens(const Step &next)
{
    m_refreshTried = true;
    QNetworkRequest request = jsonRequest(endpoint(QStringLiteral("/api/auth/token/refresh/")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("refresh"), m_refresh}}).toJson(QJsonDocument::Compact);
    send(
        "POST", request, body,
        [this, next](const HttpReply &reply) {
            if (isAuthRefusal(reply.status)) {
                // Expired, revoked or already rotated: the password still works.
                qCDebug(lcProvider) << "ingufupay: refresh refused, logging in again";
                m_spentTokens.append(m_refresh);
                m_refresh.clear();
                if (m_loginTried) {
                    done(FetchOutcome::failure(
                        FetchOutcome::Kind::AuthFailed,
                        tr("IngufuPay refused to renew the session (HTTP %1).").arg(reply.status)));
                    return;
                }
                logIn(next);
                return;
            }
            const std::optional<Tokens> tokens = tokensFrom(reply, tr("the renewal answer has no token."));
            if (!tokens)
                return;
            keepTokens(tokens->access, tokens->refresh);
            next();
        },
        true);
}

std::optional<IngufuPayProvider::Tokens> IngufuPayProvider::tokensFrom(const HttpReply &reply,
                                                                       const QString &noToken)
{
    if (reply.status < 200 || reply.status >= 300) {
        done(outcomeForStatus(reply));
        return std::nullopt;
    }
    const std::optional<QJsonDocument> doc = parseJson(reply);
    if (!doc)
        return std::nullopt;
    JsonReader json(doc->object());
    const std::optional<QString> access = json.text(QStringLiteral("access"));
    const std::optional<QString> refresh = json.text(QStringLiteral("refresh"), false);
    if (!json.ok()) {
        done(json.error());
        return std::nullopt;
    }
    if (access->isEmpty()) {
        done(FetchOutcome::badData(QStringLiteral("access"), noToken));
        return std::nullopt;
    }
    return Tokens{*access, refresh.value_or(QString())};
}

void IngufuPayProvider::logIn(const Step &next)
{
    m_loginTried = true;
    QNetworkRequest request = jsonRequest(endpoint(QStringLiteral("/api/auth/token/")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("username"), secret(QStringLiteral("username"))},
                                  {QStringLiteral("password"), secret(QStringLiteral("password"))}})
            .toJson(QJsonDocument::Compact);
    send(
        "POST", request, body,
        [this, next](const HttpReply &reply) {
            if (isAuthRefusal(reply.status)) {
                m_access.clear();
                m_refresh.clear();
                done(FetchOutcome::failure(
                    FetchOutcome::Kind::AuthFailed,
                    inWindow() ? tr("IngufuPay refused the user name or password; type the right ones in "
                                    "Meter > Edit meter….")
                               : tr("IngufuPay refused the username or password; store the right ones with "
                                    "kilowatch-cli meter secrets \"%1\" --secret-stdin.")
                                     .arg(meter().name)));
                return;
            }
            const std::optional<Tokens> tokens = tokensFrom(reply, tr("the login answer has no token."));
            if (!tokens)
                return;
            if (!m_refresh.isEmpty())
                m_spentTokens.append(m_refresh);
            m_refresh.clear();
            keepTokens(tokens->access, tokens->refresh);
            next();
        },
        true);
}

void IngufuPayProvider::getAuthorized(const QUrl &url, const JsonHandler &handler)
{
    QNetworkRequest request = jsonRequest(url);
    request.setRawHeader("Authorization", "Bearer " + m_access.toUtf8());
    send(
        "GET", request, {},
        [this, url, handler](const HttpReply &reply) {
            if (reply.status == 401) {
                renew([this, url, handler] { getAuthorized(url, handler); }, reply.status);
                return;
            }
            if (reply.status < 200 || reply.status >= 300) {
                done(outcomeForStatus(reply));
                return;
            }
            if (const std::optional<QJsonDocument> doc = parseJson(reply))
                handler(*doc);
        },
        true);
}

std::optional<QUrl> IngufuPayProvider::nextPage(const QUrl &current, const QJsonValue &value)
{
    const QString text = value.isString() ? value.toString().trimmed() : QString();
    if (text.isEmpty())
        return std::nullopt;
    const QUrl next = current.resolved(QUrl(text));
    const QUrl base(setting(QStringLiteral("base_url")).trimmed());
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    // A `next` elsewhere would carry the bearer token to another server: not followed.
    if (!next.isValid() || next.scheme().compare(base.scheme(), Qt::CaseInsensitive) != 0 ||
        next.host().compare(base.host(), Qt::CaseInsensitive) != 0 || port(next) != port(base)) {
        qCWarning(lcProvider) << "ingufupay: not following a next page on another server:"
                              << next.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        return std::nullopt;
    }
    if (m_pages >= kMaxPages) {
        qCWarning(lcProvider) << "ingufupay: stopped after" << kMaxPages << "pages";
        return std::nullopt;
    }
    if (m_visited.contains(next))
        return std::nullopt; // a page pointing back: the list ends here
    return next;
}

std::optional<QJsonArray> IngufuPayProvider::pageList(const QJsonDocument &doc, const QUrl &url,
                                                      bool followNext, std::optional<QUrl> *next,
                                                      const QString &field, const QString &notAList)
{
    // A plain list, or DRF's pagination envelope {count, next, previous, results}.
    if (doc.isArray())
        return doc.array();
    if (doc.object().value(QStringLiteral("results")).isArray()) {
        if (followNext)
            *next = nextPage(url, doc.object().value(QStringLiteral("next")));
        return doc.object().value(QStringLiteral("results")).toArray();
    }
    done(FetchOutcome::badData(field, notAList));
    return std::nullopt;
}

void IngufuPayProvider::readMeters(const QUrl &url)
{
    ++m_pages;
    m_visited.insert(url);
    getAuthorized(url, [this, url](const QJsonDocument &doc) {
        std::optional<QUrl> next;
        const std::optional<QJsonArray> page = pageList(doc, url, true, &next, QStringLiteral("meters"),
                                                        tr("the answer is not a list of meters."));
        if (!page)
            return;
        const QJsonArray &list = *page;
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject entry = list.at(i).toObject();
            const QString number = idText(entry.value(QStringLiteral("meter_number")));
            if (number.isEmpty()) {
                done(FetchOutcome::badData(QStringLiteral("meters[%1].meter_number").arg(i),
                                           tr("a meter without a meter number.")));
                return;
            }
            if (normalizedNumber(number) == normalizedNumber(m_meterNumber)) {
                readMeter(entry);
                return;
            }
            m_accountNumbers.append(number);
        }
        if (next) {
            readMeters(*next);
            return;
        }
        QStringList listed = m_accountNumbers.mid(0, kListedNumbers);
        if (m_accountNumbers.size() > kListedNumbers)
            listed.append(tr("and %n more", nullptr, int(m_accountNumbers.size() - kListedNumbers)));
        done(FetchOutcome::badData(
            QStringLiteral("meter_number"),
            m_accountNumbers.isEmpty()
                ? tr("meter %1 is not on this IngufuPay account, which has no meters.").arg(m_meterNumber)
                : tr("meter %1 is not on this IngufuPay account; its meters are: %2.")
                      .arg(m_meterNumber, listed.join(QStringLiteral(", ")))));
    });
}

void IngufuPayProvider::readMeter(const QJsonObject &entry)
{
    const QTimeZone zone(meter().timezone.toUtf8());
    JsonReader json(entry);
    const QString status = entry.value(QStringLiteral("status")).toString().trimmed().toLower();
    if (!status.isEmpty() && status != QLatin1String("active")) {
        // Not a glitch to retry quickly: the utility switched the meter off. Nothing is stored.
        done(FetchOutcome::badData(QStringLiteral("status"),
                                   tr("IngufuPay lists meter %1 as %2, not active; Kilowatch records no "
                                      "balance for it until it is active again.")
                                       .arg(m_meterNumber, status)));
        return;
    }
    const std::optional<QString> id = json.text(QStringLiteral("id"));
    Reading r;
    r.fetchedAt = QDateTime::currentSecsSinceEpoch();
    r.balanceMilli = json.milli(QStringLiteral("current_balance_units"));
    const std::optional<qint64> time = readTime(json, QStringLiteral("updated_at"), zone);
    if (!json.ok()) {
        done(json.error());
        return;
    }
    r.time = *time;
    m_reading = r;
    m_meterId = *id;

    // Newest first, so one page brings the recharges made since the last fetch.
    const int pageSize = m_backfill ? kBackfillPageSize : kFetchPageSize;
    QUrl url = endpoint(QStringLiteral("/api/transactions/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("meter"), m_meterId);
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    url.setQuery(query);
    m_pages = 0;
    m_visited.clear();
    readTransactions(url);
}

void IngufuPayProvider::readTransactions(const QUrl &url)
{
    ++m_pages;
    m_visited.insert(url);
    getAuthorized(url, [this, url](const QJsonDocument &doc) {
        std::optional<QUrl> next;
        const std::optional<QJsonArray> page =
            pageList(doc, url, m_backfill, &next, QStringLiteral("transactions"),
                     tr("the answer is not a list of transactions."));
        if (!page)
            return;
        const QJsonArray &list = *page;
        const QTimeZone zone(meter().timezone.toUtf8());
        for (const QJsonValue value : std::as_const(list)) {
            const int index = m_transactionIndex++;
            const QString prefix = QStringLiteral("transactions[%1]").arg(index);
            if (!value.isObject()) {
                done(FetchOutcome::badData(prefix, tr("expected an object.")));
                return;
            }
            const QJsonObject item = value.toObject();
            // Should the server ignore the meter filter, another meter's payments stay out.
            const QString number = idText(item.value(QStringLiteral("meter_number")));
            const QString meterRef = idText(item.value(QStringLiteral("meter")));
            if ((!number.isEmpty() && normalizedNumber(number) != normalizedNumber(m_meterNumber)) ||
                (number.isEmpty() && !meterRef.isEmpty() && meterRef != m_meterId))
                continue;
            JsonReader json(item, prefix);
            ProviderRecharge recharge;
            recharge.reference = json.text(QStringLiteral("id")).value_or(QString());
            const std::optional<qint64> time = readTime(json, QStringLiteral("created_at"), zone);
            const std::optional<qint64> amount = json.nonNegativeMilli(QStringLiteral("amount_rwf"));
            // Pending and failed payments carry no units or token yet.
            recharge.energyWh = json.nonNegativeMilli(QStringLiteral("units_purchased"), false);
            recharge.token = json.text(QStringLiteral("token"), false).value_or(QString()).trimmed();
            recharge.status =
                json.text(QStringLiteral("status"), false).value_or(QString()).trimmed().toLower();
            if (!json.ok()) {
                done(json.error());
                return;
            }
            if (recharge.reference.isEmpty()) {
                done(FetchOutcome::badData(prefix + QStringLiteral(".id"), tr("the value is missing.")));
                return;
            }
            recharge.time = *time;
            recharge.amountMilli = *amount;
            if (m_references.contains(recharge.reference))
                continue; // a page shifted by a new payment repeats an entry
            m_references.insert(recharge.reference);
            m_recharges.append(recharge);
        }
        if (next) {
            readTransactions(*next);
            return;
        }
        complete();
    });
}

void IngufuPayProvider::complete()
{
    FetchOutcome outcome = m_lastUpdatedAt && *m_lastUpdatedAt == m_reading.time
                               ? FetchOutcome::stale(m_reading)
                               : FetchOutcome::fresh(m_reading);
    m_lastUpdatedAt = m_reading.time;
    outcome.recharges = m_recharges;
    done(outcome);
}

void IngufuPayProvider::done(FetchOutcome outcome)
{
    QStringList tokens = m_spentTokens;
    tokens << m_access << m_refresh;
    outcome.message = SecretRedactor::redact(outcome.message, tokens);
    outcome.field = SecretRedactor::redact(outcome.field, tokens);
    if (outcome.kind == FetchOutcome::Kind::AuthFailed) {
        m_access.clear();
        m_refresh.clear();
    }
    m_spentTokens.clear();
    finish(outcome);
}
