#include "CliRunner.h"
#include "MeterDialog.h"
#include "TestDatabase.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SessionFallbackSecretStore.h"
#include "services/MeterSetup.h"
#include "storage/MeterRepository.h"

#include <QBuffer>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTextStream>
#include <QTimer>

namespace {

// A secret store that keeps what it is given where the test can see it, and answers
// `failWith` to the write number `failAt` (1-based; 0: never).
class RecordingStore final : public SecretStore
{
public:
    QHash<QString, QString> values;
    int writes = 0;
    int failAt = 0;
    Error failWith = Error::Other;

    void read(const QString &key, ReadCallback done) override
    {
        const bool found = values.contains(key);
        const QString value = values.value(key);
        QTimer::singleShot(
            0, this, [done, found, value] { done(found ? Error::None : Error::NotFound, value, QString()); });
    }
    void write(const QString &key, const QString &value, DoneCallback done) override
    {
        const bool fail = ++writes == failAt;
        if (!fail)
            values.insert(key, value);
        const Error error = fail ? failWith : Error::None;
        QTimer::singleShot(0, this, [done, error] {
            done(error, error == Error::NoKeychain ? noKeychainSentence()
                        : error == Error::None     ? QString()
                                                   : QStringLiteral("The store said no."));
        });
    }
    void remove(const QString &key, DoneCallback done) override
    {
        // Later, as a keychain does: the set-up must wait for it before it reports.
        QTimer::singleShot(0, this, [this, key, done] {
            values.remove(key);
            done(Error::None, QString());
        });
    }
    bool isSessionOnly() const override { return false; }
};

MeterSetup::Outcome addAndWait(MeterSetup &setup, const MeterSetup::Draft &draft)
{
    std::optional<MeterSetup::Outcome> outcome;
    setup.add(draft, [&outcome](const MeterSetup::Outcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10'000))
        qFatal("MeterSetup::add did not answer");
    return *outcome;
}

MeterSetup::Draft elnetDraft()
{
    MeterSetup::Draft d;
    d.name = QStringLiteral("  Flat 4B ");
    d.provider = QStringLiteral("elnet");
    d.intervalSeconds = 60;
    d.currency = QStringLiteral("inr");
    d.lowBalanceMilli = 500'000;
    d.allowHttp = true;
    d.options = {{QStringLiteral("base-url"), QStringLiteral("http://elnet.example:8080")}};
    d.secrets = {{QStringLiteral("token"), QStringLiteral("tok-123456")},
                 {QStringLiteral("input_type"), QStringLiteral("blob==")}};
    return d;
}

// A meter row in words, without what differs from database to database (id, creation time).
QString describe(const Meter &m)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(m.name, m.provider, QString::fromUtf8(QJsonDocument(m.settings).toJson(QJsonDocument::Compact)),
             m.timezone, m.currency)
        .arg(m.intervalSeconds)
        .arg(m.lowBalanceMilli ? QString::number(*m.lowBalanceMilli) : QStringLiteral("-"));
}

// The meter's credentials with the meter's id taken out of their keys.
QHash<QString, QString> secretsOf(const RecordingStore &store, qint64 meterId)
{
    QHash<QString, QString> fields;
    const QString prefix = SecretStore::keyFor(meterId, QString());
    for (auto it = store.values.constBegin(); it != store.values.constEnd(); ++it) {
        if (it.key().startsWith(prefix))
            fields.insert(it.key().mid(prefix.size()), it.value());
    }
    return fields;
}

} // namespace

class TestMeterSetup : public QObject
{
    Q_OBJECT

private slots:
    void addsTheMeterAndItsCredentials()
    {
        TestDatabase t;
        MemorySecretStore store;
        MeterSetup setup(t.db(), store, Clock::fixedAt(1'753'000'000));
        const MeterSetup::Outcome added = addAndWait(setup, elnetDraft());
        QVERIFY2(added.ok(), qPrintable(added.error.sentence));
        const std::optional<Meter> stored = MeterRepository(t.db()).findByName(QStringLiteral("Flat 4B"));
        QVERIFY(stored);
        QCOMPARE(stored->id, added.meter->id);
        QCOMPARE(stored->createdAt, 1'753'000'000);
        QCOMPARE(stored->currency, QStringLiteral("INR"));
        QCOMPARE(stored->timezone, QStringLiteral("Asia/Kolkata")); // the provider's default
        QCOMPARE(stored->intervalSeconds, 60);
        QCOMPARE(*stored->lowBalanceMilli, 500'000);
        QVERIFY(stored->settings.value(QStringLiteral("allow_http")).toBool());
        QVERIFY(!stored->settings.contains(QStringLiteral("token")));
        QString token;
        store.read(SecretStore::keyFor(stored->id, QStringLiteral("token")),
                   [&token](SecretStore::Error, const QString &value, const QString &) { token = value; });
        QTRY_COMPARE(token, QStringLiteral("tok-123456"));
    }

    void removeTakesTheMeterAndItsCredentials()
    {
        TestDatabase t;
        RecordingStore store;
        MeterSetup setup(t.db(), store, Clock::fixedAt(1'753'000'000));
        const MeterSetup::Outcome added = addAndWait(setup, elnetDraft());
        QVERIFY2(added.ok(), qPrintable(added.error.sentence));
        MeterSetup::Draft other = elnetDraft();
        other.name = QStringLiteral("Flat 5C");
        const MeterSetup::Outcome kept = addAndWait(setup, other);
        QVERIFY2(kept.ok(), qPrintable(kept.error.sentence));
        QCOMPARE(secretsOf(store, added.meter->id).size(), 2);

        std::optional<MeterSetup::Outcome> removed;
        setup.remove(*added.meter, [&removed](const MeterSetup::Outcome &o) { removed = o; });
        // The store answers later: the removal reports only once the credentials are gone.
        QVERIFY(!removed);
        QTRY_VERIFY(removed.has_value());
        QVERIFY2(removed->ok(), qPrintable(removed->error.sentence));
        QVERIFY(!MeterRepository(t.db()).findByName(QStringLiteral("Flat 4B")));
        QVERIFY(secretsOf(store, added.meter->id).isEmpty());
        // The other meter and its credentials are untouched.
        QVERIFY(MeterRepository(t.db()).findByName(QStringLiteral("Flat 5C")));
        QCOMPARE(secretsOf(store, kept.meter->id).size(), 2);
    }

    void refusalsLeaveNothingBehind_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("sentence");
        const int invalid = int(MeterSetup::ErrorKind::InvalidInput);
        const int missing = int(MeterSetup::ErrorKind::Missing);
        QTest::newRow("no provider") << "provider=" << missing << "provider"
                                     << "Choose a provider.";
        QTest::newRow("unknown provider") << "provider=gas" << invalid << "provider"
                                          << "\"gas\" is not a provider";
        QTest::newRow("no name") << "name=" << invalid << ""
                                 << "A meter needs a name.";
        QTest::newRow("time zone") << "timezone=Mars/Olympus" << invalid << ""
                                   << "\"Mars/Olympus\" is not a known";
        QTest::newRow("interval") << "interval=0" << invalid << ""
                                  << "The polling interval must be";
        QTest::newRow("low balance") << "low=-1" << invalid << "low-balance"
                                     << "The low balance warning";
        QTest::newRow("other option") << "option=seed" << invalid << "seed"
                                      << "--seed is not an option of the elnet";
        QTest::newRow("bad option") << "url=ftp://x" << invalid << "base-url"
                                    << "--base-url needs an http(s) address";
        QTest::newRow("no address") << "url=" << invalid << ""
                                    << "";
        QTest::newRow("required option") << "provider=ingufupay" << missing << "base-url"
                                         << "\"base-url\" is required for the ingufupay provider.";
        QTest::newRow("no currency") << "provider=json" << missing << "currency"
                                     << "The json provider has no default currency";
        QTest::newRow("required credential") << "secret=token" << missing << "token"
                                             << "The credential \"token\" is required.";
        QTest::newRow("other credential") << "secret=password" << invalid << "password"
                                          << "\"password\" is not a credential of the elnet provider";
        QTest::newRow("no credentials") << "provider=manual" << invalid << "input_type"
                                        << "The manual provider takes no credentials.";
        QTest::newRow("name taken") << "name=taken" << int(MeterSetup::ErrorKind::AlreadyExists) << "name"
                                    << "A meter named \"taken\" already exists.";
    }

    void refusalsLeaveNothingBehind()
    {
        QFETCH(QString, change);
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QString, sentence);
        TestDatabase t;
        t.addMeter(QStringLiteral("taken"), QStringLiteral("manual"));
        RecordingStore store;
        MeterSetup::Draft d = elnetDraft();
        const QString key = change.section(QLatin1Char('='), 0, 0);
        const QString value = change.section(QLatin1Char('='), 1);
        if (key == QLatin1String("provider"))
            d.provider = value;
        else if (key == QLatin1String("name"))
            d.name = value;
        else if (key == QLatin1String("timezone"))
            d.timezone = value;
        else if (key == QLatin1String("interval"))
            d.intervalSeconds = value.toInt();
        else if (key == QLatin1String("low"))
            d.lowBalanceMilli = value.toLongLong() * 1000;
        else if (key == QLatin1String("option"))
            d.options.append({value, QStringLiteral("1")});
        else if (key == QLatin1String("url"))
            d.options = value.isEmpty() ? decltype(d.options){}
                                        : decltype(d.options){{QStringLiteral("base-url"), value}};
        else if (key == QLatin1String("secret") && value == QLatin1String("token"))
            d.secrets.remove(value);
        else if (key == QLatin1String("secret"))
            d.secrets.insert(value, QStringLiteral("x"));
        if (d.provider == QLatin1String("ingufupay") || d.provider == QLatin1String("json") ||
            d.provider == QLatin1String("manual")) {
            d.options.clear();
            d.currency.clear();
        }

        MeterSetup setup(t.db(), store);
        const MeterSetup::Outcome refused = addAndWait(setup, d);
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.error.kind), kind);
        QVERIFY2(refused.error.sentence.startsWith(sentence), qPrintable(refused.error.sentence));
        QVERIFY(!refused.error.sentence.isEmpty());
        if (!field.isEmpty())
            QCOMPARE(refused.error.field, field);
        QCOMPARE(MeterRepository(t.db()).list()->size(), 1); // only "taken"
        QCOMPARE(store.writes, 0);
        QVERIFY(store.values.isEmpty());
    }

    void aFailingStoreRollsTheMeterBack_data()
    {
        QTest::addColumn<int>("failAt");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("kind");
        QTest::newRow("first, refused")
            << 1 << int(SecretStore::Error::Other) << int(MeterSetup::ErrorKind::SecretStoreFailed);
        QTest::newRow("second, refused")
            << 2 << int(SecretStore::Error::Other) << int(MeterSetup::ErrorKind::SecretStoreFailed);
        QTest::newRow("second, no keychain")
            << 2 << int(SecretStore::Error::NoKeychain) << int(MeterSetup::ErrorKind::NoKeychain);
    }

    void aFailingStoreRollsTheMeterBack()
    {
        QFETCH(int, failAt);
        QFETCH(int, error);
        QFETCH(int, kind);
        TestDatabase t;
        RecordingStore store;
        store.failAt = failAt;
        store.failWith = SecretStore::Error(error);
        MeterSetup setup(t.db(), store);
        const MeterSetup::Outcome failed = addAndWait(setup, elnetDraft());
        QVERIFY(!failed.ok());
        QCOMPARE(int(failed.error.kind), kind);
        QVERIFY(!failed.error.sentence.isEmpty());
        QCOMPARE(store.writes, failAt);
        QVERIFY(MeterRepository(t.db()).list()->isEmpty()); // no meter row
        QVERIFY2(store.values.isEmpty(), qPrintable(store.values.keys().join(QLatin1Char(' ')))); // no secret
        // Nothing half-added blocks trying again.
        store.failAt = 0;
        QVERIFY(addAndWait(setup, elnetDraft()).ok());
    }

    void noKeychainKeepsForTheSessionWhenAgreed()
    {
        TestDatabase t;
        RecordingStore keychain;
        keychain.failAt = 1;
        keychain.failWith = SecretStore::Error::NoKeychain;
        SessionFallbackSecretStore secrets(&keychain);
        MeterSetup setup(t.db(), secrets);
        QString asked;
        setup.setNoKeychainQuestion([&asked](const QString &sentence) {
            asked = sentence;
            return true;
        });
        const MeterSetup::Outcome added = addAndWait(setup, elnetDraft());
        QVERIFY2(added.ok(), qPrintable(added.error.sentence));
        QCOMPARE(asked, SecretStore::noKeychainSentence());
        QVERIFY(secrets.hasSessionSecrets());
        QVERIFY(keychain.values.isEmpty());
    }

    // The window's dialog, the CLI and a plain call store the same meter row and the same
    // credentials for the same input: one MeterSetup under all three.
    void windowCliAndHarnessAddTheSameMeter_data()
    {
        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QList<QPair<QString, QString>>>("options");
        QTest::addColumn<QHash<QString, QString>>("secrets");
        QTest::newRow("elnet")
            << "elnet"
            << "inr" << QList<QPair<QString, QString>>{{s("base-url"), s("https://elnet.example:8080")}}
            << QHash<QString, QString>{{s("token"), s("tok-123456")}, {s("input_type"), s("blob==")}};
        QTest::newRow("ingufupay in kWh")
            << "ingufupay"
            << "kwh"
            << QList<QPair<QString, QString>>{{s("base-url"), s("https://ingufupay.example.rw")},
                                              {s("meter-number"), s("0421")}}
            << QHash<QString, QString>{{s("username"), s("amina")}, {s("password"), s("pa55")}};
    }

    void windowCliAndHarnessAddTheSameMeter()
    {
        QFETCH(QString, provider);
        QFETCH(QString, currency);
        using Options = QList<QPair<QString, QString>>;
        QFETCH(Options, options);
        using Secrets = QHash<QString, QString>;
        QFETCH(Secrets, secrets);
        const QString name = QStringLiteral("Flat 4B");

        // The harness: MeterSetup itself.
        TestDatabase harnessDb;
        RecordingStore harnessStore;
        MeterSetup::Draft d;
        d.name = name;
        d.provider = provider;
        d.intervalSeconds = 120;
        d.timezone = QStringLiteral("Asia/Kolkata");
        d.currency = currency;
        d.lowBalanceMilli = 250'000;
        for (const auto &[option, value] : options)
            d.options.append({option, value});
        d.secrets = secrets;
        MeterSetup setup(harnessDb.db(), harnessStore);
        const MeterSetup::Outcome direct = addAndWait(setup, d);
        QVERIFY2(direct.ok(), qPrintable(direct.error.sentence));

        // The window.
        TestDatabase windowDb;
        RecordingStore windowKeychain;
        SessionFallbackSecretStore windowSecrets(&windowKeychain);
        QNetworkAccessManager network;
        MeterDialog dialog(windowDb.db(), windowSecrets, network);
        dialog.providerBox()->setCurrentIndex(dialog.providerBox()->findData(provider));
        dialog.nameEdit()->setText(name);
        dialog.findChild<QSpinBox *>()->setValue(120);
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            if (box->isEditable())
                box->setCurrentText(QStringLiteral("Asia/Kolkata"));
        }
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == QLatin1String("Currency"))
                edit->setText(currency);
            else if (edit->accessibleName() == QLatin1String("Low balance warning"))
                edit->setText(QStringLiteral("250"));
        }
        for (const auto &[option, value] : options) {
            auto *edit = qobject_cast<QLineEdit *>(dialog.optionWidget(option));
            QVERIFY(edit);
            edit->setText(value);
        }
        for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
            dialog.secretEdit(it.key())->setText(it.value());
        dialog.accept();
        QTRY_VERIFY2(dialog.savedMeter().has_value(), qPrintable(dialog.messageLabel()->text()));

