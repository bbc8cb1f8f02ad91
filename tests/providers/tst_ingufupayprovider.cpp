#include "CliRunner.h"
#include "FakeHttpServer.h"
#include "ProviderFetch.h"
#include "TestDatabase.h"
#include "cli/CliDispatcher.h"
#include "polling/PollScheduler.h"
#include "providers/IngufuPayProvider.h"
#include "providers/ProviderRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"
#include "storage/RechargeRepository.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

namespace {

const QString kNumber = QStringLiteral("0123456789");
const QString kOtherNumber = QStringLiteral("0550011223");
const QString kUsername = QStringLiteral("amani.k");
const QString kPassword = QStringLiteral("Pa55-word-xyz");

// Django's format: microseconds and the +02:00 offset of Kigali.
QString iso(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone(7200))
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'.123456+02:00'"));
}

QString base64Url(const QJsonObject &o)
{
    return QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// An IngufuPay deployment as its Django REST backend answers: SimpleJWT logins with
// rotating refresh tokens, the meters list, paginated transactions. Misbehaves on demand.
class FakeIngufuPay
{
public:
    explicit FakeIngufuPay(FakeHttpServer &server)
        : m_server(server)
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        createdAt = now;
        updatedAt = now - 600;
        meters = {meterEntry(5, kNumber, QStringLiteral("123.456")),
                  meterEntry(9, kOtherNumber, QStringLiteral("7.5"))};
        transactions = {
            transaction(103, now - 3600, "2000.00", "pending", nullptr, nullptr),
            transaction(102, now - 86400, "5000.00", "success", "11111-22222-33333-44444", "20.50"),
            transaction(101, now - 5 * 86400, "1000", "failed", nullptr, nullptr),
        };
        m_server.route("POST", QStringLiteral("/api/auth/token/"), [this](const FakeRequest &r) {
            ++logins;
            const QJsonObject body = r.json();
            if (!body.contains(QStringLiteral("username")) || !body.contains(QStringLiteral("password")))
                return FakeResponse::json(
                    QJsonObject{{QStringLiteral("password"), QJsonArray{QStringLiteral("required")}}}, 400);
            if (refuseLogin || body.value(QStringLiteral("username")).toString() != kUsername ||
                body.value(QStringLiteral("password")).toString() != kPassword)
                return FakeResponse::json(
                    QJsonObject{{QStringLiteral("detail"),
                                 QStringLiteral("No active account found with the given credentials")}},
                    401);
            return FakeResponse::json(QJsonObject{{QStringLiteral("access"), issueAccess()},
                                                  {QStringLiteral("refresh"), issueRefresh()}});
        });
        m_server.route("POST", QStringLiteral("/api/auth/token/refresh/"), [this](const FakeRequest &r) {
            ++refreshes;
            const QString token = r.json().value(QStringLiteral("refresh")).toString();
            refreshBodies.append(token);
            if (!validRefresh.contains(token))
                return FakeResponse::json(
                    QJsonObject{{QStringLiteral("detail"), QStringLiteral("Token is invalid or expired")},
                                {QStringLiteral("code"), QStringLiteral("token_not_valid")}},
                    401);
            QJsonObject answer{{QStringLiteral("access"), issueAccess()}};
            if (rotate) {
                validRefresh.remove(token); // blacklisted after rotation
                answer.insert(QStringLiteral("refresh"), issueRefresh());
            }
            return FakeResponse::json(answer);
        });
        m_server.route("GET", QStringLiteral("/api/meters/"), [this](const FakeRequest &r) {
            if (const auto refused = checkBearer(r))
                return *refused;
            if (metersOverride)
                return metersOverride(r);
            QJsonArray list = meters;
            if (list.size() && list[0].toObject().value(QStringLiteral("meter_number")) == kNumber) {
                QJsonObject first = list[0].toObject();
                first.insert(QStringLiteral("updated_at"), iso(updatedAt));
                list[0] = first;
            }
            if (!paginateMeters)
                return FakeResponse::json(list);
            // One meter per page.
            const int page = qMax(1, r.query.queryItemValue(QStringLiteral("page")).toInt());
            QJsonObject envelope{{QStringLiteral("count"), list.size()},
                                 {QStringLiteral("previous"), QJsonValue::Null},
                                 {QStringLiteral("results"), QJsonArray{list.at(page - 1)}}};
            envelope.insert(
                QStringLiteral("next"),
                page < list.size()
                    ? QJsonValue(
                          m_server.url(QStringLiteral("/api/meters/?page=%1").arg(page + 1)).toString())
                    : QJsonValue(QJsonValue::Null));
            return FakeResponse::json(envelope);
        });
        m_server.route("GET", QStringLiteral("/api/transactions/"), [this](const FakeRequest &r) {
            if (const auto refused = checkBearer(r))
                return *refused;
            if (transactionsOverride)
                return transactionsOverride(r);
            const QString meter = r.query.queryItemValue(QStringLiteral("meter"));
            QJsonArray mine;
            for (const QJsonObject &t : std::as_const(transactions)) {
                if (meter.isEmpty() || QString::number(t.value(QStringLiteral("meter")).toInt()) == meter)
                    mine.append(t);
            }
            const int page = qMax(1, r.query.queryItemValue(QStringLiteral("page")).toInt());
            const int size = qBound(1, r.query.queryItemValue(QStringLiteral("page_size")).toInt(), 1000);
            QJsonArray results;
            for (int i = (page - 1) * size; i < qMin<int>(mine.size(), page * size); ++i)
                results.append(mine.at(i));
            const bool more = page * size < mine.size();
            const QString origin = nextOrigin.isEmpty() ? m_server.base() : nextOrigin;
            return FakeResponse::json(QJsonObject{
                {QStringLiteral("count"), mine.size()},
                {QStringLiteral("next"),
                 more ? QJsonValue(QStringLiteral("%1/api/transactions/?meter=%2&page=%3&page_size=%4")
                                       .arg(origin, meter)
                                       .arg(page + 1)
                                       .arg(size))
                      : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("previous"), QJsonValue::Null},
                {QStringLiteral("results"), results}});
        });
    }

    static QJsonObject meterEntry(int id, const QString &number, const QString &units)
    {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("meter_number"), number},
                           {QStringLiteral("name"), QStringLiteral("Home")},
                           {QStringLiteral("location"), QStringLiteral("Kicukiro")},
                           {QStringLiteral("status"), QStringLiteral("active")},
                           {QStringLiteral("low_balance_threshold"), QStringLiteral("10.00")},
                           {QStringLiteral("current_balance_units"), units},
                           {QStringLiteral("is_low_balance"), false},
                           {QStringLiteral("updated_at"), iso(QDateTime::currentSecsSinceEpoch() - 900)}};
    }

    // A null token or units is JSON null, as for payments not (yet) through.
    static QJsonObject transaction(int id, qint64 t, const char *amount, const char *status,
                                   const char *token, const char *units, int meter = 5)
    {
        const auto text = [](const char *v) {
            return v ? QJsonValue(QString::fromLatin1(v)) : QJsonValue(QJsonValue::Null);
        };
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("meter"), meter},
                           {QStringLiteral("meter_number"), meter == 5 ? kNumber : kOtherNumber},
                           {QStringLiteral("amount_rwf"), QString::fromLatin1(amount)},
                           {QStringLiteral("payment_method"), QStringLiteral("MTN_MOMO")},
                           {QStringLiteral("status"), QString::fromLatin1(status)},
                           {QStringLiteral("token"), text(token)},
                           {QStringLiteral("units_purchased"), text(units)},
                           {QStringLiteral("created_at"), iso(t)}};
    }

    void setMeterField(const QString &key, const QJsonValue &value)
    {
        QJsonObject first = meters[0].toObject();
        first.insert(key, value);
        meters[0] = first;
    }

    // Every access token stops working (as after 30 minutes); refresh tokens too if asked.
    void expireTokens(bool refreshToo)
    {
        validAccess.clear();
        if (refreshToo)
            validRefresh.clear();
    }

    QStringList issuedTokens() const { return m_issued; }

    // Knobs.
    bool rotate = true;
    bool refuseLogin = false;
    bool refuseData = false;
    bool paginateMeters = false;
    bool jwtTokens = false;
    qint64 jwtAccessLifetime = 1800;
    qint64 jwtRefreshLifetime = 7 * 86400;
    QString nextOrigin; // where `next` links point; default: this server
    std::function<FakeResponse(const FakeRequest &)> metersOverride;
    std::function<FakeResponse(const FakeRequest &)> transactionsOverride;
    qint64 updatedAt = 0;
    qint64 createdAt = 0; // "now" of the default transactions
    QJsonArray meters;
    QList<QJsonObject> transactions;

    // What happened.
    int logins = 0;
    int refreshes = 0;
    int dataRefusals = 0;
    QStringList refreshBodies;
    QSet<QString> validAccess;
    QSet<QString> validRefresh;

