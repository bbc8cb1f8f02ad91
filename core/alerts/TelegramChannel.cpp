#include "TelegramChannel.h"

#include "settings/AppSettings.h"

#include "AlertEngine.h"
#include "providers/HttpProvider.h"
#include "secrets/SecretRedactor.h"
#include "secrets/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace {

constexpr qint64 kMaxAnswerBytes = 64 * 1024;

} // namespace

TelegramChannel::TelegramChannel(QNetworkAccessManager *network, SecretStore *secrets,
                                 TelegramSettings settings, QObject *parent)
    : AlertChannel(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_settings(std::move(settings))
{}

QString TelegramChannel::tokenKey()
{
    // One key, where the Settings dialog stores it.
    return AppSettings::telegramBotTokenKey();
}

QString TelegramChannel::name() const
{
    return AlertEngine::telegramChannel();
}

QString TelegramChannel::text(const Alert &alert)
{
    return alert.title + QLatin1Char('\n') + alert.message;
}

void TelegramChannel::deliver(const Alert &alert, bool silent, Done done)
{
    const QUrl base = m_settings.baseUrl;
    const QString scheme = base.scheme().toLower();
    if (!base.isValid() || base.host().isEmpty() ||
        !(scheme == QLatin1String("https") ||
          (scheme == QLatin1String("http") && (HttpProvider::isLoopback(base) || m_settings.allowHttp)))) {
        QMetaObject::invokeMethod(
            this,
            [done] { done(DeliveryResult::failed(tr("The Telegram address must be an https:// URL."))); },
            Qt::QueuedConnection);
        return;
    }
    if (m_settings.chatId.trimmed().isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done] { done(DeliveryResult::failed(tr("No Telegram chat id is set."))); },
            Qt::QueuedConnection);
        return;
    }
    QPointer<TelegramChannel> self(this);
    m_secrets->read(tokenKey(), [self, alert, silent, done](SecretStore::Error error, const QString &token,
                                                            const QString &message) {
        if (!self)
            return done(DeliveryResult::failed(tr("Kilowatch is closing.")));
        if (error == SecretStore::Error::NotFound || (error == SecretStore::Error::None && token.isEmpty()))
            return done(DeliveryResult::failed(tr("No Telegram bot token is stored in the keychain.")));
        if (error != SecretStore::Error::None)
            return done(DeliveryResult::failed(message));
        self->send(token, alert, silent, done);
    });
}

void TelegramChannel::send(const QString &token, const Alert &alert, bool silent, const Done &done)
{
    QUrl url = m_settings.baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/bot") + token + QStringLiteral("/sendMessage"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, HttpProvider::userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(kTimeoutMs);
    const QJsonObject body{{QStringLiteral("chat_id"), m_settings.chatId.trimmed()},
                           {QStringLiteral("text"), text(alert)},
                           {QStringLiteral("disable_notification"), silent},
                           {QStringLiteral("disable_web_page_preview"), true}};
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxAnswerBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, done, token] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->read(kMaxAnswerBytes)).object();
        if (status == 200 && answer.value(QStringLiteral("ok")).toBool())
            return done(DeliveryResult::ok());
        // Telegram's own words ("Bad Request: chat not found"), never Qt's (they quote the URL).
        const QString description =
            SecretRedactor::redact(answer.value(QStringLiteral("description")).toString().left(200), {token});
        const int retryAfter = answer.value(QStringLiteral("parameters"))
                                   .toObject()
                                   .value(QStringLiteral("retry_after"))
                                   .toInt();
        if (status == 0) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                  reply->error() == QNetworkReply::TimeoutError;
            return done(DeliveryResult::failed(timedOut ? tr("Telegram did not answer in time.")
                                                        : tr("Telegram could not be reached.")));
        }
        QString sentence = tr("Telegram answered HTTP %1.").arg(status);
        if (!description.isEmpty())
            sentence += QLatin1Char(' ') + description;
        done(DeliveryResult::failed(sentence, retryAfter));
    });
}