        // The CLI.
        TestDatabase cliDb;
        const QString cliPath = cliDb.path();
        cliDb.close();
        RecordingStore cliStore;
        QStringList args{QStringLiteral("--database"),    cliPath,
                         QStringLiteral("meter"),         QStringLiteral("add"),
                         QStringLiteral("--name"),        name,
                         QStringLiteral("--provider"),    provider,
                         QStringLiteral("--interval"),    QStringLiteral("120"),
                         QStringLiteral("--timezone"),    QStringLiteral("Asia/Kolkata"),
                         QStringLiteral("--currency"),    currency,
                         QStringLiteral("--low-balance"), QStringLiteral("250"),
                         QStringLiteral("--secret-stdin")};
        for (const auto &[option, value] : options)
            args << QStringLiteral("--") + option << value;
        QByteArray input;
        for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
            input += (it.key() + QLatin1Char('=') + it.value() + QLatin1Char('\n')).toUtf8();
        CliRunner cli;
        cli.setSecretStore(&cliStore);
        const CliRun run = cli.run(args, input);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        cliDb.reopen();

        const Meter fromHarness = *MeterRepository(harnessDb.db()).findByName(name);
        const Meter fromWindow = *MeterRepository(windowDb.db()).findByName(name);
        const Meter fromCli = *MeterRepository(cliDb.db()).findByName(name);
        QCOMPARE(describe(fromWindow), describe(fromHarness));
        QCOMPARE(describe(fromCli), describe(fromHarness));
        QCOMPARE(secretsOf(harnessStore, fromHarness.id), secrets);
        QCOMPARE(secretsOf(windowKeychain, fromWindow.id), secrets);
        QCOMPARE(secretsOf(cliStore, fromCli.id), secrets);
    }
};

QTEST_MAIN(TestMeterSetup)
#include "tst_metersetup.moc"
