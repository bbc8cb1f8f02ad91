#include "CsvImportDialog.h"

#include "export/CsvFieldParser.h"
#include "export/CsvWriter.h"
#include "export/ExportCell.h"
#include "export/ReadingColumns.h"
#include "model/TimeFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

constexpr int kPreviewRows = 20;

// Our own column name for each field, and words that give a column away in other layouts.
const char *const kOwnNames[] = {"time", "balance", "grid_kwh", "generator_kwh", "load_kw", "source"};
const QList<QStringList> &hints()
{
    static const QList<QStringList> list = {
        {QStringLiteral("time"), QStringLiteral("date"), QStringLiteral("zeit"), QStringLiteral("datum"),
         QStringLiteral("timestamp")},
        {QStringLiteral("balance"), QStringLiteral("guthaben"), QStringLiteral("saldo"),
         QStringLiteral("credit")},
        {QStringLiteral("grid"), QStringLiteral("eb")},
        {QStringLiteral("generator"), QStringLiteral("dg")},
        {QStringLiteral("load"), QStringLiteral("power")},
        {QStringLiteral("source"), QStringLiteral("supply")},
    };
    return list;
}

} // namespace

CsvImportDialog::CsvImportDialog(const QList<Meter> &meters, std::optional<qint64> currentMeterId,
                                 const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_meters(meters)
    , m_path(path)
    , m_meter(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_timeFormat(new QComboBox(this))
    , m_decimalComma(new QCheckBox(tr("Numbers use a decimal &comma (1234,56)"), this))
    , m_skipBadRows(new QCheckBox(tr("&Skip bad rows (otherwise one bad row stops the import)"), this))
    , m_layout(new QLabel(this))
    , m_zone(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_result(new QPlainTextEdit(this))
    , m_check(new QPushButton(tr("C&heck"), this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setWindowTitle(tr("Import CSV: %1").arg(QFileInfo(path).fileName()));
    setObjectName(QStringLiteral("csvImportDialog"));
    resize(820, 620);

    for (const Meter &m : meters)
        m_meter->addItem(m.name, m.id);
    if (currentMeterId)
        m_meter->setCurrentIndex(qMax(0, m_meter->findData(*currentMeterId)));
    m_meter->setAccessibleName(tr("Meter the rows belong to"));
    m_kind->addItem(tr("Readings"), QStringLiteral("readings"));
    m_kind->addItem(tr("Recharges (Kilowatch's own export)"), QStringLiteral("recharges"));
    m_kind->setAccessibleName(tr("What the file holds"));
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setAccessibleName(tr("Field delimiter"));
    m_timeFormat->setEditable(true);
    // The formats core offers (and detects): the named ones described, patterns as they are.
    for (const QString &format : CsvFieldParser::timeFormats()) {
        if (format == QLatin1String("iso"))
            m_timeFormat->addItem(tr("ISO 8601 (2025-07-25T15:30:00+05:30)"), format);
        else if (format == QLatin1String("epoch"))
            m_timeFormat->addItem(tr("Unix time in seconds"), format);
        else if (format == QLatin1String("epoch-ms"))
            m_timeFormat->addItem(tr("Unix time in milliseconds"), format);
        else
            m_timeFormat->addItem(format, format);
    }
    m_timeFormat->setToolTip(
        tr("Pick one, or type a Qt date format such as dd/MM/yy hh:mm AP. Times without an "
           "offset are read in the meter's time zone."));
    m_timeFormat->setAccessibleName(tr("Time format"));

    const QStringList fieldNames = {tr("Time"),          tr("Balance"), tr("Grid kWh"),
                                    tr("Generator kWh"), tr("Load kW"), tr("Power source")};
    auto *columns = new QGridLayout;
    for (int f = 0; f < FieldCount; ++f) {
        auto *box = new QComboBox(this);
        box->setAccessibleName(tr("Column of the %1").arg(fieldNames[f].toLower()));
        m_columns.append(box);
        auto *label = new QLabel(fieldNames[f] + QLatin1Char(':'), this);
        label->setBuddy(box);
        columns->addWidget(label, f / 3, (f % 3) * 2);
        columns->addWidget(box, f / 3, (f % 3) * 2 + 1);
        connect(box, &QComboBox::currentIndexChanged, this, [this, f] {
            if (f == Time)
                detectTimeFormat();
            updatePreview();
        });
    }

    m_preview->setAccessibleName(tr("Preview of the first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setVisible(false);
    m_result->setReadOnly(true);
    m_result->setAccessibleName(tr("Result"));
    m_result->setMaximumHeight(120);
    m_result->setPlaceholderText(
        tr("\"Check\" reads the whole file and says what an import would do, without "
           "storing anything."));
    m_layout->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Meter:"), m_meter);
    form->addRow(tr("&The file holds:"), m_kind);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("Time &format:"), m_timeFormat);
    m_zone->setWordWrap(true);
    m_zone->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_zone);
    form->addRow(QString(), m_decimalComma);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_layout);
    layout->addLayout(columns);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_skipBadRows);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);
    connect(m_check, &QPushButton::clicked, this, [this] { emit runRequested(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { emit runRequested(false); });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        loadFile();
        fillColumns();
        updatePreview();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillColumns();
        updatePreview();
    });
    connect(m_meter, &QComboBox::currentIndexChanged, this, &CsvImportDialog::updatePreview);
    connect(m_timeFormat, &QComboBox::currentTextChanged, this, &CsvImportDialog::updatePreview);
    connect(m_decimalComma, &QCheckBox::toggled, this, &CsvImportDialog::updatePreview);

    // First guess from the header line: the delimiter, and a decimal comma with semicolons.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const char guess = CsvImporter::guessDelimiter(file.peek(4096));
        const QSignalBlocker block(m_delimiter);
        m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(QString(QLatin1Char(guess)))));
        m_decimalComma->setChecked(guess == ';');
    }
    loadFile();
    fillColumns();
    updatePreview();
}

