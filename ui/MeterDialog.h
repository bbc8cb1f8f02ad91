#pragma once

#include "model/Meter.h"
#include "model/Result.h"
#include "providers/FetchOutcome.h"
#include "services/MeterSetup.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>

class Database;
class MeterProvider;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QWidget;
class SessionFallbackSecretStore;
struct ProviderInfo;

// Add or edit a meter, for any provider: the form is built from the provider's
// registry row (its options and credential fields), every field is validated
// with a sentence, "Test connection" runs one real fetch with what is typed,
// and credentials go to the OS keychain (or, when none is reachable and the
// user agrees, to memory for this session only).
class MeterDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` set: edit it (credentials left empty are kept as stored).
    MeterDialog(Database &db, SessionFallbackSecretStore &secrets, QNetworkAccessManager &network,
                std::optional<Meter> existing = std::nullopt, QWidget *parent = nullptr);
    ~MeterDialog() override;

    // The meter as saved, once accepted.
    const std::optional<Meter> &savedMeter() const { return m_saved; }
    // Asked when no keychain is reachable; returns whether to keep the
    // credentials for this session only. Default: a question box. Tests replace
    // it.
    void setNoKeychainQuestion(std::function<bool(const QString &sentence)> ask)
    {
        m_askNoKeychain = std::move(ask);
    }

    // For tests and accessibility: the widgets by option or credential name.
    QComboBox *providerBox() const { return m_provider; }
    QLineEdit *nameEdit() const { return m_name; }
    QWidget *optionWidget(const QString &name) const { return m_optionWidgets.value(name); }
    QLineEdit *secretEdit(const QString &field) const { return m_secretEdits.value(field); }
    QPushButton *testButton() const { return m_test; }
    // The provider's fields (rebuilt, not reused, when the provider changes), in
    // a scroll area.
    QWidget *providerFields() const { return m_providerFields; }
    QLabel *messageLabel() const { return m_message; }
    // The currency (ISO 4217 codes, named; the code stored) and time zone (searchable) boxes.
    QComboBox *currencyBox() const { return m_currency; }
    QComboBox *timezoneBox() const { return m_timezone; }
    QSpinBox *intervalBox() const { return m_interval; }
    // The one line of help under a field of the provider, by option or credential name.
    QLabel *helpLabel(const QString &name) const { return m_helpLabels.value(name); }

    void accept() override;

signals:
    void testFinished(const FetchOutcome &outcome);

private:
    void rebuildProviderFields();
    const ProviderInfo *provider() const;
    // What the form says, as MeterSetup takes it (the low balance aside: it is typed in the
    // user's locale and parsed by meterFromForm).
    MeterSetup::Draft draftFromForm() const;
    // The draft and the meter it describes, checked by MeterSetup; a sentence on the first
    // problem.
    Result<Meter> meterFromForm(MeterSetup::Draft *draft) const;
    QHash<QString, QString> typedSecrets() const;
    void testConnection();
    void showMessage(const QString &text, bool error);
    // Selects `code` in the currency box, adding it (e.g. "kWh") when it is not an ISO code.
    void selectCurrency(const QString &code);

    Database &m_db;
    SessionFallbackSecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    std::optional<Meter> m_existing;
    std::optional<Meter> m_saved;
    std::function<bool(const QString &)> m_askNoKeychain;

    QComboBox *m_provider;
    QLineEdit *m_name;
    QSpinBox *m_interval;
    QComboBox *m_timezone;
    QComboBox *m_currency;
    QLineEdit *m_lowBalance;
    QCheckBox *m_allowHttp;
    QFormLayout *m_common;
    QWidget *m_providerBox;
    QScrollArea *m_providerScroll;
    QWidget *m_providerFields = nullptr;
    QHash<QString, QWidget *> m_optionWidgets;
    QHash<QString, QLineEdit *> m_secretEdits;
    QHash<QString, QLabel *> m_helpLabels;
    QPushButton *m_test;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPointer<MeterProvider> m_testProvider;
    bool m_saving = false;
};
