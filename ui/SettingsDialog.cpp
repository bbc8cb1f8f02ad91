#include "SettingsDialog.h"

#include "DurationSpinBox.h"

#include "ThemeManager.h"
#include "alerts/AlertText.h"
#include "alerts/TelegramChannel.h"
#include "secrets/SecretStore.h"
#include "secrets/SessionFallbackSecretStore.h"
#include "settings/AppSettings.h"
#include "settings/SettingDefinition.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>

#include <limits>

namespace {

constexpr double kMilli = 1000.0;

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

int clampToInt(qint64 value)
{
    return int(
        qBound(qint64(std::numeric_limits<int>::min()), value, qint64(std::numeric_limits<int>::max())));
}

QString money(qint64 milli)
{
    return QLocale().toString(double(milli) / kMilli, 'f', 2);
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_tabs(new QTabWidget(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply |
                                         QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Settings"));
    m_askNoKeychain = [this](const QString &sentence) {
        return QMessageBox::question(this, tr("No keychain"),
                                     sentence + QStringLiteral("\n\n") +
                                         tr("Keep the bot token for this session only?"),
                                     QMessageBox::Yes | QMessageBox::Cancel) == QMessageBox::Yes;
    };

    m_tabs->addTab(buildGeneralPage(), tr("&General"));
    m_tabs->addTab(buildAlertsPage(), tr("&Alerts"));
    m_tabs->addTab(buildPollingPage(), tr("&Polling"));
    m_tabs->addTab(buildTelegramPage(), tr("Tele&gram"));
    m_tabs->setAccessibleName(tr("Settings pages"));

    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->setAccessibleName(tr("Dialog buttons"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons, &QDialogButtonBox::clicked, this, [this](QAbstractButton *button) {
        const QDialogButtonBox::StandardButton which = m_buttons->standardButton(button);
        if (which == QDialogButtonBox::Apply)
            apply();
        else if (which == QDialogButtonBox::RestoreDefaults)
            restoreDefaults();
    });

    load([this](SettingKey key) { return m_settings.value(key); });
    readTokenState();
}

SettingsDialog::~SettingsDialog() = default;

template <typename Widget, typename... Args>
Widget *SettingsDialog::control(SettingKey key, const QString &accessibleName, Args... args)
{
    const SettingDefinition &def = SettingDefinition::of(key);
    auto *widget = new Widget(args..., this);
    widget->setObjectName(def.leaf());
    widget->setAccessibleName(accessibleName);
    widget->setAccessibleDescription(def.translatedDescription());
    widget->setToolTip(def.translatedDescription());
    if constexpr (std::is_base_of_v<QSpinBox, Widget>) {
        widget->setRange(clampToInt(def.minimum), clampToInt(def.maximum));
    } else if constexpr (std::is_same_v<Widget, QDoubleSpinBox>) {
        widget->setDecimals(2);
        widget->setRange(qMax(double(def.minimum) / kMilli,
                              def.type == SettingDefinition::Type::OptionalMilli ? 0.01 : 0.0),
                         double(def.maximum) / kMilli);
        widget->setGroupSeparatorShown(true);
    } else if constexpr (std::is_same_v<Widget, QTimeEdit>) {
        widget->setDisplayFormat(QStringLiteral("HH:mm"));
    }
    m_controls.insert(key, widget);
    return widget;
}

QCheckBox *SettingsDialog::optionalCheck(SettingKey key, const QString &text)
{
    auto *check = new QCheckBox(text, this);
    check->setObjectName(SettingDefinition::of(key).leaf() + QStringLiteral("_enabled"));
    check->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    m_optionalChecks.insert(key, check);
    connect(check, &QCheckBox::toggled, this, &SettingsDialog::updateEnabledStates);
    return check;
}

QWidget *SettingsDialog::buildGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    auto *theme = control<QComboBox>(SettingKey::Theme, tr("Theme"));
    theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    theme->addItem(tr("Light"), QStringLiteral("light"));
    theme->addItem(tr("Dark"), QStringLiteral("dark"));
    form->addRow(tr("&Theme:"), theme);

    auto *language = control<QComboBox>(SettingKey::Language, tr("Language"));
    language->addItem(tr("System language"), QStringLiteral("system"));
    // Each language by its own name, so it can be found by someone who reads only that one.
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("বাংলা"), QStringLiteral("bn"));
    language->addItem(QStringLiteral("हिन्दी"), QStringLiteral("hi"));
    form->addRow(tr("&Language:"), language);
    form->addRow(QString(), note(tr("A new language takes effect when Kilowatch starts next."), page));

    auto *unit = control<QComboBox>(SettingKey::EnergyUnit, tr("Energy unit"));
    unit->addItem(tr("kWh"), QStringLiteral("kWh"));
    unit->addItem(tr("Wh"), QStringLiteral("Wh"));
    form->addRow(tr("&Energy unit:"), unit);

    auto *minimised = control<QCheckBox>(SettingKey::StartMinimised, tr("Start minimised to the tray"));
    minimised->setText(tr("Start &minimised to the tray"));
    form->addRow(QString(), minimised);
    auto *closeToTray =
        control<QCheckBox>(SettingKey::CloseToTray, tr("Keep running in the tray when the window is closed"));
    closeToTray->setText(tr("&Keep running in the tray when the window is closed"));
    form->addRow(QString(), closeToTray);
    auto *autostart = control<QCheckBox>(SettingKey::Autostart, tr("Start Kilowatch when I log in"));
    autostart->setText(tr("Start Kilowatch when I l&og in"));
    form->addRow(QString(), autostart);
    return page;
}

QWidget *SettingsDialog::buildAlertsPage()
{
    // "1 day", "3 days" (a suffix said "1 days").
    constexpr DurationSpinBox::Unit kDays = DurationSpinBox::Unit::Days;
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);

    auto *low = new QGroupBox(tr("Low balance"), page);
    auto *lowForm = new QFormLayout(low);
    auto *basis = control<QComboBox>(SettingKey::LowBalanceBasis, tr("Low balance alerts compare"));
    basis->addItem(tr("the balance with an amount"), QStringLiteral("money"));
    basis->addItem(tr("the days left in the forecast"), QStringLiteral("days"));
    lowForm->addRow(tr("&Compare:"), basis);
    auto *warning =
        control<QDoubleSpinBox>(SettingKey::LowBalanceWarningAmount, tr("Warning below this balance"));
    lowForm->addRow(tr("&Warning below:"), warning);
    auto *critical =
        control<QDoubleSpinBox>(SettingKey::LowBalanceCriticalAmount, tr("Critical below this balance"));
    lowForm->addRow(tr("C&ritical below:"), critical);
    auto *hysteresis = control<QDoubleSpinBox>(SettingKey::LowBalanceHysteresisAmount,
                                               tr("Alert again after the balance rose by this much"));
    lowForm->addRow(tr("Again after rising &by:"), hysteresis);
    auto *warningDays = control<DurationSpinBox>(SettingKey::LowBalanceWarningDays,
                                                 tr("Warning when this many days are left"), kDays);
    lowForm->addRow(tr("Warning at &days left:"), warningDays);
    auto *criticalDays = control<DurationSpinBox>(SettingKey::LowBalanceCriticalDays,
                                                  tr("Critical when this many days are left"), kDays);
    lowForm->addRow(tr("Critical at days &left:"), criticalDays);
    auto *hysteresisDays =
        control<DurationSpinBox>(SettingKey::LowBalanceHysteresisDays,
                                 tr("Alert again after the forecast rose by this many days"), kDays);
    lowForm->addRow(tr("Again after rising b&y:"), hysteresisDays);
    lowForm->addRow(
        note(tr("Amounts are in each meter's own currency. A meter's own low-balance amount, set in "
                "its meter dialog, comes first."),
             low));

    auto *trouble = new QGroupBox(tr("Provider trouble"), page);
    auto *troubleForm = new QFormLayout(trouble);
    auto *live = control<QSpinBox>(SettingKey::TroubleDelayLiveMinutes,
                                   tr("Report a live meter without fresh readings after this many minutes"));
    live->setSuffix(tr(" min"));
    troubleForm->addRow(tr("Li&ve meters after:"), live);
    auto *hourly =
        control<QSpinBox>(SettingKey::TroubleDelayHourlyMinutes,
                          tr("Report an hourly meter without fresh readings after this many minutes"));
    hourly->setSuffix(tr(" min"));
    troubleForm->addRow(tr("&Hourly meters after:"), hourly);

    auto *summary = new QGroupBox(tr("Daily summary"), page);
    auto *summaryForm = new QFormLayout(summary);
    auto *summaryOn = control<QCheckBox>(SettingKey::DailySummaryEnabled, tr("Send a daily summary"));
    summaryOn->setText(tr("Send a daily &summary"));
    summaryForm->addRow(summaryOn);
    auto *summaryTime = control<QTimeEdit>(SettingKey::DailySummaryTime, tr("Daily summary time"));
    summaryForm->addRow(tr("A&t (meter's local time):"), summaryTime);

    auto *quiet = new QGroupBox(tr("Quiet hours"), page);
    auto *quietForm = new QFormLayout(quiet);
    auto *quietOn =
        control<QCheckBox>(SettingKey::QuietHoursEnabled, tr("Quiet hours: only critical alerts"));
    quietOn->setText(tr("&Quiet hours: only critical alerts"));
    quietForm->addRow(quietOn);
    auto *quietStart = control<QTimeEdit>(SettingKey::QuietHoursStart, tr("Quiet hours start"));
    quietForm->addRow(tr("&From:"), quietStart);
    auto *quietEnd = control<QTimeEdit>(SettingKey::QuietHoursEnd, tr("Quiet hours end"));
    quietForm->addRow(tr("U&ntil:"), quietEnd);

    auto *use = new QGroupBox(tr("Daily use"), page);
    auto *useForm = new QFormLayout(use);
    auto *kwh =
        control<QDoubleSpinBox>(SettingKey::ConsumptionKwhPerDay, tr("Daily energy alert threshold in kWh"));
    kwh->setSuffix(tr(" kWh"));
    kwh->setValue(20);
    useForm->addRow(optionalCheck(SettingKey::ConsumptionKwhPerDay, tr("A day's &energy above:")), kwh);
    auto *spend =
        control<QDoubleSpinBox>(SettingKey::ConsumptionMoneyPerDay, tr("Daily spend alert threshold"));
    spend->setValue(200);
    useForm->addRow(optionalCheck(SettingKey::ConsumptionMoneyPerDay, tr("A day's s&pend above:")), spend);

    // Two columns, so the page fits a 1280x720 screen.
    grid->addWidget(low, 0, 0);
    grid->addWidget(trouble, 1, 0);
    auto *right = new QVBoxLayout;
    right->addWidget(summary);
    right->addWidget(quiet);
    right->addWidget(use);
    m_testDesktop = new QPushButton(tr("Send a test &notification"), page);
    m_testDesktop->setObjectName(QStringLiteral("send_test_notification"));
    m_testDesktop->setEnabled(false);
    m_desktopResult = note(QString(), page);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testDesktop);
    testRow->addWidget(m_desktopResult, 1);
    right->addLayout(testRow);
    connect(m_testDesktop, &QPushButton::clicked, this, &SettingsDialog::sendDesktopTest);
    right->addStretch(1);
    grid->addLayout(right, 0, 1, 2, 1);
    grid->setRowStretch(2, 1);