private:
    std::optional<FakeResponse> checkBearer(const FakeRequest &r)
    {
        const QByteArray auth = r.header("authorization");
        const QString token = QString::fromLatin1(auth.mid(7));
        if (!auth.startsWith("Bearer ") || !validAccess.contains(token) || refuseData) {
            ++dataRefusals;
            return FakeResponse::json(
                QJsonObject{
                    {QStringLiteral("detail"), QStringLiteral("Given token not valid for any token type")},
                    {QStringLiteral("code"), QStringLiteral("token_not_valid")}},
                401);
        }
        return std::nullopt;
    }

    QString token(const char *type, qint64 lifetime)
    {
        ++m_serial;
        if (!jwtTokens)
            return QStringLiteral("%1-token-%2-q9Zr").arg(QString::fromLatin1(type)).arg(m_serial);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return base64Url(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")}}) + QLatin1Char('.') +
               base64Url(QJsonObject{{QStringLiteral("token_type"), QString::fromLatin1(type)},
                                     {QStringLiteral("iat"), now},
                                     {QStringLiteral("exp"), now + lifetime},
                                     {QStringLiteral("jti"), m_serial}}) +
               QStringLiteral(".c2lnbmF0dXJl");
    }
    QString issueAccess()
    {
        const QString t = token("access", jwtAccessLifetime);
        validAccess.insert(t);
        m_issued.append(t);
        return t;
    }
    QString issueRefresh()
    {
        const QString t = token("refresh", jwtRefreshLifetime);
        validRefresh.insert(t);
        m_issued.append(t);
        return t;
    }

    FakeHttpServer &m_server;
    int m_serial = 0;
    QStringList m_issued;
};

} // namespace

