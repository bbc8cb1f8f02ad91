#include "TariffDialog.h"

#include "MeterTimeEdit.h"
#include "analytics/LocalCalendar.h"
#include "model/AmountText.h"
#include "model/FixedPoint.h"
#include "services/TariffBook.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

// A stored number as the fields show it: "89", "5.5", "0.125" (the plain form, which every
// locale's parse accepts too).
QString numberText(double value)
{
    return QString::number(value, 'f', 3).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setItem(row, column, new QTableWidgetItem(text));
}

// A time typed with the digits of the user's script ("২২:০০") as core reads it ("22:00").
QString asciiDigits(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out += c.digitValue() >= 0 ? QChar(u'0' + c.digitValue()) : c;
    return out;
}

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setAccessibleName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

} // namespace

TariffDialog::TariffDialog(Database &db, const Meter &meter, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_meter(meter)
    , m_clock(clock)
    , m_versions(new QListWidget(this))
    , m_new(new QPushButton(tr("&New version"), this))
    , m_remove(new QPushButton(tr("Re&move version"), this))
    , m_start(new MeterTimeEdit(MeterTimeEdit::Mode::Date, this))
    , m_presets(new QComboBox(this))
    , m_savePreset(new QPushButton(tr("Save as pr&eset…"), this))
    , m_flatButton(new QRadioButton(tr("One &rate"), this))
    , m_slabsButton(new QRadioButton(tr("Monthly s&labs"), this))
    , m_flat(new QLineEdit(this))
    , m_slabs(makeTable({tr("From kWh"), tr("To kWh"), tr("Rate per kWh")}, tr("Slabs"), this))
    , m_periods(makeTable({tr("From"), tr("To"), tr("Rate per kWh")}, tr("Time-of-use periods"), this))
    , m_generator(new QLineEdit(this))
    , m_daily(new QLineEdit(this))
    , m_monthly(new QLineEdit(this))
    , m_tax(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("&Save version"), this))
{
    setWindowTitle(tr("Tariff of %1").arg(m_meter.name));
    m_start->setZone(QTimeZone(m_meter.timezone.toUtf8()));
    m_start->editor()->setAccessibleName(tr("Starts on"));
    m_versions->setAccessibleName(tr("Tariff versions"));
    m_presets->setAccessibleName(tr("Preset"));
    m_flat->setAccessibleName(tr("Rate per kWh"));
    m_generator->setAccessibleName(tr("Generator rate per kWh"));
    m_daily->setAccessibleName(tr("Fixed charge per day"));
    m_monthly->setAccessibleName(tr("Fixed charge per month"));
    m_tax->setAccessibleName(tr("Tax"));
    m_generator->setPlaceholderText(tr("none"));
    m_daily->setPlaceholderText(QStringLiteral("0"));
    m_monthly->setPlaceholderText(QStringLiteral("0"));
    m_tax->setPlaceholderText(QStringLiteral("0"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_save->setDefault(true);

    // Left: the versions.
    auto *versionsBox = new QGroupBox(tr("Versions"), this);
    auto *versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->addWidget(m_versions, 1);
    auto *versionButtons = new QHBoxLayout;
    versionButtons->addWidget(m_new);
    versionButtons->addWidget(m_remove);
    versionsLayout->addLayout(versionButtons);
    auto *versionsHelp = new QLabel(tr("Each version is in force from its start until the next one starts; "
                                       "earlier days keep their prices."),
                                    versionsBox);
    versionsHelp->setWordWrap(true);
    versionsHelp->setForegroundRole(QPalette::PlaceholderText);
    versionsLayout->addWidget(versionsHelp);

    // Right: one version.
    const QString currency = m_meter.currency;
    auto *top = new QFormLayout;
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(m_savePreset);
    auto *presetLabel = new QLabel(tr("&Preset:"), this);
    presetLabel->setBuddy(m_presets);
    top->addRow(presetLabel, presetRow);
    auto *startLabel = new QLabel(tr("Starts &on:"), this);
    startLabel->setBuddy(m_start->editor());
    top->addRow(startLabel, m_start);

    auto *energyBox = new QGroupBox(tr("Grid energy (%1 per kWh)").arg(currency), this);
    auto *energyLayout = new QVBoxLayout(energyBox);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_flatButton);
    kinds->addButton(m_slabsButton);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_flatButton);
    kindRow->addWidget(m_flat, 1);
    kindRow->addSpacing(12);
    kindRow->addWidget(m_slabsButton);
    kindRow->addStretch(1);
    energyLayout->addLayout(kindRow);
    energyLayout->addWidget(m_slabs, 1);
    auto *slabButtons = new QHBoxLayout;
    auto *addSlab = new QPushButton(tr("Add slab"), energyBox);
    auto *removeSlab = new QPushButton(tr("Remove slab"), energyBox);
    slabButtons->addWidget(addSlab);
    slabButtons->addWidget(removeSlab);
    auto *slabHelp =
        new QLabel(tr("Slabs follow the month's use. Leave the last slab's end empty."), energyBox);
    slabHelp->setWordWrap(true);
    slabHelp->setForegroundRole(QPalette::PlaceholderText);
    slabButtons->addWidget(slabHelp, 1);
    energyLayout->addLayout(slabButtons);

    auto *touBox = new QGroupBox(tr("Time of use (local time, replaces the rate above)"), this);
    auto *touLayout = new QVBoxLayout(touBox);
    touLayout->addWidget(m_periods, 1);
    auto *touButtons = new QHBoxLayout;
    auto *addPeriod = new QPushButton(tr("Add period"), touBox);
    auto *removePeriod = new QPushButton(tr("Remove period"), touBox);
    touButtons->addWidget(addPeriod);
    touButtons->addWidget(removePeriod);
    auto *touHelp = new QLabel(tr("Times like 22:00; a period may cross midnight."), touBox);
    touHelp->setWordWrap(true);
    touHelp->setForegroundRole(QPalette::PlaceholderText);
    touButtons->addWidget(touHelp, 1);
    touLayout->addLayout(touButtons);

    // Two pairs a row: the slab and period tables keep the height.
    auto *chargesBox = new QGroupBox(tr("Other charges (%1)").arg(currency), this);
    auto *charges = new QGridLayout(chargesBox);
    const auto addCharge = [this, charges](const QString &text, QLineEdit *edit, int row, int column) {
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        charges->addWidget(label, row, column * 2);
        charges->addWidget(edit, row, column * 2 + 1);
    };
    addCharge(tr("&Generator rate per kWh:"), m_generator, 0, 0);
    addCharge(tr("Ta&x (%):"), m_tax, 0, 1);
    addCharge(tr("Fixed charge per &day:"), m_daily, 1, 0);
    addCharge(tr("Fixed charge per mon&th:"), m_monthly, 1, 1);
    charges->setColumnStretch(1, 1);
    charges->setColumnStretch(3, 1);

    auto *editor = new QVBoxLayout;
    editor->addLayout(top);
    editor->addWidget(energyBox, 3);
    editor->addWidget(touBox, 2);
    // Three slabs and two periods in view without scrolling.
    const int rowHeight = m_slabs->verticalHeader()->defaultSectionSize();
    m_slabs->setMinimumHeight(m_slabs->horizontalHeader()->sizeHint().height() + 3 * rowHeight + 4);
    m_periods->setMinimumHeight(m_periods->horizontalHeader()->sizeHint().height() + 2 * rowHeight + 4);
    editor->addWidget(chargesBox);
    editor->addWidget(m_problem);

    auto *columns = new QHBoxLayout;
    columns->addWidget(versionsBox, 1);
    columns->addLayout(editor, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { saveVersion(); });
    connect(m_new, &QPushButton::clicked, this, &TariffDialog::newVersion);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeVersion(); });
    connect(m_versions, &QListWidget::currentRowChanged, this, &TariffDialog::showVersion);
    connect(m_presets, &QComboBox::activated, this, &TariffDialog::applyPreset);
    connect(m_savePreset, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save as preset"), tr("Name of the preset:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            savePreset(name);
    });
    connect(m_flatButton, &QRadioButton::toggled, this, &TariffDialog::updateRateKind);
    connect(addSlab, &QPushButton::clicked, this, [this] { m_slabs->insertRow(m_slabs->rowCount()); });
    connect(removeSlab, &QPushButton::clicked, this, [this] {
        if (m_slabs->rowCount() > 0)
            m_slabs->removeRow(m_slabs->currentRow() >= 0 ? m_slabs->currentRow() : m_slabs->rowCount() - 1);
    });
    connect(addPeriod, &QPushButton::clicked, this, [this] { m_periods->insertRow(m_periods->rowCount()); });
    connect(removePeriod, &QPushButton::clicked, this, [this] {
        if (m_periods->rowCount() > 0)
            m_periods->removeRow(m_periods->currentRow() >= 0 ? m_periods->currentRow()
                                                              : m_periods->rowCount() - 1);
    });

    m_flatButton->setChecked(true);
    updateRateKind();
    reloadPresets();
    reload();
    resize(980, 660);
}