    connect(basis, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabledStates);
    for (QCheckBox *box : {summaryOn, quietOn})
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::updateEnabledStates);
    return page;
}

QWidget *SettingsDialog::buildPollingPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *live = control<QSpinBox>(SettingKey::LivePollSeconds,
                                   tr("Polling interval for new live meters, in seconds"));
    live->setSuffix(tr(" s"));
    form->addRow(tr("&Live meters (such as ELNET):"), live);
    auto *hourly = control<QSpinBox>(SettingKey::HourlyPollSeconds,
                                     tr("Polling interval for new hourly meters, in seconds"));
    hourly->setSuffix(tr(" s"));
    hourly->setSingleStep(300);
    form->addRow(tr("&Hourly providers (such as DESCO, DPDC):"), hourly);
    form->addRow(note(tr("These are the intervals new meters start with. Each meter keeps its own interval, "
                         "which its meter dialog changes."),
                      page));
    return page;
}

QWidget *SettingsDialog::buildTelegramPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *enabled = control<QCheckBox>(SettingKey::TelegramEnabled, tr("Also send alerts to Telegram"));
    enabled->setText(tr("Also send alerts to &Telegram"));
    form->addRow(enabled);
    auto *chat = control<QLineEdit>(SettingKey::TelegramChatId, tr("Telegram chat id"));
    chat->setPlaceholderText(tr("-1001234567890 or @channelname"));
    chat->setMaxLength(64);
    form->addRow(tr("&Chat id:"), chat);
    auto *server = control<QLineEdit>(SettingKey::TelegramBaseUrl, tr("Telegram Bot API server"));
    server->setMaxLength(2048);
    form->addRow(tr("&Server:"), server);

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("bot_token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Telegram bot token"));
    m_token->setAccessibleDescription(
        tr("The token from @BotFather. It is kept in the OS keychain, never in the "
           "settings file."));
    m_token->setMaxLength(256);
    m_token->setPlaceholderText(tr("Checking the keychain…"));
    form->addRow(tr("Bot t&oken:"), m_token);
    m_forgetToken = new QPushButton(tr("&Forget the stored token"), this);
    m_forgetToken->setObjectName(QStringLiteral("forget_bot_token"));
    m_forgetToken->setAccessibleName(tr("Forget the stored bot token"));
    m_forgetToken->setEnabled(false);
    auto *forgetRow = new QHBoxLayout;
    forgetRow->addWidget(m_forgetToken);
    forgetRow->addStretch(1);
    form->addRow(QString(), forgetRow);
    form->addRow(
        note(tr("The bot token is kept in the OS keychain, never in the settings file. Leave the field "
                "empty to keep the stored one."),
             page));
    m_testTelegram = new QPushButton(tr("Send a test &message"), page);
    m_testTelegram->setObjectName(QStringLiteral("send_test_telegram"));
    m_testTelegram->setEnabled(false);
    m_telegramResult = note(QString(), page);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testTelegram);
    testRow->addWidget(m_telegramResult, 1);
    form->addRow(QString(), testRow);
    connect(m_testTelegram, &QPushButton::clicked, this, &SettingsDialog::sendTelegramTest);
    connect(m_forgetToken, &QPushButton::clicked, this, [this] {
        m_removeToken = true;
        m_token->clear();
        m_token->setPlaceholderText(tr("Removed from the keychain when you apply"));
        updateEnabledStates();
    });
    return page;
}

