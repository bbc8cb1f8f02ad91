#include "FakeHttpServer.h"
#include "MeterDialog.h"
#include "TestArtifacts.h"
#include "TestDatabase.h"
#include "providers/JsonPresets.h"
#include "providers/ProviderRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SessionFallbackSecretStore.h"
#include "storage/MeterRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

namespace {

// A store that behaves like a Linux box without a Secret Service.
class NoKeychainStore final : public SecretStore
{
public:
    void read(const QString &, ReadCallback done) override
    {
        QTimer::singleShot(0, this, [done] { done(Error::NoKeychain, QString(), noKeychainSentence()); });
    }
    void write(const QString &, const QString &, DoneCallback done) override
    {
        QTimer::singleShot(0, this, [done] { done(Error::NoKeychain, noKeychainSentence()); });
    }
    void remove(const QString &, DoneCallback done) override
    {
        QTimer::singleShot(0, this, [done] { done(Error::NoKeychain, noKeychainSentence()); });
    }
    bool isSessionOnly() const override { return false; }
};

QString readSecret(SecretStore &store, const QString &key)
{
    QString value;
    bool done = false;
    store.read(key, [&](SecretStore::Error, const QString &v, const QString &) {
        value = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return QStringLiteral("<no answer>");
    return value;
}

FakeResponse elnetAnswer(const FakeRequest &request)
{
    if (request.header("authorization") != "Bearer tok-123456")
        return FakeResponse::json(QJsonObject{{QStringLiteral("Status"), QStringLiteral("Failure")},
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
                                 {QStringLiteral("EBDGStatus"), 0}}}});
}

} // namespace