void TariffDialog::reload()
{
    const Result<QList<TariffVersion>> versions = TariffBook(m_db).versions(m_meter);
    const QSignalBlocker block(m_versions);
    m_versions->clear();
    if (!versions) {
        setProblem(versions.error());
        return;
    }
    const QLocale locale;
    for (int i = 0; i < versions->size(); ++i) {
        const TariffVersion &v = versions.value()[i];
        const std::optional<QDate> to = TariffBook::validTo(versions.value(), i);
        const QString from = locale.toString(v.validFrom, QLocale::ShortFormat);
        auto *item =
            new QListWidgetItem(to ? tr("%1 to %2").arg(from, locale.toString(*to, QLocale::ShortFormat))
                                   : tr("From %1").arg(from),
                                m_versions);
        item->setData(Qt::UserRole, v.validFrom);
        item->setData(Qt::UserRole + 1, v.tariff.toJson());
    }
    if (m_versions->count() == 0) {
        newVersion();
        return;
    }
    m_versions->setCurrentRow(m_versions->count() - 1);
    showVersion(m_versions->count() - 1);
}

void TariffDialog::showVersion(int row)
{
    if (row < 0 || row >= m_versions->count())
        return;
    const QListWidgetItem *item = m_versions->item(row);
    m_editing = item->data(Qt::UserRole).toDate();
    m_start->setDate(*m_editing);
    fillFields(item->data(Qt::UserRole + 1).toJsonObject());
    m_remove->setEnabled(true);
    setProblem(QString());
}

