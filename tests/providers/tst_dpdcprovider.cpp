#include "CliRunner.h"
#include "FakeHttpServer.h"
#include "ProviderFetch.h"
#include "TestDatabase.h"
#include "cli/CliDispatcher.h"
#include "polling/PollScheduler.h"
#include "providers/DpdcProvider.h"
#include "providers/ProviderRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"
#include "storage/ReadingRepository.h"

#include <QBuffer>
#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

const QString kTokenPath = QStringLiteral("/auth/login/generate-bearer");
const QString kBalancePath = QStringLiteral("/usage/usage-service");
const QString kClientId = QStringLiteral("dpdc-web-client");
const QString kClientSecret = QStringLiteral("cs-9f8e7d6c5b4a-very-secret");
const QString kCustomer = QStringLiteral("12345678");

QJsonObject balanceAnswer(const QJsonValue &balance)
{
    QJsonObject details{{QStringLiteral("accountId"), QStringLiteral("A-991")},
                        {QStringLiteral("customerName"), QStringLiteral("Test Customer")},
                        {QStringLiteral("customerClass"), QStringLiteral("LT-A")},
                        {QStringLiteral("accountType"), QStringLiteral("Prepaid")},
                        {QStringLiteral("connectionStatus"), QStringLiteral("Active")},
                        {QStringLiteral("customerType"), QStringLiteral("Residential")},
                        {QStringLiteral("minRecharge"), 100}};
    if (!balance.isUndefined())
        details.insert(QStringLiteral("balanceRemaining"), balance);
    return QJsonObject{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("postBalanceDetails"), details}}}};
}

QJsonObject errorsAnswer(const QString &message)
{
    return QJsonObject{
        {QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("message"), message}}}}};
}

} // namespace

