#include "CliRunner.h"
#include "FakeHttpServer.h"
#include "ProviderFetch.h"
#include "TestDatabase.h"
#include "analytics/UsageSeries.h"
#include "cli/CliDispatcher.h"
#include "polling/PollScheduler.h"
#include "providers/ElnetProvider.h"
#include "providers/ProviderRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"
#include "storage/ReadingRepository.h"

#include <QBuffer>
#include <QDateTime>
#include <QDirIterator>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

namespace {

const QString kLivePath = QStringLiteral("/api/Dashboard/GetLiveUpdates");
const QString kHomePath = QStringLiteral("/api/Dashboard/HomeData");
const QString kToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.elnet-test-token.c2lnbmF0dXJl");
// Long, with the base64 characters a careless client would mangle.
const QString kInputType =
    QStringLiteral("U2FsdGVkX1+abc/def==") + QString(3000, QLatin1Char('Q')) + QStringLiteral("+/9w==");
const QString kUpdatedOn = QStringLiteral("25-07-2025 15:56:59");
// 15:56:59 in Asia/Kolkata (+05:30).
const qint64 kUpdatedOnUtc =
    QDateTime(QDate(2025, 7, 25), QTime(10, 26, 59), QTimeZone::utc()).toSecsSinceEpoch();

// GetLiveUpdates' Data, as in the seed's sample.
QJsonObject liveData(const QString &updatedOn = kUpdatedOn, double eb = 48808.72, int supply = 0)
{
    return QJsonObject{
        {QStringLiteral("Supply"), supply},   {QStringLiteral("PresentLoad"), 0.58},
        {QStringLiteral("Balance"), 1787.42}, {QStringLiteral("EB"), eb},
        {QStringLiteral("DG"), 477.24},       {QStringLiteral("SanctionEB"), 52.0},
        {QStringLiteral("SanctionDG"), 52.0}, {QStringLiteral("UpdatedOn"), updatedOn},
        {QStringLiteral("Solar"), 0.0},
    };
}

// HomeData's Data, as in the seed's sample (trimmed to what matters plus some neighbours).
QJsonObject homeData(int ebdgStatus = 0)
{
    return QJsonObject{
        {QStringLiteral("DeviceId"), 454},
        {QStringLiteral("kWhRecToday"), 10.96},
        {QStringLiteral("kWhRecMonth"), 418.65},
        {QStringLiteral("MeterBal"), 1787.5},
        {QStringLiteral("RelStatus"), QStringLiteral("ON")},
        {QStringLiteral("EBDGStatus"), ebdgStatus},
        {QStringLiteral("CurrentDay_EB"), 91.3},
        {QStringLiteral("CurrentDay_DG"), 1.38},
        {QStringLiteral("CurrentMonth_EB"), 3487.34},
        {QStringLiteral("CurrentMonth_DG"), 636.05},
        {QStringLiteral("Meter_SN"), QStringLiteral("1124094")},
        {QStringLiteral("IsEB"), true},
        {QStringLiteral("IsDG"), true},
    };
}

QJsonObject envelope(const QJsonValue &data, const QString &status = QStringLiteral("Success"),
                     const QString &message = QStringLiteral("Data Available"))
{
    return QJsonObject{{QStringLiteral("Status"), status},
                       {QStringLiteral("Message"), message},
                       {QStringLiteral("Data"), data}};
}

FakeResponse liveAnswer(const QJsonObject &data)
{
    return FakeResponse::json(envelope(data));
}

} // namespace

