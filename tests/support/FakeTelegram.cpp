#include "FakeTelegram.h"

#include <QJsonObject>
#include <QTest>

const QString FakeTelegram::kToken = QStringLiteral("123456:TEST-token-never-in-a-message");

QString FakeTelegram::sendMessagePath()
{
    return QStringLiteral("/bot") + kToken + QStringLiteral("/sendMessage");
}

FakeResponse FakeTelegram::ok()
{
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("ok"), true},
                    {QStringLiteral("result"), QJsonObject{{QStringLiteral("message_id"), 7}}}});
}

FakeResponse FakeTelegram::error(int status, const QString &description, int retryAfter)
{
    QJsonObject body{{QStringLiteral("ok"), false},
                     {QStringLiteral("error_code"), status},
                     {QStringLiteral("description"), description}};
    if (retryAfter > 0)
        body.insert(QStringLiteral("parameters"), QJsonObject{{QStringLiteral("retry_after"), retryAfter}});
    return FakeResponse::json(body, status);
}

FakeTelegram::FakeTelegram(bool withToken)
{
    if (withToken)
        storeToken();
}

void FakeTelegram::answer(FakeHttpServer::Handler handler)
{
    server.route("POST", sendMessagePath(), std::move(handler));
}

void FakeTelegram::storeToken()
{
    bool written = false;
    secrets.write(TelegramChannel::tokenKey(), kToken,
                  [&](SecretStore::Error, const QString &) { written = true; });
    QTRY_VERIFY(written);
}

AlertConfig FakeTelegram::config() const
{
    AlertConfig c;
    c.desktop = false;
    c.recharges = c.generator = c.dailySummary = c.consumption = c.providerTrouble = false;
    c.telegram.enabled = true;
    c.telegram.chatId = QStringLiteral("-100200300");
    c.telegram.baseUrl = server.url();
    return c;
}

TelegramDelivery::TelegramDelivery(FakeTelegram &fake, Database &db, const TelegramSettings &settings,
                                   const qint64 &now)
    : telegram(&fake.network, &fake.secrets, settings)
    , dispatcher(db)
    , attempts(&dispatcher, &AlertDispatcher::attempted)
{
    dispatcher.setClock([&now] { return now; });
    dispatcher.addChannel(&telegram);
}
