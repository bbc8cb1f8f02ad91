#include "FakeTelegram.h"
#include "SettingsDialog.h"
#include "TestArtifacts.h"
#include "ThemeManager.h"
#include "alerts/AlertChannel.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SessionFallbackSecretStore.h"
#include "settings/AppSettings.h"
#include "settings/SettingDefinition.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

namespace {

// Records what it is asked to show, as the desktop notifier would show it.
class RecordingChannel final : public AlertChannel
{
public:
    QString name() const override { return QStringLiteral("desktop"); }
    void deliver(const Alert &alert, bool, Done done) override
    {
        shown.append(alert);
        QTimer::singleShot(0, this, [done] { done(DeliveryResult::ok()); });
    }
    QList<Alert> shown;
};

const QString kToken = QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

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

QString readSecret(SecretStore &store, const QString &key, SecretStore::Error *error = nullptr)
{
    QString value;
    bool done = false;
    store.read(key, [&](SecretStore::Error e, const QString &v, const QString &) {
        value = v;
        if (error)
            *error = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return QStringLiteral("<no answer>");
    return value;
}

template <typename Widget>
Widget *find(SettingsDialog &dialog, const QString &name)
{
    auto *widget = dialog.findChild<Widget *>(name);
    if (!widget)
        qFatal("no control named %s", qPrintable(name));
    return widget;
}

// Applies and waits for the outcome (the token write is asynchronous).
bool applyAndWait(SettingsDialog &dialog)
{
    std::optional<bool> outcome;
    dialog.apply([&](bool ok) { outcome = ok; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
        return false;
    return *outcome;
}

void waitForTokenState(SettingsDialog &dialog)
{
    QSignalSpy known(&dialog, &SettingsDialog::tokenStateKnown);
    if (dialog.tokenEdit()->placeholderText().startsWith(QStringLiteral("Checking")))
        QVERIFY(known.wait(5000));
}

// Xvfb has no window manager that activates a new window: ask for it, so focus and key events
// behave as on a desktop.
bool activate(QWidget &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.activateWindow();
    return QTest::qWaitFor([&] { return QApplication::activeWindow() == &window; }, 2000);
}

bool isInputControl(QWidget *w)
{
    return qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w) ||
           qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1/kilowatch.ini").arg(++m_counter)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ThemeManager::apply(AppSettings::Theme::System);
    }

    // "Send a test" on the Alerts page (the desktop notifier) and the Telegram page (a real
    // TelegramChannel, against the fake Bot API on 127.0.0.1, with the token as typed).
    void sendATestNotificationAndTelegramMessage()
    {
        AppSettings settings(freshPath());
        FakeTelegram fake(false);
        fake.answer([](const FakeRequest &) { return FakeTelegram::ok(); });
        SettingsDialog dialog(settings, fake.secrets);
        QVERIFY(!dialog.desktopTestButton()->isEnabled()); // nothing to send through yet
        RecordingChannel desktop;
        dialog.setTestChannels(&desktop, &fake.network);
        QVERIFY(dialog.desktopTestButton()->isEnabled());
        QTest::mouseClick(dialog.desktopTestButton(), Qt::LeftButton);
        QTRY_COMPARE(desktop.shown.size(), 1);
        QVERIFY(desktop.shown.constFirst().title.contains(QStringLiteral("test")));
        QTRY_VERIFY(dialog.desktopTestResult()->text().startsWith(QStringLiteral("Sent")));

        // Telegram: what the page says, before it is applied.
        find<QLineEdit>(dialog, QStringLiteral("chat_id"))->setText(QStringLiteral("-100200300"));
        find<QLineEdit>(dialog, QStringLiteral("base_url"))->setText(fake.server.base());
        dialog.tokenEdit()->setText(FakeTelegram::kToken);
        QTest::mouseClick(dialog.telegramTestButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.telegramTestResult()->text().startsWith(QStringLiteral("Sent")),
                                 10'000);
        QCOMPARE(fake.server.count(FakeTelegram::sendMessagePath()), 1);
        const QJsonObject sent = fake.server.requests().constLast().json();
        QCOMPARE(sent.value(QStringLiteral("chat_id")).toString(), QStringLiteral("-100200300"));
        QVERIFY(sent.value(QStringLiteral("text")).toString().contains(QStringLiteral("test")));
        // Nothing was saved by testing.
        QVERIFY(settings.telegramChatId().isEmpty());

        // A refusal is said, without the token.
        fake.answer(
            [](const FakeRequest &) { return FakeTelegram::error(401, QStringLiteral("Unauthorized")); });
        QTest::mouseClick(dialog.telegramTestButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.telegramTestResult()->text().startsWith(QStringLiteral("Not sent")),
                                 10'000);
        QVERIFY(!dialog.telegramTestResult()->text().contains(FakeTelegram::kToken));
    }

    void showsTheCurrentSettings()
    {
        AppSettings settings(freshPath());
        QVERIFY(settings.setTheme(AppSettings::Theme::Dark).ok());
        QVERIFY(settings.set(SettingKey::Language, QStringLiteral("bn")).ok());
        QVERIFY(settings.set(SettingKey::TelegramChatId, QStringLiteral("@kilowatch_home")).ok());
        QVERIFY(settings.set(SettingKey::QuietHoursEnabled, true).ok());
        QVERIFY(settings.set(SettingKey::ConsumptionKwhPerDay, qint64(25'500)).ok());
        QVERIFY(settings.set(SettingKey::LowBalanceBasis, QStringLiteral("days")).ok());
        MemorySecretStore secrets;
        SettingsDialog dialog(settings, secrets);
        QCOMPARE(find<QComboBox>(dialog, QStringLiteral("theme"))->currentData().toString(),
                 QStringLiteral("dark"));
        QCOMPARE(find<QComboBox>(dialog, QStringLiteral("language"))->currentText(), QStringLiteral("বাংলা"));
        QCOMPARE(find<QLineEdit>(dialog, QStringLiteral("chat_id"))->text(),
                 QStringLiteral("@kilowatch_home"));
        QCOMPARE(find<QTimeEdit>(dialog, QStringLiteral("daily_summary_time"))->time(), QTime(23, 59));
        QVERIFY(find<QTimeEdit>(dialog, QStringLiteral("quiet_hours_start"))->isEnabled());
        QVERIFY(find<QCheckBox>(dialog, QStringLiteral("consumption_kwh_per_day_enabled"))->isChecked());
        QCOMPARE(find<QDoubleSpinBox>(dialog, QStringLiteral("consumption_kwh_per_day"))->value(), 25.5);
        QVERIFY(!find<QCheckBox>(dialog, QStringLiteral("consumption_money_per_day_enabled"))->isChecked());
        QVERIFY(!find<QDoubleSpinBox>(dialog, QStringLiteral("consumption_money_per_day"))->isEnabled());
        // Days basis: the day fields are live, the amounts are not.
        QVERIFY(find<QSpinBox>(dialog, QStringLiteral("low_balance_warning_days"))->isEnabled());
        QVERIFY(!find<QDoubleSpinBox>(dialog, QStringLiteral("low_balance_warning_amount"))->isEnabled());
        QCOMPARE(find<QSpinBox>(dialog, QStringLiteral("trouble_delay_live_minutes"))->value(), 15);
        QCOMPARE(find<QSpinBox>(dialog, QStringLiteral("trouble_delay_hourly_minutes"))->value(), 180);
        // A language the list does not offer is shown, not lost.
        QVERIFY(settings.set(SettingKey::Language, QStringLiteral("fr")).ok());
        SettingsDialog other(settings, secrets);
        QCOMPARE(find<QComboBox>(other, QStringLiteral("language"))->currentData().toString(),
                 QStringLiteral("fr"));
    }

    // Walkthrough 2026-12: the hysteresis said "1 days". Day counts read as people say them,
    // and a typed number or "2 days" still sets the value.
    void dayCountsAreSingularAndPlural()
    {
        AppSettings settings(freshPath());
        MemorySecretStore secrets;
        SettingsDialog dialog(settings, secrets);
        for (const char *name :
             {"low_balance_warning_days", "low_balance_critical_days", "low_balance_hysteresis_days"}) {
            auto *box = find<QSpinBox>(dialog, QLatin1String(name));
            box->setValue(1);
            QCOMPARE(box->text(), QStringLiteral("1 day"));
            box->setValue(3);
            QCOMPARE(box->text(), QStringLiteral("3 days"));
            auto *edit = box->findChild<QLineEdit *>();
            QVERIFY(edit);
            edit->setText(QStringLiteral("2"));
            box->interpretText();
            QCOMPARE(box->value(), 2);
            edit->setText(QStringLiteral("4 days"));
            box->interpretText();
            QCOMPARE(box->value(), 4);
        }
    }

    void applyWritesTheFileAndOkCloses()
    {
        const QString path = freshPath();
        AppSettings settings(path);
        MemorySecretStore secrets;
        SettingsDialog dialog(settings, secrets);
        QVERIFY(activate(dialog));
        QSignalSpy changed(&settings, &AppSettings::changed);
        QSignalSpy applied(&dialog, &SettingsDialog::applied);

        auto *theme = find<QComboBox>(dialog, QStringLiteral("theme"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
        find<QCheckBox>(dialog, QStringLiteral("start_minimised"))->setChecked(true);
        find<QCheckBox>(dialog, QStringLiteral("autostart"))->setChecked(true);
        find<QSpinBox>(dialog, QStringLiteral("live_interval_seconds"))->setValue(60);
        find<QDoubleSpinBox>(dialog, QStringLiteral("low_balance_warning_amount"))->setValue(750.25);
        find<QCheckBox>(dialog, QStringLiteral("quiet_hours_enabled"))->setChecked(true);
        auto *quietStart = find<QTimeEdit>(dialog, QStringLiteral("quiet_hours_start"));
        // Typed like a user would: select the hours, type, then the minutes.
        quietStart->setFocus();
        quietStart->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(quietStart, QStringLiteral("21"));
        quietStart->setSelectedSection(QDateTimeEdit::MinuteSection);
        QTest::keyClicks(quietStart, QStringLiteral("30"));
        QCOMPARE(quietStart->time(), QTime(21, 30));
        find<QCheckBox>(dialog, QStringLiteral("consumption_money_per_day_enabled"))->setChecked(true);
        find<QDoubleSpinBox>(dialog, QStringLiteral("consumption_money_per_day"))->setValue(350);
        QVERIFY(!QFile::exists(path)); // nothing before Apply

        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QTRY_COMPARE(applied.count(), 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("Settings saved."));
        QVERIFY(changed.count() >= 7);

        AppSettings reread(path);
        reread.load();
        QVERIFY(reread.problems().isEmpty());
        QCOMPARE(reread.theme(), AppSettings::Theme::Light);
        QCOMPARE(reread.startMinimised(), true);
        QCOMPARE(reread.autostart(), true);
        QCOMPARE(reread.livePollSeconds(), 60);
        QCOMPARE(reread.lowBalanceWarningMilli(), 750'250);
        QCOMPARE(reread.quietHoursEnabled(), true);
        QCOMPARE(reread.quietHoursStart(), QTime(21, 30));
        QCOMPARE(reread.consumptionMilliPerDay(), std::optional<qint64>(350'000));
        QCOMPARE(reread.consumptionWhPerDay(), std::nullopt);
        QVERIFY(!settings.isDirty());

        // OK applies again (a language change is announced) and closes.
        auto *language = find<QComboBox>(dialog, QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("hi")));
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("language")));
        reread.load();
        QCOMPARE(reread.language(), QStringLiteral("hi"));
    }

    void cancelChangesNothing()
    {
        const QString path = freshPath();
        AppSettings settings(path);
        MemorySecretStore secrets;
        SettingsDialog dialog(settings, secrets);
        find<QCheckBox>(dialog, QStringLiteral("close_to_tray"))->setChecked(false);
        find<QLineEdit>(dialog, QStringLiteral("bot_token"))->setText(kToken);
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(settings.closeToTray());
        QVERIFY(!QFile::exists(path));
        SecretStore::Error error = SecretStore::Error::None;
        readSecret(secrets, AppSettings::telegramBotTokenKey(), &error);
        QCOMPARE(error, SecretStore::Error::NotFound);
    }

    void validationExplainsAndFocusesTheField_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("focusName");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("critical-above-warning")
            << QStringLiteral("critical") << QStringLiteral("low_balance_critical_amount")
            << QStringLiteral("The critical balance (600.00) must be below the warning balance (500.00).");
        QTest::newRow("critical-days")
            << QStringLiteral("days") << QStringLiteral("low_balance_critical_days")
            << QStringLiteral("The critical days left (3) must be fewer than the warning days left (3).");
        QTest::newRow("quiet-hours-empty")
            << QStringLiteral("quiet") << QStringLiteral("quiet_hours_end")
            << QStringLiteral("Quiet hours need an end time different from their start time.");
        QTest::newRow("telegram-without-chat")
            << QStringLiteral("nochat") << QStringLiteral("chat_id")
            << QStringLiteral("To send alerts to Telegram, enter the chat id that should receive them.");
        QTest::newRow("bad-chat-id") << QStringLiteral("badchat") << QStringLiteral("chat_id")
                                     << QStringLiteral(
                                            "Telegram chat id: “my chat” is not a Telegram chat id (a number "
                                            "such as -1001234567890, or @channelname).");
        QTest::newRow("http-server") << QStringLiteral("http") << QStringLiteral("base_url")
                                     << QStringLiteral("Telegram Bot API server: the address must start with "
                                                       "https:// (plain http only to this computer).");
        QTest::newRow("token-in-server")
            << QStringLiteral("tokenurl") << QStringLiteral("base_url")
            << QStringLiteral("Telegram Bot API server: the address contains what looks like a bot token");
        QTest::newRow("bad-token") << QStringLiteral("badtoken") << QStringLiteral("bot_token")
                                   << QStringLiteral("A bot token looks like 123456789:AAH…");
        QTest::newRow("no-token") << QStringLiteral("notoken") << QStringLiteral("bot_token")
                                  << QStringLiteral(
                                         "To send alerts to Telegram, enter the bot token from @BotFather.");
    }
    void validationExplainsAndFocusesTheField()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, focusName);
        QFETCH(QString, sentence);
        const QString path = freshPath();
        AppSettings settings(path);
        MemorySecretStore secrets;
        SettingsDialog dialog(settings, secrets);
        QVERIFY(activate(dialog));
        waitForTokenState(dialog);
        auto telegramOn = [&] { find<QCheckBox>(dialog, QStringLiteral("enabled"))->setChecked(true); };
        auto chat = find<QLineEdit>(dialog, QStringLiteral("chat_id"));
        if (scenario == QLatin1String("critical")) {
            find<QDoubleSpinBox>(dialog, QStringLiteral("low_balance_critical_amount"))->setValue(600);
        } else if (scenario == QLatin1String("days")) {
            auto *basis = find<QComboBox>(dialog, QStringLiteral("low_balance_basis"));
            basis->setCurrentIndex(basis->findData(QStringLiteral("days")));
            find<QSpinBox>(dialog, QStringLiteral("low_balance_critical_days"))->setValue(3);
        } else if (scenario == QLatin1String("quiet")) {
            find<QCheckBox>(dialog, QStringLiteral("quiet_hours_enabled"))->setChecked(true);
            find<QTimeEdit>(dialog, QStringLiteral("quiet_hours_end"))->setTime(QTime(22, 0));
        } else if (scenario == QLatin1String("nochat")) {
            telegramOn();
        } else if (scenario == QLatin1String("badchat")) {
            chat->setText(QStringLiteral("my chat"));
        } else if (scenario == QLatin1String("http")) {
            find<QLineEdit>(dialog, QStringLiteral("base_url"))
                ->setText(QStringLiteral("http://api.example.org"));
        } else if (scenario == QLatin1String("tokenurl")) {
            find<QLineEdit>(dialog, QStringLiteral("base_url"))
                ->setText(QStringLiteral("https://api.telegram.org/bot") + kToken);
        } else if (scenario == QLatin1String("badtoken")) {
            dialog.tokenEdit()->setText(QStringLiteral("not a token"));
        } else if (scenario == QLatin1String("notoken")) {
            telegramOn();
            chat->setText(QStringLiteral("-100123"));
        }
        dialog.tabs()->setCurrentIndex(0);
        QVERIFY(!applyAndWait(dialog));
        QVERIFY2(dialog.messageLabel()->text().startsWith(sentence),
                 qPrintable(dialog.messageLabel()->text()));
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QWidget *expected = dialog.findChild<QWidget *>(focusName);
        QVERIFY2(focus == expected || expected->isAncestorOf(focus),
                 qPrintable(focus->objectName() + QStringLiteral(" has the focus")));
        QVERIFY(dialog.tabs()->currentWidget()->isAncestorOf(expected)); // its page is shown
        // Nothing was changed or written.
        QVERIFY(!QFile::exists(path));
        QVERIFY(!settings.isDirty());
        QVERIFY(settings.isDefault(SettingKey::TelegramEnabled));
        // OK refuses the same way and stays open.
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(dialog.isVisible());
    }

    void restoreDefaultsFillsTheFormOnly()
    {
        const QString path = freshPath();
        AppSettings settings(path);
        QVERIFY(settings.setTheme(AppSettings::Theme::Dark).ok());
        QVERIFY(settings.set(SettingKey::HourlyPollSeconds, 7200).ok());
        QVERIFY(settings.set(SettingKey::QuietHoursEnabled, true).ok());
        QVERIFY(settings.set(SettingKey::ConsumptionKwhPerDay, qint64(40'000)).ok());
        QVERIFY(settings.setChartGroupMinutes(15).ok()); // window state: not the dialog's business
        QVERIFY(settings.save().ok());
        MemorySecretStore secrets;
        SettingsDialog dialog(settings, secrets);
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(find<QComboBox>(dialog, QStringLiteral("theme"))->currentData().toString(),
                 QStringLiteral("system"));
        QCOMPARE(find<QSpinBox>(dialog, QStringLiteral("hourly_interval_seconds"))->value(), 3600);
        QVERIFY(!find<QCheckBox>(dialog, QStringLiteral("quiet_hours_enabled"))->isChecked());
        QVERIFY(!find<QTimeEdit>(dialog, QStringLiteral("quiet_hours_start"))->isEnabled());
        QVERIFY(!find<QCheckBox>(dialog, QStringLiteral("consumption_kwh_per_day_enabled"))->isChecked());
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("OK or Apply")));
        // Not stored yet.
        QCOMPARE(settings.theme(), AppSettings::Theme::Dark);
        QVERIFY(applyAndWait(dialog));
        for (const SettingDefinition &d : SettingDefinition::all()) {
            if (d.group() != QLatin1String("window"))
                QVERIFY2(settings.isDefault(d.key), qPrintable(d.name));
        }
        QCOMPARE(settings.chartGroupMinutes(), 15);
        AppSettings reread(path);
        reread.load();
        QCOMPARE(reread.theme(), AppSettings::Theme::System);
        QCOMPARE(reread.chartGroupMinutes(), 15);
    }

    void theBotTokenGoesToTheKeychainOnly()
    {
        const QString path = freshPath();
        AppSettings settings(path);
        MemorySecretStore secrets;
        {
            SettingsDialog dialog(settings, secrets);
            waitForTokenState(dialog);
            QVERIFY(!dialog.hasStoredToken());
            QVERIFY(!dialog.forgetTokenButton()->isEnabled());
            QCOMPARE(dialog.tokenEdit()->echoMode(), QLineEdit::Password);
            find<QCheckBox>(dialog, QStringLiteral("enabled"))->setChecked(true);
            find<QLineEdit>(dialog, QStringLiteral("chat_id"))->setText(QStringLiteral("-1001234567890"));
            dialog.tokenEdit()->setText(kToken);
            QVERIFY(applyAndWait(dialog));
            QVERIFY(dialog.tokenEdit()->text().isEmpty()); // not kept on screen
            QVERIFY(dialog.hasStoredToken());
            QVERIFY(dialog.forgetTokenButton()->isEnabled());
        }
        QCOMPARE(readSecret(secrets, AppSettings::telegramBotTokenKey()), kToken);
        const QByteArray file = readAll(path);
        QVERIFY(file.contains("chat_id=-1001234567890"));
        QVERIFY(!file.contains(kToken.toLatin1()));
        QVERIFY(!file.contains("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"));
        QVERIFY(!file.contains("token="));
        QVERIFY(settings.telegramEnabled());

        // Opening again: the token is known to be stored, and applying without typing keeps it.
        {
            SettingsDialog dialog(settings, secrets);
            waitForTokenState(dialog);
            QVERIFY(dialog.hasStoredToken());
            QVERIFY(dialog.tokenEdit()->placeholderText().contains(QStringLiteral("Stored in the keychain")));
            QVERIFY(dialog.tokenEdit()->text().isEmpty()); // never shown
            QVERIFY(applyAndWait(dialog));
            QCOMPARE(readSecret(secrets, AppSettings::telegramBotTokenKey()), kToken);

            // Forgetting it while Telegram stays on is refused; with Telegram off it is removed.
            QTest::mouseClick(dialog.forgetTokenButton(), Qt::LeftButton);
            QVERIFY(!applyAndWait(dialog));
            QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("bot token")));
            find<QCheckBox>(dialog, QStringLiteral("enabled"))->setChecked(false);
            QVERIFY(applyAndWait(dialog));
            QVERIFY(!dialog.hasStoredToken());
        }
        SecretStore::Error error = SecretStore::Error::None;
        readSecret(secrets, AppSettings::telegramBotTokenKey(), &error);
        QCOMPARE(error, SecretStore::Error::NotFound);
        QVERIFY(!readAll(path).contains(kToken.toLatin1()));
    }

    void withoutAKeychainTheTokenIsKeptForTheSessionOrNothingIsSaved()
    {
        NoKeychainStore keychain;
        SessionFallbackSecretStore secrets(&keychain);
        const QString path = freshPath();
        AppSettings settings(path);
        SettingsDialog dialog(settings, secrets);
        waitForTokenState(dialog);
        QCOMPARE(dialog.tokenEdit()->placeholderText(), QStringLiteral("No keychain is reachable"));
        find<QCheckBox>(dialog, QStringLiteral("autostart"))->setChecked(true);
        dialog.tokenEdit()->setText(kToken);

        QString asked;
        dialog.setNoKeychainQuestion([&](const QString &sentence) {
            asked = sentence;
            return false;
        });
        QVERIFY(!applyAndWait(dialog));
        QVERIFY(asked.contains(QStringLiteral("keychain")));
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("nothing was saved")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!settings.autostart());

        dialog.setNoKeychainQuestion([](const QString &) { return true; });
        QVERIFY(applyAndWait(dialog));
        QVERIFY(secrets.hasSessionSecrets());
        QCOMPARE(readSecret(secrets, AppSettings::telegramBotTokenKey()), kToken);
        QVERIFY(settings.autostart());
        QVERIFY(!readAll(path).contains(kToken.toLatin1()));
    }

    void everyControlIsNamedAndReachableByKeyboard()
    {
        AppSettings settings(freshPath());
        QVERIFY(settings.set(SettingKey::QuietHoursEnabled, true).ok());
        MemorySecretStore secrets;
        SettingsDialog dialog(settings, secrets);
        QVERIFY(activate(dialog));
        waitForTokenState(dialog);

        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (!isInputControl(w) || qobject_cast<QTabBar *>(w->parentWidget()))
                continue;
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue; // a spin box's own editor, named through the spin box
            const auto *button = qobject_cast<QAbstractButton *>(w);
            const bool named = !w->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            QVERIFY2(named, qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                           .arg(w->objectName(),
                                                QString::fromLatin1(w->metaObject()->className()))));
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->objectName()));
        }

        // Ctrl+Tab walks the pages; Tab walks every live control of a page.
        dialog.tabs()->setCurrentIndex(0);
        for (int page = 0; page < dialog.tabs()->count(); ++page) {
            if (page > 0) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
                QCOMPARE(dialog.tabs()->currentIndex(), page);
            }
            QWidget *current = dialog.tabs()->currentWidget();
            QSet<QWidget *> expected;
            for (QWidget *w : current->findChildren<QWidget *>()) {
                if (isInputControl(w) && w->isVisible() && w->isEnabled() &&
                    !qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                    expected.insert(w);
            }
            QVERIFY(expected.size() >= 2);
            dialog.tabs()->tabBar()->setFocus();
            QSet<QWidget *> reached;
            for (int presses = 0; presses < 300 && !expected.subtract(reached).isEmpty(); ++presses) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QWidget *focus = QApplication::focusWidget();
                while (focus && !expected.contains(focus) && focus->parentWidget() &&
                       qobject_cast<QAbstractSpinBox *>(focus->parentWidget()))
                    focus = focus->parentWidget();
                reached.insert(focus);
            }
            QStringList missed;
            for (QWidget *w : std::as_const(expected))
                missed.append(w->objectName() + QLatin1Char('/') + w->accessibleName());
            QVERIFY2(
                expected.isEmpty(),
                qPrintable(QStringLiteral("page %1 never reached: %2").arg(page).arg(missed.join(u','))));
            dialog.tabs()->tabBar()->setFocus();
        }
    }