void TariffDialog::newVersion()
{
    {
        const QSignalBlocker block(m_versions);
        m_versions->setCurrentRow(-1);
        m_versions->clearSelection();
    }
    m_editing.reset();
    m_start->setDate(LocalCalendar(QTimeZone(m_meter.timezone.toUtf8())).localDate(m_clock.now()));
    m_remove->setEnabled(false);
    setProblem(QString());
}

void TariffDialog::fillFields(const QJsonObject &spec)
{
    const bool flat = spec.contains(QStringLiteral("flat_rate"));
    (flat ? m_flatButton : m_slabsButton)->setChecked(true);
    m_flat->setText(flat ? numberText(spec.value(QStringLiteral("flat_rate")).toDouble()) : QString());
    const QJsonArray slabs = spec.value(QStringLiteral("slabs")).toArray();
    m_slabs->setRowCount(0);
    for (const QJsonValue value : slabs) {
        const QJsonObject o = value.toObject();
        const int row = m_slabs->rowCount();
        m_slabs->insertRow(row);
        setCell(m_slabs, row, 0, numberText(o.value(QStringLiteral("from_kwh")).toDouble()));
        setCell(m_slabs, row, 1,
                o.contains(QStringLiteral("to_kwh"))
                    ? numberText(o.value(QStringLiteral("to_kwh")).toDouble())
                    : QString());
        setCell(m_slabs, row, 2, numberText(o.value(QStringLiteral("rate")).toDouble()));
    }
    const QJsonArray periods = spec.value(QStringLiteral("tou")).toArray();
    m_periods->setRowCount(0);
    for (const QJsonValue value : periods) {
        const QJsonObject o = value.toObject();
        const int row = m_periods->rowCount();
        m_periods->insertRow(row);
        setCell(m_periods, row, 0, o.value(QStringLiteral("from")).toString());
        setCell(m_periods, row, 1, o.value(QStringLiteral("to")).toString());
        setCell(m_periods, row, 2, numberText(o.value(QStringLiteral("rate")).toDouble()));
    }
    const auto optionalNumber = [&spec](const char *key) {
        const QJsonValue v = spec.value(QLatin1String(key));
        return v.isDouble() ? numberText(v.toDouble()) : QString();
    };
    m_generator->setText(optionalNumber("generator_rate"));
    m_daily->setText(optionalNumber("fixed_daily"));
    m_monthly->setText(optionalNumber("fixed_monthly"));
    m_tax->setText(optionalNumber("tax_percent"));
    updateRateKind();
}

