#pragma once

// A fake Telegram Bot API for the alert tests: a FakeHttpServer on 127.0.0.1 that answers
// sendMessage for a test bot token, the secret store that holds (or lacks) that token, and the
// dispatcher with a Telegram channel on a test clock.

#include "FakeHttpServer.h"
#include "alerts/AlertConfig.h"
#include "alerts/AlertDispatcher.h"
#include "alerts/TelegramChannel.h"
#include "secrets/MemorySecretStore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

class Database;

class FakeTelegram
{
public:
    // The bot token (it must never show in a message) and the path Telegram is called on.
    static const QString kToken;
    static QString sendMessagePath();
    // Telegram's answers: a message sent, or an error with its HTTP status (and retry_after).
    static FakeResponse ok();
    static FakeResponse error(int status, const QString &description, int retryAfter = 0);

    // With `withToken`, the bot token is in the secret store from the start.
    explicit FakeTelegram(bool withToken = true);

    // sendMessage answers with `handler`.
    void answer(FakeHttpServer::Handler handler);
    void storeToken();
    // Alerts to Telegram only (chat -100200300, this server); nothing else on.
    AlertConfig config() const;

    FakeHttpServer server;
    QNetworkAccessManager network;
    MemorySecretStore secrets;
};

// The dispatcher of `db` with the Telegram channel of `settings`, its clock reading `now`; every
// attempt recorded in `attempts`.
struct TelegramDelivery
{
    TelegramDelivery(FakeTelegram &fake, Database &db, const TelegramSettings &settings, const qint64 &now);

    TelegramChannel telegram;
    AlertDispatcher dispatcher;
    QSignalSpy attempts;
};
