#include "DpdcProvider.h"

#include "JsonReader.h"
#include "secrets/SecretRedactor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

const QByteArray kTenant = QByteArrayLiteral("DPDC");
constexpr int kMaxCustomerDigits = 20;
constexpr int kMaxMessageChars = 200;
// Longer lifetimes are treated as this; a bogus huge expires_in cannot pin a token forever.
constexpr qint64 kMaxTokenSeconds = 24 * 3600;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// Header values travel verbatim: nothing outside visible ASCII (no CR/LF, no spaces).
bool isHeaderSafe(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return !text.isEmpty();
}

QJsonArray errorsOf(const QJsonObject &root)
{
    return root.value(QStringLiteral("errors")).toArray();
}

QString messageOf(const QJsonValue &error)
{
    return error.toObject().value(QStringLiteral("message")).toString().trimmed();
}

// The Turnstile denial: {"errors":[{"message":"Access denied"}]}, exactly that message.
bool isAccessDenied(const QJsonArray &errors)
{
    for (const QJsonValue error : errors) {
        QString message = messageOf(error);
        if (message.endsWith(QLatin1Char('.')))
            message.chop(1);
        if (message.compare(QLatin1String("Access denied"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isAccessDenied(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() && isAccessDenied(errorsOf(doc.object()));
}

// Cloudflare marks its own challenge pages with this header (whatever the status).
bool isChallenge(const HttpReply &reply)
{
    return reply.header("cf-mitigated").trimmed().toLower() == "challenge";
}

} // namespace

DpdcProvider::DpdcProvider(const Meter &meter, const ProviderContext &context, QObject *parent)
    : HttpProvider(meter, context, parent)
    , m_tokenExpiry(QDeadlineTimer(0))
{}

bool DpdcProvider::isCustomerNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > kMaxCustomerDigits)
        return false;
    // ASCII digits only: QChar::isDigit() would also let Bengali digits through.
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

Status DpdcProvider::checkSettings(const Meter &meter)
{
    const QString customer = meter.settings.value(QStringLiteral("customer")).toString();
    if (!isCustomerNumber(customer))
        return Status::failure(
            tr("The DPDC customer number must be 1 to %1 digits (0-9), not \"%2\"; it is on the bill and in "
               "the DPDC app.")
                .arg(kMaxCustomerDigits)
                .arg(customer.left(40)));
    const QString clientId = meter.settings.value(QStringLiteral("client_id")).toString();
    if (!isHeaderSafe(clientId))
        return Status::failure(tr(
            "The DPDC client id must be given (--client-id) and contain no spaces or special characters."));
    return {};
}

QString DpdcProvider::graphQlString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QByteArray DpdcProvider::balanceRequestBody(const QString &customerNumber)
{
    // The web app's own query; only the customer number varies.
    const QString query =
        QStringLiteral("query{ postBalanceDetails(input:{customerNumber:%1,tenantCode:\"DPDC\"}) { accountId "
                       "customerName customerClass mobileNumber emailId accountType balanceRemaining "
                       "connectionStatus customerType minRecharge }}")
            .arg(graphQlString(customerNumber));
    return QJsonDocument(QJsonObject{{QStringLiteral("query"), query}}).toJson(QJsonDocument::Compact);
}

QUrl DpdcProvider::endpoint(const QString &path) const
{
    QUrl url(setting(QStringLiteral("base_url"), defaultBaseUrl()));
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

bool DpdcProvider::hasUsableToken() const
{
    return !m_accessToken.isEmpty() && !m_tokenExpiry.hasExpired();
}

void DpdcProvider::forgetToken()
{
    m_accessToken.clear();
    m_tokenExpiry = QDeadlineTimer(0);
}

void DpdcProvider::done(FetchOutcome outcome)
{
    const QStringList token{m_accessToken};
    outcome.message = SecretRedactor::redact(outcome.message, token);
    outcome.field = SecretRedactor::redact(outcome.field, token);
    if (outcome.kind == FetchOutcome::Kind::AuthFailed)
        forgetToken();
    finish(std::move(outcome));
}

void DpdcProvider::startFetch()
{
    if (Status valid = checkSettings(meter()); !valid)
        return done(
            FetchOutcome::failure(FetchOutcome::Kind::NetworkError,
                                  valid.error() + QLatin1Char(' ') + tr("Check the meter's settings.")));
    if (!isHeaderSafe(secret(QStringLiteral("client_secret"))))
        return done(FetchOutcome::failure(
            FetchOutcome::Kind::AuthFailed,
            inWindow()
                ? tr("The stored app client secret is empty or contains spaces or control characters; "
                     "type it again in Meter > Edit meter….")
                : tr("The stored client_secret is empty or contains spaces or control characters; store "
                     "it again with kilowatch-cli meter secrets \"%1\" --secret-stdin.")
                      .arg(meter().name)));
    if (hasUsableToken())
        requestBalance(true);
    else
        requestToken();
}

void DpdcProvider::requestToken()
{
    QNetworkRequest request = jsonRequest(endpoint(QStringLiteral("/auth/login/generate-bearer")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("clientId", setting(QStringLiteral("client_id")).toUtf8());
    request.setRawHeader("clientSecret", secret(QStringLiteral("client_secret")).toUtf8());
    request.setRawHeader("tenantCode", kTenant);
    send(
        "POST", request, QByteArrayLiteral("{}"), [this](const HttpReply &reply) { onToken(reply); }, true);
}

std::optional<QJsonObject> DpdcProvider::answerObject(const HttpReply &reply)
{
    if (!isSuccess(reply.status)) {
        done(outcomeForStatus(reply));
        return std::nullopt;
    }
    const std::optional<QJsonDocument> doc = parseJson(reply);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        done(FetchOutcome::badData(QStringLiteral("body"), tr("expected a JSON object.")));
        return std::nullopt;
    }
    const QJsonObject root = doc->object();
    if (finishOnErrors(root))
        return std::nullopt;
    return root;
}

void DpdcProvider::onToken(const HttpReply &reply)
{
    if (isChallenge(reply))
        return done(humanCheck(true));
    if (reply.status == 401 || reply.status == 403)
        return done(FetchOutcome::failure(
            FetchOutcome::Kind::AuthFailed,
            inWindow()
                ? tr("DPDC refused the app client ID and client secret (HTTP %1); check both in "
                     "Meter > Edit meter….")
                      .arg(reply.status)
                : tr("DPDC refused the client id and client secret (HTTP %1); check --client-id and store "
                     "the client_secret again with kilowatch-cli meter secrets \"%2\" --secret-stdin.")
                      .arg(reply.status)
                      .arg(meter().name)));
    const std::optional<QJsonObject> answer = answerObject(reply);
    if (!answer)
        return;
    const QJsonObject &root = *answer;
    const QJsonValue token = root.value(QStringLiteral("access_token"));
    if (!token.isString() || !isHeaderSafe(token.toString()))
        return done(FetchOutcome::badData(QStringLiteral("access_token"),
                                          token.isUndefined() || token.isNull()
                                              ? tr("the value is missing.")
                                              : tr("expected a token (text without spaces).")));
    JsonReader json(root);
    const std::optional<double> lifetime = json.number(QStringLiteral("expires_in"), false);
    if (!json.ok())
        return done(json.error());
    if (lifetime && *lifetime < 0)
        return done(
            FetchOutcome::badData(QStringLiteral("expires_in"), tr("a negative lifetime for the token.")));
    m_accessToken = token.toString();
    // Without a lifetime the token serves this fetch only; a 401 would renew it anyway.
    const qint64 usable =
        lifetime ? static_cast<qint64>(qMin(*lifetime, double(kMaxTokenSeconds))) - kTokenMarginSeconds : 0;
    m_tokenExpiry = QDeadlineTimer(qMax<qint64>(0, usable) * 1000);
    // A token just issued is not renewed again within this fetch.
    requestBalance(false);
}

void DpdcProvider::requestBalance(bool mayRenewToken)
{
    QNetworkRequest request = jsonRequest(endpoint(QStringLiteral("/usage/usage-service")));
    const QByteArray token = m_accessToken.toUtf8();
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("accessToken", token);
    request.setRawHeader("tenantCode", kTenant);
    send(
        "POST", request, balanceRequestBody(setting(QStringLiteral("customer"))),
        [this, mayRenewToken](const HttpReply &reply) { onBalance(reply, mayRenewToken); }, true);
}

void DpdcProvider::onBalance(const HttpReply &reply, bool mayRenewToken)
{
    if (reply.status == 401) {
        forgetToken();
        if (mayRenewToken)
            return requestToken(); // then the balance once more, with mayRenewToken false
        return done(FetchOutcome::failure(
            FetchOutcome::Kind::AuthFailed,
            tr("DPDC did not accept a freshly issued access token (HTTP 401); check the client id and "
               "client secret.")));
    }
    // The Turnstile denial may come as HTTP 403 (or 200, see finishOnErrors): not an auth failure.
    if (isChallenge(reply) || (reply.status == 403 && isAccessDenied(reply.body)))
        return done(humanCheck(isChallenge(reply)));
    const std::optional<QJsonObject> answer = answerObject(reply);
    if (!answer)
        return;
    const QJsonObject &root = *answer;

    JsonReader top(root);
    const std::optional<QJsonObject> data = top.object(QStringLiteral("data"));
    if (!data)
        return done(top.error());
    JsonReader inData(*data, QStringLiteral("data"));
    const std::optional<QJsonObject> details = inData.object(QStringLiteral("postBalanceDetails"));
    if (!details)
        return done(inData.error());
    JsonReader json(*details, QStringLiteral("data.postBalanceDetails"));
    const std::optional<qint64> balance = json.milli(QStringLiteral("balanceRemaining"));
    if (!json.ok())
        return done(json.error());

    // The API has no reading time: the balance is as of now.
    Reading reading;
    reading.time = QDateTime::currentSecsSinceEpoch();
    reading.fetchedAt = reading.time;
    reading.balanceMilli = balance;
    done(FetchOutcome::fresh(reading));
}

FetchOutcome DpdcProvider::humanCheck(bool challengePage) const
{
    const QString answered = challengePage ? tr("it answered with a Cloudflare challenge page")
                                           : tr("it answered \"Access denied\"");
    FetchOutcome o = FetchOutcome::failure(
        FetchOutcome::Kind::HumanCheckRequired,
        tr("DPDC asks for a human check (%1): its server wants a Cloudflare Turnstile code, which only a "
           "person in a browser can get. Kilowatch does not retry before an hour has passed; meanwhile see "
           "the balance at amiapp.dpdc.org.bd or in the DPDC app.")
            .arg(answered));
    o.retryAfterSeconds = kHumanCheckRetrySeconds;
    return o;
}

bool DpdcProvider::finishOnErrors(const QJsonObject &root)
{
    const QJsonValue errors = root.value(QStringLiteral("errors"));
    if (errors.isUndefined() || errors.isNull())
        return false;
    if (!errors.isArray()) {
        done(FetchOutcome::badData(QStringLiteral("errors"), tr("expected a list of errors.")));
        return true;
    }
    const QJsonArray list = errors.toArray();
    if (list.isEmpty())
        return false;
    if (isAccessDenied(list)) {
        done(humanCheck(false));
        return true;
    }
    QString message = messageOf(list.first()).simplified();
    if (message.isEmpty())
        message = tr("(no message)");
    if (message.size() > kMaxMessageChars)
        message = message.left(kMaxMessageChars) + QStringLiteral("...");
    done(FetchOutcome::failure(FetchOutcome::Kind::ServerError, tr("DPDC: %1").arg(message)));
    return true;
}
