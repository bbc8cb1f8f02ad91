#include "MeterDialog.h"

#include "model/AmountText.h"
#include "model/Currency.h"
#include "model/FixedPoint.h"
#include "providers/MeterProvider.h"
#include "providers/ProviderRegistry.h"
#include "secrets/SessionFallbackSecretStore.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The provider's fields scroll beyond this many text lines (the generic JSON
// provider has twenty options: 1257 px unscrolled, past the bottom of a 1000 px
// screen).
constexpr int kFieldLines = 16;

// Asks for no more room than its minimum (set to fit the fields, up to
// kFieldLines lines): QScrollArea's own hint would take 24 lines whenever the
// fields are longer.
class FieldsScrollArea final : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override { return minimumSize(); }
};

// A field's one line of help, under it, in the quieter text colour.
QLabel *newHelpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    return label;
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return QString();
}

} // namespace

MeterDialog::MeterDialog(Database &db, SessionFallbackSecretStore &secrets, QNetworkAccessManager &network,
                         std::optional<Meter> existing, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_secrets(secrets)
    , m_network(network)
    , m_existing(std::move(existing))
    , m_provider(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_interval(new QSpinBox(this))
    , m_timezone(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_lowBalance(new QLineEdit(this))
    , m_allowHttp(new QCheckBox(tr("Allow plain http to this server "
                                   "(credentials travel unencrypted)"),
                                this))
    , m_common(new QFormLayout)
    , m_providerBox(new QGroupBox(tr("Provider settings"), this))
    , m_providerScroll(new FieldsScrollArea(m_providerBox))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_existing ? tr("Edit meter") : tr("Add meter"));
    m_askNoKeychain = [this](const QString &sentence) {
        return QMessageBox::question(this, tr("No keychain"),
                                     sentence + QStringLiteral("\n\n") +
                                         tr("Keep the credentials for this session only?"),
                                     QMessageBox::Yes | QMessageBox::Cancel) == QMessageBox::Yes;
    };

    for (const ProviderInfo &info : ProviderRegistry::all())
        m_provider->addItem(info.displayName, info.kind);
    m_provider->setAccessibleName(tr("Provider"));
    m_name->setAccessibleName(tr("Meter name"));
    m_name->setMaxLength(100);
    m_interval->setRange(1, 7 * 24 * 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setAccessibleName(tr("Polling interval in seconds"));
    // Searchable: typing "kolk" or "dhaka" offers the zones containing it.
    m_timezone->setEditable(true);
    m_timezone->setInsertPolicy(QComboBox::NoInsert);
    m_timezone->setAccessibleName(tr("Time zone"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timezone->addItem(QString::fromUtf8(id));
    auto *zones = new QCompleter(m_timezone->model(), m_timezone);
    zones->setFilterMode(Qt::MatchContains);
    zones->setCaseSensitivity(Qt::CaseInsensitive);
    zones->setCompletionMode(QCompleter::PopupCompletion);
    m_timezone->setCompleter(zones);
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setPlaceholderText(tr("Choose the currency"));
    for (const Currency::Choice &c : Currency::choices(QLocale()))
        m_currency->addItem(tr("%1 — %2").arg(c.code, c.name), c.code);
    m_currency->setMaxVisibleItems(16);
    m_lowBalance->setAccessibleName(tr("Low balance warning"));
    m_lowBalance->setPlaceholderText(tr("e.g. 500 (optional)"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));

    auto *common = m_common;
    common->addRow(tr("&Provider:"), m_provider);
    common->addRow(tr("&Name:"), m_name);
    common->addRow(tr("Polling &interval:"), m_interval);
    common->addRow(tr("&Time zone:"), m_timezone);
    common->addRow(tr("&Currency:"), m_currency);
    common->addRow(tr("&Low balance below:"), m_lowBalance);
    common->addRow(QString(), m_allowHttp);

    m_providerScroll->setWidgetResizable(true);
    m_providerScroll->setFrameShape(QFrame::NoFrame);
    m_providerScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *boxLayout = new QVBoxLayout(m_providerBox);
    boxLayout->addWidget(m_providerScroll);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(common);
    layout->addWidget(m_providerBox, 1);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeterDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MeterDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &MeterDialog::testConnection);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &MeterDialog::rebuildProviderFields);

    if (m_existing) {
        m_provider->setCurrentIndex(qMax(0, m_provider->findData(m_existing->provider)));
        m_provider->setEnabled(false); // another provider is another meter
        m_name->setText(m_existing->name);
    }
    rebuildProviderFields();
    if (m_existing) {
        m_interval->setValue(m_existing->intervalSeconds);
        m_timezone->setCurrentText(m_existing->timezone);
        selectCurrency(m_existing->currency);
        if (m_existing->lowBalanceMilli)
            m_lowBalance->setText(
                QLocale().toString(FixedPoint::toDouble(*m_existing->lowBalanceMilli), 'f', 2));
        m_allowHttp->setChecked(m_existing->settings.value(QStringLiteral("allow_http")).toBool());
    }
}

MeterDialog::~MeterDialog()
{
    if (m_testProvider)
        m_testProvider->abort();
}

const ProviderInfo *MeterDialog::provider() const
{
    return ProviderRegistry::find(m_provider->currentData().toString());
}

void MeterDialog::rebuildProviderFields()
{
    const ProviderInfo *info = provider();
    // The old provider's fields go with their labels: a new form on a new widget.
    // (Deleting only the layout left the labels QFormLayout had made drawn over
    // the new fields.)
    m_optionWidgets.clear();
    m_secretEdits.clear();
    m_helpLabels.clear();
    delete m_providerScroll->takeWidget();
    m_providerFields = new QWidget;
    m_providerFields->setObjectName(QStringLiteral("providerFields"));
    auto *form = new QFormLayout(m_providerFields);
    form->setContentsMargins(0, 0, 0, 0);
    const auto fitFields = [this] {
        m_providerScroll->setWidget(m_providerFields);
        // As tall as the fields up to kFieldLines lines, then a scroll bar; never a
        // horizontal one.
        const QSize wanted = m_providerFields->sizeHint();
        const int cap = fontMetrics().lineSpacing() * kFieldLines;
        m_providerScroll->setMinimumWidth(wanted.width() +
                                          m_providerScroll->verticalScrollBar()->sizeHint().width());
        m_providerScroll->setMinimumHeight(qMin(wanted.height(), cap));
    };
    if (!info)
        return fitFields();
    if (!m_existing) {
        m_interval->setValue(info->defaultIntervalSeconds);
        m_timezone->setCurrentText(info->defaultTimezone);
        selectCurrency(info->defaultCurrency);
    }
    const QJsonObject settings = m_existing ? m_existing->settings : QJsonObject{};
    for (const ProviderOption &o : info->options) {
        QWidget *widget = nullptr;
        const QJsonValue current = settings.value(o.settingsKey());
        if (o.type == ProviderOption::Type::Flag) {
            auto *box = new QCheckBox(m_providerFields);
            box->setChecked(current.toBool());
            widget = box;
        } else if (!o.choices.isEmpty()) {
            // The values it takes, in a list: a typo cannot name a setup that does not exist.
            auto *box = new QComboBox(m_providerFields);
            if (!o.required)
                box->addItem(tr("None"), QString());
            for (const QString &choice : o.choices)
                box->addItem(choice, choice);
            const int index = box->findData(textOf(current));
            box->setCurrentIndex(std::max(0, index));
            widget = box;
        } else if (o.repeatable) {
            auto *edit = new QPlainTextEdit(m_providerFields);
            QStringList lines;
            const QJsonArray values = current.toArray();
            for (const auto &v : values)
                lines.append(textOf(v));
            edit->setPlainText(lines.join(QLatin1Char('\n')));
            edit->setPlaceholderText(tr("One per line"));
            edit->setMaximumHeight(80);
            widget = edit;
        } else {
            auto *edit = new QLineEdit(m_providerFields);
            edit->setText(textOf(current));
            if (!o.example.isEmpty())
                edit->setPlaceholderText(tr("e.g. %1").arg(o.example));
            widget = edit;
        }
        const QString label = o.label.isEmpty() ? o.name : o.label;
        widget->setAccessibleName(label);
        widget->setAccessibleDescription(o.help);
        m_optionWidgets.insert(o.name, widget);
        form->addRow(o.required ? tr("%1 (required):").arg(label) : tr("%1:").arg(label), widget);
        if (!o.help.isEmpty()) {
            QLabel *help = newHelpLabel(o.help, m_providerFields);
            m_helpLabels.insert(o.name, help);
            form->addRow(QString(), help);
        }
    }
    for (const QString &field : info->secrets()) {
        const ProviderFieldText text = info->secretText(field);
        auto *edit = new QLineEdit(m_providerFields);
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(text.label);
        edit->setAccessibleDescription(text.help);
        edit->setPlaceholderText(m_existing ? tr("stored in the keychain; type to replace")
                                            : tr("kept in the OS keychain"));
        const bool required = info->requiredSecrets.contains(field);
        m_secretEdits.insert(field, edit);
        form->addRow(required ? tr("%1 (required):").arg(text.label) : tr("%1:").arg(text.label), edit);
        if (!text.help.isEmpty()) {
            QLabel *help = newHelpLabel(text.help, m_providerFields);
            m_helpLabels.insert(field, help);
            form->addRow(QString(), help);
        }
    }
    if (info->options.isEmpty() && info->secrets().isEmpty())
        form->addRow(new QLabel(tr("Nothing to set for this provider."), m_providerFields));
    fitFields();
    m_allowHttp->setVisible(info->polled && info->kind != QLatin1String("simulator"));
    // Typed-in meters are never polled: no interval to ask for.
    m_common->setRowVisible(m_interval, info->polled);
    m_test->setEnabled(info->polled);
    m_message->clear();
    if (isVisible()) {
        // As tall as the new provider's form needs (the width stays the user's). The size
        // hints are brought up to date now rather than on the posted layout requests.
        m_providerBox->updateGeometry();
        layout()->activate();
        resize(width(), sizeHint().height());
    }
}

MeterSetup::Draft MeterDialog::draftFromForm() const
{
    MeterSetup::Draft draft;
    const ProviderInfo *info = provider();
    draft.provider = info ? info->kind : QString();
    draft.name = m_name->text();
    draft.intervalSeconds = m_interval->value();
    draft.timezone = m_timezone->currentText();
    draft.currency = m_currency->currentData().toString();
    draft.allowHttp = m_allowHttp->isVisible() && m_allowHttp->isChecked();
    if (info) {
        for (const ProviderOption &o : info->options) {
            QWidget *widget = m_optionWidgets.value(o.name);
            if (auto *box = qobject_cast<QCheckBox *>(widget)) {
                if (box->isChecked())
                    draft.options.append({o.name, QStringLiteral("1")});
            } else if (auto *list = qobject_cast<QComboBox *>(widget)) {
                if (const QString value = list->currentData().toString(); !value.isEmpty())
                    draft.options.append({o.name, value});
            } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
                for (const QString &line : text->toPlainText().split(QLatin1Char('\n'))) {
                    if (!line.trimmed().isEmpty())
                        draft.options.append({o.name, line.trimmed()});
                }
            } else if (auto *edit = qobject_cast<QLineEdit *>(widget);
                       edit && !edit->text().trimmed().isEmpty()) {
                draft.options.append({o.name, edit->text().trimmed()});
            }
        }
    }
    draft.secrets = typedSecrets();
    return draft;
}

Result<Meter> MeterDialog::meterFromForm(MeterSetup::Draft *draft) const
{
    using R = Result<Meter>;
    *draft = draftFromForm();
    // The low balance is typed in the user's locale (or with a dot), read exactly.
    if (const QString low = m_lowBalance->text().trimmed(); !low.isEmpty()) {
        const AmountText::Parsed parsed = AmountText::parse(low, QLocale());
        if (!parsed)
            return R::failure(
                ErrorKind::InvalidInput,
                tr("The low balance warning needs an amount such as 500, not \"%1\".").arg(low));
        draft->lowBalanceMilli = parsed.milli;
    }
    const MeterSetup::Outcome checked = MeterSetup::check(*draft, m_existing);
    if (!checked)
        return R::failure(checked.error.sentence);
    return *checked.meter;
}

QHash<QString, QString> MeterDialog::typedSecrets() const
{
    QHash<QString, QString> values;
    for (auto it = m_secretEdits.constBegin(); it != m_secretEdits.constEnd(); ++it) {
        if (!it.value()->text().isEmpty())
            values.insert(it.key(), it.value()->text());
    }
    return values;
}

void MeterDialog::selectCurrency(const QString &code)
{
    if (code.isEmpty()) {
        m_currency->setCurrentIndex(-1);
        return;
    }
    int index = m_currency->findData(code);
    if (index < 0) {
        // Not an ISO code: IngufuPay's balance is in kWh units.
        const QString name = code == QLatin1String("kWh") ? tr("kWh — the balance is in energy units") : code;
        m_currency->insertItem(0, name, code);
        index = 0;
    }
    m_currency->setCurrentIndex(index);
}

void MeterDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void MeterDialog::testConnection()
{
    MeterSetup::Draft draft;
    Result<Meter> meter = meterFromForm(&draft);
    if (!meter)
        return showMessage(meter.error(), true);
    if (m_testProvider)
        return;
    Meter probe = meter.value();
    if (!m_existing) {
        MeterSetup::prepare(probe, QDateTime::currentSecsSinceEpoch());
        probe.id = -1; // not stored: typed credentials only
    }
    // Typed credentials in front of the stored ones, for this one fetch only.
    auto *store = new SessionFallbackSecretStore(&m_secrets, this);
    const QHash<QString, QString> typed = typedSecrets();
    for (auto it = typed.constBegin(); it != typed.constEnd(); ++it)
        store->keepForSession(SecretStore::keyFor(probe.id, it.key()), it.value());
    ProviderContext context{&m_network, store};
    context.frontEnd = ProviderContext::FrontEnd::Window;
    MeterProvider *provider = ProviderRegistry::create(probe, context, this);
    if (!provider)
        return showMessage(tr("This provider has no server to test."), false);
    m_testProvider = provider;
    m_test->setEnabled(false);
    showMessage(tr("Testing…"), false);
    connect(provider, &MeterProvider::finished, this, [this, provider, store](const FetchOutcome &outcome) {
        showMessage(outcome.isSuccess() ? tr("Connection works: %1").arg(outcome.sentence())
                                        : outcome.sentence(),
                    !outcome.isSuccess());
        m_test->setEnabled(true);
        m_testProvider = nullptr;
        provider->deleteLater();
        store->deleteLater();
        emit testFinished(outcome);
    });
    provider->fetch();
}

void MeterDialog::accept()
{
    if (m_saving)
        return;
    MeterSetup::Draft draft;
    if (Result<Meter> meter = meterFromForm(&draft); !meter)
        return showMessage(meter.error(), true);
    m_saving = true;
    m_buttons->setEnabled(false);
    MeterSetup setup(m_db, m_secrets);
    setup.setNoKeychainQuestion(m_askNoKeychain);
    const auto saved = [this, guard = QPointer<MeterDialog>(this)](const MeterSetup::Outcome &outcome) {
        if (!guard)
            return;
        m_saving = false;
        m_buttons->setEnabled(true);
        if (!outcome) {
            const bool nowhere = outcome.error.kind == MeterSetup::ErrorKind::NoKeychain;
            showMessage(nowhere ? tr("The meter was not saved: its credentials have nowhere "
                                     "safe to go.")
                                : outcome.error.sentence,
                        true);
            return;
        }
        m_saved = outcome.meter;
        QDialog::accept();
    };
    if (m_existing)
        setup.update(*m_existing, draft, saved);
    else
        setup.add(draft, saved);
}
