#include "CliRunner.h"
#include "FakeHttpServer.h"
#include "ProviderFetch.h"
#include "TestDatabase.h"
#include "cli/CliDispatcher.h"
#include "polling/PollScheduler.h"
#include "providers/DescoProvider.h"
#include "providers/ProviderRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "storage/MeterStateRepository.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

const QString kAccount = QStringLiteral("12345");
const QString kMeterNumber = QStringLiteral("67890");
const QString kApiPath = QStringLiteral("/api/tkdes/customer/");
const QTimeZone kDhaka(QByteArrayLiteral("Asia/Dhaka"));

QString path(const char *endpoint)
{
    return kApiPath + QLatin1String(endpoint);
}

QString dhakaTime(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, kDhaka).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QDate dhakaDate(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, kDhaka).date();
}

FakeResponse envelope(const QJsonValue &data, int code = 200, const QString &desc = QStringLiteral("OK"))
{
    return FakeResponse::json(QJsonObject{
        {QStringLiteral("code"), code}, {QStringLiteral("desc"), desc}, {QStringLiteral("data"), data}});
}

QList<QPair<QString, QString>> items(const FakeRequest &request)
{
    return request.query.queryItems(QUrl::FullyDecoded);
}

// A TLS server on 127.0.0.1 that answers every request with one DESCO balance, sending only
// its own certificate (no chain), as DESCO's server does.
class TlsDesco : public QSslServer
{
public:
    TlsDesco(const QSslCertificate &certificate, const QSslKey &key, QByteArray body)
        : m_body(std::move(body))
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
        setSslConfiguration(config);
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer += socket->readAll();
                    if (!m_buffer.contains("\r\n\r\n"))
                        return;
                    m_buffer.clear();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" +
                                  m_body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    QByteArray m_body;
    QByteArray m_buffer;
};

} // namespace