void SettingsDialog::load(const std::function<QVariant(SettingKey)> &valueOf)
{
    for (auto it = m_controls.constBegin(); it != m_controls.constEnd(); ++it)
        setControlValue(it.key(), valueOf(it.key()));
    updateEnabledStates();
}

void SettingsDialog::setControlValue(SettingKey key, const QVariant &value)
{
    QWidget *widget = m_controls.value(key);
    if (auto *box = qobject_cast<QComboBox *>(widget)) {
        int index = box->findData(value.toString());
        if (index < 0) { // a value from the file the list does not offer (e.g. another language)
            box->addItem(value.toString(), value.toString());
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
    } else if (auto *check = qobject_cast<QCheckBox *>(widget)) {
        check->setChecked(value.toBool());
    } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        spin->setValue(clampToInt(value.toLongLong()));
    } else if (auto *decimal = qobject_cast<QDoubleSpinBox *>(widget)) {
        if (QCheckBox *on = m_optionalChecks.value(key)) {
            on->setChecked(!value.isNull());
            if (value.isNull())
                return; // keep the last amount shown, ready for when it is switched on
        }
        decimal->setValue(double(value.toLongLong()) / kMilli);
    } else if (auto *time = qobject_cast<QTimeEdit *>(widget)) {
        time->setTime(value.toTime());
    } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        edit->setText(value.toString());
    }
}