void TariffDialog::updateRateKind()
{
    const bool flat = m_flatButton->isChecked();
    m_flat->setEnabled(flat);
    m_slabs->setEnabled(!flat);
    if (!flat && m_slabs->rowCount() == 0) {
        // A start the user fills in: the first slab begins at 0.
        m_slabs->insertRow(0);
        setCell(m_slabs, 0, 0, QStringLiteral("0"));
    }
}

void TariffDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

std::optional<QJsonObject> TariffDialog::specFromFields(QString *problem) const
{
    const QLocale locale;
    QJsonObject spec;
    // A number typed in the user's locale, as thousandths; the sentence names the field.
    const auto number = [&](const QString &text, const QString &field) -> std::optional<double> {
        const AmountText::Parsed parsed = AmountText::parse(text, locale);
        if (!parsed) {
            *problem = tr("%1: %2").arg(field, AmountText::problemText(parsed.problem, text));
            return std::nullopt;
        }
        return FixedPoint::toDouble(parsed.milli);
    };
    if (m_flatButton->isChecked()) {
        const std::optional<double> rate = number(m_flat->text().trimmed(), tr("Rate per kWh"));
        if (!rate)
            return std::nullopt;
        spec.insert(QStringLiteral("flat_rate"), *rate);
    } else {
        QJsonArray slabs;
        for (int row = 0; row < m_slabs->rowCount(); ++row) {
            const QString from = cellText(m_slabs, row, 0);
            const QString to = cellText(m_slabs, row, 1);
            const QString rate = cellText(m_slabs, row, 2);
            if (from.isEmpty() && to.isEmpty() && rate.isEmpty())
                continue; // an empty row is no slab
            const QString name = tr("Slab %1").arg(row + 1);
            const std::optional<double> fromKwh = number(from, tr("%1, from kWh").arg(name));
            if (!fromKwh)
                return std::nullopt;
            QJsonObject o{{QStringLiteral("from_kwh"), *fromKwh}};
            if (!to.isEmpty()) {
                const std::optional<double> toKwh = number(to, tr("%1, to kWh").arg(name));
                if (!toKwh)
                    return std::nullopt;
                o.insert(QStringLiteral("to_kwh"), *toKwh);
            }
            const std::optional<double> slabRate = number(rate, tr("%1, rate").arg(name));
            if (!slabRate)
                return std::nullopt;
            o.insert(QStringLiteral("rate"), *slabRate);
            slabs.append(o);
        }
        spec.insert(QStringLiteral("slabs"), slabs);
    }
    QJsonArray periods;
    for (int row = 0; row < m_periods->rowCount(); ++row) {
        const QString from = asciiDigits(cellText(m_periods, row, 0));
        const QString to = asciiDigits(cellText(m_periods, row, 1));
        const QString rate = cellText(m_periods, row, 2);
        if (from.isEmpty() && to.isEmpty() && rate.isEmpty())
            continue;
        const std::optional<double> periodRate = number(rate, tr("Period %1, rate").arg(row + 1));
        if (!periodRate)
            return std::nullopt;
        periods.append(QJsonObject{{QStringLiteral("from"), from},
                                   {QStringLiteral("to"), to},
                                   {QStringLiteral("rate"), *periodRate}});
    }
    if (!periods.isEmpty())
        spec.insert(QStringLiteral("tou"), periods);
    const std::pair<QLineEdit *, const char *> optionals[] = {{m_generator, "generator_rate"},
                                                              {m_daily, "fixed_daily"},
                                                              {m_monthly, "fixed_monthly"},
                                                              {m_tax, "tax_percent"}};
    for (const auto &[edit, key] : optionals) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        const std::optional<double> value = number(text, edit->accessibleName());
        if (!value)
            return std::nullopt;
        spec.insert(QLatin1String(key), *value);
    }
    return spec;
}

