#include "CliRunner.h"
#include "FakeHttpServer.h"
#include "secrets/KeychainSecretStore.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

QMutex logMutex;
QString capturedLog;

void captureMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    capturedLog += QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                   message + QLatin1Char('\n');
}

const QString kToken = QStringLiteral("elnet-bearer-9f8e7d6c5b4a39281706");
const QString kInput = QStringLiteral("U2FsdGVkX1+ZmFrZUlucHV0VHlwZUJsb2JGb3JLaWxvd2F0Y2hUZXN0cw==");

} // namespace

// The whole credential path for real: `kilowatch-cli meter add --secret-stdin` into the OS
// keychain (gnome-keyring under dbus-run-session, see run_with_keyring.sh), a poll that uses
// them against a fake ELNET server, then a search of every file under the database folder and
// of every log line (debug enabled) for the secrets. Removing the meter removes them.
class TestSecretsNowhere : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Run = CliRun;

    Run run(const QStringList &args, const QByteArray &input = {})
    {
        return CliRunner(m_dir.filePath(QStringLiteral("k.sqlite"))).run(args, input);
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kilowatch.*.debug=true\nqt.network.*=true"));
        qInstallMessageHandler(captureMessages);
    }

    void credentialsLiveOnlyInTheKeychain()
    {
        FakeHttpServer elnet;
        const auto answer = [](const FakeRequest &request) {
            const bool authorised = request.header("authorization") == "Bearer " + kToken.toUtf8() &&
                                    request.json().value(QStringLiteral("InputType")).toString() == kInput;
            if (!authorised)
                return FakeResponse::json(
                    QJsonObject{{QStringLiteral("Status"), QStringLiteral("Failure")},
                                {QStringLiteral("Message"), QStringLiteral("Unauthorized")}},
                    401);
            return FakeResponse::json(
                QJsonObject{{QStringLiteral("Status"), QStringLiteral("Success")},
                            {QStringLiteral("Message"), QStringLiteral("Data Available")},
                            {QStringLiteral("Data"),
                             QJsonObject{{QStringLiteral("Supply"), 0},
                                         {QStringLiteral("PresentLoad"), 0.58},
                                         {QStringLiteral("Balance"), 1787.42},
                                         {QStringLiteral("EB"), 48808.72},
                                         {QStringLiteral("DG"), 477.24},
                                         {QStringLiteral("UpdatedOn"), QStringLiteral("25-07-2025 15:56:59")},
                                         {QStringLiteral("EBDGStatus"), 0},
                                         {QStringLiteral("MeterBal"), 1787.5}}}});
        };
        elnet.route("POST", QStringLiteral("/api/Dashboard/GetLiveUpdates"), answer);
        elnet.route("POST", QStringLiteral("/api/Dashboard/HomeData"), answer);

        const QByteArray secrets = "token=" + kToken.toUtf8() + "\ninput_type=" + kInput.toUtf8() + "\n";
        const Run added = run({QStringLiteral("meter"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("flat"), QStringLiteral("--provider"), QStringLiteral("elnet"),
                               QStringLiteral("--base-url"), elnet.base(), QStringLiteral("--secret-stdin")},
                              secrets);
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const Run polled = run({QStringLiteral("--json"), QStringLiteral("poll"), QStringLiteral("--once")});
        QVERIFY2(polled.code == 0, qPrintable(polled.err + polled.out));
        QVERIFY(polled.out.contains(QStringLiteral("\"reading\"")));
        QVERIFY(elnet.requests().size() >= 1);

        // Every file Kilowatch wrote, and everything it logged or printed.
        QStringList haystacks{added.out, added.err, polled.out, polled.err};
        {
            QMutexLocker lock(&logMutex);
            haystacks << capturedLog;
            QVERIFY2(capturedLog.contains(QStringLiteral("kilowatch.")), "debug logging was not captured");
        }
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int fileCount = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            haystacks << QString::fromLatin1(data) << QString::fromUtf8(data);
            ++fileCount;
        }
        QVERIFY(fileCount >= 1);
        for (const QString &secret : {kToken, kInput}) {
            for (const QString &text : std::as_const(haystacks))
                QVERIFY2(!text.contains(secret) &&
                             !text.contains(QString::fromLatin1(secret.toUtf8().toHex())),
                         "a secret was found outside the keychain");
        }

        // In the keychain, under the meter's key; gone with the meter.
        KeychainSecretStore store;
        QString stored;
        bool done = false;
        store.read(SecretStore::keyFor(1, QStringLiteral("token")),
                   [&](SecretStore::Error, const QString &value, const QString &) {
                       stored = value;
                       done = true;
                   });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
        QCOMPARE(stored, kToken);
        QCOMPARE(run({QStringLiteral("meter"), QStringLiteral("remove"), QStringLiteral("flat")}).code, 0);
        SecretStore::Error error = SecretStore::Error::None;
        done = false;
        store.read(SecretStore::keyFor(1, QStringLiteral("token")),
                   [&](SecretStore::Error e, const QString &, const QString &) {
                       error = e;
                       done = true;
                   });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
        QCOMPARE(error, SecretStore::Error::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSecretsNowhere)
#include "tst_secretsnowhere.moc"
