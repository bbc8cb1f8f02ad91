#include "CliRunner.h"
#include "FakeHttpServer.h"
#include "ProviderFetch.h"
#include "cli/CliDispatcher.h"
#include "providers/GenericJsonProvider.h"
#include "providers/JsonMapping.h"
#include "providers/JsonPresets.h"
#include "providers/ProviderRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"

#include <QBuffer>
#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

namespace {

const QString kToken = QStringLiteral("tok-9f8e7d6c5b4a3210");
const QString kApiKey = QStringLiteral("key-0a1b2c3d4e5f");
// A password that needs escaping in JSON and encoding in a form.
const QString kPassword = QStringLiteral("pa\"ss\\w@rd &=x");

// JSON written with single quotes, so that the test reads easily (and moc, which trips over
// raw string literals, reads it too).
QByteArray J(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QJsonObject obj(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json.constData());
    return doc.object();
}

QJsonObject obj(const char *singleQuotedJson)
{
    return obj(J(singleQuotedJson));
}

FakeResponse jsonAnswer(const QByteArray &body, int status = 200)
{
    return FakeResponse::text(body, "application/json", status);
}

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toSecsSinceEpoch();
}

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestGenericJsonProvider : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer *m_server = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr;

    // The settings as a meter add would store them: checked, the preset expanded.
    Meter meter(QJsonObject settings, const QString &timezone = QStringLiteral("UTC"))
    {
        Meter m;
        m.id = 7;
        m.name = QStringLiteral("json meter");
        m.provider = QStringLiteral("json");
        m.timezone = timezone;
        m.currency = QStringLiteral("USD");
        m.intervalSeconds = 3600;
        if (!settings.contains(QStringLiteral("url")) && !settings.contains(QStringLiteral("preset")))
            settings.insert(QStringLiteral("url"), m_server->url(QStringLiteral("/api")).toString());
        if (!settings.contains(QStringLiteral("timeout_s")))
            settings.insert(QStringLiteral("timeout_s"), 5);
        m.settings = settings;
        const Status valid = GenericJsonProvider::validateSettings(m.settings);
        if (!valid)
            qFatal("test settings refused: %s", qPrintable(valid.error()));
        ProviderRegistry::find(QStringLiteral("json"))->prepare(m);
        return m;
    }

    // Routes /api to `handler` and fetches once through a fresh provider.
    FetchOutcome answer(const QJsonObject &settings, FakeHttpServer::Handler handler,
                        const QString &timezone = QStringLiteral("UTC"))
    {
        m_server->route("*", QStringLiteral("/api"), std::move(handler));
        GenericJsonProvider provider(meter(settings, timezone), ProviderContext{m_network, m_secrets});
        return fetchOnce(provider);
    }

    FetchOutcome answerBody(const QJsonObject &settings, const QByteArray &body, int status = 200)
    {
        return answer(settings, [body, status](const FakeRequest &) { return jsonAnswer(body, status); });
    }

    void storeSecret(MemorySecretStore *store, qint64 meterId, const QString &field, const QString &value)
    {
        bool written = false;
        store->write(SecretStore::keyFor(meterId, field), value,
                     [&written](SecretStore::Error, const QString &) { written = true; });
        QTRY_VERIFY(written);
    }

    static bool mentionsASecret(const FetchOutcome &o)
    {
        const QString all = o.sentence() + o.message + o.field;
        for (const QString &s :
             {kToken, kApiKey, kPassword, QString::fromLatin1(QUrl::toPercentEncoding(kPassword))}) {
            if (all.contains(s))
                return true;
        }
        return false;
    }

