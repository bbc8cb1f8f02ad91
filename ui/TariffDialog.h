#pragma once

#include "analytics/TariffPresets.h"
#include "model/Clock.h"
#include "model/Meter.h"

#include <QDialog>
#include <QJsonObject>

#include <optional>

class Database;
class MeterTimeEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableWidget;

// Meter > Tariff…: a meter's tariff versions (each from its start date until the next one's),
// and an editor for one of them: one rate or monthly slabs, time-of-use periods, the generator
// rate, fixed daily and monthly charges and tax. Checked and stored by TariffBook, the rule the
// CLI's `tariff set` uses; a refused version keeps every field as typed and says why. Presets
// (TariffPresets: built in from published tariffs, or saved by the user) fill the fields.
class TariffDialog : public QDialog
{
    Q_OBJECT
public:
    TariffDialog(Database &db, const Meter &meter, const Clock &clock, QWidget *parent = nullptr);

    // Reads what is stored again and selects the newest version (or a new one without any).
    void reload();
    // Starts a new version from today (the meter's day), keeping the prices shown.
    void newVersion();
    // Checks and stores the version in the fields; false (and the reason shown) when refused.
    bool saveVersion();
    // Removes the selected version after asking (`confirm` false: without asking).
    bool removeVersion(bool confirm = true);
    // Fills the prices from preset `index` of presetBox() (0 is "Choose a preset…").
    void applyPreset(int index);
    // Saves the prices in the fields as the user's preset `name`; false and the reason shown
    // when refused.
    bool savePreset(const QString &name);

    // The fields, for tests and accessibility.
    QListWidget *versionList() const { return m_versions; }
    MeterTimeEdit *startEdit() const { return m_start; }
    QComboBox *presetBox() const { return m_presets; }
    QRadioButton *flatButton() const { return m_flatButton; }
    QRadioButton *slabsButton() const { return m_slabsButton; }
    QLineEdit *flatEdit() const { return m_flat; }
    QTableWidget *slabTable() const { return m_slabs; }
    QTableWidget *periodTable() const { return m_periods; }
    QLineEdit *generatorEdit() const { return m_generator; }
    QLineEdit *dailyEdit() const { return m_daily; }
    QLineEdit *monthlyEdit() const { return m_monthly; }
    QLineEdit *taxEdit() const { return m_tax; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *problemLabel() const { return m_problem; }

signals:
    // A version was stored or removed: bills and estimates changed.
    void changed();

private:
    void showVersion(int row);
    void fillFields(const QJsonObject &spec);
    void reloadPresets();
    void updateRateKind();
    void setProblem(const QString &text);
    // The spec of the fields in Tariff::fromJson's form, or a sentence naming the field whose
    // text is not a number.
    std::optional<QJsonObject> specFromFields(QString *problem) const;

    Database &m_db;
    Meter m_meter;
    Clock m_clock;
    QList<TariffPreset> m_presetList;
    // The start date of the version being edited; none: a new version.
    std::optional<QDate> m_editing;
    QListWidget *m_versions;
    QPushButton *m_new;
    QPushButton *m_remove;
    MeterTimeEdit *m_start;
    QComboBox *m_presets;
    QPushButton *m_savePreset;
    QRadioButton *m_flatButton;
    QRadioButton *m_slabsButton;
    QLineEdit *m_flat;
    QTableWidget *m_slabs;
    QTableWidget *m_periods;
    QLineEdit *m_generator;
    QLineEdit *m_daily;
    QLineEdit *m_monthly;
    QLineEdit *m_tax;
    QLabel *m_problem;
    QPushButton *m_save;
};