char CsvImportDialog::delimiter() const
{
    const QString d = m_delimiter->currentData().toString();
    return d.isEmpty() ? ',' : d.at(0).toLatin1();
}

void CsvImportDialog::loadFile()
{
    m_header.clear();
    m_rows.clear();
    m_fileError.reset();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvError e;
        e.message = tr("Could not open %1: %2").arg(m_path, file.errorString());
        e.kind = file.exists() ? ErrorKind::Failed : ErrorKind::NotFound;
        m_fileError = e;
        return;
    }
    const CsvImporter::Preview p = CsvImporter::preview(file, delimiter(), kPreviewRows);
    m_header = p.header;
    m_rows = p.rows;
    m_fileError = p.error;
}

std::optional<Meter> CsvImportDialog::meter() const
{
    const qint64 id = m_meter->currentData().toLongLong();
    for (const Meter &m : m_meters) {
        if (m.id == id)
            return m;
    }
    return std::nullopt;
}

void CsvImportDialog::fillColumns()
{
    const bool readings = m_kind->currentData().toString() == QLatin1String("readings");
    const bool own = CsvImporter::isOwnLayout(
        readings ? CsvImporter::Kind::Readings : CsvImporter::Kind::Recharges, m_header);
    for (int f = 0; f < FieldCount; ++f) {
        QComboBox *box = m_columns[f];
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("(not in the file)"), -1);
        for (int i = 0; i < m_header.size(); ++i)
            box->addItem(QStringLiteral("%1: %2").arg(i + 1).arg(m_header[i]), i);
        int chosen = -1;
        for (int i = 0; i < m_header.size() && chosen < 0; ++i) {
            if (m_header[i].trimmed().compare(QLatin1String(kOwnNames[f]), Qt::CaseInsensitive) == 0)
                chosen = i;
        }
        for (int i = 0; i < m_header.size() && chosen < 0 && !own; ++i) {
            const QString name = m_header[i].trimmed().toLower();
            for (const QString &hint : hints()[f]) {
                if (name == hint || name.startsWith(hint + QLatin1Char(' ')) ||
                    name.startsWith(hint + QLatin1Char('_')) || (hint.size() > 3 && name.contains(hint)))
                    chosen = i;
            }
        }
        box->setCurrentIndex(chosen + 1);
        box->setEnabled(readings);
    }
    detectTimeFormat();
    if (m_fileError)
        m_layout->setText(m_fileError->sentence());
    else if (own)
        m_layout->setText(tr("This is a Kilowatch export: its columns are recognised."));
    else if (readings)
        m_layout->setText(
            tr("Another layout: choose which column holds what. The time and the balance or a kWh "
               "counter are needed."));
    else
        m_layout->setText(tr("Recharges are read from Kilowatch's own export only (meter, time, amount, "
                             "balance_after, origin, token)."));
    updateControls();
}