private slots:
    void init()
    {
        m_server = new FakeHttpServer(this);
        m_secrets = new MemorySecretStore(this);
        m_network = new QNetworkAccessManager(this);
        storeSecret(m_secrets, 7, QStringLiteral("token"), kToken);
        storeSecret(m_secrets, 7, QStringLiteral("api_key"), kApiKey);
        storeSecret(m_secrets, 7, QStringLiteral("password"), kPassword);
    }
    void cleanup()
    {
        delete m_server;
        delete m_secrets;
        delete m_network;
    }

    // --- the mapping, field by field ----------------------------------------------------

    void getMapsEveryField()
    {
        const QJsonObject settings =
            obj("{ 'balance_path': 'data.account.Balance', 'grid_kwh_path': 'data.items[0].eb', "
                "'generator_kwh_path': 'data.items[-1].dg', 'load_kw_path': 'data[\\u0022Load kW\\u0022]', "
                "'source_path': '$.data.Supply', 'source_grid_values': '0, EB', 'source_generator_values': "
                "'1,DG', 'time_path': 'data.UpdatedOn' }");
        const FetchOutcome o = answerBody(
            settings,
            J("{'data': { 'account': {'Balance': '$1,234.50'}, 'items': [{'eb': 1500.25}, {'x': 0}, {'dg': "
              "'42.5'}], 'Load kW': 2.75, 'Supply': 0, 'UpdatedOn': '2025-07-25T10:26:59+05:30'}}"));
        QCOMPARE(o.kindName(), QStringLiteral("reading"));
        const Reading &r = *o.reading;
        QCOMPARE(r.balanceMilli, std::optional<qint64>(1'234'500));
        QCOMPARE(r.gridWh, std::optional<qint64>(1'500'250));
        QCOMPARE(r.generatorWh, std::optional<qint64>(42'500));
        QCOMPARE(r.loadW, std::optional<qint64>(2'750));
        QCOMPARE(r.source, PowerSource::Grid);
        QCOMPARE(r.time, utc("2025-07-25T04:56:59Z"));
        QVERIFY(qAbs(r.fetchedAt - QDateTime::currentSecsSinceEpoch()) < 5);
        const FakeRequest &request = m_server->requests().constFirst();
        QCOMPARE(request.method, QByteArray("GET"));
        QVERIFY(request.body.isEmpty());
        QVERIFY(request.header("user-agent").startsWith("Kilowatch/"));
    }

    void sourceValuesAreComparedAsText_data()
    {
        QTest::addColumn<QByteArray>("supply");
        QTest::addColumn<QString>("generatorValues");
        QTest::addColumn<int>("source");
        QTest::newRow("number 0 is grid") << QByteArray("0") << "1" << int(PowerSource::Grid);
        QTest::newRow("number 1 is generator") << QByteArray("1") << "1" << int(PowerSource::Generator);
        QTest::newRow("text \"1\" is generator") << QByteArray("\"1\"") << "1" << int(PowerSource::Generator);
        QTest::newRow("text, any case") << QByteArray("\" dg \"") << "DG" << int(PowerSource::Generator);
        QTest::newRow("1.0 is 1") << QByteArray("1.0") << "1" << int(PowerSource::Generator);
        QTest::newRow("true") << QByteArray("true") << "true" << int(PowerSource::Generator);
        QTest::newRow("other value stays unknown") << QByteArray("7") << "1" << int(PowerSource::Unknown);
        QTest::newRow("wildcard takes any other") << QByteArray("7") << "*" << int(PowerSource::Generator);
        QTest::newRow("a listed value beats the wildcard")
            << QByteArray("0") << "*" << int(PowerSource::Grid);
    }
    void sourceValuesAreComparedAsText()
    {
        QFETCH(QByteArray, supply);
        QFETCH(QString, generatorValues);
        QFETCH(int, source);
        QJsonObject settings = obj("{'balance_path': 'b', 'source_path': 's', 'source_grid_values': '0,EB'}");
        settings.insert(QStringLiteral("source_generator_values"), generatorValues);
        const FetchOutcome o = answerBody(settings, "{\"b\": 1, \"s\": " + supply + "}");
        QCOMPARE(o.kindName(), QStringLiteral("reading"));
        QCOMPARE(int(o.reading->source), source);
    }

    void timeFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("timezone");
        QTest::addColumn<qint64>("expected");
        const qint64 t = utc("2025-07-25T10:26:59Z");
        QTest::newRow("iso with offset")
            << "iso" << QByteArray("\"2025-07-25T15:56:59+05:30\"") << "UTC" << t;
        QTest::newRow("iso Z with milliseconds")
            << "iso" << QByteArray("\"2025-07-25T10:26:59.123Z\"") << "Asia/Dhaka" << t;
        QTest::newRow("iso, default format")
            << "" << QByteArray("\"2025-07-25T10:26:59+00:00\"") << "UTC" << t;
        QTest::newRow("iso without offset: meter's zone")
            << "iso" << QByteArray("\"2025-07-25 15:56:59\"") << "Asia/Kolkata" << t;
        QTest::newRow("epoch number") << "epoch" << QByteArray::number(t) << "Asia/Kolkata" << t;
        QTest::newRow("epoch text with fraction")
            << "epoch" << ('"' + QByteArray::number(t) + ".75\"") << "UTC" << t;
        QTest::newRow("epoch-ms") << "epoch-ms" << QByteArray::number(t * 1000 + 999) << "UTC" << t;
        QTest::newRow("Qt format in the meter's zone")
            << "dd-MM-yyyy HH:mm:ss" << QByteArray("\"25-07-2025 15:56:59\"") << "Asia/Kolkata" << t;
        QTest::newRow("Qt format, date only")
            << "yyyy/MM/dd" << QByteArray("\"2025/07/25\"") << "UTC" << utc("2025-07-25T00:00:00Z");
    }
    void timeFormats()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, value);
        QFETCH(QString, timezone);
        QFETCH(qint64, expected);
        QJsonObject settings = obj("{'balance_path': 'b', 'time_path': 't'}");
        if (!format.isEmpty())
            settings.insert(QStringLiteral("time_format"), format);
        m_server->route("*", QStringLiteral("/api"), [value](const FakeRequest &) {
            return jsonAnswer("{\"b\": 1, \"t\": " + value + "}");
        });
        GenericJsonProvider provider(meter(settings, timezone), ProviderContext{m_network, m_secrets});
        const FetchOutcome o = fetchOnce(provider);
        QVERIFY2(o.kind == FetchOutcome::Kind::Reading, qPrintable(o.sentence()));
        QCOMPARE(o.reading->time, expected);
    }

    void badTimesAreBadData_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("why");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QTest::newRow("future") << "epoch" << QByteArray::number(now + 3600) << "future";
        QTest::newRow("milliseconds read as seconds")
            << "epoch" << QByteArray::number(now * 1000) << "future";
        QTest::newRow("seconds read as milliseconds")
            << "epoch-ms" << QByteArray::number(now) << "before the year 2000";
        QTest::newRow("not iso") << "iso" << QByteArray("\"yesterday\"") << "not an ISO 8601 time";
        QTest::newRow("iso but a number") << "iso" << QByteArray("1721900819") << "not an ISO 8601 time";
        QTest::newRow("not the pattern")
            << "dd-MM-yyyy HH:mm:ss" << QByteArray("\"2025-07-25\"") << "not a time";
        QTest::newRow("null") << "epoch" << QByteArray("null") << "missing";
    }
    void badTimesAreBadData()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, value);
        QFETCH(QString, why);
        QJsonObject settings = obj("{'balance_path': 'b', 'time_path': 'when.t'}");
        settings.insert(QStringLiteral("time_format"), format);
        const FetchOutcome o = answerBody(settings, "{\"b\": 1, \"when\": {\"t\": " + value + "}}");
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, QStringLiteral("when.t"));
        QVERIFY2(o.sentence().contains(why), qPrintable(o.sentence()));
    }

    void withoutTimePathTheFetchTimeIsTheReadingTime()
    {
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const FetchOutcome o = answerBody(obj("{'grid_kwh_path': 'kwh'}"), J("{'kwh': 10}"));
        QCOMPARE(o.kindName(), QStringLiteral("reading"));
        QVERIFY(o.reading->time >= before && o.reading->time <= QDateTime::currentSecsSinceEpoch());
        QCOMPARE(o.reading->time, o.reading->fetchedAt);
        QCOMPARE(o.reading->balanceMilli, std::nullopt);
        QCOMPARE(o.reading->gridWh, std::optional<qint64>(10'000));
    }

    void scalesConvertUnits()
    {
        const FetchOutcome o =
            answerBody(obj("{'balance_path': 'cents', 'grid_kwh_path': 'wh', 'load_kw_path': 'w', "
                           "'scale_balance': 0.01, 'scale_energy': 0.001, 'scale_load': 0.001}"),
                       J("{'cents': 123456, 'wh': 1500250, 'w': 2750}"));
        QCOMPARE(o.kindName(), QStringLiteral("reading"));
        QCOMPARE(o.reading->balanceMilli, std::optional<qint64>(1'234'560));
        QCOMPARE(o.reading->gridWh, std::optional<qint64>(1'500'250));
        QCOMPARE(o.reading->loadW, std::optional<qint64>(2'750));
    }

    void moneyIsReadLeniently_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<double>("expected");
        QTest::newRow("number") << QJsonValue(12.34) << 12.34;
        QTest::newRow("numeric text") << QJsonValue(S("-12.5")) << -12.5;
        QTest::newRow("dollar") << QJsonValue(S("$12.34")) << 12.34;
        QTest::newRow("thousands") << QJsonValue(S("1,234.5")) << 1234.5;
        QTest::newRow("millions") << QJsonValue(S("1,234,567.89")) << 1234567.89;
        QTest::newRow("lakhs") << QJsonValue(S("₹1,23,456.78")) << 123456.78;
        QTest::newRow("code prefix") << QJsonValue(S("INR 1,500")) << 1500.0;
        QTest::newRow("Rs. prefix") << QJsonValue(S("Rs. 500.50")) << 500.5;
        QTest::newRow("Rs. and lakhs") << QJsonValue(S("Rs. 1,23,456.78")) << 123456.78;
        QTest::newRow("US$") << QJsonValue(S("US$7")) << 7.0;
        QTest::newRow("taka sign and space") << QJsonValue(S("৳ 1,000")) << 1000.0;
        QTest::newRow("code suffix") << QJsonValue(S("12.50 USD")) << 12.5;
        QTest::newRow("sign suffix") << QJsonValue(S("3000 €")) << 3000.0;
        QTest::newRow("minus before the sign") << QJsonValue(S("-$5.25")) << -5.25;
        QTest::newRow("minus after the sign") << QJsonValue(S("$-5.25")) << -5.25;
        QTest::newRow("unicode minus") << QJsonValue(S("−$5")) << -5.0;
        QTest::newRow("surrounding space") << QJsonValue(S("  $ 9.99 ")) << 9.99;
        QTest::newRow("leading dot") << QJsonValue(S("$.5")) << 0.5;
    }
    void moneyIsReadLeniently()
    {
        QFETCH(QJsonValue, value);
        QFETCH(double, expected);
        QString why;
        const std::optional<double> d = JsonMapping::parseMoney(value, &why);
        QVERIFY2(d.has_value(), qPrintable(why));
        QCOMPARE(*d, expected);
    }

    void moneyThatIsNotAnAmount_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("decimal comma") << QJsonValue(S("12,5"));
        QTest::newRow("bad grouping") << QJsonValue(S("1,2345"));
        QTest::newRow("space grouping") << QJsonValue(S("1 234"));
        QTest::newRow("parentheses") << QJsonValue(S("(12)"));
        QTest::newRow("N/A") << QJsonValue(S("N/A"));
        QTest::newRow("two dots") << QJsonValue(S("12.3.4"));
        QTest::newRow("only a sign") << QJsonValue(S("$"));
        QTest::newRow("word") << QJsonValue(S("unavailable"));
        QTest::newRow("two minus") << QJsonValue(S("--5"));
        QTest::newRow("empty") << QJsonValue(S(""));
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("bool") << QJsonValue(true);
        QTest::newRow("object") << QJsonValue(QJsonObject{});
    }
    void moneyThatIsNotAnAmount()
    {
        QFETCH(QJsonValue, value);
        QString why;
        QVERIFY(!JsonMapping::parseMoney(value, &why).has_value());
        QVERIFY(!why.isEmpty());
    }

    void energyIsReadStrictly()
    {
        // Leniency is for money only: "1,234" kWh is refused, not guessed.
        const FetchOutcome o = answerBody(obj("{'grid_kwh_path': 'kwh'}"), J("{'kwh': '1,234'}"));
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, QStringLiteral("kwh"));
    }

    // --- requests, credentials ----------------------------------------------------------

    void postWithBodyAndSecrets()
    {
        QJsonObject settings =
            obj("{'method': 'POST', 'balance_path': 'balance', 'body': '{\\u0022user\\u0022: "
                "\\u0022me\\u0022, \\u0022password\\u0022: \\u0022${secret:password}\\u0022, "
                "\\u0022token\\u0022: \\u0022${secret:token}\\u0022}'}");
        settings.insert(QStringLiteral("header"),
                        QJsonArray{S("Authorization: Bearer ${secret:token}"),
                                   S("X-Api-Key: ${secret:api_key}"), S("X-Trace: kilowatch")});
        const FetchOutcome o = answer(settings, [](const FakeRequest &request) {
            if (request.header("authorization") != "Bearer " + kToken.toUtf8() ||
                request.header("x-api-key") != kApiKey.toUtf8())
                return jsonAnswer(J("{'message': 'who are you?'}"), 401);
            return jsonAnswer(J("{'balance': 5}"));
        });
        QCOMPARE(o.kindName(), QStringLiteral("reading"));
        QCOMPARE(o.reading->balanceMilli, std::optional<qint64>(5'000));
        const FakeRequest &request = m_server->requests().constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.header("x-trace"), QByteArray("kilowatch"));
        // The server sees the values, JSON-escaped where the body is JSON.
        const QJsonObject body = request.json();
        QCOMPARE(body.value(QStringLiteral("password")).toString(), kPassword);
        QCOMPARE(body.value(QStringLiteral("token")).toString(), kToken);
        QCOMPARE(body.value(QStringLiteral("user")).toString(), QStringLiteral("me"));
    }

    void formBodyIsPercentEncoded()
    {
        const QJsonObject settings =
            obj(J("{'method': 'PUT', 'balance_path': 'balance', 'content_type': "
                  "'application/x-www-form-urlencoded', 'body': 'user=me&pw=${secret:password}'}"));
        const FetchOutcome o = answerBody(settings, J("{'balance': 1}"));
        QCOMPARE(o.kindName(), QStringLiteral("reading"));
        const FakeRequest &request = m_server->requests().constFirst();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(QUrlQuery(QString::fromLatin1(request.body))
                     .queryItemValue(QStringLiteral("pw"), QUrl::FullyDecoded),
                 kPassword);
    }

    void noMessageCarriesASecret()
    {
        QJsonObject settings = obj("{'method': 'POST', 'balance_path': 'balance', 'content_type': "
                                   "'application/x-www-form-urlencoded', 'body': 'pw=${secret:password}'}");
        settings.insert(QStringLiteral("header"), QJsonArray{S("Authorization: Bearer ${secret:token}")});
        // A server echoing what it got, in every place a message is made from.
        const QByteArray encodedPassword = QUrl::toPercentEncoding(kPassword);
        const QList<FakeResponse> echoes = {
            jsonAnswer("{\"message\": \"bad token " + kToken.toUtf8() + "\"}", 401),
            jsonAnswer("{\"error\": {\"message\": \"cannot parse " + encodedPassword + "\"}}", 500),
            jsonAnswer("{\"balance\": \"" + kToken.toUtf8() + "\"}"),
            jsonAnswer("{\"balance\": \"" + encodedPassword + "\"}"),
        };
        for (const FakeResponse &echo : echoes) {
            const FetchOutcome o = answer(settings, [echo](const FakeRequest &) { return echo; });
            QVERIFY(!o.isSuccess());
            QVERIFY2(!mentionsASecret(o), qPrintable(o.sentence()));
            QVERIFY2(o.sentence().contains(QStringLiteral("[redacted]")), qPrintable(o.sentence()));
        }
    }

    void missingSecretIsAuthFailedWithAHint()
    {
        MemorySecretStore empty;
        QJsonObject settings = obj("{'grid_kwh_path': 'kwh'}");
        settings.insert(QStringLiteral("header"), QJsonArray{S("Authorization: Bearer ${secret:token}")});
        m_server->route("*", QStringLiteral("/api"),
                        [](const FakeRequest &) { return jsonAnswer(J("{'kwh': 1}")); });
        GenericJsonProvider provider(meter(settings), ProviderContext{m_network, &empty});
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kind, FetchOutcome::Kind::AuthFailed);
        QVERIFY2(o.sentence().contains(QStringLiteral("\"token\"")), qPrintable(o.sentence()));
        QVERIFY(o.sentence().contains(QStringLiteral("meter secrets")));
        QCOMPARE(m_server->requests().size(), 0); // nothing was sent without it
        // Stored later, it is used at the next fetch.
        storeSecret(&empty, 7, QStringLiteral("token"), kToken);
        QCOMPARE(fetchOnce(provider).kindName(), QStringLiteral("reading"));
        QCOMPARE(m_server->requests().constFirst().header("authorization"), "Bearer " + kToken.toUtf8());
    }

    void acceptStatusReadsListedStatusesAsData()
    {
        const QJsonObject accept409 = obj("{'balance_path': 'balance', 'accept_status': '200, 409'}");
        const FetchOutcome conflict = answerBody(accept409, J("{'balance': 3}"), 409);
        QCOMPARE(conflict.kindName(), QStringLiteral("reading"));
        QCOMPARE(conflict.reading->balanceMilli, std::optional<qint64>(3'000));
        // A status not listed keeps its usual meaning, with the server's own words.
        const FetchOutcome failed = answerBody(accept409, J("{'message': 'database is down'}"), 503);
        QCOMPARE(failed.kind, FetchOutcome::Kind::ServerError);
        QVERIFY2(failed.sentence().contains(QStringLiteral("database is down")),
                 qPrintable(failed.sentence()));
        // By default 409 is not data.
        const FetchOutcome byDefault =
            answerBody(obj("{'balance_path': 'balance'}"), J("{'balance': 3}"), 409);
        QCOMPARE(byDefault.kind, FetchOutcome::Kind::ServerError);
        QVERIFY(byDefault.sentence().contains(QStringLiteral("409")));
        // Nor is a 2xx that the list leaves out.
        const FetchOutcome unlisted =
            answerBody(obj("{'balance_path': 'balance', 'accept_status': '201'}"), J("{'balance': 3}"), 200);
        QCOMPARE(unlisted.kind, FetchOutcome::Kind::ServerError);
        QVERIFY2(unlisted.sentence().contains(QStringLiteral("--accept-status")),
                 qPrintable(unlisted.sentence()));
        // Classes: 2xx.
        const FetchOutcome created = answerBody(
            obj("{'balance_path': 'balance', 'accept_status': '2xx,409'}"), J("{'balance': 4}"), 201);
        QCOMPARE(created.kindName(), QStringLiteral("reading"));
    }

    // --- bad answers --------------------------------------------------------------------

    void unresolvedPathIsBadDataNamingThePath()
    {
        const FetchOutcome o = answerBody(obj("{'balance_path': 'data.items[2].balance'}"),
                                          J("{'data': {'items': [{'balance': 1}]}}"));
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, QStringLiteral("data.items[2].balance"));
        QVERIFY2(o.sentence().contains(QStringLiteral("data.items[2].balance")), qPrintable(o.sentence()));
        QVERIFY2(o.sentence().contains(QStringLiteral("data.items has 1 value(s)")),
                 qPrintable(o.sentence()));
        // Every mapped path is needed, not only the first.
        const FetchOutcome partial =
            answerBody(obj("{'balance_path': 'b', 'load_kw_path': 'Data.Load'}"), J("{'b': 1, 'Data': {}}"));
        QCOMPARE(partial.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(partial.field, QStringLiteral("Data.Load"));
    }

    void textInANumberIsBadData_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("why");
        QTest::newRow("text counter") << QByteArray(J("{'b': 1, 'kwh': 'lots'}")) << "kwh"
                                      << "lots";
        QTest::newRow("money word") << QByteArray(J("{'b': 'N/A', 'kwh': 1}")) << "b"
                                    << "N/A";
        QTest::newRow("null counter") << QByteArray(J("{'b': 1, 'kwh': null}")) << "kwh"
                                      << "missing";
        QTest::newRow("object counter") << QByteArray(J("{'b': 1, 'kwh': {}}")) << "kwh"
                                        << "expected a number";
        QTest::newRow("negative counter") << QByteArray(J("{'b': 1, 'kwh': -3}")) << "kwh"
                                          << "negative";
        QTest::newRow("huge") << QByteArray(J("{'b': 1e300, 'kwh': 1}")) << "b"
                              << "out of range";
    }
    void textInANumberIsBadData()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, why);
        const FetchOutcome o = answerBody(obj("{'balance_path': 'b', 'grid_kwh_path': 'kwh'}"), body);
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, field);
        QVERIFY2(o.sentence().contains(why), qPrintable(o.sentence()));
    }

    void expectationGuardsTheAnswer()
    {
        QJsonObject settings = obj("{'balance_path': 'Data.Balance'}");
        settings.insert(QStringLiteral("expect"), QJsonArray{S("Status=Success")});
        QCOMPARE(answerBody(settings, J("{'Status': 'Success', 'Data': {'Balance': 5}}")).kindName(),
                 QStringLiteral("reading"));
        const FetchOutcome envelope = answerBody(settings, J("{'Status': 'Failed', 'Data': {'Balance': 0}}"));
        QCOMPARE(envelope.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(envelope.field, QStringLiteral("Status"));
        QVERIFY2(envelope.sentence().contains(QStringLiteral("\"Failed\"")), qPrintable(envelope.sentence()));
    }

    void misbehavingServers_data()
    {
        QTest::addColumn<int>("misbehaviour");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("html") << 0 << "bad_data"
                              << "web page";
        QTest::newRow("truncated") << 1 << "bad_data"
                                   << "cut off";
        QTest::newRow("broken json") << 2 << "bad_data"
                                     << "not valid JSON";
        QTest::newRow("401") << 3 << "auth_failed"
                             << "401";
        QTest::newRow("429") << 4 << "rate_limited"
                             << "120";
        QTest::newRow("500") << 5 << "server_error"
                             << "500";
        QTest::newRow("slow") << 6 << "timeout"
                              << "";
        QTest::newRow("empty") << 7 << "bad_data"
                               << "empty";
    }
    void misbehavingServers()
    {
        QFETCH(int, misbehaviour);
        QFETCH(QString, kind);
        QFETCH(QString, words);
        QJsonObject settings = obj("{'balance_path': 'balance', 'timeout_s': 1}");
        settings.insert(QStringLiteral("header"), QJsonArray{S("Authorization: Bearer ${secret:token}")});
        QElapsedTimer clock;
        clock.start();
        const FetchOutcome o = answer(settings, [misbehaviour](const FakeRequest &) {
            switch (misbehaviour) {
            case 0:
                return FakeResponse::text("<html><body>Please log in</body></html>", "text/html");
            case 1: {
                FakeResponse r = jsonAnswer(J("{'balance': 1787.42}"));
                r.truncateAt = 10;
                return r;
            }
            case 2:
                return jsonAnswer(J("{'balance': 12"));
            case 3:
                return FakeResponse::text("401: Unauthorized", "text/plain", 401);
            case 4:
                return jsonAnswer(J("{'message': 'slow down'}"), 429).withHeader("Retry-After", "120");
            case 5:
                return FakeResponse::text("Internal Server Error", "text/plain", 500);
            case 6: {
                FakeResponse r = jsonAnswer(J("{'balance': 1}"));
                r.delayMs = 4000;
                return r;
            }
            default:
                return jsonAnswer("");
            }
        });
        QCOMPARE(o.kindName(), kind);
        QVERIFY2(o.sentence().contains(words), qPrintable(o.sentence()));
        QVERIFY(!mentionsASecret(o));
        if (misbehaviour == 4)
            QCOMPARE(o.retryAfterSeconds, std::optional<int>(120));
        if (misbehaviour == 6)
            QVERIFY(clock.elapsed() < 4000);
    }

    void repeatedTimeIsStale()
    {
        QByteArray time = "2025-07-25T10:26:59+00:00";
        m_server->route("*", QStringLiteral("/api"), [&time](const FakeRequest &) {
            return jsonAnswer("{\"kwh\": 5, \"t\": \"" + time + "\"}");
        });
        GenericJsonProvider provider(meter(obj("{'grid_kwh_path': 'kwh', 'time_path': 't'}")),
                                     ProviderContext{m_network, m_secrets});
        QCOMPARE(fetchOnce(provider).kindName(), QStringLiteral("reading"));
        const FetchOutcome again = fetchOnce(provider);
        QCOMPARE(again.kindName(), QStringLiteral("stale"));
        QCOMPARE(again.reading->time, utc("2025-07-25T10:26:59Z"));
        time = "2025-07-25T10:27:59+00:00";
        QCOMPARE(fetchOnce(provider).kindName(), QStringLiteral("reading"));
        // Without a time path every answer is new: its time is the fetch time.
        GenericJsonProvider untimed(meter(obj("{'grid_kwh_path': 'kwh'}")),
                                    ProviderContext{m_network, m_secrets});
        QCOMPARE(fetchOnce(untimed).kindName(), QStringLiteral("reading"));
        QCOMPARE(fetchOnce(untimed).kindName(), QStringLiteral("reading"));
    }

    // --- meter add checks -----------------------------------------------------------------

    void settingsAreCheckedAtMeterAdd_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QString>("words");
        QTest::newRow("no url") << QByteArray(J("{'balance_path': 'b'}")) << "needs --url";
        QTest::newRow("no mapping") << QByteArray(J("{'url': 'https://x.example/api'}")) << "--balance-path";
        QTest::newRow("only a load") << QByteArray(J("{'url': 'https://x.example/', 'load_kw_path': 'l'}"))
                                     << "at least one of";
        QTest::newRow("bad path") << QByteArray(J("{'url': 'https://x.example/', 'balance_path': 'data..b'}"))
                                  << "at character 6";
        QTest::newRow("bad source path") << QByteArray(J("{'url': 'https://x.example/', 'balance_path': 'b', "
                                                         "'source_path': 's[', 'source_grid_values': '0'}"))
                                         << "--source-path \"s[\" is not a valid JSON path: at character 2";
        QTest::newRow("unknown preset") << QByteArray(J("{'preset': 'nope'}")) << "usage-app, home-assistant";
        QTest::newRow("preset input missing")
            << QByteArray(J("{'preset': 'home-assistant', 'base_url': 'http://h:8123'}")) << "needs --entity";
        QTest::newRow("input of another preset")
            << QByteArray(J("{'preset': 'home-assistant', 'base_url': 'http://h:8123', 'entity': 'sensor.x', "
                            "'customer': '42'}"))
            << "--customer is used only with --preset usage-app";
        QTest::newRow("input without preset")
            << QByteArray(J("{'url': 'https://x.example/', 'balance_path': 'b', 'entity': 'sensor.x'}"))
            << "--entity is used only with --preset home-assistant";
        QTest::newRow("bad entity")
            << QByteArray(J("{'preset': 'home-assistant', 'base_url': 'http://h:8123', 'entity': 'x y'}"))
            << "entity id";
        QTest::newRow("method")
            << QByteArray(J("{'url': 'https://x.example/', 'balance_path': 'b', 'method': 'DELETE'}"))
            << "GET, POST or PUT";
        QTest::newRow("body with GET")
            << QByteArray(J("{'url': 'https://x.example/', 'balance_path': 'b', 'body': 'x'}"))
            << "POST or PUT";
        QTest::newRow("unknown secret")
            << QByteArray(
                   J("{'url': 'https://x.example/', 'balance_path': 'b', 'header': ['X-K: ${secret:pin}']}"))
            << "\"pin\"";
        QTest::newRow("broken placeholder")
            << QByteArray(J("{'url': 'https://x.example/', 'balance_path': 'b', 'method': 'POST', 'body': "
                            "'${secret:token'}"))
            << "not a placeholder";
        QTest::newRow("literal credential")
            << QByteArray(J("{'url': 'https://x.example/', 'balance_path': 'b', 'header': ['Authorization: "
                            "Bearer abc123']}"))
            << "keychain";
        QTest::newRow("header form")
            << QByteArray(J("{'url': 'https://x.example/', 'balance_path': 'b', 'header': ['no colon']}"))
            << "\"Name: value\"";
        QTest::newRow("secret in url")
            << QByteArray(J("{'url': 'https://x.example/?k=${secret:api_key}', 'balance_path': 'b'}"))
            << "--url takes no";
        QTest::newRow("accept status")
            << QByteArray(J("{'url': 'https://x.example/', 'balance_path': 'b', 'accept_status': 'ok'}"))
            << "--accept-status";
        QTest::newRow("source without values")
            << QByteArray(J("{'url': 'https://x.example/', 'balance_path': 'b', 'source_path': 's'}"))
            << "--source-grid-values";
        QTest::newRow("values without source")
            << QByteArray(J("{'url': 'https://x.example/', 'balance_path': 'b', 'source_grid_values': '0'}"))
            << "need --source-path";
        QTest::newRow("format without time path")
            << QByteArray(J("{'url': 'https://x.example/', 'balance_path': 'b', 'time_format': 'epoch'}"))
            << "--time-format needs --time-path";
        QTest::newRow("format without a date")
            << QByteArray(J("{'url': 'https://x.example/', 'balance_path': 'b', 'time_path': 't', "
                            "'time_format': 'HH:mm'}"))
            << "year, month and day";
        QTest::newRow("zero scale")
            << QByteArray(J("{'url': 'https://x.example/', 'balance_path': 'b', 'scale_energy': 0}"))
            << "--scale-energy";
        QTest::newRow("negative energy scale")
            << QByteArray(J("{'url': 'https://x.example/', 'grid_kwh_path': 'b', 'scale_energy': -1}"))
            << "--scale-energy";
        QTest::newRow("expect form")
            << QByteArray(J("{'url': 'https://x.example/', 'balance_path': 'b', 'expect': ['x']}"))
            << "PATH=VALUE";
    }
    void settingsAreCheckedAtMeterAdd()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QString, words);
        const Status s = GenericJsonProvider::validateSettings(obj(settings));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(words), qPrintable(s.error()));
        QVERIFY(!s.error().contains(QStringLiteral("abc123"))); // a pasted credential is never echoed
    }

    void brokenSettingsFailTheFetchWithTheReason()
    {
        Meter m;
        m.id = 7;
        m.name = QStringLiteral("edited");
        m.provider = QStringLiteral("json");
        m.settings = obj("{'url': 'http://127.0.0.1:1/', 'balance_path': 'a..b'}");
        GenericJsonProvider provider(m, ProviderContext{m_network, m_secrets});
        const FetchOutcome o = fetchOnce(provider);
        QVERIFY(!o.isSuccess());
        QVERIFY2(o.sentence().contains(QStringLiteral("at character 3")), qPrintable(o.sentence()));
    }

    // --- presets, end to end --------------------------------------------------------------

    void usageAppPreset()
    {
        int calls = 0;
        m_server->route(
            "POST", QStringLiteral("/billing/api/v1/usage/create/"), [&calls](const FakeRequest &request) {
                if (QUrlQuery(QString::fromLatin1(request.body)).queryItemValue(QStringLiteral("customer")) !=
                    QStringLiteral("42"))
                    return jsonAnswer(
                        J("{'message': 'No accumulated usage record or usage records found for customer.'}"),
                        404);
                if (++calls == 1)
                    return jsonAnswer(J("{'message': 'Usage entry successful', 'total_price': '$12.34'}"),
                                      201);
                return jsonAnswer(J("{'message': 'Entry has already been processed for customer Bob.', "
                                    "'total_price': '$12.34'}"),
                                  409);
            });
        QJsonObject settings = obj("{'preset': 'usage-app', 'customer': '42'}");
        settings.insert(QStringLiteral("base_url"), m_server->url(QStringLiteral("/billing/")).toString());
        const Meter m = meter(settings);
        QCOMPARE(m.settings.value(QStringLiteral("url")).toString(),
                 m_server->url(QStringLiteral("/billing/api/v1/usage/create/")).toString());
        GenericJsonProvider provider(m, ProviderContext{m_network, m_secrets});

        const FetchOutcome created = fetchOnce(provider);
        QCOMPARE(created.kindName(), QStringLiteral("reading"));
        // The month's bill is money owed: a balance below zero.
        QCOMPARE(created.reading->balanceMilli, std::optional<qint64>(-12'340));
        const FakeRequest &request = m_server->requests().constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.body, QByteArray("customer=42"));
        QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));

        // The month was already processed: the same total, read as data, not doubled.
        const FetchOutcome processed = fetchOnce(provider);
        QCOMPARE(processed.kindName(), QStringLiteral("reading"));
        QCOMPARE(processed.reading->balanceMilli, std::optional<qint64>(-12'340));
        QCOMPARE(calls, 2);

        // A customer without records: the server's own sentence.
        QJsonObject other = settings;
        other.insert(QStringLiteral("customer"), QStringLiteral("7 & 8"));
        GenericJsonProvider unknown(meter(other), ProviderContext{m_network, m_secrets});
        const FetchOutcome none = fetchOnce(unknown);
        QCOMPARE(none.kind, FetchOutcome::Kind::ServerError);
        QVERIFY2(none.sentence().contains(QStringLiteral("No accumulated usage")),
                 qPrintable(none.sentence()));
        QCOMPARE(m_server->requests().last().body, QByteArray("customer=7%20%26%208"));
    }

    void homeAssistantPreset()
    {
        QByteArray state = "\"123.45\"";
        QByteArray unit = "kWh";
        m_server->route("GET", QStringLiteral("/api/states/sensor.grid_energy"),
                        [&state, &unit](const FakeRequest &request) {
                            if (request.header("authorization") != "Bearer " + kToken.toUtf8())
                                return FakeResponse::text("401: Unauthorized", "text/plain", 401);
                            return jsonAnswer(
                                "{\"entity_id\": \"sensor.grid_energy\", \"state\": " + state +
                                ", \"attributes\": {\"unit_of_measurement\": \"" + unit +
                                "\", \"device_class\": \"energy\", \"friendly_name\": \"Grid\"},"
                                " \"last_changed\": \"2025-07-25T10:00:00.000+00:00\","
                                " \"last_updated\": \"2025-07-25T10:26:59.123+00:00\"}");
                        });
        QJsonObject settings = obj("{'preset': 'home-assistant', 'entity': 'sensor.grid_energy'}");
        settings.insert(QStringLiteral("base_url"), m_server->base());
        GenericJsonProvider provider(meter(settings), ProviderContext{m_network, m_secrets});

        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kindName(), QStringLiteral("reading"));
        QCOMPARE(o.reading->gridWh, std::optional<qint64>(123'450));
        QCOMPARE(o.reading->balanceMilli, std::nullopt);
        QCOMPARE(o.reading->time, utc("2025-07-25T10:26:59Z"));
        QCOMPARE(fetchOnce(provider).kindName(), QStringLiteral("stale")); // last_updated did not move

        for (const QByteArray &word : {QByteArray("unavailable"), QByteArray("unknown")}) {
            state = '"' + word + '"';
            const FetchOutcome down = fetchOnce(provider);
            QCOMPARE(down.kind, FetchOutcome::Kind::BadData);
            QCOMPARE(down.field, QStringLiteral("state"));
            QVERIFY2(down.sentence().contains(QString::fromLatin1(word)), qPrintable(down.sentence()));
        }

        state = "\"123450\"";
        unit = "Wh";
        const FetchOutcome wh = fetchOnce(provider);
        QCOMPARE(wh.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(wh.field, QStringLiteral("attributes.unit_of_measurement"));
        QVERIFY2(wh.sentence().contains(QStringLiteral("\"Wh\"")), qPrintable(wh.sentence()));

        // Without the token nothing is sent.
        MemorySecretStore empty;
        GenericJsonProvider tokenless(meter(settings), ProviderContext{m_network, &empty});
        const qsizetype sent = m_server->requests().size();
        QCOMPARE(fetchOnce(tokenless).kind, FetchOutcome::Kind::AuthFailed);
        QCOMPARE(m_server->requests().size(), sent);
    }

    // --- through the command line ---------------------------------------------------------

    void endToEndThroughTheCli()
    {
        QTemporaryDir folder;
        const QString database = folder.filePath(QStringLiteral("kilowatch.sqlite"));
        MemorySecretStore secrets;
        CliRunner runner(database);
        runner.setSecretStore(&secrets);
        const auto run = [&](const QStringList &arguments, const QByteArray &input = {}) {
            const CliRun r = runner.run(arguments, input);
            return std::make_tuple(r.code, r.out, r.err);
        };

        m_server->route("POST", QStringLiteral("/v2/meter"), [](const FakeRequest &request) {
            if (request.header("authorization") != "Bearer " + kToken.toUtf8() ||
                request.json().value(QStringLiteral("t")).toString() != kToken)
                return jsonAnswer(J("{'message': 'unauthorized'}"), 401);
            return jsonAnswer(
                J("{'data': {'balance': '$1,234.50', 'kwh': 1500.25, 'time': '2025-07-25T10:26:59Z'}}"));
        });
        const QString url = m_server->url(QStringLiteral("/v2/meter")).toString();
        QStringList add{QStringLiteral("--json"),
                        QStringLiteral("meter"),
                        QStringLiteral("add"),
                        QStringLiteral("--name"),
                        QStringLiteral("api"),
                        QStringLiteral("--provider"),
                        QStringLiteral("json"),
                        QStringLiteral("--currency"),
                        QStringLiteral("USD"),
                        QStringLiteral("--timezone"),
                        QStringLiteral("Asia/Kolkata"),
                        QStringLiteral("--url"),
                        url,
                        QStringLiteral("--method"),
                        QStringLiteral("POST"),
                        QStringLiteral("--header"),
                        QStringLiteral("Authorization: Bearer ${secret:token}"),
                        QStringLiteral("--header"),
                        QStringLiteral("X-Client: kilowatch-test"),
                        QStringLiteral("--body"),
                        QStringLiteral("{\"t\": \"${secret:token}\"}"),
                        QStringLiteral("--balance-path"),
                        QStringLiteral("data.balance"),
                        QStringLiteral("--grid-kwh-path"),
                        QStringLiteral("data.kwh"),
                        QStringLiteral("--time-path"),
                        QStringLiteral("$.data.time"),
                        QStringLiteral("--secret-stdin")};
        const auto [addCode, addOut, addErr] = run(add, "token=" + kToken.toUtf8() + "\n");
        QVERIFY2(addCode == 0, qPrintable(addErr));

        const auto [pollCode, pollOut, pollErr] =
            run({QStringLiteral("--json"), QStringLiteral("poll"), QStringLiteral("--once")});
        QVERIFY2(pollCode == 0, qPrintable(pollErr + pollOut));
        QCOMPARE(m_server->count(QStringLiteral("/v2/meter")), 1);
        const FakeRequest &request = m_server->requests().constFirst();
        QCOMPARE(request.header("authorization"), "Bearer " + kToken.toUtf8());
        QCOMPARE(request.header("x-client"), QByteArray("kilowatch-test"));

        const auto [readCode, readOut, readErr] = run({QStringLiteral("--json"), QStringLiteral("readings"),
                                                       QStringLiteral("--meter"), QStringLiteral("api")});
        QCOMPARE(readCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(readOut.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("balance")).toDouble(), 1234.5);
        QCOMPARE(row.value(QStringLiteral("grid_kwh")).toDouble(), 1500.25);
        QCOMPARE(row.value(QStringLiteral("time")).toString(), QStringLiteral("2025-07-25T15:56:59+05:30"));
        QVERIFY(row.value(QStringLiteral("generator_kwh")).isNull());

        // The same record again is stale, and stored once.
        const auto [againCode, againOut, againErr] =
            run({QStringLiteral("--json"), QStringLiteral("poll"), QStringLiteral("--once")});
        QCOMPARE(againCode, 0);
        QCOMPARE(QJsonDocument::fromJson(againOut.toUtf8())
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("outcome")),
                 QJsonValue(QStringLiteral("stale")));

        // The settings hold the placeholders, never the value: no file under the folder has it.
        QDirIterator files(folder.path(), QDir::Files, QDirIterator::Subdirectories);
        int seen = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(kToken.toUtf8()), qPrintable(file.fileName()));
            ++seen;
        }
        QVERIFY(seen >= 1);

        // Refusals at meter add, with the reason and nothing stored.
        const auto refuse = [&](const QStringList &extra, const QString &words) {
            const auto [code, out, err] =
                run(QStringList{QStringLiteral("meter"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("bad"), QStringLiteral("--provider"), QStringLiteral("json"),
                                QStringLiteral("--currency"), QStringLiteral("USD")} +
                    extra);
            QCOMPARE(code, 2);
            QVERIFY2(err.contains(words), qPrintable(err));
        };
        refuse({QStringLiteral("--url"), url}, QStringLiteral("at least one of --balance-path"));
        refuse({QStringLiteral("--url"), url, QStringLiteral("--balance-path"), QStringLiteral("data[0")},
               QStringLiteral("at character 5"));
        refuse({QStringLiteral("--preset"), QStringLiteral("nope")},
               QStringLiteral("\"nope\" is not a preset"));
        refuse({QStringLiteral("--url"), url, QStringLiteral("--seed"), QStringLiteral("1")},
               QStringLiteral("--seed is not an option of the json provider"));
        const auto [noCurrency, noCurrencyOut, noCurrencyErr] =
            run({QStringLiteral("meter"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("bad"), QStringLiteral("--provider"), QStringLiteral("json"),
                 QStringLiteral("--url"), url, QStringLiteral("--balance-path"), QStringLiteral("b")});
        QCOMPARE(noCurrency, 2);
        QVERIFY2(noCurrencyErr.contains(QStringLiteral("--currency")), qPrintable(noCurrencyErr));
        const auto [listCode, listOut, listErr] =
            run({QStringLiteral("--json"), QStringLiteral("meter"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(listOut.toUtf8()).array().size(), 1);
    }

    void presetThroughTheCliStoresTheFilledSettings()
    {
        QTemporaryDir folder;
        MemorySecretStore secrets;
        CliRunner runner(folder.filePath(QStringLiteral("k.sqlite")));
        runner.setSecretStore(&secrets);
        const CliRun added = runner.run(
            {QStringLiteral("meter"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("ha"),
             QStringLiteral("--provider"), QStringLiteral("json"), QStringLiteral("--currency"),
             QStringLiteral("EUR"), QStringLiteral("--preset"), QStringLiteral("home-assistant"),
             QStringLiteral("--base-url"), m_server->base(), QStringLiteral("--entity"),
             QStringLiteral("sensor.grid_energy"), QStringLiteral("--secret-stdin")},
            "token=" + kToken.toUtf8() + "\n");
        QVERIFY2(added.code == 0, qPrintable(added.err));
        Result<std::unique_ptr<Database>> db = Database::open(folder.filePath(QStringLiteral("k.sqlite")));
        QVERIFY(db.ok());
        const std::optional<Meter> stored = MeterRepository(*db.value()).findByName(QStringLiteral("ha"));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->currency, QStringLiteral("EUR"));
        QCOMPARE(stored->settings.value(QStringLiteral("url")).toString(),
                 m_server->base() + QStringLiteral("/api/states/sensor.grid_energy"));
        QCOMPARE(stored->settings.value(QStringLiteral("header")).toArray(),
                 QJsonArray{S("Authorization: Bearer ${secret:token}")});
        QCOMPARE(stored->settings.value(QStringLiteral("grid_kwh_path")).toString(), QStringLiteral("state"));
    }
};

QTEST_GUILESS_MAIN(TestGenericJsonProvider)
#include "tst_genericjsonprovider.moc"