    void fitsTheSmallestScreenAndLooksRight_data()
    {
        QTest::addColumn<AppSettings::Theme>("theme");
        QTest::newRow("light") << AppSettings::Theme::Light;
        QTest::newRow("dark") << AppSettings::Theme::Dark;
    }
    void fitsTheSmallestScreenAndLooksRight()
    {
        QFETCH(AppSettings::Theme, theme);
        ThemeManager::apply(theme);
        AppSettings settings(freshPath());
        QVERIFY(settings.set(SettingKey::QuietHoursEnabled, true).ok());
        QVERIFY(settings.set(SettingKey::TelegramEnabled, true).ok());
        QVERIFY(settings.set(SettingKey::TelegramChatId, QStringLiteral("-1001234567890")).ok());
        MemorySecretStore secrets;
        SettingsDialog dialog(settings, secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        waitForTokenState(dialog);
        // Every page fits on a 1280x720 screen with room for the window frame and a panel.
        const QSize size = dialog.sizeHint();
        QVERIFY2(size.width() <= 1200 && size.height() <= 640,
                 qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
        const QString suffix = theme == AppSettings::Theme::Dark ? QStringLiteral("-dark") : QString();
        const QStringList names = {QStringLiteral("general"), QStringLiteral("alerts"),
                                   QStringLiteral("polling"), QStringLiteral("telegram")};
        for (int page = 0; page < dialog.tabs()->count(); ++page) {
            dialog.tabs()->setCurrentIndex(page);
            QWidget *current = dialog.tabs()->currentWidget();
            QVERIFY2(current->minimumSizeHint().width() <= current->width() &&
                         current->minimumSizeHint().height() <= current->height(),
                     qPrintable(names.at(page)));
            QTest::qWait(50);
            const QImage shot = dialog.grab().toImage();
            QVERIFY(shot.save(
                TestArtifacts::path(QStringLiteral("settings-%1%2.png").arg(names.at(page), suffix))));
            // The theme is what was painted: the dialog's own background, sampled in a corner.
            const QColor corner = shot.pixelColor(3, shot.height() - 3);
            QCOMPARE(corner.lightness() < 128, theme == AppSettings::Theme::Dark);
        }
        ThemeManager::apply(AppSettings::Theme::System);
    }

    void themeManagerAppliesAndFollowsTheSetting()
    {
        const QString platformStyle = QApplication::style()->name();
        const QPalette platformPalette = QApplication::palette();
        ThemeManager::apply(AppSettings::Theme::Dark);
        QVERIFY(ThemeManager::isDark());
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 ThemeManager::darkPalette().color(QPalette::Window));
        ThemeManager::apply(AppSettings::Theme::Light);
        QVERIFY(!ThemeManager::isDark());
        ThemeManager::apply(AppSettings::Theme::System);
        QCOMPARE(QApplication::style()->name(), platformStyle);
        QVERIFY(QApplication::palette() == platformPalette);

        AppSettings settings(freshPath());
        QVERIFY(settings.setTheme(AppSettings::Theme::Dark).ok());
        ThemeManager::follow(settings);
        QVERIFY(ThemeManager::isDark());
        QVERIFY(settings.setTheme(AppSettings::Theme::Light).ok());
        QVERIFY(!ThemeManager::isDark());
        QVERIFY(settings.setTheme(AppSettings::Theme::System).ok());
        QVERIFY(QApplication::palette() == platformPalette);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
