#include "GenericJsonProvider.h"

#include "JsonPresets.h"
#include "secrets/SecretRedactor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\$\\{secret:([A-Za-z0-9_]+)\\}"));
    return pattern;
}

// Header names that carry credentials: their value must come from the keychain.
bool carriesCredential(const QString &name)
{
    const QString n = name.toLower();
    return n == QLatin1String("authorization") || n == QLatin1String("proxy-authorization") ||
           n == QLatin1String("cookie") || n.contains(QLatin1String("token")) ||
           n.contains(QLatin1String("secret")) || n.contains(QLatin1String("password")) ||
           n.contains(QLatin1String("api-key")) || n.contains(QLatin1String("apikey")) ||
           n.contains(QLatin1String("api_key"));
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

// The fields named by ${secret:NAME} in `text`, or a sentence for a malformed or unknown one.
Result<QStringList> placeholders(const QString &text, const QString &option)
{
    QStringList names;
    const QString opening = QStringLiteral("${secret:");
    for (qsizetype at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) {
        const QRegularExpressionMatch m = placeholderPattern().match(
            text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return Result<QStringList>::failure(
                GenericJsonProvider::tr("%1 has a \"${secret:\" that is not a placeholder such as "
                                        "${secret:token}.")
                    .arg(option));
        const QString name = m.captured(1);
        if (!GenericJsonProvider::secretFields().contains(name))
            return Result<QStringList>::failure(
                GenericJsonProvider::tr("%1 names the credential \"%2\"; the json provider keeps only %3.")
                    .arg(option, name, GenericJsonProvider::secretFields().join(QStringLiteral(", "))));
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

// A short message from an error answer ({"message": ...}, {"error": {"message": ...}}, ...).
QString serverDetail(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const char *key : {"message", "error", "detail", "error_description", "title"}) {
        QJsonValue value = object.value(QLatin1String(key));
        if (value.isObject())
            value = value.toObject().value(QStringLiteral("message"));
        if (value.isString()) {
            QString text = value.toString().simplified();
            text.erase(std::remove_if(text.begin(), text.end(), [](QChar c) { return !c.isPrint(); }),
                       text.end());
            if (!text.isEmpty())
                return text.left(200);
        }
    }
    return {};
}

} // namespace

GenericJsonProvider::GenericJsonProvider(const Meter &meter, const ProviderContext &context, QObject *parent)
    : HttpProvider(meter, context, parent)
{
    // Settings are checked at meter add; a meter edited by hand since is told here.
    const Result<QJsonObject> settings = JsonPresets::expand(meter.settings);
    if (!settings) {
        m_configError = settings.error();
        return;
    }
    Result<Request> request = parseRequest(settings.value());
    if (!request) {
        m_configError = request.error();
        return;
    }
    Result<JsonMapping> mapping = JsonMapping::fromSettings(settings.value());
    if (!mapping) {
        m_configError = mapping.error();
        return;
    }
    m_request = std::move(request).value();
    m_mapping = std::move(mapping).value();
}

QStringList GenericJsonProvider::secretFields()
{
    return {QStringLiteral("token"), QStringLiteral("password"), QStringLiteral("api_key")};
}

Status GenericJsonProvider::validateSettings(const QJsonObject &settings)
{
    const Result<QJsonObject> expanded = JsonPresets::expand(settings);
    if (!expanded)
        return Status::failure(expanded.typedError());
    if (const Result<Request> request = parseRequest(expanded.value()); !request)
        return Status::failure(request.typedError());
    if (const Result<JsonMapping> mapping = JsonMapping::fromSettings(expanded.value()); !mapping)
        return Status::failure(mapping.typedError());
    return {};
}

Result<GenericJsonProvider::Request> GenericJsonProvider::parseRequest(const QJsonObject &settings)
{
    const auto fail = [](const QString &sentence) { return Result<Request>::failure(sentence); };
    Request r;

    const QString url = settings.value(QStringLiteral("url")).toString().trimmed();
    if (url.isEmpty())
        return fail(tr("The json provider needs --url, the address of the service's JSON answer (or a "
                       "--preset that supplies it)."));
    if (url.contains(QLatin1String("${secret:")))
        return fail(tr("--url takes no credentials (addresses end up in logs and proxies); send them in a "
                       "--header or the --body instead."));
    r.url = QUrl(url, QUrl::StrictMode);
    if (!r.url.isValid() ||
        (r.url.scheme() != QLatin1String("https") && r.url.scheme() != QLatin1String("http")) ||
        r.url.host().isEmpty())
        return fail(tr("--url needs an http(s) address, not \"%1\".").arg(url));

    const QString method = settings.value(QStringLiteral("method")).toString().trimmed().toUpper();
    if (method.isEmpty() || method == QLatin1String("GET") || method == QLatin1String("POST") ||
        method == QLatin1String("PUT"))
        r.method = method.isEmpty() ? QByteArrayLiteral("GET") : method.toLatin1();
    else
        return fail(tr("--method takes GET, POST or PUT, not \"%1\".").arg(method));

    const QJsonValue headerSetting = settings.value(QStringLiteral("header"));
    const QJsonArray headers = headerSetting.isString() ? QJsonArray{headerSetting} : headerSetting.toArray();
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    for (const QJsonValue entry : headers) {
        // Never echo a header line: it may hold a credential pasted by mistake.
        const QString line = entry.toString();
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = colon > 0 ? line.left(colon).trimmed() : QString();
        if (name.isEmpty() || !token.match(name).hasMatch())
            return fail(tr("--header needs the form \"Name: value\", e.g. \"Authorization: Bearer "
                           "${secret:token}\"."));
        const QString value = line.mid(colon + 1).trimmed();
        if (hasControlCharacter(value))
            return fail(tr("--header %1 has a line break or another control character.").arg(name));
        if (name.compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0)
            return fail(tr("Give the body's type with --content-type, not --header."));
        const Result<QStringList> names = placeholders(value, QStringLiteral("--header ") + name);
        if (!names)
            return fail(names.error());
        if (names->isEmpty() && carriesCredential(name))
            return fail(
                tr("--header %1 carries a credential: keep it in the keychain and write ${secret:token} "
                   "(or ${secret:api_key}, ${secret:password}) in its place, e.g. \"Authorization: "
                   "Bearer ${secret:token}\" with token=... on --secret-stdin.")
                    .arg(name));
        for (const QString &n : names.value()) {
            if (!r.secrets.contains(n))
                r.secrets.append(n);
        }
        r.headers.append({name.toLatin1(), value});
    }

    r.body = settings.value(QStringLiteral("body")).toString();
    if (!r.body.isEmpty() && r.method == "GET")
        return fail(tr("--body needs --method POST or PUT."));
    const Result<QStringList> bodyNames = placeholders(r.body, QStringLiteral("--body"));
    if (!bodyNames)
        return fail(bodyNames.error());
    for (const QString &n : bodyNames.value()) {
        if (!r.secrets.contains(n))
            r.secrets.append(n);
    }
    r.contentType = settings.value(QStringLiteral("content_type")).toString().trimmed();
    if (r.contentType.isEmpty())
        r.contentType = QStringLiteral("application/json");
    if (hasControlCharacter(r.contentType))
        return fail(tr("--content-type has a line break or another control character."));

    // "200,201,409" or classes such as "2xx".
    static const QRegularExpression statusPattern(QStringLiteral("^([1-5])(\\d\\d|xx)$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    const QString accept = settings.value(QStringLiteral("accept_status")).toString().trimmed();
    for (const QString &part : (accept.isEmpty() ? QStringLiteral("2xx") : accept).split(QLatin1Char(','))) {
        const QRegularExpressionMatch m = statusPattern.match(part.trimmed());
        if (!m.hasMatch())
            return fail(tr("--accept-status needs HTTP statuses such as 200,201,409 or 2xx, not \"%1\".")
                            .arg(part.trimmed()));
        const int hundreds = m.captured(1).toInt() * 100;
        if (m.captured(2).compare(QLatin1String("xx"), Qt::CaseInsensitive) == 0)
            r.accepted.append({hundreds, hundreds + 99});
        else
            r.accepted.append({hundreds + m.captured(2).toInt(), hundreds + m.captured(2).toInt()});
    }
    return r;
}

QStringList GenericJsonProvider::requiredSecrets() const
{
    return m_request ? m_request->secrets : QStringList{};
}

bool GenericJsonProvider::accepts(int status) const
{
    return std::any_of(
        m_request->accepted.begin(), m_request->accepted.end(),
        [status](const StatusRange &range) { return status >= range.from && status <= range.to; });
}

std::optional<QString> GenericJsonProvider::substitute(const QString &text, Encoding encoding)
{
    QString result;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString field = m.captured(1);
        const QString value = secret(field);
        if (value.isEmpty()) {
            // requiredSecrets() makes the base stop earlier; this is the same answer.
            done(FetchOutcome::failure(FetchOutcome::Kind::AuthFailed, missingSecretSentence(field)));
            return std::nullopt;
        }
        QString encoded = value;
        switch (encoding) {
        case Encoding::Header:
            if (hasControlCharacter(value)) {
                done(FetchOutcome::failure(FetchOutcome::Kind::AuthFailed,
                                           tr("The stored \"%1\" cannot go into a header: it has a line "
                                              "break or another control character.")
                                               .arg(field)));
                return std::nullopt;
            }
            break;
        case Encoding::Json: {
            // The placeholder stands inside quotes: escape as the inside of a JSON string.
            const QByteArray quoted = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            encoded = QString::fromUtf8(quoted.mid(2, quoted.size() - 4));
            break;
        }
        case Encoding::Form:
            encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
            break;
        case Encoding::Raw:
            break;
        }
        if (encoded != value)
            m_substituted.append(encoded);
        result += text.mid(from, m.capturedStart() - from) + encoded;
        from = m.capturedEnd();
    }
    return result + text.mid(from);
}

void GenericJsonProvider::startFetch()
{
    m_substituted.clear();
    if (!m_request || !m_mapping)
        return done(FetchOutcome::failure(FetchOutcome::Kind::NetworkError,
                                          tr("The meter's settings cannot be used: %1").arg(m_configError)));
    QNetworkRequest request = jsonRequest(m_request->url);
    for (const auto &header : std::as_const(m_request->headers)) {
        const std::optional<QString> value = substitute(header.second, Encoding::Header);
        if (!value)
            return;
        request.setRawHeader(header.first, value->toUtf8());
    }
    QByteArray body;
    if (!m_request->body.isEmpty()) {
        const QString type = m_request->contentType.toLower();
        const Encoding encoding = type.contains(QLatin1String("json"))                    ? Encoding::Json
                                  : type.contains(QLatin1String("x-www-form-urlencoded")) ? Encoding::Form
                                                                                          : Encoding::Raw;
        const std::optional<QString> text = substitute(m_request->body, encoding);
        if (!text)
            return;
        body = text->toUtf8();
        request.setRawHeader("Content-Type", m_request->contentType.toUtf8());
    }
    // Every status comes to onAnswer: --accept-status decides which answers are data.
    send(
        m_request->method, request, body, [this](const HttpReply &reply) { onAnswer(reply); }, true);
}

void GenericJsonProvider::onAnswer(const HttpReply &reply)
{
    if (!accepts(reply.status))
        return done(statusOutcome(reply));
    const std::optional<QJsonDocument> doc = parseJson(reply);
    if (!doc)
        return;
    const QJsonValue root = doc->isArray() ? QJsonValue(doc->array()) : QJsonValue(doc->object());
    const QTimeZone zone(meter().timezone.toUtf8());
    FetchOutcome outcome = m_mapping->apply(root, QDateTime::currentSecsSinceEpoch(), zone);
    if (outcome.kind == FetchOutcome::Kind::Reading && m_mapping->hasTime()) {
        // The service's own time did not move: nothing new since the last answer.
        if (m_lastTime == outcome.reading->time)
            outcome = FetchOutcome::stale(*outcome.reading);
        else
            m_lastTime = outcome.reading->time;
    }
    done(outcome);
}

FetchOutcome GenericJsonProvider::statusOutcome(const HttpReply &reply) const
{
    FetchOutcome outcome;
    if (reply.status >= 200 && reply.status < 300) {
        QStringList accepted;
        for (const StatusRange &range : m_request->accepted)
            accepted.append(range.from == range.to ? QString::number(range.from)
                                                   : QStringLiteral("%1xx").arg(range.from / 100));
        outcome = FetchOutcome::failure(FetchOutcome::Kind::ServerError,
                                        tr("It answered HTTP %1, which is not among the accepted statuses "
                                           "(%2; see --accept-status).")
                                            .arg(reply.status)
                                            .arg(accepted.join(QStringLiteral(","))));
    } else {
        outcome = outcomeForStatus(reply);
    }
    const QString detail = serverDetail(reply.body);
    if (!detail.isEmpty() && outcome.kind != FetchOutcome::Kind::RateLimited)
        outcome.message += tr(" The server said: \"%1\"").arg(detail);
    return outcome;
}

void GenericJsonProvider::done(FetchOutcome outcome)
{
    outcome.message = SecretRedactor::redact(outcome.message, m_substituted);
    outcome.field = SecretRedactor::redact(outcome.field, m_substituted);
    finish(std::move(outcome));
}
