#include "FakeTelegram.h"
#include "TestDatabase.h"
#include "alerts/AlertEngine.h"
#include "analytics/ReadingIngestor.h"
#include "settings/AppSettings.h"
#include "storage/AlertOutboxRepository.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr qint64 kDay = 1'753'056'000; // 2025-07-21T00:00:00Z
const QString &kToken = FakeTelegram::kToken;

// One meter falls below its level: one low-balance alert queued for Telegram.
qint64 raiseLowBalance(TestDatabase &t, const AlertConfig &config, qint64 now)
{
    Meter m = t.addMeter(QStringLiteral("Flat 4B"));
    Reading r;
    r.time = now - 30;
    r.fetchedAt = r.time;
    r.balanceMilli = 412'500;
    r.gridWh = 1000;
    ReadingIngestor(t.db()).ingest(m, {r});
    AlertConfig c = config;
    MeterAlertRules rules;
    rules.lowBalance = {BalanceThreshold::money(500'000)};
    c.meters.insert(m.id, rules);
    AlertContext context;
    context.now = now;
    const Result<QList<Alert>> raised = AlertEngine(t.db(), c).evaluate(m, context);
    if (!raised || raised->size() != 1)
        qFatal("expected one alert");
    return raised->constFirst().id;
}

} // namespace

class TestTelegramDelivery : public QObject
{
    Q_OBJECT

private:
    OutboxItem row(TestDatabase &t, qint64 alertId)
    {
        return AlertOutboxRepository(t.db()).forAlert(alertId).value().constFirst();
    }

private slots:
    void tokenKeyIsTheOneConstant()
    {
        QCOMPARE(TelegramChannel::tokenKey(), AppSettings::telegramBotTokenKey());
    }

    void serverErrorThenSuccessNothingLostAcrossARestart()
    {
        FakeTelegram fake;
        int calls = 0;
        fake.answer([&calls](const FakeRequest &) {
            return ++calls == 1 ? FakeTelegram::error(500, QStringLiteral("Internal Server Error"))
                                : FakeTelegram::ok();
        });
        TestDatabase t;
        const AlertConfig c = fake.config();
        qint64 now = kDay;
        const qint64 alertId = raiseLowBalance(t, c, now);
        {
            TelegramDelivery d(fake, t.db(), c.telegram, now);
            d.dispatcher.processDue();
            QTRY_COMPARE(d.attempts.size(), 1);
            QCOMPARE(d.attempts[0][2].toBool(), false);
            const OutboxItem failed = row(t, alertId);
            QCOMPARE(failed.state, QStringLiteral("pending"));
            QCOMPARE(failed.attempts, 1);
            QCOMPARE(failed.nextAttemptAt, now + AlertDispatcher::kRetryBaseSeconds);
            QVERIFY2(failed.lastError.contains(QStringLiteral("HTTP 500")), qPrintable(failed.lastError));
            QVERIFY(!failed.lastError.contains(kToken));
            // Not due yet: nothing is sent.
            now += 10;
            d.dispatcher.processDue();
            QTest::qWait(200);
            QCOMPARE(calls, 1);
        }
        // The app quits before the retry; the queue is in the database.
        t.close();
        t.reopen();
        now += 30;
        TelegramDelivery d(fake, t.db(), c.telegram, now);
        d.dispatcher.processDue();
        QTRY_COMPARE(d.attempts.size(), 1);
        QCOMPARE(d.attempts[0][2].toBool(), true);
        QCOMPARE(calls, 2);
        QCOMPARE(row(t, alertId).state, QStringLiteral("delivered"));
        // What Telegram got: the chat, the title and the message, with sound.
        const QJsonObject sent = fake.server.requests().constLast().json();
        QCOMPARE(sent.value(QStringLiteral("chat_id")).toString(), QStringLiteral("-100200300"));
        const QString text = sent.value(QStringLiteral("text")).toString();
        QVERIFY2(text.startsWith(QStringLiteral("Low balance: Flat 4B\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("412.50")));
        QCOMPARE(sent.value(QStringLiteral("disable_notification")).toBool(), false);
        QCOMPARE(fake.server.requests().constLast().header("content-type"), QByteArray("application/json"));
        // Delivered is delivered: no third send.
        now += 3600;
        d.dispatcher.processDue();
        QTest::qWait(200);
        QCOMPARE(calls, 2);
    }

    void backOffGrowsAndHonoursRetryAfter()
    {
        QCOMPARE(AlertDispatcher::retryDelaySeconds(1), 30);
        QCOMPARE(AlertDispatcher::retryDelaySeconds(2), 60);
        QCOMPARE(AlertDispatcher::retryDelaySeconds(4), 240);
        QCOMPARE(AlertDispatcher::retryDelaySeconds(20), AlertDispatcher::kRetryCapSeconds);

        FakeTelegram fake;
        fake.answer([](const FakeRequest &) {
            return FakeTelegram::error(429, QStringLiteral("Too Many Requests: retry after 120"), 120);
        });
        TestDatabase t;
        const AlertConfig c = fake.config();
        qint64 now = kDay;
        const qint64 alertId = raiseLowBalance(t, c, now);
        TelegramDelivery d(fake, t.db(), c.telegram, now);
        d.dispatcher.processDue();
        QTRY_COMPARE(d.attempts.size(), 1);
        QCOMPARE(row(t, alertId).nextAttemptAt, now + 120);
    }

    void expiresUndeliveredAfterItsTime()
    {
        FakeTelegram fake;
        fake.answer(
            [](const FakeRequest &) { return FakeTelegram::error(502, QStringLiteral("Bad Gateway")); });
        TestDatabase t;
        AlertConfig c = fake.config();
        c.telegramExpirySeconds = 3600;
        qint64 now = kDay;
        const qint64 alertId = raiseLowBalance(t, c, now);
        TelegramDelivery d(fake, t.db(), c.telegram, now);
        for (int i = 1; i <= 3; ++i) {
            d.dispatcher.processDue();
            QTRY_COMPARE(d.attempts.size(), i);
            now = row(t, alertId).nextAttemptAt;
        }
        now = kDay + 3600;
        d.dispatcher.processDue();
        QTest::qWait(200);
        QCOMPARE(d.attempts.size(), 3);
        QCOMPARE(row(t, alertId).state, QStringLiteral("expired"));
        QCOMPARE(row(t, alertId).attempts, 3);
    }

    void noTokenIsAFailureToRetryNotALoss()
    {
        FakeTelegram fake(false);
        fake.answer([](const FakeRequest &) { return FakeTelegram::ok(); });
        TestDatabase t;
        const AlertConfig c = fake.config();
        qint64 now = kDay;
        const qint64 alertId = raiseLowBalance(t, c, now);
        TelegramDelivery d(fake, t.db(), c.telegram, now);
        d.dispatcher.processDue();
        QTRY_COMPARE(d.attempts.size(), 1);
        QVERIFY(d.attempts[0][3].toString().contains(QStringLiteral("token")));
        QCOMPARE(fake.server.requests().size(), 0);
        // The user stores the token; the retry delivers.
        fake.storeToken();
        now += AlertDispatcher::kRetryBaseSeconds;
        d.dispatcher.processDue();
        QTRY_COMPARE(d.attempts.size(), 2);
        QCOMPARE(row(t, alertId).state, QStringLiteral("delivered"));
    }

    void plainHttpOnlyToLoopback()
    {
        TelegramSettings s;
        s.chatId = QStringLiteral("1");
        s.baseUrl = QUrl(QStringLiteral("http://api.telegram.example"));
        QNetworkAccessManager network;
        MemorySecretStore secrets;
        TelegramChannel telegram(&network, &secrets, s);
        Alert a;
        std::optional<DeliveryResult> result;
        telegram.deliver(a, false, [&](const DeliveryResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->delivered);
        QVERIFY(result->error.contains(QStringLiteral("https://")));
    }

    void quietHoursSendWithoutSound()
    {
        FakeTelegram fake;
        fake.answer([](const FakeRequest &) { return FakeTelegram::ok(); });
        TestDatabase t;
        AlertConfig c = fake.config();
        c.quietHours = QuietHours{QTime(0, 0), QTime(23, 59)};
        c.quietZone = QTimeZone::utc();
        qint64 now = kDay + 3600;
        raiseLowBalance(t, c, now);
        TelegramDelivery d(fake, t.db(), c.telegram, now);
        d.dispatcher.processDue();
        QTRY_COMPARE(d.attempts.size(), 1);
        QCOMPARE(
            fake.server.requests().constLast().json().value(QStringLiteral("disable_notification")).toBool(),
            true);
    }
};

QTEST_GUILESS_MAIN(TestTelegramDelivery)
#include "tst_telegramdelivery.moc"