QVariant SettingsDialog::controlValue(SettingKey key) const
{
    QWidget *widget = m_controls.value(key);
    if (auto *box = qobject_cast<QComboBox *>(widget))
        return box->currentData().toString();
    if (auto *check = qobject_cast<QCheckBox *>(widget))
        return check->isChecked();
    if (auto *spin = qobject_cast<QSpinBox *>(widget))
        return qint64(spin->value());
    if (auto *decimal = qobject_cast<QDoubleSpinBox *>(widget)) {
        if (QCheckBox *on = m_optionalChecks.value(key); on && !on->isChecked())
            return QVariant();
        return qint64(qRound64(decimal->value() * kMilli));
    }
    if (auto *time = qobject_cast<QTimeEdit *>(widget))
        return time->time();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return edit->text().trimmed();
    return {};
}

std::variant<SettingsDialog::Values, SettingsDialog::Problem> SettingsDialog::formValues() const
{
    Values values;
    for (const SettingDefinition &def : SettingDefinition::all()) {
        QWidget *widget = m_controls.value(def.key);
        if (!widget)
            continue; // window state: not in this dialog
        const Result<QVariant> checked = def.check(controlValue(def.key));
        if (!checked)
            return Problem{widget, tr("%1: %2.").arg(widget->accessibleName(), checked.error())};
        values.append({def.key, checked.value()});
    }
    auto valueOf = [&values](SettingKey key) {
        for (const auto &[k, v] : values) {
            if (k == key)
                return v;
        }
        return QVariant();
    };

    const qint64 warning = valueOf(SettingKey::LowBalanceWarningAmount).toLongLong();
    const qint64 critical = valueOf(SettingKey::LowBalanceCriticalAmount).toLongLong();
    if (critical >= warning)
        return Problem{m_controls.value(SettingKey::LowBalanceCriticalAmount),
                       tr("The critical balance (%1) must be below the warning balance (%2).")
                           .arg(money(critical), money(warning))};
    const qint64 warningDays = valueOf(SettingKey::LowBalanceWarningDays).toLongLong();
    const qint64 criticalDays = valueOf(SettingKey::LowBalanceCriticalDays).toLongLong();
    if (criticalDays >= warningDays)
        return Problem{m_controls.value(SettingKey::LowBalanceCriticalDays),
                       tr("The critical days left (%1) must be fewer than the warning days left (%2).")
                           .arg(criticalDays)
                           .arg(warningDays)};
    if (valueOf(SettingKey::QuietHoursEnabled).toBool() &&
        valueOf(SettingKey::QuietHoursStart) == valueOf(SettingKey::QuietHoursEnd))
        return Problem{m_controls.value(SettingKey::QuietHoursEnd),
                       tr("Quiet hours need an end time different from their start time.")};

    const QString token = m_token->text().trimmed();
    static const QRegularExpression tokenShape(QStringLiteral("^\\d{3,}:[A-Za-z0-9_-]{20,}$"));
    if (!token.isEmpty() && !tokenShape.match(token).hasMatch())
        return Problem{m_token,
                       tr("A bot token looks like 123456789:AAH… (the bot's number, a colon, then at "
                          "least 20 letters, digits, - or _). Copy it again from @BotFather.")};
    if (valueOf(SettingKey::TelegramEnabled).toBool()) {
        if (valueOf(SettingKey::TelegramChatId).toString().isEmpty())
            return Problem{m_controls.value(SettingKey::TelegramChatId),
                           tr("To send alerts to Telegram, enter the chat id that should receive them.")};
        const bool noToken = token.isEmpty() && (m_removeToken || (m_tokenStateKnown && !m_tokenStored));
        if (noToken)
            return Problem{m_token, tr("To send alerts to Telegram, enter the bot token from @BotFather.")};
    }
    return values;
}

