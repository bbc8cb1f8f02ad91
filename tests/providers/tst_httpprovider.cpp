#include "FakeHttpServer.h"
#include "ProviderFetch.h"
#include "TestDatabase.h"
#include "providers/HttpProvider.h"
#include "providers/JsonReader.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretRedactor.h"
#include "secrets/SecretStore.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

// The smallest real adapter: GET <url> with a bearer token, read {"balance": n}.
class BalanceProvider : public HttpProvider
{
public:
    using HttpProvider::HttpProvider;
    QString kind() const override { return QStringLiteral("test"); }
    bool needToken = true;

protected:
    QStringList requiredSecrets() const override
    {
        return needToken ? QStringList{QStringLiteral("token")} : QStringList{};
    }
    void startFetch() override
    {
        QNetworkRequest request = jsonRequest(QUrl(setting(QStringLiteral("url"))));
        if (needToken)
            request.setRawHeader("Authorization", "Bearer " + secret(QStringLiteral("token")).toUtf8());
        send("GET", request, {}, [this](const HttpReply &reply) {
            const auto doc = parseJson(reply);
            if (!doc)
                return;
            JsonReader json(doc->object());
            Reading r;
            r.time = QDateTime::currentSecsSinceEpoch();
            r.fetchedAt = r.time;
            r.balanceMilli = json.milli(QStringLiteral("balance"));
            r.gridWh = json.nonNegativeMilli(QStringLiteral("grid"), false);
            if (!json.ok())
                return finish(json.error());
            finish(FetchOutcome::fresh(r));
        });
    }
};

} // namespace

class TestHttpProvider : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer *m_server = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr;

    Meter meter(const QString &url, int timeoutSeconds = 20)
    {
        Meter m;
        m.id = 7;
        m.name = QStringLiteral("test meter");
        m.provider = QStringLiteral("test");
        m.settings.insert(QStringLiteral("url"), url);
        m.settings.insert(QStringLiteral("timeout_s"), timeoutSeconds);
        return m;
    }

    FetchOutcome answer(FakeHttpServer::Handler handler, int timeoutSeconds = 20)
    {
        m_server->route("*", QStringLiteral("/balance"), std::move(handler));
        BalanceProvider provider(meter(m_server->url(QStringLiteral("/balance")).toString(), timeoutSeconds),
                                 ProviderContext{m_network, m_secrets});
        return fetchOnce(provider);
    }

    void storeToken(const QString &token)
    {
        bool written = false;
        m_secrets->write(SecretStore::keyFor(7, QStringLiteral("token")), token,
                         [&written](SecretStore::Error, const QString &) { written = true; });
        QTRY_VERIFY(written);
    }