class TestDescoProvider : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    // What the fake DESCO serves.
    qint64 m_readingTime = 0;
    QJsonValue m_balance;
    QList<QJsonObject> m_recharges;
    qint64 m_firstRechargeTime = 0;
    // A throwaway CA and a 127.0.0.1 certificate it signed (made with openssl, if present).
    QTemporaryDir m_pki;
    bool m_havePki = false;

    QString caPem() const { return m_pki.filePath(QStringLiteral("ca.pem")); }

    static bool openssl(const QStringList &arguments, const QString &folder)
    {
        QProcess process;
        process.setWorkingDirectory(folder);
        process.start(QStringLiteral("openssl"), arguments);
        return process.waitForFinished(20'000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }

    void makePki()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty() || !QSslSocket::supportsSsl())
            return;
        const QString dir = m_pki.path();
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        QFile ext(m_pki.filePath(QStringLiteral("leaf.ext")));
        ext.open(QIODevice::WriteOnly);
        ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        ext.close();
        m_havePki =
            openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                        QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                    QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"),
                                    QStringLiteral("2"), QStringLiteral("-subj"),
                                    QStringLiteral("/CN=Kilowatch Test CA"), QStringLiteral("-addext"),
                                    QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                    QStringLiteral("-addext"),
                                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                    dir) &&
            openssl(QStringList{QStringLiteral("req")} + ec +
                        QStringList{QStringLiteral("-keyout"), QStringLiteral("leaf.key"),
                                    QStringLiteral("-out"), QStringLiteral("leaf.csr"),
                                    QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
                    dir) &&
            openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("leaf.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-set_serial"),
                     QStringLiteral("2"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-extfile"), QStringLiteral("leaf.ext"), QStringLiteral("-out"),
                     QStringLiteral("leaf.pem")},
                    dir);
    }

    QJsonObject balanceData() const
    {
        return QJsonObject{{QStringLiteral("accountNo"), kAccount},
                           {QStringLiteral("meterNo"), kMeterNumber},
                           {QStringLiteral("balance"), m_balance},
                           {QStringLiteral("currentMonthConsumption"), 912.5},
                           {QStringLiteral("readingTime"), dhakaTime(m_readingTime)}};
    }

    static QDate queryDate(const FakeRequest &request, const char *key)
    {
        return QDate::fromString(request.query.queryItemValue(QLatin1String(key)),
                                 QStringLiteral("yyyy-MM-dd"));
    }

    // The documented shapes: balance, one row per asked day, the recharges dated in the range.
    void serveDesco()
    {
        m_server->route("GET", path("getBalance"),
                        [this](const FakeRequest &) { return envelope(balanceData()); });
        m_server->route("GET", path("getCustomerDailyConsumption"), [](const FakeRequest &request) {
            QJsonArray days;
            for (QDate d = queryDate(request, "dateFrom"); d <= queryDate(request, "dateTo");
                 d = d.addDays(1))
                days.append(QJsonObject{{QStringLiteral("date"), d.toString(Qt::ISODate)},
                                        {QStringLiteral("consumedTaka"), QStringLiteral("61.50")},
                                        {QStringLiteral("consumedUnit"), 7.25}});
            return envelope(days);
        });
        m_server->route("GET", path("getRechargeHistory"), [this](const FakeRequest &request) {
            QJsonArray rows;
            for (const QJsonObject &r : std::as_const(m_recharges)) {
                const QDate day =
                    QDate::fromString(r.value(QStringLiteral("rechargeDate")).toString().left(10),
                                      QStringLiteral("yyyy-MM-dd"));
                if (day >= queryDate(request, "dateFrom") && day <= queryDate(request, "dateTo"))
                    rows.append(r);
            }
            return envelope(rows);
        });
    }

    static QJsonObject recharge(const QString &id, qint64 time, const QJsonValue &amount,
                                const QString &status, const QJsonValue &token)
    {
        return QJsonObject{{QStringLiteral("orderID"), id},
                           {QStringLiteral("rechargeDate"), dhakaTime(time)},
                           {QStringLiteral("totalAmount"), amount},
                           {QStringLiteral("energyAmount"), 925.5},
                           {QStringLiteral("VAT"), 50},
                           {QStringLiteral("rebate"), 10},
                           {QStringLiteral("orderStatus"), status},
                           {QStringLiteral("tariffSolutionName"), QStringLiteral("LT-A")},
                           {QStringLiteral("tokenNo"), token}};
    }

    QJsonObject settings(const QString &base = {}) const
    {
        return QJsonObject{
            {QStringLiteral("account"), kAccount},
            {QStringLiteral("meter_number"), kMeterNumber},
            {QStringLiteral("base_url"), base.isEmpty() ? m_server->url(kApiPath).toString() : base},
        };
    }

    Meter meter(QJsonObject extra = {}) const
    {
        Meter m;
        m.id = 3;
        m.name = QStringLiteral("flat");
        m.provider = QStringLiteral("desco");
        m.timezone = QStringLiteral("Asia/Dhaka");
        m.currency = QStringLiteral("BDT");
        m.intervalSeconds = 3600;
        m.settings = settings();
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            m.settings.insert(it.key(), it.value());
        return m;
    }

    static FetchOutcome backfillOnce(DescoProvider &provider, qint64 from, qint64 to)
    {
        return awaitOutcome(provider, [&] { provider.backfill(from, to); });
    }

    // One fetch of a fresh provider against a balance handler.
    FetchOutcome answer(FakeHttpServer::Handler handler, const QJsonObject &extra = {})
    {
        m_server->route("GET", path("getBalance"), std::move(handler));
        DescoProvider provider(meter(extra), ProviderContext{m_network, nullptr});
        return fetchOnce(provider);
    }

    FetchOutcome balanceWith(const QString &key, const QJsonValue &value)
    {
        QJsonObject data = balanceData();
        data.insert(key, value);
        return answer([data](const FakeRequest &) { return envelope(data); });
    }

    static qint64 count(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    static FetchOutcome pollOnce(PollScheduler &scheduler, qint64 meterId)
    {
        QSignalSpy finished(&scheduler, &PollScheduler::fetchFinished);
        if (!scheduler.pollNow(meterId) || !finished.wait(15'000))
            return FetchOutcome::failure(FetchOutcome::Kind::NetworkError, QStringLiteral("test: no answer"));
        return finished.constFirst().at(1).value<FetchOutcome>();
    }

    using Run = CliRun;

    Run cli(const QString &database, const QStringList &args)
    {
        MemorySecretStore secrets;
        CliRunner runner(database);
        runner.setSecretStore(&secrets);
        return runner.run(args);
    }

private slots:
    void initTestCase() { makePki(); }

    void init()
    {
        m_server = new FakeHttpServer(this);
        m_network = new QNetworkAccessManager(this);
        m_readingTime = QDateTime::currentSecsSinceEpoch() - 3600;
        m_balance = 1787.42;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_firstRechargeTime = now - 40 * 86400;
        m_recharges = {
            recharge(QStringLiteral("ORD-1001"), m_firstRechargeTime, QStringLiteral("1000.00"),
                     QStringLiteral("Successful"), QStringLiteral("1234-5678-9012-3456-7890")),
            recharge(QStringLiteral("ORD-1002"), now - 2 * 86400, 500, QStringLiteral("Pending"),
                     QJsonValue()),
        };
        serveDesco();
    }
    void cleanup()
    {
        delete m_server;
        delete m_network;
    }

    void registryRow()
    {
        const ProviderInfo *info = ProviderRegistry::find(QStringLiteral("desco"));
        QVERIFY(info);
        QCOMPARE(info->displayName, QStringLiteral("DESCO prepaid (Dhaka)"));
        QCOMPARE(info->defaultCurrency, QStringLiteral("BDT"));
        QCOMPARE(info->defaultTimezone, QStringLiteral("Asia/Dhaka"));
        QCOMPARE(info->defaultIntervalSeconds, 3600);
        QVERIFY(info->secrets().isEmpty());
        QStringList names;
        for (const ProviderOption &o : info->options)
            names.append(o.name);
        QCOMPARE(names, QStringList({QStringLiteral("account"), QStringLiteral("meter-number"),
                                     QStringLiteral("base-url"), QStringLiteral("ca-file")}));
        QVERIFY(info->options.at(0).required && info->options.at(1).required);
        QCOMPARE(info->options.at(3).settingsKey(), QStringLiteral("ca_file"));
        std::unique_ptr<MeterProvider> provider(
            ProviderRegistry::create(meter(), ProviderContext{m_network, nullptr}, nullptr));
        QVERIFY(provider);
        QCOMPARE(provider->kind(), QStringLiteral("desco"));
        QVERIFY(provider->canBackfill());
        QVERIFY(DescoProvider::defaultBaseUrl().startsWith(QStringLiteral("https://prepaid.desco.org.bd/")));
    }

    void goodBalance()
    {
        DescoProvider provider(meter(), ProviderContext{m_network, nullptr});
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kindName(), QStringLiteral("reading"));
        QCOMPARE(o.reading->balanceMilli, std::optional<qint64>(1'787'420));
        QCOMPARE(o.reading->time, m_readingTime); // read in Asia/Dhaka
        QVERIFY(o.reading->fetchedAt >= before);
        QCOMPARE(o.reading->gridWh, std::nullopt);
        QVERIFY(o.dailyUsage.isEmpty() && o.recharges.isEmpty());

        // Numbers as numeric strings, account and meter as JSON numbers.
        QJsonObject data = balanceData();
        data.insert(QStringLiteral("balance"), QStringLiteral("-12.5"));
        data.insert(QStringLiteral("accountNo"), 12345);
        data.insert(QStringLiteral("meterNo"), 67890);
        const FetchOutcome text = answer([data](const FakeRequest &) { return envelope(data); });
        QCOMPARE(text.kindName(), QStringLiteral("reading"));
        QCOMPARE(text.reading->balanceMilli, std::optional<qint64>(-12'500));

        // An ISO 'T' between date and time reads the same.
        const FetchOutcome iso = balanceWith(QStringLiteral("readingTime"),
                                             dhakaTime(m_readingTime).replace(10, 1, QLatin1Char('T')));
        QCOMPARE(iso.kindName(), QStringLiteral("reading"));
        QCOMPARE(iso.reading->time, m_readingTime);
    }

    void queryParametersExact()
    {
        DescoProvider provider(meter(), ProviderContext{m_network, nullptr});
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
        QCOMPARE(m_server->requests().size(), 1);
        const FakeRequest &request = m_server->requests().constFirst();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, path("getBalance"));
        QCOMPARE(items(request), (QList<QPair<QString, QString>>{{QStringLiteral("accountNo"), kAccount},
                                                                 {QStringLiteral("meterNo"), kMeterNumber}}));
        QVERIFY(request.header("user-agent").startsWith("Kilowatch/"));

        // A base URL without its final slash means the same folder.
        QString base = m_server->url(kApiPath).toString();
        base.chop(1);
        Meter noSlash = meter();
        noSlash.settings = settings(base);
        DescoProvider other(noSlash, ProviderContext{m_network, nullptr});
        QCOMPARE(fetchOnce(other).kind, FetchOutcome::Kind::Reading);
        QCOMPARE(m_server->requests().constLast().path, path("getBalance"));
    }

    void backfillAsksWindowsOneAfterAnother()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 from = now - qint64(PollScheduler::kBackfillDays) * 86400;
        DescoProvider provider(meter(), ProviderContext{m_network, nullptr});
        const FetchOutcome o = backfillOnce(provider, from, now);
        QCOMPARE(o.kindName(), QStringLiteral("reading"));
        const QDate first = dhakaDate(from);
        const QDate today = dhakaDate(now);
        const auto range = [](const QDate &a, const QDate &b) {
            return QList<QPair<QString, QString>>{{QStringLiteral("accountNo"), kAccount},
                                                  {QStringLiteral("meterNo"), kMeterNumber},
                                                  {QStringLiteral("dateFrom"), a.toString(Qt::ISODate)},
                                                  {QStringLiteral("dateTo"), b.toString(Qt::ISODate)}};
        };
        const QList<FakeRequest> &requests = m_server->requests();
        QCOMPARE(requests.size(), 7);
        // Daily usage: complete days only, in windows of a month at most.
        QCOMPARE(requests[0].path, path("getCustomerDailyConsumption"));
        QCOMPARE(items(requests[0]), range(first, first.addDays(30)));
        QCOMPARE(items(requests[1]), range(first.addDays(31), first.addDays(61)));
        QCOMPARE(items(requests[2]), range(first.addDays(62), today.addDays(-1)));
        QCOMPARE(requests[3].path, path("getRechargeHistory"));
        QCOMPARE(items(requests[3]), range(first, first.addDays(30)));
        QCOMPARE(items(requests[4]), range(first.addDays(31), first.addDays(61)));
        QCOMPARE(items(requests[5]), range(first.addDays(62), today));
        QCOMPARE(requests[6].path, path("getBalance"));

        QCOMPARE(o.dailyUsage.size(), int(first.daysTo(today)));
        QCOMPARE(o.dailyUsage.constFirst().date, first);
        QCOMPARE(o.dailyUsage.constLast().date, today.addDays(-1));
        QCOMPARE(o.dailyUsage.constFirst().energyWh, std::optional<qint64>(7'250));
        QCOMPARE(o.dailyUsage.constFirst().costMilli, std::optional<qint64>(61'500));
        QCOMPARE(o.recharges.size(), 2);
        const ProviderRecharge &old = o.recharges.constFirst();
        QCOMPARE(old.reference, QStringLiteral("ORD-1001"));
        QCOMPARE(old.amountMilli, 1'000'000);
        QCOMPARE(old.token, QStringLiteral("1234-5678-9012-3456-7890"));
        QCOMPARE(old.status, QStringLiteral("Successful"));
        QCOMPARE(old.energyWh, std::nullopt);    // energyAmount is money, not kWh
        QCOMPARE(old.time, m_firstRechargeTime); // read in Asia/Dhaka
        QCOMPARE(o.recharges.constLast().token, QString());
        QCOMPARE(o.recharges.constLast().status, QStringLiteral("Pending"));

        QCOMPARE(DescoProvider::windows(first, first.addDays(-1), 30).size(), 0);
        QCOMPARE(DescoProvider::windows(first, first, 30).size(), 1);
        QCOMPARE(DescoProvider::windows(first, first.addDays(29), 30).size(), 1);
        QCOMPARE(DescoProvider::windows(first, first.addDays(30), 30).size(), 2);
    }

    void envelopeErrorNamesTheAccount()
    {
        const FetchOutcome unknown = answer([](const FakeRequest &) {
            return envelope(QJsonValue(), 400, QStringLiteral("Invalid account number"));
        });
        QCOMPARE(unknown.kind, FetchOutcome::Kind::ServerError);
        QVERIFY2(unknown.sentence().contains(QStringLiteral("Invalid account number")),
                 qPrintable(unknown.sentence()));
        QVERIFY(unknown.sentence().contains(kAccount));
        QVERIFY(unknown.sentence().contains(kMeterNumber));
        QVERIFY(unknown.sentence().contains(QStringLiteral("Check the account and meter numbers")));

        const FetchOutcome failing = answer(
            [](const FakeRequest &) { return envelope(QJsonValue(), 500, QStringLiteral("Database busy")); });
        QCOMPARE(failing.kind, FetchOutcome::Kind::ServerError);
        QVERIFY(failing.sentence().contains(QStringLiteral("Database busy")));

        const FetchOutcome noCode = answer([](const FakeRequest &) {
            return FakeResponse::json(QJsonObject{{QStringLiteral("code"), QStringLiteral("ok")}});
        });
        QCOMPARE(noCode.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(noCode.field, QStringLiteral("code"));

        // Code 200 without a balance: nothing is known about these numbers.
        const FetchOutcome empty = answer([](const FakeRequest &) { return envelope(QJsonValue()); });
        QCOMPARE(empty.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(empty.field, QStringLiteral("data"));
        QVERIFY(empty.sentence().contains(kAccount));
    }

    void repeatedReadingTimeIsStale()
    {
        DescoProvider provider(meter(), ProviderContext{m_network, nullptr});
        QCOMPARE(fetchOnce(provider).kind, FetchOutcome::Kind::Reading);
        const FetchOutcome again = fetchOnce(provider);
        QCOMPARE(again.kind, FetchOutcome::Kind::Stale);
        QCOMPARE(again.reading->time, m_readingTime);
        m_readingTime += 900;
        m_balance = 1700.0;
        const FetchOutcome next = fetchOnce(provider);
        QCOMPARE(next.kind, FetchOutcome::Kind::Reading);
        QCOMPARE(next.reading->balanceMilli, std::optional<qint64>(1'700'000));
    }

    void anotherMetersAnswerIsRefused()
    {
        const FetchOutcome o = balanceWith(QStringLiteral("meterNo"), QStringLiteral("99999"));
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, QStringLiteral("meterNo"));
        const FetchOutcome account = balanceWith(QStringLiteral("accountNo"), 54321);
        QCOMPARE(account.field, QStringLiteral("accountNo"));
    }

    void rateLimitHonoursRetryAfter()
    {
        const FetchOutcome o = answer([](const FakeRequest &) {
            return FakeResponse::text("slow down", "text/plain", 429).withHeader("Retry-After", "120");
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::RateLimited);
        QCOMPARE(o.retryAfterSeconds, std::optional<int>(120));
    }

    void serverErrorIsServerError()
    {
        const FetchOutcome o =
            answer([](const FakeRequest &) { return FakeResponse::text("oops", "text/plain", 500); });
        QCOMPARE(o.kind, FetchOutcome::Kind::ServerError);
        QVERIFY(o.sentence().contains(QStringLiteral("500")));
    }

    void htmlIsBadData()
    {
        const FetchOutcome o = answer([](const FakeRequest &) {
            return FakeResponse::text("<!DOCTYPE html><html><body>Maintenance</body></html>", "text/html");
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QVERIFY(o.sentence().contains(QStringLiteral("web page")));
    }

    void truncatedIsBadData()
    {
        const QJsonObject data = balanceData();
        const FetchOutcome o = answer([data](const FakeRequest &) {
            FakeResponse r = envelope(data);
            r.truncateAt = r.body.size() / 2;
            return r;
        });
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QVERIFY(o.sentence().contains(QStringLiteral("cut off")));
    }

    void wrongTypesNameTheField()
    {
        const FetchOutcome text = balanceWith(QStringLiteral("balance"), QStringLiteral("lots"));
        QCOMPARE(text.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(text.field, QStringLiteral("balance"));
        QVERIFY(text.sentence().contains(QStringLiteral("lots")));
        QCOMPARE(balanceWith(QStringLiteral("balance"), QJsonValue()).field, QStringLiteral("balance"));
        QCOMPARE(balanceWith(QStringLiteral("readingTime"), 1700000000).field, QStringLiteral("readingTime"));
        const FetchOutcome unparseable =
            balanceWith(QStringLiteral("readingTime"), QStringLiteral("yesterday"));
        QCOMPARE(unparseable.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(unparseable.field, QStringLiteral("readingTime"));
        const FetchOutcome list = answer([](const FakeRequest &) { return envelope(QJsonArray{1, 2}); });
        QCOMPARE(list.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(list.field, QStringLiteral("data"));
        QVERIFY(list.sentence().contains(QStringLiteral("expected an object")));
        const FetchOutcome notObject = answer([](const FakeRequest &) {
            return FakeResponse::json(QJsonArray{QStringLiteral("code"), 200});
        });
        QCOMPARE(notObject.kind, FetchOutcome::Kind::BadData);
    }

    void futureReadingTimeIsBadData()
    {
        const FetchOutcome o = balanceWith(QStringLiteral("readingTime"),
                                           dhakaTime(QDateTime::currentSecsSinceEpoch() + 3 * 3600));
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, QStringLiteral("readingTime"));
        QVERIFY(o.sentence().contains(QStringLiteral("future")));
    }

    void slowServerTimesOut()
    {
        const QJsonObject data = balanceData();
        QElapsedTimer clock;
        clock.start();
        const FetchOutcome o = answer(
            [data](const FakeRequest &) {
                FakeResponse r = envelope(data);
                r.delayMs = 4000;
                return r;
            },
            QJsonObject{{QStringLiteral("timeout_s"), 1}});
        QCOMPARE(o.kind, FetchOutcome::Kind::Timeout);
        QVERIFY(clock.elapsed() < 3900);
    }

    void badHistoryRowFailsTheWholeBackfill_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QString daily = QStringLiteral("getCustomerDailyConsumption");
        const QString recharges = QStringLiteral("getRechargeHistory");
        QTest::newRow("text kWh") << daily << "consumedUnit" << QJsonValue(QStringLiteral("n/a"))
                                  << "data[0].consumedUnit";
        QTest::newRow("negative taka") << daily << "consumedTaka" << QJsonValue(-5) << "data[0].consumedTaka";
        QTest::newRow("bad date") << daily << "date" << QJsonValue(QStringLiteral("03/05/2024"))
                                  << "data[0].date";
        QTest::newRow("future day") << daily << "date" << QJsonValue(QStringLiteral("2999-01-01"))
                                    << "data[0].date";
        QTest::newRow("no order id") << recharges << "orderID" << QJsonValue(QStringLiteral(" "))
                                     << "data[0].orderID";
        QTest::newRow("future recharge")
            << recharges << "rechargeDate" << QJsonValue(QStringLiteral("2999-01-01 10:00:00"))
            << "data[0].rechargeDate";
        QTest::newRow("text amount") << recharges << "totalAmount" << QJsonValue(QStringLiteral("a lot"))
                                     << "data[0].totalAmount";
    }
    void badHistoryRowFailsTheWholeBackfill()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const QJsonObject good = endpoint.contains(QLatin1String("Daily"))
                                     ? QJsonObject{{QStringLiteral("date"), QStringLiteral("2024-05-03")},
                                                   {QStringLiteral("consumedTaka"), 61.5},
                                                   {QStringLiteral("consumedUnit"), 7.25}}
                                     : m_recharges.constFirst();
        QJsonObject bad = good;
        bad.insert(key, value);
        m_server->route("GET", kApiPath + endpoint,
                        [bad](const FakeRequest &) { return envelope(QJsonArray{bad}); });
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        DescoProvider provider(meter(), ProviderContext{m_network, nullptr});
        const FetchOutcome o = backfillOnce(provider, now - 90 * 86400, now);
        QCOMPARE(o.kind, FetchOutcome::Kind::BadData);
        QCOMPARE(o.field, field);
        QVERIFY(o.dailyUsage.isEmpty() && o.recharges.isEmpty() && !o.reading);
        QCOMPARE(m_server->count(path("getBalance")), 0); // stopped at the first bad answer
    }

    void emptyHistoryIsFine()
    {
        m_server->route("GET", path("getCustomerDailyConsumption"),
                        [](const FakeRequest &) { return envelope(QJsonValue()); });
        m_server->route("GET", path("getRechargeHistory"),
                        [](const FakeRequest &) { return envelope(QJsonArray()); });
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        DescoProvider provider(meter(), ProviderContext{m_network, nullptr});
        const FetchOutcome o = backfillOnce(provider, now - 10 * 86400, now);
        QCOMPARE(o.kind, FetchOutcome::Kind::Reading);
        QVERIFY(o.dailyUsage.isEmpty() && o.recharges.isEmpty());
        QCOMPARE(m_server->requests().size(), 3);
    }

    void backfillThroughTheSchedulerIsStoredOnce()
    {
        TestDatabase db;
        const Meter m = db.addMeter(QStringLiteral("flat"), QStringLiteral("desco"), 3600,
                                    QStringLiteral("Asia/Dhaka"), settings());
        PollScheduler scheduler(db.db());
        scheduler.setProviderContext(ProviderContext{m_network, nullptr});
        scheduler.addMeter(m);
        const FetchOutcome first = pollOnce(scheduler, m.id);
        QCOMPARE(first.kindName(), QStringLiteral("reading"));
        QCOMPARE(m_server->count(path("getCustomerDailyConsumption")), 3);
        QCOMPARE(MeterStateRepository(db.db()).value(m.id, QStringLiteral("history_backfilled")),
                 std::optional<QString>(QStringLiteral("1")));

        const qint64 days = PollScheduler::kBackfillDays;
        QCOMPARE(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM daily_usage WHERE origin = 'provider'")),
                 days);
        QCOMPARE(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM daily_usage WHERE energy_wh = 7250 AND "
                                               "cost_milli = 61500")),
                 days);
        QCOMPARE(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM recharges WHERE origin = 'provider'")),
                 2);
        QCOMPARE(count(db.db(),
                       QStringLiteral("SELECT COUNT(*) FROM recharges WHERE provider_ref = 'ORD-1001' AND "
                                      "amount_milli = 1000000 AND status = 'Successful' AND "
                                      "token = '1234-5678-9012-3456-7890'")),
                 1);
        QCOMPARE(
            count(db.db(), QStringLiteral("SELECT COUNT(*) FROM readings WHERE balance_milli = 1787420")), 1);

        // Done once: the next poll is a live fetch only.
        const FetchOutcome live = pollOnce(scheduler, m.id);
        QCOMPARE(live.kindName(), QStringLiteral("stale"));
        QCOMPARE(m_server->count(path("getCustomerDailyConsumption")), 3);
        QCOMPARE(m_server->count(path("getRechargeHistory")), 3);
        QCOMPARE(m_server->count(path("getBalance")), 2);

        // Backfilled again (e.g. after a crash before the flag was saved): upserted, not
        // duplicated, and the pending recharge now shows its new status and token.
        m_recharges[1].insert(QStringLiteral("orderStatus"), QStringLiteral("Successful"));
        m_recharges[1].insert(QStringLiteral("tokenNo"), QStringLiteral("5555-6666-7777-8888-9999"));
        QVERIFY(MeterStateRepository(db.db()).remove(m.id, QStringLiteral("history_backfilled")));
        scheduler.addMeter(m);
        QCOMPARE(pollOnce(scheduler, m.id).kind, FetchOutcome::Kind::Stale); // the reading is stored already
        QCOMPARE(m_server->count(path("getCustomerDailyConsumption")), 6);
        QCOMPARE(MeterStateRepository(db.db()).value(m.id, QStringLiteral("history_backfilled")),
                 std::optional<QString>(QStringLiteral("1")));
        QCOMPARE(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM daily_usage")), days);
        QCOMPARE(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM recharges")), 2);
        QCOMPARE(count(db.db(),
                       QStringLiteral("SELECT COUNT(*) FROM recharges WHERE provider_ref = 'ORD-1002' AND "
                                      "status = 'Successful' AND token = '5555-6666-7777-8888-9999'")),
                 1);
        QCOMPARE(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM readings")), 1);
    }

    void partialFailureIsRetriedLater()
    {
        TestDatabase db;
        const Meter m = db.addMeter(QStringLiteral("flat"), QStringLiteral("desco"), 3600,
                                    QStringLiteral("Asia/Dhaka"), settings());
        // The second recharge window fails.
        m_server->route("GET", path("getRechargeHistory"), [this](const FakeRequest &) {
            return m_server->count(path("getRechargeHistory")) == 2
                       ? FakeResponse::text("busy", "text/plain", 503)
                       : envelope(QJsonArray());
        });
        PollScheduler scheduler(db.db());
        scheduler.setProviderContext(ProviderContext{m_network, nullptr});
        scheduler.addMeter(m);
        QCOMPARE(pollOnce(scheduler, m.id).kind, FetchOutcome::Kind::ServerError);
        QCOMPARE(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM daily_usage")), 0);
        QCOMPARE(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM readings")), 0);
        QCOMPARE(MeterStateRepository(db.db()).value(m.id, QStringLiteral("history_backfilled")),
                 std::nullopt);

        serveDesco();
        QCOMPARE(pollOnce(scheduler, m.id).kind, FetchOutcome::Kind::Reading);
        QCOMPARE(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM daily_usage")),
                 PollScheduler::kBackfillDays);
        QCOMPARE(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM recharges")), 2);
    }

    void caFileIsCheckedAtMeterAdd()
    {
        QTemporaryDir dir;
        const auto withCa = [this](const QString &file) {
            Meter m = meter();
            m.settings.insert(QStringLiteral("ca_file"), file);
            return DescoProvider::validate(m);
        };
        const Status missing = withCa(dir.filePath(QStringLiteral("nowhere.pem")));
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QStringLiteral("does not exist")), qPrintable(missing.error()));
        QVERIFY(missing.error().contains(QStringLiteral("nowhere.pem")));

        const Status folder = withCa(dir.path());
        QVERIFY(!folder);
        QVERIFY2(folder.error().contains(QStringLiteral("cannot be read")), qPrintable(folder.error()));

        QFile garbage(dir.filePath(QStringLiteral("garbage.pem")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");
        garbage.close();
        const Status invalid = withCa(garbage.fileName());
        QVERIFY(!invalid);
        QVERIFY2(invalid.error().contains(QStringLiteral("holds no PEM certificate")),
                 qPrintable(invalid.error()));

        QVERIFY(!DescoProvider::loadCaFile(QString()));
        if (!m_havePki)
            QSKIP("openssl is not available to make a certificate");
        QVERIFY2(withCa(caPem()), qPrintable(withCa(caPem()).error()));
        QCOMPARE(DescoProvider::loadCaFile(caPem()).value().size(), 1);

        // Stored absolute, so the window finds it from any folder.
        Meter relative = meter();
        relative.settings.insert(QStringLiteral("ca_file"), QStringLiteral("certs/desco.pem"));
        DescoProvider::prepare(relative);
        QVERIFY(QDir::isAbsolutePath(relative.settings.value(QStringLiteral("ca_file")).toString()));
    }

    void numbersAreCheckedAtMeterAdd()
    {
        QVERIFY(DescoProvider::validate(meter()));
        Meter letters = meter();
        letters.settings.insert(QStringLiteral("account"), QStringLiteral("12a45"));
        QVERIFY(DescoProvider::validate(letters).error().contains(QStringLiteral("digits only")));
        Meter none = meter();
        none.settings.remove(QStringLiteral("meter_number"));
        QVERIFY(DescoProvider::validate(none).error().contains(QStringLiteral("--meter-number")));
    }

    void caFileTrustedOnTopOfTheSystem()
    {
        if (!m_havePki)
            QSKIP("openssl is not available to make a certificate");
        DescoProvider plain(meter(), ProviderContext{m_network, nullptr});
        QCOMPARE(fetchOnce(plain).kind, FetchOutcome::Kind::Reading);
        // Without ca_file the request keeps Qt's default (system roots, loaded on demand).
        QCOMPARE(plain.request(QStringLiteral("getBalance"), {}).sslConfiguration().caCertificates(),
                 QSslConfiguration::defaultConfiguration().caCertificates());

        DescoProvider withCa(meter(QJsonObject{{QStringLiteral("ca_file"), caPem()}}),
                             ProviderContext{m_network, nullptr});
        QCOMPARE(fetchOnce(withCa).kind, FetchOutcome::Kind::Reading);
        const QList<QSslCertificate> trusted =
            withCa.request(QStringLiteral("getBalance"), {}).sslConfiguration().caCertificates();
        QVERIFY(trusted.contains(DescoProvider::loadCaFile(caPem()).value().constFirst()));
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        QVERIFY(trusted.size() > system.size());
        for (const QSslCertificate &root : system.mid(0, 5))
            QVERIFY(trusted.contains(root));
    }

    void caFileGoneAtFetchTimeIsASentence()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("desco.pem"));
        DescoProvider provider(meter(QJsonObject{{QStringLiteral("ca_file"), file}}),
                               ProviderContext{m_network, nullptr});
        const FetchOutcome o = fetchOnce(provider);
        QCOMPARE(o.kind, FetchOutcome::Kind::NetworkError);
        QVERIFY2(o.sentence().contains(QStringLiteral("does not exist")), qPrintable(o.sentence()));
        QVERIFY(o.sentence().contains(QStringLiteral("DESCO was not contacted")));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void tlsHandshakeFailureSaysWhatToDo()
    {
        if (!m_havePki)
            QSKIP("openssl is not available to make certificates");
        QFile certificateFile(m_pki.filePath(QStringLiteral("leaf.pem")));
        QFile keyFile(m_pki.filePath(QStringLiteral("leaf.key")));
        QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(certificateFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
        QVERIFY(!certificate.isNull() && !key.isNull());
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), 200},
                                                          {QStringLiteral("desc"), QStringLiteral("OK")},
                                                          {QStringLiteral("data"), balanceData()}})
                                    .toJson(QJsonDocument::Compact);
        TlsDesco server(certificate, key, body);
        QVERIFY(server.isListening());
        const QString base =
            QStringLiteral("https://127.0.0.1:%1/api/tkdes/customer/").arg(server.serverPort());

        // The server sends no chain: without the issuer, verification fails, and says what to do.
        Meter m = meter();
        m.settings = settings(base);
        DescoProvider bare(m, ProviderContext{m_network, nullptr});
        const FetchOutcome refused = fetchOnce(bare);
        QCOMPARE(refused.kind, FetchOutcome::Kind::NetworkError);
        QVERIFY2(refused.sentence().contains(QStringLiteral("incomplete certificate chain")),
                 qPrintable(refused.sentence()));
        QVERIFY(refused.sentence().contains(QStringLiteral("--ca-file")));

        // A certificate file that does not complete the chain: said so.
        m.settings.insert(QStringLiteral("ca_file"), m_pki.filePath(QStringLiteral("leaf.pem")));
        QNetworkAccessManager other;
        DescoProvider wrong(m, ProviderContext{&other, nullptr});
        const FetchOutcome stillRefused = fetchOnce(wrong);
        QCOMPARE(stillRefused.kind, FetchOutcome::Kind::NetworkError);
        QVERIFY2(stillRefused.sentence().contains(QStringLiteral("did not complete DESCO's chain")),
                 qPrintable(stillRefused.sentence()));

        // With the issuer in --ca-file, the same server is trusted, verification still on.
        m.settings.insert(QStringLiteral("ca_file"), caPem());
        QNetworkAccessManager fresh;
        DescoProvider trusted(m, ProviderContext{&fresh, nullptr});
        const FetchOutcome o = fetchOnce(trusted);
        QVERIFY2(o.kind == FetchOutcome::Kind::Reading, qPrintable(o.sentence()));
        QCOMPARE(o.reading->balanceMilli, std::optional<qint64>(1'787'420));
    }

    void cliEndToEnd()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("kilowatch.sqlite"));
        const QString base = m_server->url(kApiPath).toString();
        const Run add = cli(
            database, {QStringLiteral("--json"), QStringLiteral("meter"), QStringLiteral("add"),
                       QStringLiteral("--name"), QStringLiteral("flat"), QStringLiteral("--provider"),
                       QStringLiteral("desco"), QStringLiteral("--account"), kAccount,
                       QStringLiteral("--meter-number"), kMeterNumber, QStringLiteral("--base-url"), base});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const QJsonObject added = add.json().object();
        QCOMPARE(added.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Dhaka"));
        QCOMPARE(added.value(QStringLiteral("currency")).toString(), QStringLiteral("BDT"));
        QCOMPARE(added.value(QStringLiteral("interval_s")).toInt(), 3600);

        // The first poll backfills the history and brings the first reading.
        const Run poll = cli(database, {QStringLiteral("poll"), QStringLiteral("--once")});
        QVERIFY2(poll.code == 0, qPrintable(poll.err));
        QVERIFY2(poll.out.contains(QStringLiteral("reading")), qPrintable(poll.out));
        QCOMPARE(m_server->count(path("getCustomerDailyConsumption")), 3);
        QCOMPARE(m_server->count(path("getRechargeHistory")), 3);
        QCOMPARE(m_server->count(path("getBalance")), 1);

        const Run readings = cli(database, {QStringLiteral("--json"), QStringLiteral("readings"),
                                            QStringLiteral("--meter"), QStringLiteral("flat")});
        QCOMPARE(readings.code, 0);
        const QJsonArray rows = readings.json().array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows[0].toObject();
        QCOMPARE(row.value(QStringLiteral("meter")).toString(), QStringLiteral("flat"));
        QCOMPARE(row.value(QStringLiteral("balance")).toDouble(), 1787.42);
        QCOMPARE(row.value(QStringLiteral("time")).toString(),
                 QDateTime::fromSecsSinceEpoch(m_readingTime, kDhaka).toString(Qt::ISODate));
        QVERIFY(row.value(QStringLiteral("time")).toString().endsWith(QStringLiteral("+06:00")));
        QVERIFY(row.value(QStringLiteral("grid_kwh")).isNull());

        // The next poll is the live fetch: DESCO repeats its reading, nothing is stored twice.
        const Run again =
            cli(database, {QStringLiteral("--json"), QStringLiteral("poll"), QStringLiteral("--once")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(again.json().array().at(0).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("stale"));
        QCOMPARE(m_server->count(path("getCustomerDailyConsumption")), 3);
        QCOMPARE(m_server->count(path("getBalance")), 2);
        QCOMPARE(cli(database, {QStringLiteral("--json"), QStringLiteral("readings"),
                                QStringLiteral("--meter"), QStringLiteral("flat")})
                     .json()
                     .array()
                     .size(),
                 1);

        // DESCO needs no credentials, and takes none.
        const Run secrets =
            cli(database, {QStringLiteral("meter"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("x"), QStringLiteral("--provider"), QStringLiteral("desco"),
                           QStringLiteral("--account"), kAccount, QStringLiteral("--meter-number"),
                           kMeterNumber, QStringLiteral("--secret-stdin")});
        QCOMPARE(secrets.code, int(CliDispatcher::UsageError));
        QVERIFY(secrets.err.contains(QStringLiteral("takes no credentials")));
    }

    void cliRefusesBadNumbersAndFiles_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::newRow("letters in account")
            << QStringList{QStringLiteral("--account"), QStringLiteral("12a45"),
                           QStringLiteral("--meter-number"), kMeterNumber}
            << "digits only";
        QTest::newRow("meter number with a dash")
            << QStringList{QStringLiteral("--account"), kAccount, QStringLiteral("--meter-number"),
                           QStringLiteral("678-90")}
            << "digits only";
        QTest::newRow("no meter number")
            << QStringList{QStringLiteral("--account"), kAccount} << "needs --meter-number";
        QTest::newRow("no account") << QStringList{QStringLiteral("--meter-number"), kMeterNumber}
                                    << "needs --account";
        QTest::newRow("missing ca file")
            << QStringList{QStringLiteral("--account"),      kAccount,
                           QStringLiteral("--meter-number"), kMeterNumber,
                           QStringLiteral("--ca-file"),      QStringLiteral("/nonexistent/desco.pem")}
            << "does not exist";
    }
    void cliRefusesBadNumbersAndFiles()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("kilowatch.sqlite"));
        const Run r = cli(database, QStringList{QStringLiteral("meter"), QStringLiteral("add"),
                                                QStringLiteral("--name"), QStringLiteral("x"),
                                                QStringLiteral("--provider"), QStringLiteral("desco")} +
                                        options);
        QCOMPARE(r.code, int(CliDispatcher::UsageError));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(!QFile::exists(database)); // refused before anything was stored
    }
};

QTEST_GUILESS_MAIN(TestDescoProvider)
#include "tst_descoprovider.moc"