void SettingsDialog::updateEnabledStates()
{
    const bool byMoney = controlValue(SettingKey::LowBalanceBasis).toString() == QLatin1String("money");
    for (SettingKey key : {SettingKey::LowBalanceWarningAmount, SettingKey::LowBalanceCriticalAmount,
                           SettingKey::LowBalanceHysteresisAmount})
        m_controls.value(key)->setEnabled(byMoney);
    for (SettingKey key : {SettingKey::LowBalanceWarningDays, SettingKey::LowBalanceCriticalDays,
                           SettingKey::LowBalanceHysteresisDays})
        m_controls.value(key)->setEnabled(!byMoney);
    m_controls.value(SettingKey::DailySummaryTime)
        ->setEnabled(controlValue(SettingKey::DailySummaryEnabled).toBool());
    const bool quiet = controlValue(SettingKey::QuietHoursEnabled).toBool();
    m_controls.value(SettingKey::QuietHoursStart)->setEnabled(quiet);
    m_controls.value(SettingKey::QuietHoursEnd)->setEnabled(quiet);
    for (auto it = m_optionalChecks.constBegin(); it != m_optionalChecks.constEnd(); ++it)
        m_controls.value(it.key())->setEnabled(it.value()->isChecked());
    m_forgetToken->setEnabled(m_tokenStored && !m_removeToken && !m_busy);
}