class TestElnetProvider : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer *m_server = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QJsonObject m_live; // what the fake GetLiveUpdates answers by default
    QJsonObject m_home; // what the fake HomeData answers by default

    Meter meter(int timeoutSeconds = 20) const
    {
        Meter m;
        m.id = 7;
        m.name = QStringLiteral("flat");
        m.provider = QStringLiteral("elnet");
        m.timezone = QStringLiteral("Asia/Kolkata");
        m.settings.insert(QStringLiteral("base_url"), m_server->base());
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

    // One fetch by a fresh provider, with the live endpoint answering `handler`.
    FetchOutcome answerLive(FakeHttpServer::Handler handler, int timeoutSeconds = 20)
    {
        m_server->route("*", kLivePath, std::move(handler));
        ElnetProvider provider(meter(timeoutSeconds), ProviderContext{m_network, m_secrets});
        return fetchOnce(provider);
    }

    static void verifyNoSecret(const FetchOutcome &o)
    {
        const QString text = o.sentence() + o.field + o.message;
        QVERIFY2(!text.contains(kToken), qPrintable(text));
        QVERIFY2(!text.contains(kInputType.left(20)), qPrintable(text));
        QVERIFY2(!text.contains(QString(40, QLatin1Char('Q'))), qPrintable(text));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FetchOutcome>();
        qRegisterMetaType<MeterHealth>();
    }

    void init()
    {
        m_server = new FakeHttpServer(this);
        m_secrets = new MemorySecretStore(this);
        m_network = new QNetworkAccessManager(this);
        m_live = liveData();
        m_home = homeData();
        storeSecret(*m_secrets, 7, QStringLiteral("token"), kToken);
        storeSecret(*m_secrets, 7, QStringLiteral("input_type"), kInputType);
        m_server->route("POST", kLivePath, [this](const FakeRequest &) { return liveAnswer(m_live); });
        m_server->route("POST", kHomePath,
                        [this](const FakeRequest &) { return FakeResponse::json(envelope(m_home)); });
    }

    void cleanup()
    {
        delete m_server;
        delete m_secrets;
        delete m_network;
    }

    void registryRow()
    {
        const ProviderInfo *info = ProviderRegistry::find(QStringLiteral("elnet"));
        QVERIFY(info);
        QCOMPARE(info->displayName, QStringLiteral("ELNET (Indian gated communities)"));
        QCOMPARE(info->defaultIntervalSeconds, 30);
        QCOMPARE(info->defaultTimezone, QStringLiteral("Asia/Kolkata"));
        QCOMPARE(info->defaultCurrency, QStringLiteral("INR"));
        QCOMPARE(info->requiredSecrets, (QStringList{QStringLiteral("token"), QStringLiteral("input_type")}));
        QStringList options;
        for (const ProviderOption &o : info->options)
            options.append(o.settingsKey());
        QCOMPARE(options, (QStringList{QStringLiteral("base_url"), QStringLiteral("live_url"),
                                       QStringLiteral("home_url")}));
        QVERIFY(info->validate);
        std::unique_ptr<MeterProvider> provider(
            ProviderRegistry::create(meter(), ProviderContext{m_network, m_secrets}, nullptr));
        QVERIFY(provider);
        QCOMPARE(provider->kind(), QStringLiteral("elnet"));
    }

    void settingsNeedABaseOrBothUrls()
    {
        Meter m;
        m.provider = QStringLiteral("elnet");
        const Status none = ElnetProvider::validateSettings(m);
        QVERIFY(!none);
        QVERIFY(none.error().contains(QStringLiteral("--base-url")));
        QVERIFY(none.error().contains(QStringLiteral("--live-url and --home-url")));
        m.settings.insert(QStringLiteral("live_url"), QStringLiteral("https://e.example/live"));
        QVERIFY(!ElnetProvider::validateSettings(m));
        m.settings.insert(QStringLiteral("home_url"), QStringLiteral("https://e.example/home"));
        QVERIFY(ElnetProvider::validateSettings(m));
        QCOMPARE(ElnetProvider::liveUrl(m), QUrl(QStringLiteral("https://e.example/live")));
        QCOMPARE(ElnetProvider::homeUrl(m), QUrl(QStringLiteral("https://e.example/home")));

        Meter base;
        base.settings.insert(QStringLiteral("base_url"), QStringLiteral("https://elnet.example.in:8443/"));
        QVERIFY(ElnetProvider::validateSettings(base));
        QCOMPARE(ElnetProvider::liveUrl(base),
                 QUrl(QStringLiteral("https://elnet.example.in:8443/api/Dashboard/GetLiveUpdates")));
        QCOMPARE(ElnetProvider::homeUrl(base),
                 QUrl(QStringLiteral("https://elnet.example.in:8443/api/Dashboard/HomeData")));
    }

    void goodAnswerMapsEveryField()
    {
        ElnetProvider provider(meter(), ProviderContext{m_network, m_secrets});
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kindName(), QStringLiteral("reading"));
        QVERIFY(o.reading);
        const Reading &r = *o.reading;
        QCOMPARE(r.time, kUpdatedOnUtc);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(r.time, Qt::UTC).toString(Qt::ISODate),
                 QStringLiteral("2025-07-25T10:26:59Z"));
        QCOMPARE(r.balanceMilli, std::optional<qint64>(1'787'420));
        QCOMPARE(r.gridWh, std::optional<qint64>(48'808'720));
        QCOMPARE(r.generatorWh, std::optional<qint64>(477'240));
        QCOMPARE(r.loadW, std::optional<qint64>(580));
        QCOMPARE(r.source, PowerSource::Grid);
        QVERIFY(r.fetchedAt >= before && r.fetchedAt <= QDateTime::currentSecsSinceEpoch());
    }

    void requestsCarryBearerAndInputTypeExactly()
    {
        ElnetProvider provider(meter(), ProviderContext{m_network, m_secrets});
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(0).path, kLivePath);
        QCOMPARE(m_server->requests().at(1).path, kHomePath);
        for (const FakeRequest &request : m_server->requests()) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.header("authorization"), "Bearer " + kToken.toUtf8());
            QCOMPARE(request.header("content-type"), QByteArray("application/json; charset=UTF-8"));
            QVERIFY(request.header("user-agent").startsWith("Kilowatch/"));
            QCOMPARE(request.json().keys(), QStringList{QStringLiteral("InputType")});
            QCOMPARE(request.json().value(QStringLiteral("InputType")).toString(), kInputType);
        }
    }

    void supplyNonZeroIsGenerator_data()
    {
        QTest::addColumn<int>("supply");
        QTest::addColumn<int>("source");
        QTest::newRow("0 is EB") << 0 << int(PowerSource::Grid);
        QTest::newRow("1 is DG") << 1 << int(PowerSource::Generator);
        QTest::newRow("2 is DG") << 2 << int(PowerSource::Generator);
    }
    void supplyNonZeroIsGenerator()
    {
        QFETCH(int, supply);
        QFETCH(int, source);
        m_live = liveData(kUpdatedOn, 48808.72, supply);
        m_home = homeData(supply == 0 ? 0 : 1);
        ElnetProvider provider(meter(), ProviderContext{m_network, m_secrets});
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kind, FetchOutcome::Kind::Reading);
        QCOMPARE(int(o.reading->source), source);
    }

    void supplyWinsOverADisagreeingHomeData()
    {
        // HomeData has no time and lags switchovers; Supply belongs to the timestamped record.
        m_home = homeData(1);
        ElnetProvider provider(meter(), ProviderContext{m_network, m_secrets});
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kind, FetchOutcome::Kind::Reading);
        QCOMPARE(o.reading->source, PowerSource::Grid);
        QCOMPARE(m_server->count(kHomePath), 1);
    }

    void homeDataStandsInForAMissingSupply()
    {
        m_live.remove(QStringLiteral("Supply"));
        m_home = homeData(1);
        ElnetProvider provider(meter(), ProviderContext{m_network, m_secrets});
        const FetchOutcome first = fetchOnce(provider);
        QCOMPARE(first.kind, FetchOutcome::Kind::Reading);
        QCOMPARE(first.reading->source, PowerSource::Generator);
        // Within the 10 minutes the cached answer still stands in, without asking again.
        m_live.insert(QStringLiteral("UpdatedOn"), QStringLiteral("25-07-2025 15:57:29"));
        const FetchOutcome second = fetchOnce(provider);
        QCOMPARE(second.reading->source, PowerSource::Generator);
        QCOMPARE(m_server->count(kHomePath), 1);

        // Without a usable HomeData, a record without Supply has an unknown source.
        m_server->route("POST", kHomePath, [](const FakeRequest &) {
            return FakeResponse::json(QJsonObject{{QStringLiteral("error"), 1}}, 500);
        });
        ElnetProvider fresh(meter(), ProviderContext{m_network, m_secrets});
        const FetchOutcome unknown = fetchOnce(fresh);
        QCOMPARE(unknown.kind, FetchOutcome::Kind::Reading);
        QCOMPARE(unknown.reading->source, PowerSource::Unknown);
    }

    void homeDataIsAskedAtMostEveryTenMinutes()
    {
        ElnetProvider provider(meter(), ProviderContext{m_network, m_secrets});
        const QStringList times{QStringLiteral("25-07-2025 15:56:59"), QStringLiteral("25-07-2025 15:57:29"),
                                QStringLiteral("25-07-2025 15:57:59")};
        for (const QString &t : times) {
            m_live.insert(QStringLiteral("UpdatedOn"), t);
            QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
        }
        QCOMPARE(m_server->count(kLivePath), 3);
        QCOMPARE(m_server->count(kHomePath), 1);
        QCOMPARE(ElnetProvider::kHomeDataIntervalSeconds, 600);
    }

    void homeDataFailureKeepsTheLiveReading_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("500") << "500";
        QTest::newRow("401") << "401";
        QTest::newRow("html") << "html";
        QTest::newRow("truncated") << "truncated";
        QTest::newRow("failure envelope") << "failure";
        QTest::newRow("wrong type") << "wrong type";
        QTest::newRow("hang") << "hang";
    }
    void homeDataFailureKeepsTheLiveReading()
    {
        QFETCH(QString, how);
        m_server->route("POST", kHomePath, [how](const FakeRequest &) {
            if (how == QLatin1String("500"))
                return FakeResponse::text("oops", "text/plain", 500);
            if (how == QLatin1String("401"))
                return FakeResponse::text("", "text/plain", 401);
            if (how == QLatin1String("html"))
                return FakeResponse::text("<html>login</html>", "text/html");
            if (how == QLatin1String("failure"))
                return FakeResponse::json(
                    envelope(QJsonValue::Null, QStringLiteral("Failure"), QStringLiteral("No Data")));
            if (how == QLatin1String("wrong type")) {
                QJsonObject data = homeData();
                data.insert(QStringLiteral("EBDGStatus"), QStringLiteral("maybe"));
                return FakeResponse::json(envelope(data));
            }
            FakeResponse r = FakeResponse::json(envelope(homeData()));
            if (how == QLatin1String("truncated"))
                r.truncateAt = 20;
            else
                r.hangAfterHeaders = true;
            return r;
        });
        ElnetProvider provider(meter(1), ProviderContext{m_network, m_secrets});
        QElapsedTimer clock;
        clock.start();
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kindName(), QStringLiteral("reading"));
        QCOMPARE(o.reading->balanceMilli, std::optional<qint64>(1'787'420));
        QCOMPARE(o.reading->source, PowerSource::Grid);
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(m_server->count(kHomePath), 1);
        // A broken HomeData is not asked again on the next poll.
        m_live.insert(QStringLiteral("UpdatedOn"), QStringLiteral("25-07-2025 15:57:29"));
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
        QCOMPARE(m_server->count(kHomePath), 1);
        m_server->closeAll();
    }

    void repeatedUpdatedOnIsStale()
    {
        ElnetProvider provider(meter(), ProviderContext{m_network, m_secrets});
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
        // The server repeats its record, even with a wobbling load: nothing new.
        m_live.insert(QStringLiteral("PresentLoad"), 0.61);
        const FetchOutcome again = fetchOnce(provider);
        QCOMPARE(again.kindName(), QStringLiteral("stale"));
        QVERIFY(again.reading);
        QCOMPARE(again.reading->time, kUpdatedOnUtc);
        m_live.insert(QStringLiteral("UpdatedOn"), QStringLiteral("25-07-2025 15:57:29"));
        const FetchOutcome next = fetchOnce(provider);
        QCOMPARE(next.kind, FetchOutcome::Kind::Reading);
        QCOMPARE(next.reading->time, kUpdatedOnUtc + 30);
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Stale);
    }

    void failureEnvelopeIsAnErrorWithItsMessage()
    {
        const FetchOutcome o = answerLive([](const FakeRequest &) {
            return FakeResponse::json(
                envelope(QJsonValue::Null, QStringLiteral("Failure"), QStringLiteral("Meter not reachable")));
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::ServerError);
        QVERIFY2(o.sentence().contains(QStringLiteral("Meter not reachable")), qPrintable(o.sentence()));
        QVERIFY(o.sentence().contains(QStringLiteral("Failure")));
        QVERIFY(!o.reading);
        QCOMPARE(m_server->count(kHomePath), 0);
    }

    void authishEnvelopeIsAuthFailed_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("unauthorized") << "Unauthorized";
        QTest::newRow("invalid token") << "Invalid token";
        QTest::newRow("asp.net") << "Authorization has been denied for this request.";
        QTest::newRow("expired") << "Token expired, please login again";
    }
    void authishEnvelopeIsAuthFailed()
    {
        QFETCH(QString, message);
        const FetchOutcome o = answerLive([message](const FakeRequest &) {
            return FakeResponse::json(envelope(QJsonValue::Null, QStringLiteral("Failure"), message));
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::AuthFailed);
        QVERIFY(o.sentence().contains(message));
        QVERIFY(o.sentence().contains(QStringLiteral("meter secrets \"flat\"")));
    }

    void http401IsAuthFailedThenRecovers()
    {
        int calls = 0;
        m_server->route("POST", kLivePath, [this, &calls](const FakeRequest &) {
            if (++calls == 1)
                return FakeResponse::json(
                    QJsonObject{{QStringLiteral("Message"),
                                 QStringLiteral("Authorization has been denied for this request.")}},
                    401);
            return liveAnswer(m_live);
        });
        ElnetProvider provider(meter(), ProviderContext{m_network, m_secrets});
        const FetchOutcome denied = fetchOnce(provider);
        QCOMPARE(denied.kind, FetchOutcome::Kind::AuthFailed);
        QVERIFY(denied.sentence().contains(QStringLiteral("401")));
        QVERIFY(denied.sentence().contains(QStringLiteral("Authorization has been denied")));
        QVERIFY(denied.sentence().contains(QStringLiteral("meter secrets")));
        // The user stored a new token meanwhile: the next fetch reads and uses it.
        const QString renewed = QStringLiteral("renewed-token-0123456789");
        storeSecret(*m_secrets, 7, QStringLiteral("token"), renewed);
        const FetchOutcome ok = fetchOnce(provider);
        QCOMPARE(ok.kind, FetchOutcome::Kind::Reading);
        QCOMPARE(m_server->requests().constLast().header("authorization"), "Bearer " + renewed.toUtf8());
    }

    void rateLimitedWithRetryAfter()
    {
        const FetchOutcome o = answerLive([](const FakeRequest &) {
            return FakeResponse::text("Too many requests", "text/plain", 429)
                .withHeader("Retry-After", "120");
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::RateLimited);
        QCOMPARE(o.retryAfterSeconds, std::optional<int>(120));
        QVERIFY(o.sentence().contains(QStringLiteral("120")));
    }

    void serverErrorIs500()
    {
        const FetchOutcome o = answerLive([](const FakeRequest &) {
            return FakeResponse::text("Internal Server Error", "text/plain", 500);
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::ServerError);
        QVERIFY(o.sentence().contains(QStringLiteral("500")));
    }

    void htmlIsBadData()
    {
        const FetchOutcome o = answerLive([](const FakeRequest &) {
            return FakeResponse::text("<!DOCTYPE html><html><body>IIS login</body></html>",
                                      "text/html; charset=utf-8");
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QVERIFY(o.sentence().contains(QStringLiteral("web page")));
    }

    void truncatedIsBadData()
    {
        const FetchOutcome o = answerLive([](const FakeRequest &) {
            FakeResponse r = FakeResponse::json(envelope(liveData()));
            r.truncateAt = 60;
            return r;
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QVERIFY(o.sentence().contains(QStringLiteral("cut off")));
    }

    void badValuesNameTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("Balance text") << "Balance" << QJsonValue(QStringLiteral("abc")) << "Data.Balance";
        QTest::newRow("Balance missing") << "Balance" << QJsonValue(QJsonValue::Undefined) << "Data.Balance";
        QTest::newRow("EB negative") << "EB" << QJsonValue(-5.0) << "Data.EB";
        QTest::newRow("DG NaN") << "DG" << QJsonValue(QStringLiteral("NaN")) << "Data.DG";
        QTest::newRow("DG object") << "DG" << QJsonValue(QJsonObject{}) << "Data.DG";
        QTest::newRow("load negative") << "PresentLoad" << QJsonValue(-0.2) << "Data.PresentLoad";
        QTest::newRow("Supply text") << "Supply" << QJsonValue(QStringLiteral("EB")) << "Data.Supply";
        QTest::newRow("UpdatedOn garbage")
            << "UpdatedOn" << QJsonValue(QStringLiteral("yesterday")) << "Data.UpdatedOn";
        QTest::newRow("UpdatedOn ISO")
            << "UpdatedOn" << QJsonValue(QStringLiteral("2025-07-25T15:56:59")) << "Data.UpdatedOn";
        QTest::newRow("UpdatedOn future") << "UpdatedOn"
                                          << QJsonValue(QDateTime::currentDateTimeUtc()
                                                            .toTimeZone(QTimeZone("Asia/Kolkata"))
                                                            .addDays(2)
                                                            .toString(QStringLiteral("dd-MM-yyyy HH:mm:ss")))
                                          << "Data.UpdatedOn";
    }
    void badValuesNameTheField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject data = liveData();
        if (value.isUndefined())
            data.remove(key);
        else
            data.insert(key, value);
        const FetchOutcome o = answerLive([data](const FakeRequest &) { return liveAnswer(data); });
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, field);
        QVERIFY2(o.sentence().contains(field), qPrintable(o.sentence()));
        QVERIFY(!o.reading);
    }

    void brokenEnvelopesAreBadData_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no Data") << QByteArray(R"({"Status":"Success","Message":"Data Available"})")
                                 << "Data";
        QTest::newRow("null Data") << QByteArray(R"({"Status":"Success","Message":"","Data":null})")
                                   << "Data";
        QTest::newRow("Data a list") << QByteArray(R"({"Status":"Success","Data":[1,2]})") << "Data";
        QTest::newRow("no Status") << QByteArray(R"({"Message":"Data Available","Data":{}})") << "Status";
        QTest::newRow("an array") << QByteArray(R"([{"Status":"Success"}])") << "Status";
        QTest::newRow("not JSON") << QByteArray(R"({"Status":"Success","Data":{"Balance":NaN}})") << "body";
    }
    void brokenEnvelopesAreBadData()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const FetchOutcome o =
            answerLive([body](const FakeRequest &) { return FakeResponse::text(body, "application/json"); });
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, field);
    }

    void slowServerTimesOut()
    {
        QElapsedTimer clock;
        clock.start();
        const FetchOutcome o = answerLive(
            [this](const FakeRequest &) {
                FakeResponse r = liveAnswer(m_live);
                r.delayMs = 4000;
                return r;
            },
            1);
        QCOMPARE(o.kind, FetchOutcome::Kind::Timeout);
        QVERIFY(clock.elapsed() < 3900);
    }

    void missingSecretsAreAuthFailedWithAHint()
    {
        MemorySecretStore empty;
        ElnetProvider none(meter(), ProviderContext{m_network, &empty});
        const FetchOutcome o = fetchOnce(none);
        QCOMPARE(o.kind, FetchOutcome::Kind::AuthFailed);
        QVERIFY(o.sentence().contains(QStringLiteral("meter secrets \"flat\" --secret-stdin")));

        // The token alone is not enough: the InputType is a credential too.
        MemorySecretStore tokenOnly;
        storeSecret(tokenOnly, 7, QStringLiteral("token"), kToken);
        ElnetProvider half(meter(), ProviderContext{m_network, &tokenOnly});
        const FetchOutcome h = fetchOnce(half);
        QCOMPARE(h.kind, FetchOutcome::Kind::AuthFailed);
        QVERIFY(h.sentence().contains(QStringLiteral("input_type")));
        verifyNoSecret(h);
        QCOMPARE(m_server->requests().size(), 0); // nothing was sent without credentials
    }

    // The walkthrough: after a restart a meter whose credentials were kept for that session
    // only fails; in the window its error points to Meter > Edit meter…, named in words, not
    // to kilowatch-cli meter secrets.
    void inTheWindowTheHintIsTheMeterDialog()
    {
        MemorySecretStore tokenOnly;
        storeSecret(tokenOnly, 7, QStringLiteral("token"), kToken);
        ProviderContext context{m_network, &tokenOnly};
        context.frontEnd = ProviderContext::FrontEnd::Window;
        ElnetProvider half(meter(), context);
        const FetchOutcome h = fetchOnce(half);
        QCOMPARE(h.kind, FetchOutcome::Kind::AuthFailed);
        QVERIFY2(h.sentence().contains(QStringLiteral("Meter > Edit meter…")), qPrintable(h.sentence()));
        QVERIFY2(h.sentence().contains(QStringLiteral("Meter code (InputType)")), qPrintable(h.sentence()));
        QVERIFY2(!h.sentence().contains(QStringLiteral("kilowatch-cli")), qPrintable(h.sentence()));

        // A refused token says the same.
        m_server->route("*", kLivePath, [](const FakeRequest &) {
            return FakeResponse::json(
                envelope(QJsonValue::Null, QStringLiteral("Failure"), QStringLiteral("Unauthorized")));
        });
        storeSecret(tokenOnly, 7, QStringLiteral("input_type"), kInputType);
        ElnetProvider refused(meter(), context);
        const FetchOutcome r = fetchOnce(refused);
        QCOMPARE(r.kind, FetchOutcome::Kind::AuthFailed);
        QVERIFY2(r.sentence().contains(QStringLiteral("Meter > Edit meter…")), qPrintable(r.sentence()));
        QVERIFY2(!r.sentence().contains(QStringLiteral("kilowatch-cli")), qPrintable(r.sentence()));
    }

    void secretsAreInNoSentence()
    {
        // A server that echoes what it was sent, in every way an error can carry text.
        const QString echo = kToken + QStringLiteral(" / ") + kInputType;
        QList<FetchOutcome> outcomes;
        outcomes << answerLive([echo](const FakeRequest &) {
            return FakeResponse::json(envelope(QJsonValue::Null, QStringLiteral("Failure"), echo));
        });
        outcomes << answerLive([echo](const FakeRequest &) {
            return FakeResponse::json(envelope(QJsonValue::Null, QStringLiteral("Failure"),
                                               QStringLiteral("Invalid token ") + echo));
        });
        outcomes << answerLive([echo](const FakeRequest &) {
            return FakeResponse::json(QJsonObject{{QStringLiteral("Message"), echo}}, 401);
        });
        outcomes << answerLive([echo](const FakeRequest &) {
            return FakeResponse::json(QJsonObject{{QStringLiteral("Message"), echo}}, 500);
        });
        outcomes << answerLive([](const FakeRequest &) {
            QJsonObject data = liveData();
            data.insert(QStringLiteral("Balance"), kToken);
            return liveAnswer(data);
        });
        outcomes << answerLive([](const FakeRequest &) {
            QJsonObject data = liveData();
            data.insert(QStringLiteral("UpdatedOn"), kInputType);
            return liveAnswer(data);
        });
        QCOMPARE(outcomes.size(), 6);
        for (const FetchOutcome &o : std::as_const(outcomes)) {
            QVERIFY2(!o.isSuccess(), qPrintable(o.kindName()));
            verifyNoSecret(o);
        }
        QVERIFY(outcomes.at(0).sentence().contains(QStringLiteral("[redacted]")));
    }

    void plainHttpToARemoteServerIsRefused()
    {
        Meter m = meter();
        m.settings.insert(QStringLiteral("base_url"), QStringLiteral("http://192.0.2.7:8080"));
        ElnetProvider provider(m, ProviderContext{m_network, m_secrets});
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kind, FetchOutcome::Kind::NetworkError);
        QVERIFY(o.sentence().contains(QStringLiteral("plain http")));
    }

    void counterResetThroughTheScheduler()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("flat"), QStringLiteral("elnet"), 30, QStringLiteral("Asia/Kolkata"),
                       QJsonObject{{QStringLiteral("base_url"), m_server->base()}});
        MemorySecretStore secrets;
        storeSecret(secrets, m.id, QStringLiteral("token"), kToken);
        storeSecret(secrets, m.id, QStringLiteral("input_type"), kInputType);
        PollScheduler scheduler(t.db());
        scheduler.setProviderContext(ProviderContext{m_network, &secrets});
        scheduler.addMeter(m); // the registry's real ElnetProvider
        QSignalSpy finished(&scheduler, &PollScheduler::fetchFinished);
        QSignalSpy resets(&scheduler, &PollScheduler::counterReset);
        const auto poll = [&](const QString &updatedOn, double eb) {
            m_live = liveData(updatedOn, eb);
            const qsizetype before = finished.size();
            [&] { QVERIFY(scheduler.pollNow(m.id)); }();
            [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), before + 1, 10'000); }();
            return finished.constLast().at(1).value<FetchOutcome>();
        };
        const auto events = [&t, &m] {
            QStringList kinds;
            QSqlQuery q(t.db().connection());
            q.prepare(QStringLiteral("SELECT kind FROM meter_events WHERE meter_id = ? ORDER BY t, kind"));
            q.addBindValue(m.id);
            q.exec();
            while (q.next())
                kinds.append(q.value(0).toString());
            return kinds;
        };

        QCOMPARE(poll(QStringLiteral("25-07-2025 15:56:59"), 48808.72).kind, FetchOutcome::Kind::Reading);
        // The meter was replaced: EB restarts near zero. One such reading is refused...
        const FetchOutcome back = poll(QStringLiteral("25-07-2025 15:57:29"), 10.0);
        QCOMPARE(back.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(back.field, QStringLiteral("grid_kwh"));
        QCOMPARE(events(), QStringList{QStringLiteral("counter_backwards")});
        QCOMPARE(ReadingRepository(t.db()).count(m.id), 1);
        // ...and the next one, agreeing with it, confirms the reset: both are stored.
        const FetchOutcome confirmed = poll(QStringLiteral("25-07-2025 15:57:59"), 10.5);
        QCOMPARE(confirmed.kind, FetchOutcome::Kind::Reading);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(events(),
                 (QStringList{QStringLiteral("counter_backwards"), QStringLiteral("counter_reset")}));
        const auto stored = ReadingRepository(t.db()).range(m.id, kUpdatedOnUtc, kUpdatedOnUtc + 3600);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 3);
        QCOMPARE(stored->at(1).gridWh, std::optional<qint64>(10'000));
        QCOMPARE(stored->at(2).gridWh, std::optional<qint64>(10'500));
        // No spike: the chart counts only what was really used after the reset.
        const auto series = UsageSeriesQuery(t.db()).runRange(m, kUpdatedOnUtc - 60, kUpdatedOnUtc + 600, 10);
        QVERIFY(series.ok());
        QCOMPARE(series->totalGridWh(), 500);
        // A repeat of the last record is stale, and stored once.
        QCOMPARE(poll(QStringLiteral("25-07-2025 15:57:59"), 10.5).kind, FetchOutcome::Kind::Stale);
        QCOMPARE(ReadingRepository(t.db()).count(m.id), 3);
    }

    void cliEndToEnd()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("kilowatch.sqlite"));
        MemorySecretStore keychain;
        using Run = CliRun;
        CliRunner runner(database);
        runner.setSecretStore(&keychain);
        const auto run = [&](const QStringList &args, QIODevice *input = nullptr) {
            return input ? runner.run(args, input) : runner.run(args);
        };

        // Neither --base-url nor both URLs: a usage error with the sentence.
        QBuffer none;
        none.setData(QByteArray("token=x\ninput_type=y\n"));
        none.open(QIODevice::ReadOnly);
        const Run refused = run({QStringLiteral("meter"), QStringLiteral("add"), QStringLiteral("--name"),
                                 QStringLiteral("flat"), QStringLiteral("--provider"),
                                 QStringLiteral("elnet"), QStringLiteral("--live-url"),
                                 m_server->url(kLivePath).toString(), QStringLiteral("--secret-stdin")},
                                &none);
        QCOMPARE(refused.code, int(CliDispatcher::UsageError));
        QVERIFY2(refused.err.contains(QStringLiteral("--base-url")), qPrintable(refused.err));

        QBuffer input;
        input.setData((QStringLiteral("token=") + kToken + QStringLiteral("\ninput_type=") + kInputType +
                       QStringLiteral("\n"))
                          .toUtf8());
        input.open(QIODevice::ReadOnly);
        const Run added =
            run({QStringLiteral("meter"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("flat"), QStringLiteral("--provider"), QStringLiteral("elnet"),
                 QStringLiteral("--base-url"), m_server->base(), QStringLiteral("--secret-stdin")},
                &input);
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY(!added.out.contains(kToken));

        const Run poll = run({QStringLiteral("poll"), QStringLiteral("--once")});
        QVERIFY2(poll.code == 0, qPrintable(poll.err + poll.out));
        QVERIFY2(poll.out.contains(QStringLiteral("reading")), qPrintable(poll.out));
        QCOMPARE(m_server->requests().constFirst().header("authorization"), "Bearer " + kToken.toUtf8());

        const Run readings = run({QStringLiteral("--json"), QStringLiteral("readings"),
                                  QStringLiteral("--meter"), QStringLiteral("flat")});
        QCOMPARE(readings.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(readings.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("meter")).toString(), QStringLiteral("flat"));
        QCOMPARE(row.value(QStringLiteral("time")).toString(), QStringLiteral("2025-07-25T15:56:59+05:30"));
        QCOMPARE(row.value(QStringLiteral("balance")).toDouble(), 1787.42);
        QCOMPARE(row.value(QStringLiteral("grid_kwh")).toDouble(), 48808.72);
        QCOMPARE(row.value(QStringLiteral("generator_kwh")).toDouble(), 477.24);
        QCOMPARE(row.value(QStringLiteral("load_kw")).toDouble(), 0.58);
        QCOMPARE(row.value(QStringLiteral("source")).toString(), QStringLiteral("grid"));

        // The credentials went to the keychain, and nowhere under the database folder.
        QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++scanned;
            QVERIFY2(!bytes.contains(kToken.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(kInputType.left(24).toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(QByteArray(64, 'Q')), qPrintable(file.fileName()));
        }
        QVERIFY(scanned >= 1);
    }
};

QTEST_GUILESS_MAIN(TestElnetProvider)
#include "tst_elnetprovider.moc"