class TestMeterDialog : public QObject
{
    Q_OBJECT

private:
    static void chooseProvider(MeterDialog &dialog, const QString &kind)
    {
        dialog.providerBox()->setCurrentIndex(dialog.providerBox()->findData(kind));
    }
    static void type(QWidget *widget, const QString &text)
    {
        auto *edit = qobject_cast<QLineEdit *>(widget);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private slots:
    void formFollowsTheProviderAndValidates()
    {
        TestDatabase t;
        MemorySecretStore keychain;
        SessionFallbackSecretStore secrets(&keychain);
        QNetworkAccessManager network;
        MeterDialog dialog(t.db(), secrets, network);
        chooseProvider(dialog, QStringLiteral("elnet"));
        QVERIFY(dialog.optionWidget(QStringLiteral("base-url")));
        QVERIFY(dialog.secretEdit(QStringLiteral("token")));
        QCOMPARE(dialog.secretEdit(QStringLiteral("token"))->echoMode(), QLineEdit::Password);
        chooseProvider(dialog, QStringLiteral("dpdc"));
        QVERIFY(!dialog.optionWidget(QStringLiteral("base-url")) ||
                dialog.optionWidget(QStringLiteral("customer")));
        QVERIFY(dialog.secretEdit(QStringLiteral("client_secret")));
        QVERIFY(!dialog.secretEdit(QStringLiteral("token")));

        // Saving with what is missing says what is missing, and stores nothing.
        type(dialog.nameEdit(), QStringLiteral("home"));
        dialog.accept();
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("required")),
                 qPrintable(dialog.messageLabel()->text()));
        type(dialog.optionWidget(QStringLiteral("customer")), QStringLiteral("12ab"));
        type(dialog.optionWidget(QStringLiteral("client-id")), QStringLiteral("web"));
        dialog.secretEdit(QStringLiteral("client_secret"))->setText(QStringLiteral("s3cret"));
        dialog.accept();
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
        QVERIFY(MeterRepository(t.db()).list()->isEmpty());
    }

    // Switching the provider rebuilds its fields: none of the old provider's labels may stay
    // behind (they were drawn over the new fields), and every provider's form fits a 1000 px
    // screen (and this one) with Save and Cancel on it.
    void switchingProvidersLeavesNoStaleLabelsAndFits()
    {
        TestDatabase t;
        MemorySecretStore keychain;
        SessionFallbackSecretStore secrets(&keychain);
        QNetworkAccessManager network;
        MeterDialog dialog(t.db(), secrets, network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QGroupBox *box = dialog.findChild<QGroupBox *>();
        QVERIFY(box);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        const int screenHeight = dialog.screen()->availableGeometry().height();

        QStringList order;
        for (const ProviderInfo &info : ProviderRegistry::all())
            order << info.kind;
        order << QStringLiteral("json") << QStringLiteral("elnet") << QStringLiteral("simulator")
              << QStringLiteral("json") << QStringLiteral("dpdc");
        QString previous = dialog.providerBox()->currentData().toString();
        for (const QString &kind : std::as_const(order)) {
            chooseProvider(dialog, kind);
            QTest::qWait(50); // deferred deletions and layout
            QVERIFY(dialog.grab().save(
                TestArtifacts::path(QStringLiteral("meter-dialog-%1-after-%2.png").arg(kind, previous))));
            previous = kind;
            const ProviderInfo *info = ProviderRegistry::find(kind);
            QVERIFY(info);
            const int rows = static_cast<int>(info->options.size() + info->secrets().size());
            int helps = 0;
            QStringList expected;
            for (const ProviderOption &o : info->options) {
                expected << o.label;
                helps += dialog.helpLabel(o.name) != nullptr;
            }
            for (const QString &field : info->secrets()) {
                expected << info->secretText(field).label;
                helps += dialog.helpLabel(field) != nullptr;
            }
            QStringList shown;
            for (QLabel *label : box->findChildren<QLabel *>()) {
                if (label->isVisibleTo(&dialog))
                    shown << label->text();
            }
            // A label and a line of help per field, and nothing left of the previous provider.
            QCOMPARE(box->findChildren<QLabel *>().size(), qMax(1, rows + helps));
            QCOMPARE(shown.size(), qMax(1, rows + helps));
            for (const QString &name : std::as_const(expected)) {
                QVERIFY2(std::any_of(shown.cbegin(), shown.cend(),
                                     [&](const QString &text) { return text.startsWith(name); }),
                         qPrintable(kind + QStringLiteral(": no label for ") + name));
            }

            const int height = dialog.sizeHint().height();
            QVERIFY2(height <= 1000, qPrintable(QStringLiteral("%1: %2 px").arg(kind).arg(height)));
            QVERIFY2(dialog.frameGeometry().height() <= screenHeight,
                     qPrintable(QStringLiteral("%1: %2 px on a %3 px screen")
                                    .arg(kind)
                                    .arg(dialog.frameGeometry().height())
                                    .arg(screenHeight)));
            // Save and Cancel are inside the dialog, not below its edge.
            const QRect saveAt(buttons->mapTo(&dialog, QPoint(0, 0)), buttons->size());
            QVERIFY2(dialog.rect().contains(saveAt), qPrintable(kind));
        }
    }

    // The walkthrough: raw keys as labels, "S"/"P"/"MS" placeholders, help only in tooltips,
    // currency as free text, UTC for manual meters and a polling interval for them, ELNET's
    // input_type unexplained.
    void speaksToPeople()
    {
        TestDatabase t;
        MemorySecretStore keychain;
        SessionFallbackSecretStore secrets(&keychain);
        QNetworkAccessManager network;
        MeterDialog dialog(t.db(), secrets, network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList rawPlaceholders{
            QStringLiteral("S"),      QStringLiteral("P"),  QStringLiteral("MS"),  QStringLiteral("URL"),
            QStringLiteral("NUMBER"), QStringLiteral("ID"), QStringLiteral("PATH")};
        static const QRegularExpression rawKey(QStringLiteral("^[a-z]+([-_][a-z]+)+"));
        for (const ProviderInfo &info : ProviderRegistry::all()) {
            chooseProvider(dialog, info.kind);
            QTest::qWait(20);
            for (QLabel *label : dialog.providerFields()->findChildren<QLabel *>()) {
                QVERIFY2(!rawKey.match(label->text()).hasMatch(),
                         qPrintable(info.kind + QStringLiteral(": ") + label->text()));
            }
            for (const ProviderOption &o : info.options) {
                QLabel *help = dialog.helpLabel(o.name);
                QVERIFY2(help && help->isVisibleTo(&dialog) && !help->text().isEmpty(),
                         qPrintable(info.kind + QLatin1Char('/') + o.name));
                if (auto *edit = qobject_cast<QLineEdit *>(dialog.optionWidget(o.name)))
                    QVERIFY2(!rawPlaceholders.contains(edit->placeholderText()),
                             qPrintable(info.kind + QLatin1Char('/') + o.name + QStringLiteral(": ") +
                                        edit->placeholderText()));
            }
            for (const QString &field : info.secrets()) {
                QLabel *help = dialog.helpLabel(field);
                QVERIFY2(help && help->isVisibleTo(&dialog),
                         qPrintable(info.kind + QLatin1Char('/') + field));
            }
            // The provider's currency, chosen from ISO 4217 codes shown with their names.
            if (!info.defaultCurrency.isEmpty()) {
                QCOMPARE(dialog.currencyBox()->currentData().toString(), info.defaultCurrency);
                QVERIFY(dialog.currencyBox()->currentText().size() > info.defaultCurrency.size() + 3);
            }
            QCOMPARE(dialog.timezoneBox()->currentText(), info.defaultTimezone);
            // Meters that are not polled have no polling interval.
            QCOMPARE(dialog.intervalBox()->isVisibleTo(&dialog), info.polled);
        }
        chooseProvider(dialog, QStringLiteral("dpdc"));
        QCOMPARE(dialog.currencyBox()->currentData().toString(), QStringLiteral("BDT"));
        QVERIFY2(dialog.currencyBox()->currentText().contains(QStringLiteral("Taka")),
                 qPrintable(dialog.currencyBox()->currentText()));
        QCOMPARE(dialog.timezoneBox()->currentText(), QStringLiteral("Asia/Dhaka"));
        chooseProvider(dialog, QStringLiteral("manual"));
        QVERIFY(!dialog.intervalBox()->isVisibleTo(&dialog));
        const QByteArray system = QTimeZone::systemTimeZoneId();
        if (QTimeZone::isTimeZoneIdAvailable(system))
            QCOMPARE(dialog.timezoneBox()->currentText(), QString::fromUtf8(system));

        // ELNET's input_type: what it is and where to find it, in words.
        chooseProvider(dialog, QStringLiteral("elnet"));
        QVERIFY(dialog.intervalBox()->isVisibleTo(&dialog));
        QLabel *inputType = dialog.helpLabel(QStringLiteral("input_type"));
        QVERIFY(inputType);
        QVERIFY2(inputType->text().contains(QStringLiteral("ELNET app")), qPrintable(inputType->text()));
        QCOMPARE(dialog.secretEdit(QStringLiteral("input_type"))->accessibleName(),
                 QStringLiteral("Meter code (InputType)"));

        // The time zone is searchable: "kolk" finds Asia/Kolkata.
        QCompleter *completer = dialog.timezoneBox()->completer();
        QVERIFY(completer);
        QCOMPARE(completer->filterMode(), Qt::MatchContains);
        completer->setCompletionPrefix(QStringLiteral("kolk"));
        QVERIFY(completer->completionCount() >= 1);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("Asia/Kolkata"));
    }

    // The code is what is stored, whatever name is shown.
    void currencyCodeIsStored()
    {
        TestDatabase t;
        MemorySecretStore keychain;
        SessionFallbackSecretStore secrets(&keychain);
        QNetworkAccessManager network;
        MeterDialog dialog(t.db(), secrets, network);
        chooseProvider(dialog, QStringLiteral("manual"));
        type(dialog.nameEdit(), QStringLiteral("Shop"));
        dialog.currencyBox()->setCurrentIndex(dialog.currencyBox()->findData(QStringLiteral("KES")));
        dialog.accept();
        QTRY_VERIFY(dialog.savedMeter().has_value());
        QCOMPARE(dialog.savedMeter()->currency, QStringLiteral("KES"));
        // IngufuPay's balance is in kWh units: offered as such, in words.
        MeterDialog ingufu(t.db(), secrets, network);
        chooseProvider(ingufu, QStringLiteral("ingufupay"));
        QCOMPARE(ingufu.currencyBox()->currentData().toString(), QStringLiteral("kWh"));
        QVERIFY(ingufu.currencyBox()->currentText().contains(QStringLiteral("energy units")));
    }

    void testConnectionThenSaveToTheKeychain()
    {
        TestDatabase t;
        FakeHttpServer server;
        server.route("POST", QStringLiteral("/api/Dashboard/GetLiveUpdates"), elnetAnswer);
        server.route("POST", QStringLiteral("/api/Dashboard/HomeData"), elnetAnswer);
        MemorySecretStore keychain;
        SessionFallbackSecretStore secrets(&keychain);
        QNetworkAccessManager network;
        MeterDialog dialog(t.db(), secrets, network);
        chooseProvider(dialog, QStringLiteral("elnet"));
        type(dialog.nameEdit(), QStringLiteral("Flat 4B"));
        type(dialog.optionWidget(QStringLiteral("base-url")), server.base());
        dialog.secretEdit(QStringLiteral("token"))->setText(QStringLiteral("wrong-token"));
        dialog.secretEdit(QStringLiteral("input_type"))->setText(QStringLiteral("blob=="));

        QSignalSpy tested(&dialog, &MeterDialog::testFinished);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(10'000));
        QCOMPARE(tested.constLast().constFirst().value<FetchOutcome>().kind, FetchOutcome::Kind::AuthFailed);
        QVERIFY(!dialog.messageLabel()->text().contains(QStringLiteral("wrong-token")));

        dialog.secretEdit(QStringLiteral("token"))->setText(QStringLiteral("tok-123456"));
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(10'000));
        QCOMPARE(tested.constLast().constFirst().value<FetchOutcome>().kind, FetchOutcome::Kind::Reading);
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("Connection works")));
        QVERIFY(MeterRepository(t.db()).list()->isEmpty()); // testing stores nothing

        dialog.accept();
        QTRY_VERIFY(dialog.savedMeter().has_value());
        const Meter saved = *dialog.savedMeter();
        QCOMPARE(saved.provider, QStringLiteral("elnet"));
        QCOMPARE(saved.settings.value(QStringLiteral("base_url")).toString(), server.base());
        QVERIFY(!saved.settings.contains(QStringLiteral("token")));
        QCOMPARE(readSecret(keychain, SecretStore::keyFor(saved.id, QStringLiteral("token"))),
                 QStringLiteral("tok-123456"));
        QCOMPARE(MeterRepository(t.db()).list()->size(), 1);
    }

    // The generic JSON setup's ready-made setups and methods are lists: a typo cannot name a
    // setup that does not exist, and the one chosen is what is saved.
    void readyMadeSetupIsChosenFromAList()
    {
        TestDatabase t;
        MemorySecretStore keychain;
        SessionFallbackSecretStore secrets(&keychain);
        QNetworkAccessManager network;
        MeterDialog dialog(t.db(), secrets, network);
        chooseProvider(dialog, QStringLiteral("json"));
        auto *preset = qobject_cast<QComboBox *>(dialog.optionWidget(QStringLiteral("preset")));
        QVERIFY(preset);
        QStringList offered;
        for (int i = 1; i < preset->count(); ++i)
            offered << preset->itemData(i).toString();
        QCOMPARE(offered, JsonPresets::names());
        QCOMPARE(preset->currentData().toString(), QString()); // none until chosen
        auto *method = qobject_cast<QComboBox *>(dialog.optionWidget(QStringLiteral("method")));
        QVERIFY(method);
        QCOMPARE(method->findData(QStringLiteral("POST")) > 0, true);

        preset->setCurrentIndex(preset->findData(QStringLiteral("home-assistant")));
        type(dialog.nameEdit(), QStringLiteral("Solar"));
        type(dialog.optionWidget(QStringLiteral("base-url")), QStringLiteral("https://ha.example.org"));
        type(dialog.optionWidget(QStringLiteral("entity")), QStringLiteral("sensor.grid_energy"));
        dialog.currencyBox()->setCurrentIndex(dialog.currencyBox()->findData(QStringLiteral("INR")));
        dialog.secretEdit(QStringLiteral("token"))->setText(QStringLiteral("ha-token-1"));
        dialog.accept();
        QTRY_VERIFY2(dialog.savedMeter().has_value(), qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(dialog.savedMeter()->settings.value(QStringLiteral("preset")).toString(),
                 QStringLiteral("home-assistant"));
    }

    void noKeychainOffersThisSessionOnly()
    {
        for (const bool agree : {false, true}) {
            TestDatabase t;
            NoKeychainStore keychain;
            SessionFallbackSecretStore secrets(&keychain);
            QNetworkAccessManager network;
            MeterDialog dialog(t.db(), secrets, network);
            QString asked;
            dialog.setNoKeychainQuestion([&](const QString &sentence) {
                asked = sentence;
                return agree;
            });
            chooseProvider(dialog, QStringLiteral("elnet"));
            type(dialog.nameEdit(), QStringLiteral("flat"));
            type(dialog.optionWidget(QStringLiteral("base-url")), QStringLiteral("https://elnet.example"));
            dialog.secretEdit(QStringLiteral("token"))->setText(QStringLiteral("tok-abcdef"));
            dialog.secretEdit(QStringLiteral("input_type"))->setText(QStringLiteral("blob-abcdef"));
            dialog.accept();
            QTRY_VERIFY(!asked.isEmpty());
            QVERIFY(asked.contains(QStringLiteral("No OS keychain is reachable")));
            if (agree) {
                QTRY_VERIFY(dialog.savedMeter().has_value());
                QCOMPARE(readSecret(secrets,
                                    SecretStore::keyFor(dialog.savedMeter()->id, QStringLiteral("token"))),
                         QStringLiteral("tok-abcdef"));
                QVERIFY(secrets.hasSessionSecrets());
            } else {
                QTRY_VERIFY(!dialog.messageLabel()->text().isEmpty());
                QVERIFY(!dialog.savedMeter());
                QVERIFY(MeterRepository(t.db()).list()->isEmpty()); // nothing half-added
            }
        }
    }

    void editKeepsStoredCredentials()
    {
        TestDatabase t;
        const Meter sim = t.addMeter(QStringLiteral("sim"));
        MemorySecretStore keychain;
        SessionFallbackSecretStore secrets(&keychain);
        QNetworkAccessManager network;
        MeterDialog dialog(t.db(), secrets, network, sim);
        QVERIFY(!dialog.providerBox()->isEnabled());
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("sim"));
        type(dialog.nameEdit(), QStringLiteral("renamed"));
        dialog.accept();
        QTRY_VERIFY(dialog.savedMeter().has_value());
        const auto stored = MeterRepository(t.db()).findById(sim.id);
        QCOMPARE(stored->name, QStringLiteral("renamed"));
        // The simulator's own settings (seed, origin) survive an edit.
        QCOMPARE(stored->settings.value(QStringLiteral("seed")), sim.settings.value(QStringLiteral("seed")));
    }
};

QTEST_MAIN(TestMeterDialog)
#include "tst_meterdialog.moc"