void SettingsDialog::readTokenState()
{
    QPointer<SettingsDialog> self(this);
    m_secrets.read(AppSettings::telegramBotTokenKey(), [self](SecretStore::Error error, const QString &value,
                                                              const QString &) {
        if (!self)
            return;
        self->m_tokenStateKnown = error == SecretStore::Error::None || error == SecretStore::Error::NotFound;
        self->m_tokenStored = error == SecretStore::Error::None && !value.isEmpty();
        if (!self->m_removeToken) {
            if (self->m_tokenStored)
                self->m_token->setPlaceholderText(tr("Stored in the keychain; type to replace it"));
            else if (error == SecretStore::Error::NoKeychain)
                self->m_token->setPlaceholderText(tr("No keychain is reachable"));
            else
                self->m_token->setPlaceholderText(tr("From @BotFather; kept in the OS keychain"));
        }
        self->updateEnabledStates();
        emit self->tokenStateKnown();
    });
}

void SettingsDialog::storeToken(const std::function<void(bool)> &done)
{
    const QString token = m_token->text().trimmed();
    const QString key = AppSettings::telegramBotTokenKey();
    QPointer<SettingsDialog> self(this);
    auto stored = [self](bool present) {
        self->m_tokenStored = present;
        self->m_tokenStateKnown = true;
        self->m_removeToken = false;
        self->m_token->clear();
        self->m_token->setPlaceholderText(present ? tr("Stored in the keychain; type to replace it")
                                                  : tr("From @BotFather; kept in the OS keychain"));
    };
    if (!token.isEmpty()) {
        m_secrets.write(
            key, token, [self, key, token, done, stored](SecretStore::Error error, const QString &message) {
                if (!self)
                    return;
                if (error == SecretStore::Error::NoKeychain) {
                    auto *fallback = qobject_cast<SessionFallbackSecretStore *>(&self->m_secrets);
                    if (fallback && self->m_askNoKeychain(message)) {
                        fallback->keepForSession(key, token);
                        stored(true);
                        return done(true);
                    }
                    self->showMessage(message + QLatin1Char(' ') +
                                          tr("The bot token has nowhere safe to go, so nothing was saved."),
                                      true);
                    return done(false);
                }
                if (error != SecretStore::Error::None) {
                    self->showMessage(tr("The bot token could not be stored: %1").arg(message), true);
                    return done(false);
                }
                stored(true);
                done(true);
            });
        return;
    }
    if (m_removeToken) {
        m_secrets.remove(key, [self, done, stored](SecretStore::Error error, const QString &message) {
            if (!self)
                return;
            if (error != SecretStore::Error::None && error != SecretStore::Error::NotFound) {
                self->showMessage(tr("The bot token could not be removed: %1").arg(message), true);
                return done(false);
            }
            stored(false);
            done(true);
        });
        return;
    }
    done(true);
}

void SettingsDialog::apply(std::function<void(bool)> done)
{
    if (!done)
        done = [](bool) {};
    if (m_busy)
        return;
    const auto form = formValues();
    if (const Problem *problem = std::get_if<Problem>(&form)) {
        showProblem(*problem);
        return done(false);
    }
    const Values values = std::get<Values>(form);
    setBusy(true);
    QPointer<SettingsDialog> self(this);
    // The token first: when it has nowhere safe to go, nothing else changes either.
    storeToken([self, values, done](bool ok) {
        if (!self)
            return;
        self->setBusy(false);
        if (!ok)
            return done(false);
        self->finishApply(values, done);
    });
}