void CsvImportDialog::detectTimeFormat()
{
    const int c = columnIndex(Time);
    if (c < 0)
        return;
    QList<QByteArray> samples;
    for (const QStringList &row : std::as_const(m_rows)) {
        if (c < row.size())
            samples.append(row.at(c).toUtf8());
    }
    // Core knows the formats it offers; a file none of them reads keeps the current choice.
    const std::optional<QString> found = CsvFieldParser::detectTimeFormat(samples);
    if (!found)
        return;
    const QSignalBlocker block(m_timeFormat); // the preview follows from the caller
    m_timeFormat->setCurrentIndex(m_timeFormat->findData(*found));
}

int CsvImportDialog::columnIndex(Field field) const
{
    return m_columns[field]->currentData().toInt();
}

bool CsvImportDialog::isOwnLayout() const
{
    const bool readings = m_kind->currentData().toString() == QLatin1String("readings");
    if (!CsvImporter::isOwnLayout(readings ? CsvImporter::Kind::Readings : CsvImporter::Kind::Recharges,
                                  m_header))
        return false;
    if (!readings)
        return true;
    // Still as found: every field in the column of its own name (or absent).
    for (int f = 0; f < FieldCount; ++f) {
        int own = -1;
        for (int i = 0; i < m_header.size(); ++i) {
            if (m_header[i].trimmed().compare(QLatin1String(kOwnNames[f]), Qt::CaseInsensitive) == 0)
                own = i;
        }
        if (columnIndex(static_cast<Field>(f)) != own)
            return false;
    }
    return true;
}

QString CsvImportDialog::timeFormat() const
{
    const int index = m_timeFormat->findText(m_timeFormat->currentText());
    return index >= 0 ? m_timeFormat->itemData(index).toString() : m_timeFormat->currentText().trimmed();
}

CsvImporter::Options CsvImportDialog::options(bool dryRun) const
{
    CsvImporter::Options o;
    o.kind = m_kind->currentData().toString() == QLatin1String("readings") ? CsvImporter::Kind::Readings
                                                                           : CsvImporter::Kind::Recharges;
    o.delimiter = delimiter();
    o.decimalComma = m_decimalComma->isChecked();
    o.skipBadRows = m_skipBadRows->isChecked();
    o.dryRun = dryRun;
    o.timeFormat = timeFormat();
    if (o.kind == CsvImporter::Kind::Readings && !isOwnLayout()) {
        const auto ref = [this](Field f) {
            const int i = columnIndex(f);
            return i < 0 ? QString() : QString::number(i + 1);
        };
        CsvImporter::Mapping m;
        m.time = ref(Time);
        m.balance = ref(Balance);
        m.gridKwh = ref(Grid);
        m.generatorKwh = ref(Generator);
        m.loadKw = ref(Load);
        m.source = ref(Source);
        o.mapping = m;
    }
    return o;
}

