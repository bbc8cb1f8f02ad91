#pragma once

#include "AlertChannel.h"
#include "AlertConfig.h"

class QNetworkAccessManager;
class SecretStore;

// Telegram Bot API sendMessage: the bot token from the keychain (tokenKey()), the chat id and
// base URL from the settings. The shared transport rules apply (HTTPS, plain http only to
// loopback or when allowed, no redirects, a timeout, a capped answer); the token is in the
// request path, so no error text ever quotes the URL.
class TelegramChannel : public AlertChannel
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 20'000;

    TelegramChannel(QNetworkAccessManager *network, SecretStore *secrets, TelegramSettings settings,
                    QObject *parent = nullptr);

    // The one keychain key of the bot token (service "Kilowatch").
    static QString tokenKey();

    QString name() const override;
    void deliver(const Alert &alert, bool silent, Done done) override;
    void setSettings(const TelegramSettings &settings) { m_settings = settings; }

    // "Low balance: Flat 4B\nThe balance is ..."
    static QString text(const Alert &alert);

private:
    void send(const QString &token, const Alert &alert, bool silent, const Done &done);

    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    TelegramSettings m_settings;
};