void SettingsDialog::finishApply(const Values &values, const std::function<void(bool)> &done)
{
    const QString languageBefore = m_settings.language();
    for (const auto &[key, value] : values) {
        if (Status set = m_settings.set(key, value); !set) {
            showMessage(set.error(), true);
            return done(false);
        }
    }
    if (Status saved = m_settings.save(); !saved) {
        showMessage(saved.error(), true);
        return done(false);
    }
    showMessage(m_settings.language() != languageBefore
                    ? tr("Settings saved. The new language takes effect when Kilowatch starts next.")
                    : tr("Settings saved."),
                false);
    updateEnabledStates();
    emit applied();
    done(true);
}

void SettingsDialog::restoreDefaults()
{
    load([](SettingKey key) { return SettingDefinition::of(key).defaultValue; });
    showMessage(tr("The defaults are filled in; OK or Apply keeps them. The bot token is left as it is."),
                false);
}

void SettingsDialog::accept()
{
    QPointer<SettingsDialog> self(this);
    apply([self](bool ok) {
        if (self && ok)
            self->QDialog::accept();
    });
}

void SettingsDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? (ThemeManager::isDark() ? QColor(0xff, 0x7b, 0x72) : QColor(0xb0, 0x00, 0x20))
                           : QApplication::palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

void SettingsDialog::showProblem(const Problem &problem)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(problem.widget))
            m_tabs->setCurrentIndex(i);
    }
    if (problem.widget)
        problem.widget->setFocus(Qt::OtherFocusReason);
    showMessage(problem.sentence, true);
}

void SettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->setEnabled(!busy);
    updateEnabledStates();
}

void SettingsDialog::setTestChannels(AlertChannel *desktop, QNetworkAccessManager *network)
{
    m_desktopChannel = desktop;
    m_network = network;
    m_testDesktop->setEnabled(desktop != nullptr);
    m_testTelegram->setEnabled(network != nullptr);
}

void SettingsDialog::sendDesktopTest()
{
    if (!m_desktopChannel)
        return;
    m_testDesktop->setEnabled(false);
    m_desktopResult->setText(tr("Sending…"));
    m_desktopChannel->deliver(AlertText::testAlert(QDateTime::currentSecsSinceEpoch()), false,
                              [this, guard = QPointer<SettingsDialog>(this)](const DeliveryResult &result) {
                                  if (!guard)
                                      return;
                                  m_testDesktop->setEnabled(true);
                                  m_desktopResult->setText(
                                      result.delivered ? tr("Sent: it should show on your desktop now.")
                                                       : tr("Not shown: %1").arg(result.error));
                              });
}

void SettingsDialog::sendTelegramTest()
{
    if (!m_network)
        return;
    TelegramSettings telegram;
    telegram.enabled = true;
    telegram.chatId = controlValue(SettingKey::TelegramChatId).toString().trimmed();
    telegram.baseUrl = QUrl(controlValue(SettingKey::TelegramBaseUrl).toString().trimmed());
    if (telegram.chatId.isEmpty()) {
        m_telegramResult->setText(tr("Give the chat id first."));
        return;
    }
    // The token typed here, for this one message; else the stored one.
    auto *store = new SessionFallbackSecretStore(&m_secrets, this);
    if (!m_token->text().isEmpty())
        store->keepForSession(TelegramChannel::tokenKey(), m_token->text());
    auto *channel = new TelegramChannel(m_network, store, telegram, this);
    m_testTelegram->setEnabled(false);
    m_telegramResult->setText(tr("Sending…"));
    channel->deliver(
        AlertText::testAlert(QDateTime::currentSecsSinceEpoch()), false,
        [this, channel, store, guard = QPointer<SettingsDialog>(this)](const DeliveryResult &result) {
            channel->deleteLater();
            store->deleteLater();
            if (!guard)
                return;
            m_testTelegram->setEnabled(true);
            m_telegramResult->setText(result.delivered ? tr("Sent: look for it in the Telegram chat.")
                                                       : tr("Not sent: %1").arg(result.error));
        });
}