class TestIngufuPayProvider : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer *m_server = nullptr;
    FakeIngufuPay *m_fake = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr;

    Meter meter(const QString &number = kNumber, int timeoutSeconds = 20, qint64 id = 7)
    {
        Meter m;
        m.id = id;
        m.name = QStringLiteral("home");
        m.provider = QStringLiteral("ingufupay");
        m.timezone = QStringLiteral("Africa/Kigali");
        m.currency = QStringLiteral("kWh");
        m.intervalSeconds = 900;
        m.settings.insert(QStringLiteral("base_url"), m_server->base());
        m.settings.insert(QStringLiteral("meter_number"), number);
        m.settings.insert(QStringLiteral("timeout_s"), timeoutSeconds);
        return m;
    }

    void storeSecret(MemorySecretStore &store, qint64 meterId, const QString &field, const QString &value)
    {
        bool written = false;
        store.write(SecretStore::keyFor(meterId, field), value,
                    [&written](SecretStore::Error, const QString &) { written = true; });
        QTRY_VERIFY(written);
    }

    std::unique_ptr<IngufuPayProvider> provider(const Meter &m)
    {
        return std::make_unique<IngufuPayProvider>(m, ProviderContext{m_network, m_secrets});
    }

    // Exactly one answer per fetch, also a little later.
    static FetchOutcome run(IngufuPayProvider &p, bool backfill = false)
    {
        return awaitOutcome(
            p, [&] { backfill ? p.backfill(0, QDateTime::currentSecsSinceEpoch()) : p.fetch(); }, 15'000, 10);
    }

    FetchOutcome fetchOnce(const Meter &m)
    {
        auto p = provider(m);
        return run(*p);
    }

    int requests(const QString &path) const { return m_server->count(path); }

    // No credential or token in what a user (or a log) gets to see.
    void verifyNoSecrets(const FetchOutcome &o)
    {
        QStringList secrets{kUsername, kPassword};
        secrets += m_fake->issuedTokens();
        for (const QString &s : std::as_const(secrets)) {
            QVERIFY2(!o.sentence().contains(s), qPrintable(o.sentence()));
            QVERIFY2(!o.field.contains(s), qPrintable(o.field));
        }
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
        m_fake = new FakeIngufuPay(*m_server);
        m_secrets = new MemorySecretStore(this);
        m_network = new QNetworkAccessManager(this);
        storeSecret(*m_secrets, 7, QStringLiteral("username"), kUsername);
        storeSecret(*m_secrets, 7, QStringLiteral("password"), kPassword);
    }
    void cleanup()
    {
        delete m_fake;
        delete m_server;
        delete m_secrets;
        delete m_network;
    }

    void registryRow()
    {
        const ProviderInfo *info = ProviderRegistry::find(QStringLiteral("ingufupay"));
        QVERIFY(info);
        QCOMPARE(info->displayName, QStringLiteral("IngufuPay (Rwanda)"));
        QCOMPARE(info->defaultCurrency, QStringLiteral("kWh"));
        QCOMPARE(info->defaultTimezone, QStringLiteral("Africa/Kigali"));
        QCOMPARE(info->defaultIntervalSeconds, 900);
        QCOMPARE(info->requiredSecrets,
                 (QStringList{QStringLiteral("username"), QStringLiteral("password")}));
        QCOMPARE(info->options.size(), 2);
        QCOMPARE(info->options[0].name, QStringLiteral("base-url"));
        QCOMPARE(info->options[0].settingsKey(), QStringLiteral("base_url"));
        QVERIFY(info->options[0].required);
        QCOMPARE(info->options[1].name, QStringLiteral("meter-number"));
        QCOMPARE(info->options[1].settingsKey(), QStringLiteral("meter_number"));
        QVERIFY(info->options[1].required);
        std::unique_ptr<MeterProvider> created(ProviderRegistry::create(meter(), ProviderContext{}, nullptr));
        QVERIFY(created);
        QCOMPARE(created->kind(), QStringLiteral("ingufupay"));
        QVERIFY(created->canBackfill());
    }

    void logsInThenReadsTheMeterWithTheBearer()
    {
        const FetchOutcome o = fetchOnce(meter());
        QCOMPARE(o.kindName(), QStringLiteral("reading"));
        QVERIFY(o.reading);
        QCOMPARE(o.reading->balanceMilli, std::optional<qint64>(123'456)); // kWh units, thousandths
        QCOMPARE(o.reading->time, m_fake->updatedAt);
        QVERIFY(qAbs(o.reading->fetchedAt - QDateTime::currentSecsSinceEpoch()) < 5);
        QCOMPARE(o.reading->gridWh, std::nullopt);

        const QList<FakeRequest> &all = m_server->requests();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].path, QStringLiteral("/api/auth/token/"));
        QCOMPARE(all[0].method, QByteArray("POST"));
        QVERIFY(all[0].header("content-type").startsWith("application/json"));
        QCOMPARE(all[0].json().value(QStringLiteral("username")).toString(), kUsername);
        QCOMPARE(all[0].json().value(QStringLiteral("password")).toString(), kPassword);
        QCOMPARE(all[1].path, QStringLiteral("/api/meters/"));
        QCOMPARE(all[1].header("authorization"), "Bearer " + m_fake->issuedTokens().value(0).toLatin1());
        QCOMPARE(all[2].path, QStringLiteral("/api/transactions/"));
        QCOMPARE(all[2].query.queryItemValue(QStringLiteral("meter")), QStringLiteral("5"));
        QCOMPARE(all[2].query.queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
        QCOMPARE(all[2].header("authorization"), all[1].header("authorization"));
        verifyNoSecrets(o);
    }

    void baseUrlMayNameTheApiRoot()
    {
        Meter m = meter();
        m.settings.insert(QStringLiteral("base_url"), m_server->base() + QStringLiteral("/api/"));
        QCOMPARE(fetchOnce(m).kind, FetchOutcome::Kind::Reading);
    }

    void accessTokenIsReusedAcrossFetches()
    {
        auto p = provider(meter());
        QCOMPARE(run(*p).kind, FetchOutcome::Kind::Reading);
        for (int i = 0; i < 3; ++i)
            QVERIFY(run(*p).isSuccess());
        QCOMPARE(m_fake->logins, 1);
        QCOMPARE(m_fake->refreshes, 0);
        QCOMPARE(m_fake->dataRefusals, 0);
        QCOMPARE(requests(QStringLiteral("/api/meters/")), 4);
    }

    void refusedAccessIsRefreshedAndTheRotatedRefreshIsUsedNext()
    {
        auto p = provider(meter());
        QCOMPARE(run(*p).kind, FetchOutcome::Kind::Reading);
        const QString firstRefresh = m_fake->issuedTokens().value(1);

        m_fake->expireTokens(false);
        m_fake->updatedAt += 60;
        const FetchOutcome second = run(*p);
        QCOMPARE(second.kind, FetchOutcome::Kind::Reading);
        QCOMPARE(m_fake->refreshes, 1);
        QCOMPARE(m_fake->refreshBodies.value(0), firstRefresh);
        QCOMPARE(m_fake->logins, 1);
        const QString rotated = m_fake->issuedTokens().constLast();
        QVERIFY(rotated != firstRefresh);

        // The old refresh token is blacklisted now; only the rotated one works.
        m_fake->expireTokens(false);
        const FetchOutcome third = run(*p);
        QVERIFY(third.isSuccess());
        QCOMPARE(m_fake->refreshes, 2);
        QCOMPARE(m_fake->refreshBodies.value(1), rotated);
        QCOMPARE(m_fake->logins, 1);
        verifyNoSecrets(third);
    }

    void refreshWithoutRotationKeepsTheRefreshToken()
    {
        m_fake->rotate = false;
        auto p = provider(meter());
        QVERIFY(run(*p).isSuccess());
        const QString refresh = m_fake->issuedTokens().value(1);
        for (int i = 0; i < 2; ++i) {
            m_fake->expireTokens(false);
            QVERIFY(run(*p).isSuccess());
        }
        QCOMPARE(m_fake->refreshBodies, (QStringList{refresh, refresh}));
        QCOMPARE(m_fake->logins, 1);
    }

    void refusedRefreshLogsInAgain()
    {
        auto p = provider(meter());
        QVERIFY(run(*p).isSuccess());
        m_fake->expireTokens(true);
        m_fake->updatedAt += 60;
        const FetchOutcome o = run(*p);
        QCOMPARE(o.kind, FetchOutcome::Kind::Reading);
        QCOMPARE(m_fake->refreshes, 1);
        QCOMPARE(m_fake->logins, 2);
        // And the new tokens are used from then on.
        QVERIFY(run(*p).isSuccess());
        QCOMPARE(m_fake->logins, 2);
        QCOMPARE(m_fake->refreshes, 1);
    }

    void expiredTokensAreRenewedBeforeTheServerRefusesThem()
    {
        // Tokens that say (exp - iat) they are already spent: renewed up front, no 401 first.
        m_fake->jwtTokens = true;
        m_fake->jwtAccessLifetime = 0;
        auto p = provider(meter());
        QVERIFY(run(*p).isSuccess());
        QVERIFY(run(*p).isSuccess());
        QCOMPARE(m_fake->refreshes, 1);
        QCOMPARE(m_fake->logins, 1);
        QCOMPARE(m_fake->dataRefusals, 0);

        // A spent refresh token is not even tried: straight to a login.
        m_fake->jwtRefreshLifetime = 0;
        m_fake->expireTokens(true);
        QVERIFY(run(*p).isSuccess()); // refresh (the old refresh token still looked fine), then login
        const int refreshes = m_fake->refreshes;
        const int logins = m_fake->logins;
        QVERIFY(run(*p).isSuccess());
        QCOMPARE(m_fake->refreshes, refreshes);
        QCOMPARE(m_fake->logins, logins + 1);
        QCOMPARE(m_fake->dataRefusals, 0);
    }

    void refusedLoginIsAuthFailed_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("serverRefuses");
        QTest::newRow("wrong password") << QStringLiteral("not-the-password") << false;
        QTest::newRow("account locked") << kPassword << true;
    }
    void refusedLoginIsAuthFailed()
    {
        QFETCH(QString, password);
        QFETCH(bool, serverRefuses);
        storeSecret(*m_secrets, 7, QStringLiteral("password"), password);
        m_fake->refuseLogin = serverRefuses;
        auto p = provider(meter());
        const FetchOutcome o = run(*p);
        QCOMPARE(o.kind, FetchOutcome::Kind::AuthFailed);
        QVERIFY2(o.sentence().contains(QStringLiteral("username or password")), qPrintable(o.sentence()));
        QVERIFY(o.sentence().contains(QStringLiteral("meter secrets")));
        QVERIFY(!o.sentence().contains(password));
        verifyNoSecrets(o);
        QCOMPARE(m_fake->logins, 1);
        QCOMPARE(requests(QStringLiteral("/api/meters/")), 0);

        // The next fetch reads the stored credentials again: corrected ones work.
        storeSecret(*m_secrets, 7, QStringLiteral("password"), kPassword);
        m_fake->refuseLogin = false;
        QCOMPARE(run(*p).kind, FetchOutcome::Kind::Reading);
    }

    void brokenLoginAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kind");
        QTest::newRow("no token") << 200 << QByteArray("{\"refresh\": \"r-123456\"}") << "bad_data";
        QTest::newRow("empty token") << 200 << QByteArray("{\"access\": \"\"}") << "bad_data";
        QTest::newRow("web page") << 200 << QByteArray("<html>Login</html>") << "bad_data";
        QTest::newRow("server error") << 502 << QByteArray("{}") << "server_error";
    }
    void brokenLoginAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, kind);
        m_server->route("POST", QStringLiteral("/api/auth/token/"), [status, body](const FakeRequest &) {
            return FakeResponse::text(body, "application/json", status);
        });
        const FetchOutcome o = fetchOnce(meter());
        QCOMPARE(o.kindName(), kind);
        QCOMPARE(requests(QStringLiteral("/api/meters/")), 0);
    }

    void aFailingRefreshIsReportedNotPapered()
    {
        // A renewal endpoint that is down is a server error, not a reason to send the password.
        auto p = provider(meter());
        QVERIFY(run(*p).isSuccess());
        m_fake->expireTokens(false);
        m_server->route("POST", QStringLiteral("/api/auth/token/refresh/"),
                        [](const FakeRequest &) { return FakeResponse::text("down", "text/plain", 503); });
        const FetchOutcome o = run(*p);
        QCOMPARE(o.kind, FetchOutcome::Kind::ServerError);
        QCOMPARE(m_fake->logins, 1);
    }

    void aServerThatRefusesEverythingIsNotLooped()
    {
        auto p = provider(meter());
        QVERIFY(run(*p).isSuccess());
        m_fake->refuseData = true;
        const int metersBefore = requests(QStringLiteral("/api/meters/"));
        const FetchOutcome o = run(*p);
        QCOMPARE(o.kind, FetchOutcome::Kind::AuthFailed);
        QVERIFY(o.sentence().contains(QStringLiteral("401")));
        verifyNoSecrets(o);
        // The held token, once after the refresh, once after the login: no more.
        QCOMPARE(requests(QStringLiteral("/api/meters/")) - metersBefore, 3);
        QCOMPARE(m_fake->refreshes, 1);
        QCOMPARE(m_fake->logins, 2);
    }

    void meterNumberNotOnTheAccountListsTheNumbers()
    {
        const FetchOutcome o = fetchOnce(meter(QStringLiteral("0999999999")));
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, QStringLiteral("meter_number"));
        QVERIFY2(o.sentence().contains(QStringLiteral("0999999999")), qPrintable(o.sentence()));
        QVERIFY(o.sentence().contains(kNumber));
        QVERIFY(o.sentence().contains(kOtherNumber));
        QCOMPARE(requests(QStringLiteral("/api/transactions/")), 0);

        m_fake->meters = {};
        const FetchOutcome none = fetchOnce(meter());
        QCOMPARE(none.kind, FetchOutcome::Kind::BadData);
        QVERIFY(none.sentence().contains(QStringLiteral("no meters")));
    }

    void meterNumbersMatchWithoutSpacesOrDashes()
    {
        QCOMPARE(fetchOnce(meter(QStringLiteral("0123 456-789"))).kind, FetchOutcome::Kind::Reading);
    }

    void paginatedMetersAreFollowed()
    {
        m_fake->paginateMeters = true;
        m_fake->meters = {FakeIngufuPay::meterEntry(9, kOtherNumber, QStringLiteral("7.5")),
                          FakeIngufuPay::meterEntry(5, kNumber, QStringLiteral("42"))};
        const FetchOutcome o = fetchOnce(meter());
        QCOMPARE(o.kind, FetchOutcome::Kind::Reading);
        QCOMPARE(o.reading->balanceMilli, std::optional<qint64>(42'000));
        QCOMPARE(requests(QStringLiteral("/api/meters/")), 2);
    }

    void unchangedUpdatedAtIsStale()
    {
        auto p = provider(meter());
        QCOMPARE(run(*p).kind, FetchOutcome::Kind::Reading);
        const FetchOutcome again = run(*p);
        QCOMPARE(again.kind, FetchOutcome::Kind::Stale);
        QVERIFY(again.reading);
        QCOMPARE(again.reading->time, m_fake->updatedAt);
        m_fake->updatedAt += 300;
        m_fake->setMeterField(QStringLiteral("current_balance_units"), QStringLiteral("120.000"));
        const FetchOutcome moved = run(*p);
        QCOMPARE(moved.kind, FetchOutcome::Kind::Reading);
        QCOMPARE(moved.reading->balanceMilli, std::optional<qint64>(120'000));
    }

    void inactiveOrDisabledMeterIsNotRecorded_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("disabled") << QStringLiteral("disabled");
        QTest::newRow("inactive") << QStringLiteral("inactive");
    }
    void inactiveOrDisabledMeterIsNotRecorded()
    {
        QFETCH(QString, status);
        m_fake->setMeterField(QStringLiteral("status"), status);
        m_fake->setMeterField(QStringLiteral("current_balance_units"), QJsonValue::Null);
        const FetchOutcome o = fetchOnce(meter());
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, QStringLiteral("status"));
        QVERIFY2(o.sentence().contains(status) && o.sentence().contains(kNumber), qPrintable(o.sentence()));
        QVERIFY(!o.reading);
    }

    void transactionsBecomeRecharges()
    {
        const FetchOutcome o = fetchOnce(meter());
        QCOMPARE(o.kind, FetchOutcome::Kind::Reading);
        QCOMPARE(o.recharges.size(), 3);
        const ProviderRecharge &pending = o.recharges[0];
        QCOMPARE(pending.reference, QStringLiteral("103"));
        QCOMPARE(pending.status, QStringLiteral("pending"));
        QCOMPARE(pending.amountMilli, 2'000'000);
        QCOMPARE(pending.energyWh, std::nullopt);
        QVERIFY(pending.token.isEmpty());
        const ProviderRecharge &paid = o.recharges[1];
        QCOMPARE(paid.reference, QStringLiteral("102"));
        QCOMPARE(paid.status, QStringLiteral("success"));
        QCOMPARE(paid.amountMilli, 5'000'000);
        QCOMPARE(paid.energyWh, std::optional<qint64>(20'500));
        QCOMPARE(paid.token, QStringLiteral("11111-22222-33333-44444"));
        QCOMPARE(paid.time, m_fake->createdAt - 86400);
        QCOMPARE(pending.time, m_fake->createdAt - 3600);
        QCOMPARE(o.recharges[2].status, QStringLiteral("failed"));
    }

    void anotherMetersTransactionsStayOut()
    {
        // A server that ignores ?meter= must not mix another meter's payments in.
        m_fake->transactionsOverride = [](const FakeRequest &) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            return FakeResponse::json(QJsonObject{
                {QStringLiteral("count"), 2},
                {QStringLiteral("next"), QJsonValue::Null},
                {QStringLiteral("previous"), QJsonValue::Null},
                {QStringLiteral("results"),
                 QJsonArray{FakeIngufuPay::transaction(1, now - 60, "100", "success", "1-2-3-4", "1", 9),
                            FakeIngufuPay::transaction(2, now - 60, "100", "success", "1-2-3-4", "1", 5)}}});
        };
        const FetchOutcome o = fetchOnce(meter());
        QCOMPARE(o.recharges.size(), 1);
        QCOMPARE(o.recharges[0].reference, QStringLiteral("2"));
    }

    void backfillFollowsEveryPageAndFetchReadsOnlyTheFirst()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_fake->transactions.clear();
        for (int i = 0; i < 250; ++i)
            m_fake->transactions.append(
                FakeIngufuPay::transaction(1000 - i, now - 3600 * (i + 1), "500", "success", "1-2-3-4", "2"));
        auto p = provider(meter());
        const FetchOutcome history = run(*p, true);
        QCOMPARE(history.kind, FetchOutcome::Kind::Reading);
        QVERIFY(history.reading);
        QCOMPARE(history.recharges.size(), 250);
        QCOMPARE(requests(QStringLiteral("/api/transactions/")), 3);
        QCOMPARE(m_server->requests().constLast().query.queryItemValue(QStringLiteral("page")),
                 QStringLiteral("3"));

        const FetchOutcome regular = run(*p);
        QVERIFY(regular.isSuccess());
        QCOMPARE(requests(QStringLiteral("/api/transactions/")), 4);
        QCOMPARE(regular.recharges.size(), IngufuPayProvider::kFetchPageSize);
        QCOMPARE(regular.recharges[0].reference, QStringLiteral("1000"));
    }

    void foreignNextIsNotFollowed_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::newRow("other port") << QStringLiteral("other-port");
        QTest::newRow("other host") << QStringLiteral("http://localhost:%1");
        QTest::newRow("other scheme") << QStringLiteral("https://127.0.0.1:%1");
    }
    void foreignNextIsNotFollowed()
    {
        QFETCH(QString, origin);
        FakeHttpServer elsewhere;
        elsewhere.route("*", QStringLiteral("/api/transactions/"), [](const FakeRequest &) {
            return FakeResponse::json(QJsonObject{{QStringLiteral("results"), QJsonArray{}}});
        });
        m_fake->nextOrigin =
            origin == QLatin1String("other-port") ? elsewhere.base() : origin.arg(m_server->port());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_fake->transactions.clear();
        for (int i = 0; i < 150; ++i)
            m_fake->transactions.append(
                FakeIngufuPay::transaction(500 - i, now - 3600 * (i + 1), "500", "success", "1-2-3-4", "2"));
        auto p = provider(meter());
        const FetchOutcome o = run(*p, true);
        // What the deployment itself sent is kept; the bearer never goes elsewhere.
        QCOMPARE(o.kind, FetchOutcome::Kind::Reading);
        QCOMPARE(o.recharges.size(), IngufuPayProvider::kBackfillPageSize);
        QCOMPARE(requests(QStringLiteral("/api/transactions/")), 1);
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void pagesAreCapped()
    {
        // A server whose `next` never ends.
        m_fake->transactionsOverride = [this](const FakeRequest &r) {
            const int page = r.query.queryItemValue(QStringLiteral("page")).toInt();
            const QJsonObject item = FakeIngufuPay::transaction(
                page, QDateTime::currentSecsSinceEpoch() - page, "100", "success", "1-2-3-4", "1");
            return FakeResponse::json(
                QJsonObject{{QStringLiteral("count"), 1'000'000},
                            {QStringLiteral("next"),
                             m_server->url(QStringLiteral("/api/transactions/?meter=5&page=%1").arg(page + 1))
                                 .toString()},
                            {QStringLiteral("results"), QJsonArray{item}}});
        };
        auto p = provider(meter());
        const FetchOutcome o = run(*p, true);
        QCOMPARE(o.kind, FetchOutcome::Kind::Reading);
        QCOMPARE(requests(QStringLiteral("/api/transactions/")), IngufuPayProvider::kMaxPages);
        QCOMPARE(o.recharges.size(), IngufuPayProvider::kMaxPages);
    }

    void rateLimitHonoursRetryAfter()
    {
        m_fake->metersOverride = [](const FakeRequest &) {
            return FakeResponse::json(QJsonObject{{QStringLiteral("detail"), QStringLiteral("Throttled")}},
                                      429)
                .withHeader("Retry-After", "120");
        };
        const FetchOutcome o = fetchOnce(meter());
        QCOMPARE(o.kind, FetchOutcome::Kind::RateLimited);
        QCOMPARE(o.retryAfterSeconds, std::optional<int>(120));
        QCOMPARE(m_fake->logins, 1);
    }

    void rateLimitedLoginIsRateLimited()
    {
        m_server->route("POST", QStringLiteral("/api/auth/token/"), [](const FakeRequest &) {
            return FakeResponse::text("slow down", "text/plain", 429).withHeader("Retry-After", "60");
        });
        const FetchOutcome o = fetchOnce(meter());
        QCOMPARE(o.kind, FetchOutcome::Kind::RateLimited);
        QCOMPARE(o.retryAfterSeconds, std::optional<int>(60));
    }

    void serverErrorIsServerError()
    {
        m_fake->transactionsOverride = [](const FakeRequest &) {
            return FakeResponse::text("Internal Server Error", "text/plain", 500);
        };
        const FetchOutcome o = fetchOnce(meter());
        QCOMPARE(o.kind, FetchOutcome::Kind::ServerError);
        QVERIFY(o.sentence().contains(QStringLiteral("500")));
        QVERIFY(!o.reading);
    }

    void htmlIsBadData()
    {
        m_fake->metersOverride = [](const FakeRequest &) {
            return FakeResponse::text("<!DOCTYPE html><html><body>Site maintenance</body></html>",
                                      "text/html; charset=utf-8");
        };
        const FetchOutcome o = fetchOnce(meter());
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QVERIFY(o.sentence().contains(QStringLiteral("web page")));
    }

    void truncatedAnswerIsBadData()
    {
        m_fake->metersOverride = [this](const FakeRequest &) {
            FakeResponse r = FakeResponse::json(m_fake->meters);
            r.truncateAt = 40;
            return r;
        };
        const FetchOutcome o = fetchOnce(meter());
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QVERIFY(o.sentence().contains(QStringLiteral("cut off")));
    }

    void wrongTypesNameTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("balance as words")
            << "current_balance_units" << QJsonValue(QStringLiteral("many")) << "current_balance_units"
            << "many";
        QTest::newRow("balance missing")
            << "current_balance_units" << QJsonValue(QJsonValue::Null) << "current_balance_units"
            << "missing";
        QTest::newRow("balance object")
            << "current_balance_units" << QJsonValue(QJsonObject{}) << "current_balance_units"
            << "expected a number";
        QTest::newRow("time unparseable")
            << "updated_at" << QJsonValue(QStringLiteral("yesterday")) << "updated_at"
            << "yesterday";
        QTest::newRow("time in the future")
            << "updated_at" << QJsonValue(iso(QDateTime::currentSecsSinceEpoch() + 86400)) << "updated_at"
            << "future";
        QTest::newRow("no id") << "id" << QJsonValue(QJsonValue::Null) << "id"
                               << "missing";
    }
    void wrongTypesNameTheField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QFETCH(QString, words);
        m_fake->metersOverride = [this, key, value](const FakeRequest &) {
            QJsonArray list = m_fake->meters;
            QJsonObject first = list[0].toObject();
            first.insert(key, value);
            list[0] = first;
            return FakeResponse::json(list);
        };
        const FetchOutcome o = fetchOnce(meter());
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, field);
        QVERIFY2(o.sentence().contains(words), qPrintable(o.sentence()));
        QVERIFY(!o.reading);
    }

    void badTransactionsAreNotStored_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("amount as words") << "amount_rwf" << QJsonValue(QStringLiteral("lots"));
        QTest::newRow("negative amount") << "amount_rwf" << QJsonValue(-500);
        QTest::newRow("units as words") << "units_purchased" << QJsonValue(QStringLiteral("some"));
        QTest::newRow("no time") << "created_at" << QJsonValue(QJsonValue::Null);
        QTest::newRow("future time") << "created_at"
                                     << QJsonValue(iso(QDateTime::currentSecsSinceEpoch() + 86400));
        QTest::newRow("no id") << "id" << QJsonValue(QJsonValue::Null);
    }
    void badTransactionsAreNotStored()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        m_fake->transactions[1].insert(key, value);
        const FetchOutcome o = fetchOnce(meter());
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, QStringLiteral("transactions[1].") + key);
        QVERIFY(o.recharges.isEmpty());
        QVERIFY(!o.reading);
    }

    void notAListIsBadData()
    {
        m_fake->metersOverride = [](const FakeRequest &) {
            return FakeResponse::json(QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not found.")}});
        };
        const FetchOutcome o = fetchOnce(meter());
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, QStringLiteral("meters"));
    }

    void slowServerTimesOut()
    {
        m_fake->metersOverride = [this](const FakeRequest &) {
            FakeResponse r = FakeResponse::json(m_fake->meters);
            r.delayMs = 4000;
            return r;
        };
        QElapsedTimer clock;
        clock.start();
        const FetchOutcome o = fetchOnce(meter(kNumber, 1));
        QCOMPARE(o.kind, FetchOutcome::Kind::Timeout);
        QVERIFY(clock.elapsed() < 4000);
        m_server->closeAll();
    }

    void missingPasswordIsAuthFailedWithAHint()
    {
        MemorySecretStore onlyUser;
        storeSecret(onlyUser, 7, QStringLiteral("username"), kUsername);
        IngufuPayProvider p(meter(), ProviderContext{m_network, &onlyUser});
        const FetchOutcome o = run(p);
        QCOMPARE(o.kind, FetchOutcome::Kind::AuthFailed);
        QVERIFY2(o.sentence().contains(QStringLiteral("password")), qPrintable(o.sentence()));
        QVERIFY(o.sentence().contains(QStringLiteral("meter secrets")));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void plainHttpElsewhereGetsNoPassword()
    {
        Meter m = meter();
        m.settings.insert(QStringLiteral("base_url"), QStringLiteral("http://192.0.2.1"));
        const FetchOutcome o = fetchOnce(m);
        QCOMPARE(o.kind, FetchOutcome::Kind::NetworkError);
        QVERIFY(o.sentence().contains(QStringLiteral("plain http")));
    }

    void echoedSecretsAreRedacted()
    {
        // A server echoing the password, or the bearer token, into a value we quote.
        m_fake->metersOverride = [this](const FakeRequest &r) {
            QJsonArray list = m_fake->meters;
            QJsonObject first = list[0].toObject();
            first.insert(QStringLiteral("current_balance_units"),
                         QString::fromLatin1(r.header("authorization")));
            list[0] = first;
            return FakeResponse::json(list);
        };
        const FetchOutcome token = fetchOnce(meter());
        QCOMPARE(token.kind, FetchOutcome::Kind::BadData);
        QVERIFY2(token.sentence().contains(QStringLiteral("[redacted]")), qPrintable(token.sentence()));
        verifyNoSecrets(token);

        m_fake->metersOverride = [this](const FakeRequest &) {
            QJsonArray list = m_fake->meters;
            QJsonObject first = list[0].toObject();
            first.insert(QStringLiteral("updated_at"), kPassword);
            list[0] = first;
            return FakeResponse::json(list);
        };
        const FetchOutcome password = fetchOnce(meter());
        QCOMPARE(password.kind, FetchOutcome::Kind::BadData);
        verifyNoSecrets(password);
    }

    void abortSilencesTheFetch()
    {
        m_fake->metersOverride = [this](const FakeRequest &) {
            FakeResponse r = FakeResponse::json(m_fake->meters);
            r.delayMs = 300;
            return r;
        };
        auto p = provider(meter());
        QSignalSpy finished(p.get(), &MeterProvider::finished);
        p->fetch();
        QTRY_COMPARE(requests(QStringLiteral("/api/meters/")), 1);
        p->abort();
        QVERIFY(!finished.wait(700));
        m_fake->metersOverride = nullptr;
        QCOMPARE(run(*p).kind, FetchOutcome::Kind::Reading);
        QCOMPARE(m_fake->logins, 1); // the token from the aborted fetch is still good
    }

    void rechargesAreStoredOnceThroughTheScheduler()
    {
        TestDatabase t;
        QJsonObject settings{{QStringLiteral("base_url"), m_server->base()},
                             {QStringLiteral("meter_number"), kNumber}};
        const Meter m = t.addMeter(QStringLiteral("home"), QStringLiteral("ingufupay"), 900,
                                   QStringLiteral("Africa/Kigali"), settings);
        storeSecret(*m_secrets, m.id, QStringLiteral("username"), kUsername);
        storeSecret(*m_secrets, m.id, QStringLiteral("password"), kPassword);
        PollScheduler scheduler(t.db());
        scheduler.setProviderContext(ProviderContext{m_network, m_secrets});
        scheduler.addMeter(m);
        QSignalSpy finished(&scheduler, &PollScheduler::fetchFinished);
        const auto poll = [&] {
            const qsizetype before = finished.size();
            if (!scheduler.pollNow(m.id))
                return FetchOutcome::failure(FetchOutcome::Kind::NetworkError, QStringLiteral("not started"));
            if (!QTest::qWaitFor([&] { return finished.size() > before; }, 15'000))
                return FetchOutcome::failure(FetchOutcome::Kind::NetworkError, QStringLiteral("no answer"));
            return finished.constLast().at(1).value<FetchOutcome>();
        };

        // First: the history (every page), with the balance.
        QCOMPARE(poll().kind, FetchOutcome::Kind::Reading);
        QCOMPARE(ReadingRepository(t.db()).count(m.id), 1);
        auto stored = RechargeRepository(t.db()).providerRecharges(m.id);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 3);

        // Again: nothing new, nothing doubled.
        QCOMPARE(poll().kind, FetchOutcome::Kind::Stale);
        stored = RechargeRepository(t.db()).providerRecharges(m.id);
        QCOMPARE(stored->size(), 3);

        // The pending payment went through: its row is updated, not added.
        QJsonObject &pending = m_fake->transactions[0];
        pending.insert(QStringLiteral("status"), QStringLiteral("success"));
        pending.insert(QStringLiteral("token"), QStringLiteral("55555-66666-77777-88888"));
        pending.insert(QStringLiteral("units_purchased"), QStringLiteral("8.2"));
        m_fake->updatedAt += 120;
        m_fake->setMeterField(QStringLiteral("current_balance_units"), QStringLiteral("131.656"));
        QCOMPARE(poll().kind, FetchOutcome::Kind::Reading);
        stored = RechargeRepository(t.db()).providerRecharges(m.id);
        QCOMPARE(stored->size(), 3);
        const auto it = std::find_if(stored->begin(), stored->end(), [](const ProviderRecharge &r) {
            return r.reference == QLatin1String("103");
        });
        QVERIFY(it != stored->end());
        QCOMPARE(it->status, QStringLiteral("success"));
        QCOMPARE(it->token, QStringLiteral("55555-66666-77777-88888"));
        QCOMPARE(it->energyWh, std::optional<qint64>(8'200));
        QCOMPARE(ReadingRepository(t.db()).count(m.id), 2);
        QCOMPARE(ReadingRepository(t.db()).latest(m.id)->balanceMilli, std::optional<qint64>(131'656));
        QCOMPARE(m_fake->logins, 1);
    }

    void endToEndThroughTheCommandLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("kilowatch.sqlite"));
        MemorySecretStore keychain;
        using Run = CliRun;
        CliRunner runner(db);
        runner.setSecretStore(&keychain);
        const auto cli = [&](const QStringList &args, const QByteArray &input = {}) {
            return runner.run(args, input);
        };

        const Run add = cli(
            {QStringLiteral("--json"), QStringLiteral("meter"), QStringLiteral("add"),
             QStringLiteral("--name"), QStringLiteral("home"), QStringLiteral("--provider"),
             QStringLiteral("ingufupay"), QStringLiteral("--base-url"), m_server->base(),
             QStringLiteral("--meter-number"), kNumber, QStringLiteral("--secret-stdin")},
            (QStringLiteral("username=") + kUsername + QStringLiteral("\npassword=") + kPassword).toUtf8());
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const QJsonObject added = QJsonDocument::fromJson(add.out.toUtf8()).object();
        QCOMPARE(added.value(QStringLiteral("currency")).toString(), QStringLiteral("kWh"));
        QCOMPARE(added.value(QStringLiteral("timezone")).toString(), QStringLiteral("Africa/Kigali"));
        QCOMPARE(added.value(QStringLiteral("interval_s")).toInt(), 900);

        // Without the required option or the credentials, nothing is added.
        const Run noNumber =
            cli({QStringLiteral("meter"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("x"), QStringLiteral("--provider"), QStringLiteral("ingufupay"),
                 QStringLiteral("--base-url"), m_server->base(), QStringLiteral("--secret-stdin")},
                QByteArray("username=a\npassword=b\n"));
        QCOMPARE(noNumber.code, int(CliDispatcher::UsageError));
        QVERIFY2(noNumber.err.contains(QStringLiteral("--meter-number")), qPrintable(noNumber.err));
        const Run noSecrets =
            cli({QStringLiteral("meter"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("y"), QStringLiteral("--provider"), QStringLiteral("ingufupay"),
                 QStringLiteral("--base-url"), m_server->base(), QStringLiteral("--meter-number"), kNumber});
        QCOMPARE(noSecrets.code, int(CliDispatcher::UsageError));

        const Run poll = cli({QStringLiteral("--json"), QStringLiteral("poll"), QStringLiteral("--once")});
        QVERIFY2(poll.code == 0, qPrintable(poll.err + poll.out));
        const QJsonArray polled = QJsonDocument::fromJson(poll.out.toUtf8()).array();
        QCOMPARE(polled.size(), 1);
        QCOMPARE(polled[0].toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("reading"));

        const Run readings = cli({QStringLiteral("--json"), QStringLiteral("readings"),
                                  QStringLiteral("--meter"), QStringLiteral("home")});
        QCOMPARE(readings.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(readings.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows[0].toObject();
        QCOMPARE(row.value(QStringLiteral("meter")).toString(), QStringLiteral("home"));
        QCOMPARE(row.value(QStringLiteral("balance")).toDouble(), 123.456); // kWh units
        QVERIFY(row.value(QStringLiteral("grid_kwh")).isNull());
        QCOMPARE(row.value(QStringLiteral("time")).toString(),
                 QDateTime::fromSecsSinceEpoch(m_fake->updatedAt, QTimeZone("Africa/Kigali"))
                     .toString(Qt::ISODate));

        // The recharge history went into the database; the credentials and tokens did not.
        {
            Result<std::unique_ptr<Database>> opened = Database::open(db);
            QVERIFY(opened);
            const Result<QList<Meter>> meters = MeterRepository(*opened.value()).list();
            QVERIFY(meters && meters->size() == 1);
            const auto recharges = RechargeRepository(*opened.value()).providerRecharges(meters->at(0).id);
            QVERIFY(recharges);
            QCOMPARE(recharges->size(), 3);
        }
        QStringList secrets{kUsername, kPassword};
        secrets += m_fake->issuedTokens();
        QVERIFY(!m_fake->issuedTokens().isEmpty());
        QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++scanned;
            for (const QString &s : std::as_const(secrets))
                QVERIFY2(!bytes.contains(s.toUtf8()), qPrintable(f.fileName() + QStringLiteral(": ") + s));
        }
        QVERIFY(scanned >= 1);
    }
};

QTEST_GUILESS_MAIN(TestIngufuPayProvider)
#include "tst_ingufupayprovider.moc"