bool TariffDialog::saveVersion()
{
    QString problem;
    const std::optional<QJsonObject> spec = specFromFields(&problem);
    if (!spec) {
        setProblem(problem);
        return false;
    }
    const QDate from = m_start->date();
    TariffBook book(m_db);
    const Result<TariffVersion> stored =
        m_editing ? book.replace(m_meter, *m_editing, from, *spec) : book.set(m_meter, from, *spec);
    if (!stored) {
        setProblem(stored.error());
        return false;
    }
    reload();
    for (int row = 0; row < m_versions->count(); ++row) {
        if (m_versions->item(row)->data(Qt::UserRole).toDate() == from)
            m_versions->setCurrentRow(row);
    }
    emit changed();
    return true;
}

bool TariffDialog::removeVersion(bool confirm)
{
    if (!m_editing)
        return false;
    const QLocale locale;
    if (confirm && QMessageBox::question(
                       this, tr("Remove version"),
                       tr("Remove the tariff version starting on %1? Its days take the prices of the "
                          "version before it, or none.")
                           .arg(locale.toString(*m_editing, QLocale::ShortFormat)),
                       QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    if (Status removed = TariffBook(m_db).remove(m_meter, *m_editing); !removed) {
        setProblem(removed.error());
        return false;
    }
    reload();
    emit changed();
    return true;
}

void TariffDialog::reloadPresets()
{
    const Result<QList<TariffPreset>> presets = TariffPresets(m_db).all();
    m_presetList = presets ? presets.value() : TariffPresets::builtIn();
    m_presets->clear();
    m_presets->addItem(tr("Choose a preset…"));
    for (const TariffPreset &p : std::as_const(m_presetList)) {
        m_presets->addItem(p.builtIn ? p.name : tr("%1 (yours, %2)").arg(p.name, p.currency));
        m_presets->setItemData(m_presets->count() - 1, p.source.isEmpty() ? p.name : p.source,
                               Qt::ToolTipRole);
    }
}

void TariffDialog::applyPreset(int index)
{
    if (index <= 0 || index > m_presetList.size())
        return;
    const TariffPreset &preset = m_presetList[index - 1];
    fillFields(preset.spec);
    m_presets->setCurrentIndex(0);
    setProblem(preset.currency.compare(m_meter.currency, Qt::CaseInsensitive) == 0
                   ? QString()
                   : tr("This preset's rates are in %1, this meter's are in %2: check them before saving.")
                         .arg(preset.currency, m_meter.currency));
}

bool TariffDialog::savePreset(const QString &name)
{
    QString problem;
    const std::optional<QJsonObject> spec = specFromFields(&problem);
    if (!spec) {
        setProblem(problem);
        return false;
    }
    const Result<Tariff> tariff = Tariff::fromJson(*spec);
    if (!tariff) {
        setProblem(tariff.error());
        return false;
    }
    if (Status saved = TariffPresets(m_db).save(name, m_meter.currency, tariff.value()); !saved) {
        setProblem(saved.error());
        return false;
    }
    reloadPresets();
    setProblem(QString());
    return true;
}