class TestDpdcProvider : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer *m_server = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr;

    // The fake DPDC: issues tokens to the right client id/secret, accepts them on the balance
    // call until revoked, answers the balance in m_balance.
    QStringList m_issued;
    QSet<QString> m_revoked;
    QJsonValue m_expiresIn = 3600;
    QJsonValue m_balance = 1234.56;

    Meter meter(int timeoutSeconds = 20, const QString &customer = kCustomer)
    {
        Meter m;
        m.id = 11;
        m.name = QStringLiteral("home");
        m.provider = QStringLiteral("dpdc");
        m.timezone = QStringLiteral("Asia/Dhaka");
        m.currency = QStringLiteral("BDT");
        m.intervalSeconds = 3600;
        // A trailing slash on the base must not double the paths' slash.
        m.settings.insert(QStringLiteral("base_url"), m_server->base() + QStringLiteral("/"));
        m.settings.insert(QStringLiteral("customer"), customer);
        m.settings.insert(QStringLiteral("client_id"), kClientId);
        m.settings.insert(QStringLiteral("timeout_s"), timeoutSeconds);
        return m;
    }

    void storeSecret(SecretStore &store, qint64 meterId, const QString &field, const QString &value)
    {
        bool written = false;
        store.write(SecretStore::keyFor(meterId, field), value,
                    [&written](SecretStore::Error, const QString &) { written = true; });
        QTRY_VERIFY(written);
    }

    // Every outcome is checked for leaked credentials on its way out.
    FetchOutcome fetchOnce(DpdcProvider &provider, int waitMs = 15'000)
    {
        const FetchOutcome o = ::fetchOnce(provider, waitMs, 20);
        checkNoSecrets(o);
        return o;
    }

    void checkNoSecrets(const FetchOutcome &o)
    {
        const QString text = o.sentence() + o.field + o.message;
        QVERIFY2(!text.contains(kClientSecret), qPrintable(text));
        for (const QString &token : std::as_const(m_issued))
            QVERIFY2(!text.contains(token), qPrintable(text));
    }

    FetchOutcome fetchWith(FakeHttpServer::Handler balance, int timeoutSeconds = 20)
    {
        m_server->route("POST", kBalancePath, std::move(balance));
        DpdcProvider provider(meter(timeoutSeconds), ProviderContext{m_network, m_secrets});
        return fetchOnce(provider);
    }

    FakeResponse issueToken(const FakeRequest &request)
    {
        if (request.header("clientId") != kClientId.toUtf8() ||
            request.header("clientSecret") != kClientSecret.toUtf8() ||
            request.header("tenantCode") != "DPDC")
            return FakeResponse::json(
                QJsonObject{{QStringLiteral("message"), QStringLiteral("Unauthorized")}}, 401);
        const QString token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.access-%1.sig").arg(m_issued.size() + 1);
        m_issued.append(token);
        QJsonObject answer{
            {QStringLiteral("access_token"), token},
            {QStringLiteral("refresh_token"), QStringLiteral("refresh-%1").arg(m_issued.size())}};
        if (!m_expiresIn.isUndefined())
            answer.insert(QStringLiteral("expires_in"), m_expiresIn);
        return FakeResponse::json(answer);
    }

    bool authorised(const FakeRequest &request) const
    {
        const QString token = QString::fromUtf8(request.header("accessToken"));
        return m_issued.contains(token) && !m_revoked.contains(token) &&
               request.header("Authorization") == "Bearer " + token.toUtf8() &&
               request.header("tenantCode") == "DPDC";
    }

    FakeResponse answerBalance(const FakeRequest &request)
    {
        if (!authorised(request))
            return FakeResponse::json(
                QJsonObject{{QStringLiteral("message"), QStringLiteral("Unauthorized")}}, 401);
        return FakeResponse::json(balanceAnswer(m_balance));
    }

    QList<FakeRequest> requestsTo(const QString &path) const
    {
        QList<FakeRequest> list;
        for (const FakeRequest &r : m_server->requests()) {
            if (r.path == path)
                list.append(r);
        }
        return list;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FetchOutcome>();
        qRegisterMetaType<MeterHealth>();
    }

    void init()
    {
        m_issued.clear();
        m_revoked.clear();
        m_expiresIn = 3600;
        m_balance = 1234.56;
        m_server = new FakeHttpServer(this);
        m_secrets = new MemorySecretStore(this);
        m_network = new QNetworkAccessManager(this);
        m_server->route("POST", kTokenPath, [this](const FakeRequest &r) { return issueToken(r); });
        m_server->route("POST", kBalancePath, [this](const FakeRequest &r) { return answerBalance(r); });
        storeSecret(*m_secrets, 11, QStringLiteral("client_secret"), kClientSecret);
    }

    void cleanup()
    {
        delete m_server;
        delete m_secrets;
        delete m_network;
    }

    void registryRow()
    {
        const ProviderInfo *info = ProviderRegistry::find(QStringLiteral("dpdc"));
        QVERIFY(info);
        QCOMPARE(info->displayName, QStringLiteral("DPDC prepaid (Dhaka)"));
        QCOMPARE(info->defaultIntervalSeconds, 3600);
        QCOMPARE(info->defaultTimezone, QStringLiteral("Asia/Dhaka"));
        QCOMPARE(info->defaultCurrency, QStringLiteral("BDT"));
        QCOMPARE(info->requiredSecrets, QStringList{QStringLiteral("client_secret")});
        QStringList names;
        for (const ProviderOption &o : info->options)
            names.append(o.name + (o.required ? QStringLiteral("!") : QString()) + QLatin1Char('=') +
                         o.settingsKey());
        QCOMPARE(names,
                 (QStringList{QStringLiteral("customer!=customer"), QStringLiteral("base-url=base_url"),
                              QStringLiteral("client-id!=client_id")}));
        QCOMPARE(DpdcProvider::defaultBaseUrl(), QStringLiteral("https://amiapp.dpdc.org.bd"));
    }

    void goodPath_data()
    {
        QTest::addColumn<QJsonValue>("balance");
        QTest::addColumn<qint64>("milli");
        QTest::newRow("number") << QJsonValue(1234.56) << qint64(1'234'560);
        QTest::newRow("numeric string") << QJsonValue(QStringLiteral("987.5")) << qint64(987'500);
        QTest::newRow("zero") << QJsonValue(0) << qint64(0);
        QTest::newRow("negative (emergency credit)") << QJsonValue(-12.25) << qint64(-12'250);
    }
    void goodPath()
    {
        QFETCH(QJsonValue, balance);
        QFETCH(qint64, milli);
        m_balance = balance;
        DpdcProvider provider(meter(), ProviderContext{m_network, m_secrets});
        QCOMPARE(provider.kind(), QStringLiteral("dpdc"));
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kindName(), QStringLiteral("reading"));
        QVERIFY(o.reading);
        QCOMPARE(o.reading->balanceMilli, std::optional<qint64>(milli));
        // No reading time from the API: the fetch time.
        QVERIFY(o.reading->time >= before && o.reading->time <= QDateTime::currentSecsSinceEpoch());
        QCOMPARE(o.reading->fetchedAt, o.reading->time);
        QCOMPARE(o.reading->source, PowerSource::Unknown);
        QVERIFY(!o.reading->gridWh && !o.reading->generatorWh && !o.reading->loadW);

        const QList<FakeRequest> &all = m_server->requests();
        QCOMPARE(all.size(), 2);
        const FakeRequest &token = all[0];
        QCOMPARE(token.path, kTokenPath);
        QCOMPARE(token.method, QByteArray("POST"));
        QCOMPARE(token.header("clientId"), kClientId.toUtf8());
        QCOMPARE(token.header("clientSecret"), kClientSecret.toUtf8());
        QCOMPARE(token.header("tenantCode"), QByteArray("DPDC"));
        QVERIFY(token.header("Content-Type").startsWith("application/json"));
        QCOMPARE(token.body.trimmed(), QByteArray("{}"));
        QVERIFY(token.header("user-agent").startsWith("Kilowatch/"));

        const FakeRequest &call = all[1];
        QCOMPARE(call.path, kBalancePath);
        QCOMPARE(call.method, QByteArray("POST"));
        QCOMPARE(call.header("Authorization"), "Bearer " + m_issued.constFirst().toUtf8());
        QCOMPARE(call.header("accessToken"), m_issued.constFirst().toUtf8());
        QCOMPARE(call.header("tenantCode"), QByteArray("DPDC"));
        QVERIFY(call.header("clientSecret").isEmpty()); // the secret goes to generate-bearer only
        const QString query = call.json().value(QStringLiteral("query")).toString();
        QVERIFY2(
            query.startsWith(QStringLiteral("query{ postBalanceDetails(input:{customerNumber:\"12345678\","
                                            "tenantCode:\"DPDC\"})")),
            qPrintable(query));
        QVERIFY(query.contains(QStringLiteral("balanceRemaining")));
    }

    void customerNumberIsValidatedAndEscaped()
    {
        QVERIFY(DpdcProvider::isCustomerNumber(QStringLiteral("12345678")));
        QVERIFY(DpdcProvider::isCustomerNumber(QStringLiteral("0061191236")));
        for (const QString &bad : {QString(), QStringLiteral("12a45"), QStringLiteral(" 123"),
                                   QStringLiteral("-123"), QStringLiteral("1.5"), QStringLiteral("12\"){x}"),
                                   QString::fromUtf8("১২৩৪৫৬"), QStringLiteral("123456789012345678901")})
            QVERIFY2(!DpdcProvider::isCustomerNumber(bad), qPrintable(bad));
        QCOMPARE(DpdcProvider::graphQlString(QStringLiteral("12\"3\\4\n5")),
                 QStringLiteral("\"12\\\"3\\\\4\\n5\""));
        QCOMPARE(DpdcProvider::graphQlString(QString(QChar(0x01))), QStringLiteral("\"\\u0001\""));
        // Whatever the number, the body stays one JSON object with one GraphQL string for it.
        const QByteArray body = DpdcProvider::balanceRequestBody(QStringLiteral("1\",tenantCode:\"X"));
        const QString query =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("query")).toString();
        QVERIFY2(
            query.contains(QStringLiteral("customerNumber:\"1\\\",tenantCode:\\\"X\",tenantCode:\"DPDC\"")),
            qPrintable(query));

        // A meter whose settings were edited behind the CLI's back sends nothing.
        DpdcProvider provider(meter(20, QStringLiteral("123\"){ x }")),
                              ProviderContext{m_network, m_secrets});
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kind, FetchOutcome::Kind::NetworkError);
        QVERIFY2(o.sentence().contains(QStringLiteral("customer number")), qPrintable(o.sentence()));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void tokenIsReusedUntilExpiry_data()
    {
        QTest::addColumn<QJsonValue>("expiresIn");
        QTest::newRow("an hour") << QJsonValue(3600);
        QTest::newRow("absurdly long") << QJsonValue(1e300);
    }
    void tokenIsReusedUntilExpiry()
    {
        QFETCH(QJsonValue, expiresIn);
        m_expiresIn = expiresIn;
        DpdcProvider provider(meter(), ProviderContext{m_network, m_secrets});
        for (int i = 0; i < 3; ++i)
            QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
        QCOMPARE(m_server->count(kTokenPath), 1);
        QCOMPARE(m_server->count(kBalancePath), 3);
        for (const FakeRequest &r : requestsTo(kBalancePath))
            QCOMPARE(r.header("accessToken"), m_issued.constFirst().toUtf8());
    }

    void expiredTokenIsRenewed()
    {
        // Valid for 2 s after the 60 s safety margin: reused at once, renewed after it ran out.
        m_expiresIn = DpdcProvider::kTokenMarginSeconds + 2;
        DpdcProvider provider(meter(), ProviderContext{m_network, m_secrets});
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
        QCOMPARE(m_server->count(kTokenPath), 1);
        QTest::qWait(2100);
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
        QCOMPARE(m_server->count(kTokenPath), 2);
        QCOMPARE(requestsTo(kBalancePath).constLast().header("accessToken"), m_issued.at(1).toUtf8());
        QCOMPARE(m_server->count(kBalancePath), 3);
    }

    void tokenWithinTheMarginOrWithoutLifetimeServesOneFetch_data()
    {
        QTest::addColumn<QJsonValue>("expiresIn");
        QTest::newRow("within margin") << QJsonValue(DpdcProvider::kTokenMarginSeconds);
        QTest::newRow("numeric string") << QJsonValue(QStringLiteral("30"));
        QTest::newRow("no expires_in") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("zero") << QJsonValue(0);
    }
    void tokenWithinTheMarginOrWithoutLifetimeServesOneFetch()
    {
        QFETCH(QJsonValue, expiresIn);
        m_expiresIn = expiresIn;
        DpdcProvider provider(meter(), ProviderContext{m_network, m_secrets});
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
        QCOMPARE(m_server->count(kTokenPath), 2);
        QCOMPARE(m_server->count(kBalancePath), 2);
    }

    void unauthorisedBalanceRenewsTheTokenOnce()
    {
        DpdcProvider provider(meter(), ProviderContext{m_network, m_secrets});
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
        m_revoked.insert(m_issued.constFirst()); // e.g. DPDC restarted and forgot its tokens
        const int before = m_server->requests().size();
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kindName(), QStringLiteral("reading"));
        const QList<FakeRequest> during = m_server->requests().mid(before);
        QCOMPARE(during.size(), 3);
        QCOMPARE(during[0].path, kBalancePath);
        QCOMPARE(during[1].path, kTokenPath);
        QCOMPARE(during[2].path, kBalancePath);
        QCOMPARE(during[2].header("accessToken"), m_issued.at(1).toUtf8());
        // And the new token is kept for the next fetch.
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
        QCOMPARE(m_server->count(kTokenPath), 2);
    }

    void unauthorisedTwiceIsAuthFailed()
    {
        DpdcProvider provider(meter(), ProviderContext{m_network, m_secrets});
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
        m_server->route("POST", kBalancePath, [](const FakeRequest &) {
            return FakeResponse::json(
                QJsonObject{{QStringLiteral("message"), QStringLiteral("Unauthorized")}}, 401);
        });
        const int before = m_server->requests().size();
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kindName(), QStringLiteral("auth_failed"));
        QVERIFY2(o.sentence().contains(QStringLiteral("DPDC")), qPrintable(o.sentence()));
        const QList<FakeRequest> during = m_server->requests().mid(before);
        QCOMPARE(during.size(), 3); // balance, token, balance: no loop
        QCOMPARE(during[1].path, kTokenPath);

        // With a token issued in the same fetch, a 401 is final at once.
        DpdcProvider fresh(meter(), ProviderContext{m_network, m_secrets});
        const int start = m_server->requests().size();
        QCOMPARE(fetchOnce(fresh).kind, FetchOutcome::Kind::AuthFailed);
        QCOMPARE(m_server->requests().size() - start, 2);
    }

    void refusedClientCredentialsAreAuthFailed_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
    }
    void refusedClientCredentialsAreAuthFailed()
    {
        QFETCH(int, status);
        m_server->route("POST", kTokenPath, [status](const FakeRequest &) {
            return FakeResponse::json(QJsonObject{{QStringLiteral("message"), QStringLiteral("Bad client")}},
                                      status);
        });
        DpdcProvider provider(meter(), ProviderContext{m_network, m_secrets});
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kind, FetchOutcome::Kind::AuthFailed);
        QVERIFY2(o.sentence().contains(QStringLiteral("client secret")), qPrintable(o.sentence()));
        QVERIFY(o.sentence().contains(QString::number(status)));
        QCOMPARE(m_server->count(kBalancePath), 0);
        QCOMPARE(m_server->count(kTokenPath), 1);
    }

    void turnstileDenialIsAHumanCheck_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("HTTP 200") << 200;
        QTest::newRow("HTTP 403") << 403;
    }
    void turnstileDenialIsAHumanCheck()
    {
        QFETCH(int, status);
        const FetchOutcome o = fetchWith([status](const FakeRequest &) {
            return FakeResponse::json(errorsAnswer(QStringLiteral("Access denied")), status);
        });
        QCOMPARE(o.kindName(), QStringLiteral("human_check_required"));
        QCOMPARE(o.retryAfterSeconds, std::optional<int>(3600));
        QVERIFY2(o.sentence().contains(QStringLiteral("DPDC asks for a human check")),
                 qPrintable(o.sentence()));
        QVERIFY(o.sentence().contains(QStringLiteral("Turnstile")));
        QCOMPARE(m_server->count(kTokenPath), 1);
        QCOMPARE(m_server->count(kBalancePath), 1); // never retried within the fetch
    }

    void turnstileDenialBacksOffAnHourInTheScheduler()
    {
        TestDatabase t;
        QJsonObject settings = meter().settings;
        settings.remove(QStringLiteral("timeout_s"));
        // Even a one-minute interval waits an hour after a human check.
        const Meter m = t.addMeter(QStringLiteral("dhaka"), QStringLiteral("dpdc"), 60,
                                   QStringLiteral("Asia/Dhaka"), settings);
        storeSecret(*m_secrets, m.id, QStringLiteral("client_secret"), kClientSecret);
        m_server->route("POST", kBalancePath, [](const FakeRequest &) {
            return FakeResponse::json(errorsAnswer(QStringLiteral("Access denied")));
        });
        PollScheduler scheduler(t.db());
        scheduler.setProviderContext(ProviderContext{m_network, m_secrets});
        scheduler.addMeter(m);
        QSignalSpy finished(&scheduler, &PollScheduler::fetchFinished);
        scheduler.start();
        QVERIFY(finished.wait(10'000));
        const FetchOutcome o = finished.constFirst().at(1).value<FetchOutcome>();
        QCOMPARE(o.kind, FetchOutcome::Kind::HumanCheckRequired);
        const MeterHealth health = scheduler.health(m.id);
        QCOMPARE(health.state, MeterHealth::State::Failing);
        QVERIFY(health.lastError.contains(QStringLiteral("human check")));
        const qint64 delay = health.nextFetchAtMs - QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(delay >= 3599'000, qPrintable(QString::number(delay)));
        QTest::qWait(1500);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_server->count(kBalancePath), 1);
        QCOMPARE(m_server->count(kTokenPath), 1);
        QCOMPARE(ReadingRepository(t.db()).count(m.id), 0);
        scheduler.stop();
    }

    void otherGraphQlErrorsAreServerErrors()
    {
        const FetchOutcome o = fetchWith([](const FakeRequest &) {
            return FakeResponse::json(errorsAnswer(QStringLiteral("Customer not found")));
        });
        QCOMPARE(o.kindName(), QStringLiteral("server_error"));
        QVERIFY2(o.sentence().contains(QStringLiteral("Customer not found")), qPrintable(o.sentence()));
        // "Access denied" must be the whole message, not a part of it.
        const FetchOutcome other = fetchWith([](const FakeRequest &) {
            return FakeResponse::json(errorsAnswer(QStringLiteral("Access denied for customer 42 (closed)")));
        });
        QCOMPARE(other.kind, FetchOutcome::Kind::ServerError);
        // A 200 GraphQL error without data is never stored as a reading.
        const FetchOutcome odd = fetchWith([](const FakeRequest &) {
            return FakeResponse::json(QJsonObject{{QStringLiteral("errors"), QStringLiteral("boom")}});
        });
        QCOMPARE(odd.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(odd.field, QStringLiteral("errors"));
    }

    void echoedCredentialsAreRedacted()
    {
        // A server that echoes the token and the client secret must not put them on screen.
        const FetchOutcome o = fetchWith([this](const FakeRequest &request) {
            return FakeResponse::json(
                errorsAnswer(QStringLiteral("Invalid session %1 for client %2")
                                 .arg(QString::fromUtf8(request.header("accessToken")), kClientSecret)));
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::ServerError);
        QVERIFY(!m_issued.isEmpty());
        QVERIFY2(o.sentence().contains(QStringLiteral("[redacted]")), qPrintable(o.sentence()));
        QVERIFY(!o.sentence().contains(m_issued.constFirst()));
        QVERIFY(!o.sentence().contains(kClientSecret));
    }

    void rateLimitHonoursRetryAfter()
    {
        const FetchOutcome o = fetchWith([](const FakeRequest &) {
            return FakeResponse::text("slow down", "text/plain", 429).withHeader("Retry-After", "120");
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::RateLimited);
        QCOMPARE(o.retryAfterSeconds, std::optional<int>(120));
        m_server->route("POST", kTokenPath, [](const FakeRequest &) {
            return FakeResponse::text("slow down", "text/plain", 429).withHeader("Retry-After", "300");
        });
        DpdcProvider provider(meter(), ProviderContext{m_network, m_secrets});
        const FetchOutcome token = fetchOnce(provider);
        QCOMPARE(token.kind, FetchOutcome::Kind::RateLimited);
        QCOMPARE(token.retryAfterSeconds, std::optional<int>(300));
    }

    void serverErrorsAreServerErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("balance") << kBalancePath;
        QTest::newRow("token") << kTokenPath;
    }
    void serverErrorsAreServerErrors()
    {
        QFETCH(QString, path);
        m_server->route("POST", path, [](const FakeRequest &) {
            return FakeResponse::text("Internal Server Error", "text/plain", 500);
        });
        DpdcProvider provider(meter(), ProviderContext{m_network, m_secrets});
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kind, FetchOutcome::Kind::ServerError);
        QVERIFY(o.sentence().contains(QStringLiteral("500")));
    }

    void htmlIsBadData_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("balance") << kBalancePath << 200;
        QTest::newRow("token") << kTokenPath << 200;
        QTest::newRow("balance, plain 403 page") << kBalancePath << 403;
    }
    void htmlIsBadData()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        m_server->route("POST", path, [status](const FakeRequest &) {
            return FakeResponse::text("<!DOCTYPE html><html><body>Forbidden</body></html>",
                                      "text/html; charset=UTF-8", status);
        });
        DpdcProvider provider(meter(), ProviderContext{m_network, m_secrets});
        const FetchOutcome o = fetchOnce(provider);
        if (status == 403) {
            // An HTML 403 is neither the Turnstile envelope nor a Cloudflare challenge: auth failed.
            QCOMPARE(o.kind, FetchOutcome::Kind::AuthFailed);
            return;
        }
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QVERIFY(o.sentence().contains(QStringLiteral("web page")));
    }

    void cloudflareChallengePageIsAHumanCheck_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("balance") << kBalancePath;
        QTest::newRow("token") << kTokenPath;
    }
    void cloudflareChallengePageIsAHumanCheck()
    {
        QFETCH(QString, path);
        m_server->route("POST", path, [](const FakeRequest &) {
            return FakeResponse::text("<!DOCTYPE html><html><title>Just a moment...</title></html>",
                                      "text/html; charset=UTF-8", 403)
                .withHeader("cf-mitigated", "challenge");
        });
        DpdcProvider provider(meter(), ProviderContext{m_network, m_secrets});
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kind, FetchOutcome::Kind::HumanCheckRequired);
        QCOMPARE(o.retryAfterSeconds, std::optional<int>(3600));
        QVERIFY2(o.sentence().contains(QStringLiteral("challenge page")), qPrintable(o.sentence()));
        QCOMPARE(m_server->count(path), 1);
    }

    void truncatedIsBadData_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("balance") << kBalancePath;
        QTest::newRow("token") << kTokenPath;
    }
    void truncatedIsBadData()
    {
        QFETCH(QString, path);
        m_server->route("POST", path, [](const FakeRequest &) {
            FakeResponse r = FakeResponse::json(balanceAnswer(1234.56));
            r.truncateAt = 20;
            return r;
        });
        DpdcProvider provider(meter(), ProviderContext{m_network, m_secrets});
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QVERIFY2(o.sentence().contains(QStringLiteral("cut off")), qPrintable(o.sentence()));
    }

    void wrongTypesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const auto json = [](const QJsonObject &o) {
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("text balance")
            << json(balanceAnswer(QStringLiteral("lots"))) << "data.postBalanceDetails.balanceRemaining";
        QTest::newRow("empty balance")
            << json(balanceAnswer(QStringLiteral(""))) << "data.postBalanceDetails.balanceRemaining";
        QTest::newRow("bool balance")
            << json(balanceAnswer(true)) << "data.postBalanceDetails.balanceRemaining";
        QTest::newRow("null balance")
            << json(balanceAnswer(QJsonValue::Null)) << "data.postBalanceDetails.balanceRemaining";
        QTest::newRow("missing balance")
            << json(balanceAnswer(QJsonValue::Undefined)) << "data.postBalanceDetails.balanceRemaining";
        QTest::newRow("huge balance")
            << json(balanceAnswer(1e300)) << "data.postBalanceDetails.balanceRemaining";
        QTest::newRow("null details")
            << json(QJsonObject{{QStringLiteral("data"),
                                 QJsonObject{{QStringLiteral("postBalanceDetails"), QJsonValue::Null}}}})
            << "data.postBalanceDetails";
        QTest::newRow("details a list")
            << json(QJsonObject{{QStringLiteral("data"),
                                 QJsonObject{{QStringLiteral("postBalanceDetails"), QJsonArray{1}}}}})
            << "data.postBalanceDetails";
        QTest::newRow("no data") << json(QJsonObject{{QStringLiteral("ok"), true}}) << "data";
        QTest::newRow("array body") << QByteArray("[1,2]") << "body";
        QTest::newRow("NaN text") << QByteArray(
                                         R"({"data":{"postBalanceDetails":{"balanceRemaining":"NaN"}}})")
                                  << "data.postBalanceDetails.balanceRemaining";
        QTest::newRow("broken JSON") << QByteArray(R"({"data":{"postBalanceDetails":)") << "body";
        QTest::newRow("empty body") << QByteArray("") << "body";
    }
    void wrongTypesNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const FetchOutcome o =
            fetchWith([body](const FakeRequest &) { return FakeResponse::text(body, "application/json"); });
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, field);
    }

    void badTokenAnswersNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no access_token")
            << QByteArray(R"({"refresh_token":"r","expires_in":3600})") << "access_token";
        QTest::newRow("numeric access_token")
            << QByteArray(R"({"access_token":12,"expires_in":3600})") << "access_token";
        QTest::newRow("token with a line break")
            << QByteArray(R"({"access_token":"abc\r\nX-Evil: 1","expires_in":3600})") << "access_token";
        QTest::newRow("text expires_in")
            << QByteArray(R"({"access_token":"abcdef","expires_in":"soon"})") << "expires_in";
        QTest::newRow("negative expires_in")
            << QByteArray(R"({"access_token":"abcdef","expires_in":-5})") << "expires_in";
    }
    void badTokenAnswersNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        m_server->route("POST", kTokenPath,
                        [body](const FakeRequest &) { return FakeResponse::text(body, "application/json"); });
        DpdcProvider provider(meter(), ProviderContext{m_network, m_secrets});
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, field);
        QCOMPARE(m_server->count(kBalancePath), 0);
    }

    void slowServerTimesOut()
    {
        QElapsedTimer clock;
        clock.start();
        const FetchOutcome o = fetchWith(
            [this](const FakeRequest &request) {
                FakeResponse r = answerBalance(request);
                r.delayMs = 4000;
                return r;
            },
            1);
        QCOMPARE(o.kind, FetchOutcome::Kind::Timeout);
        QVERIFY(clock.elapsed() < 4000);
    }

    void missingClientSecretIsAuthFailedWithAHint()
    {
        MemorySecretStore empty;
        DpdcProvider provider(meter(), ProviderContext{m_network, &empty});
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kind, FetchOutcome::Kind::AuthFailed);
        QVERIFY2(o.sentence().contains(QStringLiteral("client_secret")), qPrintable(o.sentence()));
        QVERIFY(o.sentence().contains(QStringLiteral("meter secrets")));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void abortSilencesTheFetch()
    {
        m_server->route("POST", kBalancePath, [this](const FakeRequest &request) {
            FakeResponse r = answerBalance(request);
            r.delayMs = 300;
            return r;
        });
        DpdcProvider provider(meter(), ProviderContext{m_network, m_secrets});
        QSignalSpy finished(&provider, &MeterProvider::finished);
        provider.fetch();
        QTRY_COMPARE(m_server->count(kBalancePath), 1);
        provider.abort();
        QVERIFY(!finished.wait(800));
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
    }

    // ---- kilowatch-cli, in process ------------------------------------------------------

    void cliEndToEnd()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("kilowatch.sqlite"));
        MemorySecretStore store;
        CliRunner runner(database);
        runner.setSecretStore(&store);
        const auto run = [&](const QStringList &args, const QByteArray &input = {}) {
            const CliRun r = runner.run(args, input);
            return std::make_tuple(r.code, r.out, r.err);
        };

        const auto [addCode, addOut, addErr] = run(
            {QStringLiteral("--json"), QStringLiteral("meter"), QStringLiteral("add"),
             QStringLiteral("--name"), QStringLiteral("home"), QStringLiteral("--provider"),
             QStringLiteral("dpdc"), QStringLiteral("--customer"), kCustomer, QStringLiteral("--client-id"),
             kClientId, QStringLiteral("--base-url"), m_server->base(), QStringLiteral("--secret-stdin")},
            QByteArray("client_secret=") + kClientSecret.toUtf8() + '\n');
        QVERIFY2(addCode == 0, qPrintable(addErr));
        const QJsonObject added = QJsonDocument::fromJson(addOut.toUtf8()).object();
        QCOMPARE(added.value(QStringLiteral("provider")).toString(), QStringLiteral("dpdc"));
        QCOMPARE(added.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Dhaka"));
        QCOMPARE(added.value(QStringLiteral("currency")).toString(), QStringLiteral("BDT"));
        QCOMPARE(added.value(QStringLiteral("interval_s")).toInt(), 3600);

        const auto [pollCode, pollOut, pollErr] = run({QStringLiteral("poll"), QStringLiteral("--once")});
        QVERIFY2(pollCode == 0, qPrintable(pollErr));
        QVERIFY2(pollOut.contains(QStringLiteral("reading")), qPrintable(pollOut));
        QCOMPARE(m_server->requests().constFirst().header("clientSecret"), kClientSecret.toUtf8());

        const auto [code, out, err] = run({QStringLiteral("--json"), QStringLiteral("readings"),
                                           QStringLiteral("--meter"), QStringLiteral("home")});
        QVERIFY2(code == 0, qPrintable(err));
        const QJsonArray rows = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows[0].toObject();
        QCOMPARE(row.value(QStringLiteral("meter")).toString(), QStringLiteral("home"));
        QCOMPARE(row.value(QStringLiteral("balance")).toDouble(), 1234.56);
        QVERIFY(row.value(QStringLiteral("time")).toString().endsWith(QStringLiteral("+06:00")));
        QVERIFY(row.value(QStringLiteral("grid_kwh")).isNull());
        QVERIFY(row.value(QStringLiteral("generator_kwh")).isNull());
        QVERIFY(row.value(QStringLiteral("load_kw")).isNull());
        QCOMPARE(row.value(QStringLiteral("source")).toString(), QStringLiteral("unknown"));

        // Neither the client secret nor the token ever reaches a file next to the database.
        QVERIFY(!m_issued.isEmpty());
        QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int seen = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++seen;
            QVERIFY2(!bytes.contains(kClientSecret.toUtf8()), qPrintable(file.fileName()));
            for (const QString &token : std::as_const(m_issued))
                QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(seen >= 1);
    }

    void cliRefusesABadCustomerNumber_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::newRow("letters") << "12ab5678";
        QTest::newRow("quote") << "123\"){x}";
        QTest::newRow("bengali digits") << QString::fromUtf8("১২৩৪৫৬৭৮");
    }
    void cliRefusesABadCustomerNumber()
    {
        QFETCH(QString, customer);
        QTemporaryDir dir;
        MemorySecretStore store;
        CliRunner runner(dir.filePath(QStringLiteral("k.sqlite")));
        runner.setSecretStore(&store);
        const CliRun r = runner.run(
            {QStringLiteral("meter"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("home"),
             QStringLiteral("--provider"), QStringLiteral("dpdc"), QStringLiteral("--customer"), customer,
             QStringLiteral("--client-id"), kClientId, QStringLiteral("--secret-stdin")},
            QByteArray("client_secret=") + kClientSecret.toUtf8() + '\n');
        const QString &err = r.err;
        QCOMPARE(r.code, int(CliDispatcher::UsageError));
        QVERIFY2(err.contains(QStringLiteral("customer number")), qPrintable(err));
        QVERIFY(!err.contains(kClientSecret));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void cliNeedsTheClientIdAndTheSecret()
    {
        QTemporaryDir dir;
        MemorySecretStore store;
        CliRunner runner(dir.filePath(QStringLiteral("k.sqlite")));
        runner.setSecretStore(&store);
        const auto attempt = [&](const QStringList &extra, const QByteArray &secrets) {
            const CliRun r = runner.run(QStringList{QStringLiteral("meter"), QStringLiteral("add"),
                                                    QStringLiteral("--name"), QStringLiteral("home"),
                                                    QStringLiteral("--provider"), QStringLiteral("dpdc"),
                                                    QStringLiteral("--customer"), kCustomer} +
                                            extra,
                                        secrets);
            return std::make_pair(r.code, r.err);
        };
        const auto [noId, noIdErr] = attempt({QStringLiteral("--secret-stdin")}, "client_secret=x1234\n");
        QCOMPARE(noId, int(CliDispatcher::UsageError));
        QVERIFY2(noIdErr.contains(QStringLiteral("--client-id")), qPrintable(noIdErr));
        const auto [noSecret, noSecretErr] =
            attempt({QStringLiteral("--client-id"), kClientId, QStringLiteral("--secret-stdin")}, "");
        QCOMPARE(noSecret, int(CliDispatcher::UsageError));
        QVERIFY2(noSecretErr.contains(QStringLiteral("client_secret")), qPrintable(noSecretErr));
    }
};

QTEST_GUILESS_MAIN(TestDpdcProvider)
#include "tst_dpdcprovider.moc"