void CsvImportDialog::updatePreview()
{
    const bool readings = m_kind->currentData().toString() == QLatin1String("readings");
    m_preview->clear();
    if (!readings || m_fileError) {
        // Recharges (or an unreadable file): the rows as they are.
        m_preview->setColumnCount(static_cast<int>(m_header.size()));
        m_preview->setHorizontalHeaderLabels(m_header);
        m_preview->setRowCount(static_cast<int>(m_rows.size()));
        for (int r = 0; r < m_rows.size(); ++r) {
            for (int c = 0; c < m_rows[r].size() && c < m_header.size(); ++c)
                m_preview->setItem(r, c, new QTableWidgetItem(m_rows[r][c]));
        }
        updateControls();
        return;
    }
    const QStringList labels = {tr("Time"),          tr("Balance"), tr("Grid kWh"),
                                tr("Generator kWh"), tr("Load kW"), tr("Source")};
    m_preview->setColumnCount(FieldCount);
    m_preview->setHorizontalHeaderLabels(labels);
    m_preview->setRowCount(static_cast<int>(m_rows.size()));
    const std::optional<Meter> chosen = meter();
    const QTimeZone zone(chosen ? chosen->timezone.toUtf8() : QByteArrayLiteral("UTC"));
    m_zone->setText(tr("Times without an offset are read in %1.").arg(QString::fromUtf8(zone.id())));
    const std::optional<CsvFieldParser::TimeLayout> layout = CsvFieldParser::timeLayout(timeFormat());
    const bool decimalComma = m_decimalComma->isChecked();
    const QColor bad(0xc6, 0x28, 0x28);
    for (int r = 0; r < m_rows.size(); ++r) {
        const QStringList &row = m_rows[r];
        for (int f = 0; f < FieldCount; ++f) {
            const int c = columnIndex(static_cast<Field>(f));
            QString text;
            bool ok = true;
            if (c >= 0 && c < row.size()) {
                const QByteArray raw = row[c].toUtf8();
                QString why;
                if (f == Time) {
                    const auto t = layout ? CsvFieldParser::time(raw, *layout, zone, &why) : std::nullopt;
                    if (!layout)
                        why = tr("unknown time format");
                    text = t ? TimeFormat::iso(*t, zone) : why;
                    ok = t.has_value();
                } else if (f == Source) {
                    bool known = true;
                    const QString name = CsvWriter::restore(row[c]);
                    if (!name.trimmed().isEmpty())
                        powerSourceFromName(name, &known);
                    text = known ? name : tr("\"%1\" is not grid, generator or unknown").arg(name);
                    ok = known;
                } else if (!row[c].trimmed().isEmpty()) {
                    const auto v = CsvFieldParser::thousandths(raw, decimalComma, &why);
                    text = v ? QString::fromLatin1(ExportCell::decimal(*v, 3)) : why;
                    ok = v.has_value() && (f == Balance || *v >= 0);
                    if (v && !ok)
                        text = tr("%1 is negative").arg(text);
                }
            } else if (c >= 0) {
                text = tr("(missing)");
                ok = false;
            }
            auto *item = new QTableWidgetItem(text);
            if (!ok)
                item->setForeground(bad);
            m_preview->setItem(r, f, item);
        }
    }
    m_preview->resizeColumnsToContents();
    updateControls();
}

void CsvImportDialog::updateControls()
{
    const bool readable = !m_fileError && !m_header.isEmpty();
    const bool readings = m_kind->currentData().toString() == QLatin1String("readings");
    m_timeFormat->setEnabled(readings && !m_busy);
    m_decimalComma->setEnabled(readings && !m_busy);
    m_check->setEnabled(readable && !m_busy);
    m_import->setEnabled(readable && !m_busy);
}

void CsvImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateControls();
}

void CsvImportDialog::showResult(const QString &summary, const QStringList &problems)
{
    QString text = summary;
    for (const QString &p : problems)
        text += QLatin1Char('\n') + p;
    m_result->setPlainText(text);
}

QString CsvImportDialog::resultText() const
{
    return m_result->toPlainText();
}