private slots:
    void init()
    {
        m_server = new FakeHttpServer(this);
        m_secrets = new MemorySecretStore(this);
        m_network = new QNetworkAccessManager(this);
        storeToken(QStringLiteral("s3cr3t-token-value"));
    }
    void cleanup()
    {
        delete m_server;
        delete m_secrets;
        delete m_network;
    }

    void goodAnswerWithBearerAndUserAgent()
    {
        const FetchOutcome o = answer([](const FakeRequest &) {
            return FakeResponse::json(
                QJsonObject{{QStringLiteral("balance"), 1787.42}, {QStringLiteral("grid"), 5}});
        });
        QCOMPARE(o.kindName(), QStringLiteral("reading"));
        QCOMPARE(o.reading->balanceMilli, std::optional<qint64>(1'787'420));
        QCOMPARE(o.reading->gridWh, std::optional<qint64>(5'000));
        const FakeRequest &request = m_server->requests().constFirst();
        QCOMPARE(request.header("authorization"), QByteArray("Bearer s3cr3t-token-value"));
        QVERIFY(request.header("user-agent").startsWith("Kilowatch/"));
    }

    void answersAreNeverSynchronous()
    {
        BalanceProvider provider(meter(QStringLiteral("https://user:pw@")),
                                 ProviderContext{m_network, m_secrets});
        QSignalSpy finished(&provider, &MeterProvider::finished);
        provider.fetch();
        QCOMPARE(finished.size(), 0);
        QVERIFY(finished.wait());
    }

    void statusCodesMapToOutcomes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("kind");
        QTest::newRow("401") << 401 << "auth_failed";
        QTest::newRow("403") << 403 << "auth_failed";
        QTest::newRow("404") << 404 << "server_error";
        QTest::newRow("500") << 500 << "server_error";
        QTest::newRow("503") << 503 << "server_error";
        QTest::newRow("504") << 504 << "timeout";
    }
    void statusCodesMapToOutcomes()
    {
        QFETCH(int, status);
        QFETCH(QString, kind);
        const FetchOutcome o = answer([status](const FakeRequest &) {
            return FakeResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("no")}}, status);
        });
        QCOMPARE(o.kindName(), kind);
        QVERIFY(o.sentence().contains(QString::number(status)) || status == 404);
    }

    void rateLimitHonoursRetryAfter()
    {
        const FetchOutcome o = answer([](const FakeRequest &) {
            return FakeResponse::text("slow down", "text/plain", 429).withHeader("Retry-After", "120");
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::RateLimited);
        QCOMPARE(o.retryAfterSeconds, std::optional<int>(120));
        QVERIFY(o.sentence().contains(QStringLiteral("120")));
        QCOMPARE(HttpProvider::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", 1'445'412'400),
                 std::optional<int>(80));
        QCOMPARE(HttpProvider::parseRetryAfter("soon", 0), std::nullopt);
    }

    void htmlInsteadOfJsonIsBadData()
    {
        const FetchOutcome o = answer([](const FakeRequest &) {
            return FakeResponse::text("<html><body>Login</body></html>", "text/html; charset=utf-8");
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QVERIFY(o.sentence().contains(QStringLiteral("web page")));
    }

    void truncatedBodyIsBadData()
    {
        const FetchOutcome o = answer([](const FakeRequest &) {
            FakeResponse r = FakeResponse::json(QJsonObject{{QStringLiteral("balance"), 1787.42}});
            r.truncateAt = 8;
            return r;
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
    }

    void wrongTypesNameTheField()
    {
        const FetchOutcome o = answer([](const FakeRequest &) {
            return FakeResponse::json(QJsonObject{{QStringLiteral("balance"), QStringLiteral("lots")}});
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, QStringLiteral("balance"));
        QVERIFY(o.sentence().contains(QStringLiteral("lots")));
        const FetchOutcome negative = answer([](const FakeRequest &) {
            return FakeResponse::json(
                QJsonObject{{QStringLiteral("balance"), 5}, {QStringLiteral("grid"), -1}});
        });
        QCOMPARE(negative.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(negative.field, QStringLiteral("grid"));
        const FetchOutcome broken = answer(
            [](const FakeRequest &) { return FakeResponse::text("{\"balance\": 12", "application/json"); });
        QCOMPARE(broken.kind, FetchOutcome::Kind::BadData);
        QVERIFY(broken.sentence().contains(QStringLiteral("not valid JSON")));
    }

    void hangingServerTimesOut()
    {
        QElapsedTimer clock;
        clock.start();
        const FetchOutcome o = answer(
            [](const FakeRequest &) {
                FakeResponse r = FakeResponse::json(QJsonObject{{QStringLiteral("balance"), 1}});
                r.hangAfterHeaders = true;
                return r;
            },
            1);
        QCOMPARE(o.kind, FetchOutcome::Kind::Timeout);
        QVERIFY(clock.elapsed() < 5000);
        m_server->closeAll();
    }

    void slowServerTimesOut()
    {
        const FetchOutcome o = answer(
            [](const FakeRequest &) {
                FakeResponse r = FakeResponse::json(QJsonObject{{QStringLiteral("balance"), 1}});
                r.delayMs = 4000;
                return r;
            },
            1);
        QCOMPARE(o.kind, FetchOutcome::Kind::Timeout);
    }

    void resetConnectionIsNetworkError()
    {
        const FetchOutcome o = answer([](const FakeRequest &) {
            FakeResponse r;
            r.resetConnection = true;
            return r;
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::NetworkError);
    }

    void oversizedBodyIsCutOff()
    {
        const FetchOutcome o = answer([](const FakeRequest &) {
            return FakeResponse::text(QByteArray(3 * 1024 * 1024, ' '), "application/json");
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QVERIFY(o.sentence().contains(QStringLiteral("larger than")));
    }

    void redirectLoopIsStopped()
    {
        const QUrl self = m_server->url(QStringLiteral("/balance"));
        const FetchOutcome o = answer([self](const FakeRequest &) {
            return FakeResponse::text("", "text/plain", 302).withHeader("Location", self.toEncoded());
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::NetworkError);
        QVERIFY(o.sentence().contains(QStringLiteral("loop")));
        // Bounded: Qt stops after the allowed redirects (its count includes a couple of its own hops).
        QVERIFY2(m_server->count(QStringLiteral("/balance")) <= 8,
                 qPrintable(QString::number(m_server->count(QStringLiteral("/balance")))));
    }

    void plainHttpIsOnlyForLoopbackOrConfirmed()
    {
        BalanceProvider remote(meter(QStringLiteral("http://192.0.2.1/balance")),
                               ProviderContext{m_network, m_secrets});
        const FetchOutcome o = fetchOnce(remote);
        QCOMPARE(o.kind, FetchOutcome::Kind::NetworkError);
        QVERIFY(o.sentence().contains(QStringLiteral("plain http")));
        QVERIFY(HttpProvider::isLoopback(QUrl(QStringLiteral("http://127.0.0.1:8080/"))));
        QVERIFY(HttpProvider::isLoopback(QUrl(QStringLiteral("http://localhost/"))));
        QVERIFY(HttpProvider::isLoopback(QUrl(QStringLiteral("http://[::1]/"))));
        QVERIFY(!HttpProvider::isLoopback(QUrl(QStringLiteral("http://10.0.0.1/"))));
    }

    void missingCredentialIsAuthFailedWithAHint()
    {
        MemorySecretStore empty;
        m_server->route("*", QStringLiteral("/balance"), [](const FakeRequest &) {
            return FakeResponse::json(QJsonObject{{QStringLiteral("balance"), 1}});
        });
        BalanceProvider provider(meter(m_server->url(QStringLiteral("/balance")).toString()),
                                 ProviderContext{m_network, &empty});
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kind, FetchOutcome::Kind::AuthFailed);
        QVERIFY(o.sentence().contains(QStringLiteral("meter secrets")));
        QCOMPARE(m_server->requests().size(), 0); // nothing was sent without credentials
    }

    void secretsAreRedactedFromMessages()
    {
        // A server that echoes the token in an error must not put it on screen or in logs.
        m_server->route("*", QStringLiteral("/balance"), [](const FakeRequest &) {
            return FakeResponse::json(
                QJsonObject{{QStringLiteral("balance"), QStringLiteral("s3cr3t-token-value")}});
        });
        BalanceProvider provider(meter(m_server->url(QStringLiteral("/balance")).toString()),
                                 ProviderContext{m_network, m_secrets});
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QVERIFY(!o.sentence().contains(QStringLiteral("s3cr3t-token-value")));
        QVERIFY(o.sentence().contains(QStringLiteral("[redacted]")));
        // Quotes are cut short (JsonReader shows 40 characters): the cut-off start is hidden too.
        const QString blob = QStringLiteral("U2FsdGVkX1+") + QString(200, QLatin1Char('Q'));
        QCOMPARE(SecretRedactor::redact(QStringLiteral("got \"%1\"").arg(blob.left(40)), {blob}),
                 QStringLiteral("got \"[redacted]\""));
        QCOMPARE(SecretRedactor::redact(QStringLiteral("%1 and %1").arg(blob.left(30)), {blob}),
                 QStringLiteral("[redacted] and [redacted]"));
        // Short starts are ordinary text.
        QCOMPARE(SecretRedactor::redact(QStringLiteral("U2FsdGVk"), {blob}), QStringLiteral("U2FsdGVk"));
    }

    void abortSilencesTheFetch()
    {
        m_server->route("*", QStringLiteral("/balance"), [](const FakeRequest &) {
            FakeResponse r = FakeResponse::json(QJsonObject{{QStringLiteral("balance"), 1}});
            r.delayMs = 300;
            return r;
        });
        BalanceProvider provider(meter(m_server->url(QStringLiteral("/balance")).toString()),
                                 ProviderContext{m_network, m_secrets});
        QSignalSpy finished(&provider, &MeterProvider::finished);
        provider.fetch();
        QTRY_COMPARE(m_server->requests().size(), 1);
        provider.abort();
        QVERIFY(!finished.wait(800));
        // And the provider is usable again.
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
    }
};

QTEST_GUILESS_MAIN(TestHttpProvider)
#include "tst_httpprovider.moc"
