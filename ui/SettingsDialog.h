#pragma once

#include "model/Result.h"
#include "settings/SettingKey.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPair>
#include <QVariant>

#include <functional>
#include <variant>

class AppSettings;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class AlertChannel;
class QNetworkAccessManager;
class QPushButton;
class QTabWidget;
class SecretStore;

// The Settings dialog: General (theme, language, tray, autostart), Alerts (low-balance
// thresholds, hysteresis, daily summary, quiet hours, daily use, provider trouble), Polling
// (defaults for new meters) and Telegram (chat id, server, and the bot token, which goes to
// the SecretStore under AppSettings::telegramBotTokenKey() and never into the settings file).
//
// The form is a working copy: nothing changes until OK or Apply, which validate everything
// (a sentence and the focus on the first wrong field), store the token, set every value and
// save the file. Restore Defaults only fills the form. Every control has an accessible name
// and a place in the tab order; each control's objectName is its setting's name in the file
// (e.g. "quiet_hours_start"), the token field is "bot_token".
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // Neither is owned. With a SessionFallbackSecretStore, a token that finds no keychain can
    // be kept for this session only if the user agrees.
    SettingsDialog(AppSettings &settings, SecretStore &secrets, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Asked when no keychain is reachable; returns whether to keep the token for this session
    // only. Default: a question box. Tests replace it.
    void setNoKeychainQuestion(std::function<bool(const QString &sentence)> ask)
    {
        m_askNoKeychain = std::move(ask);
    }

    // "Send a test" on the Alerts page goes through `desktop` (the real desktop notifier), on
    // the Telegram page through a TelegramChannel on `network` with what the page says (the
    // typed token, else the stored one). Neither is owned; without them the buttons are off.
    void setTestChannels(AlertChannel *desktop, QNetworkAccessManager *network);
    QPushButton *desktopTestButton() const { return m_testDesktop; }
    QPushButton *telegramTestButton() const { return m_testTelegram; }
    QLabel *desktopTestResult() const { return m_desktopResult; }
    QLabel *telegramTestResult() const { return m_telegramResult; }

    // Validates and stores everything; `done(true)` once the token (if typed) and the file are
    // stored, `done(false)` with the reason shown in messageLabel().
    void apply(std::function<void(bool ok)> done = {});
    // Fills the form with every default (the bot token is left alone).
    void restoreDefaults();
    void accept() override;

    // The tabs, in order.
    enum class Page
    {
        General,
        Alerts,
        Polling,
        Telegram,
    };
    void showPage(Page page);
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLineEdit *tokenEdit() const { return m_token; }
    QPushButton *forgetTokenButton() const { return m_forgetToken; }
    // True once the keychain answered that a token is stored.
    bool hasStoredToken() const { return m_tokenStored; }

signals:
    // After a successful apply: values set, file saved, token stored.
    void applied();
    // The keychain answered whether a token is stored (for tests; the dialog shows it).
    void tokenStateKnown();

private:
    struct Problem
    {
        QWidget *widget;
        QString sentence;
    };
    using Values = QList<QPair<SettingKey, QVariant>>;

    QWidget *buildGeneralPage();
    QWidget *buildAlertsPage();
    QWidget *buildPollingPage();
    QWidget *buildTelegramPage();
    // A new control of the setting `key`; `args` go to Widget's constructor before the parent.
    template <typename Widget, typename... Args>
    Widget *control(SettingKey key, const QString &accessibleName, Args... args);
    QCheckBox *optionalCheck(SettingKey key, const QString &text);

    void load(const std::function<QVariant(SettingKey)> &valueOf);
    QVariant controlValue(SettingKey key) const;
    void setControlValue(SettingKey key, const QVariant &value);
    // The form's values, or the first problem.
    std::variant<Values, Problem> formValues() const;
    void updateEnabledStates();
    void readTokenState();
    void storeToken(const std::function<void(bool ok)> &done);
    void finishApply(const Values &values, const std::function<void(bool)> &done);
    void showMessage(const QString &text, bool error);
    void showProblem(const Problem &problem);
    void setBusy(bool busy);
    void sendDesktopTest();
    void sendTelegramTest();

    AppSettings &m_settings;
    SecretStore &m_secrets;
    std::function<bool(const QString &)> m_askNoKeychain;
    QHash<SettingKey, QWidget *> m_controls;
    QHash<SettingKey, QCheckBox *> m_optionalChecks; // "off" for optional thresholds
    QTabWidget *m_tabs;
    QLineEdit *m_token = nullptr;
    QPushButton *m_forgetToken = nullptr;
    QLabel *m_message;
    AlertChannel *m_desktopChannel = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QPushButton *m_testDesktop = nullptr;
    QPushButton *m_testTelegram = nullptr;
    QLabel *m_desktopResult = nullptr;
    QLabel *m_telegramResult = nullptr;
    QDialogButtonBox *m_buttons;
    bool m_tokenStored = false;
    bool m_tokenStateKnown = false;
    bool m_removeToken = false;
    bool m_busy = false;
};
