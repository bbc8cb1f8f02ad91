#include "CsvExportDialog.h"

#include "MeterTimeEdit.h"
#include "analytics/LocalCalendar.h"
#include "analytics/UsageSeries.h"
#include "model/TimeFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

CsvExportDialog::CsvExportDialog(const QList<Meter> &meters, std::optional<qint64> currentMeterId,
                                 const ChartRange &chart, qint64 now, QWidget *parent)
    : QDialog(parent)
    , m_meterList(meters)
    , m_chart(chart)
    , m_now(now)
    , m_meters(new QListWidget(this))
    , m_kind(new QComboBox(this))
    , m_chartRange(new QRadioButton(this))
    , m_allRange(new QRadioButton(tr("&Everything stored"), this))
    , m_datesRange(new QRadioButton(tr("&Days:"), this))
    , m_from(new MeterTimeEdit(MeterTimeEdit::Mode::Date, this))
    , m_to(new MeterTimeEdit(MeterTimeEdit::Mode::Date, this))
    , m_group(new QSpinBox(this))
    , m_excel(new QCheckBox(tr("For E&xcel (adds a byte order mark so Excel reads UTF-8)"), this))
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_exportButton(nullptr)
{
    setWindowTitle(tr("Export CSV"));
    setObjectName(QStringLiteral("csvExportDialog"));

    for (const Meter &m : meters) {
        auto *item = new QListWidgetItem(m.name, m_meters);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(currentMeterId && *currentMeterId == m.id ? Qt::Checked : Qt::Unchecked);
    }
    if (!currentMeterId && m_meters->count() > 0)
        m_meters->item(0)->setCheckState(Qt::Checked);
    m_meters->setAccessibleName(tr("Meters to export"));
    m_meters->setMaximumHeight(110);

    const QList<std::pair<CsvExporter::Kind, QString>> kinds = {
        {CsvExporter::Kind::Readings, tr("Readings")},
        {CsvExporter::Kind::Usage, tr("Usage, as the chart shows it")},
        {CsvExporter::Kind::Daily, tr("Daily totals")},
        {CsvExporter::Kind::Monthly, tr("Monthly totals")},
        {CsvExporter::Kind::Bills, tr("Monthly bills")},
        {CsvExporter::Kind::Recharges, tr("Recharges")},
        {CsvExporter::Kind::Sessions, tr("Grid and generator sessions")},
        {CsvExporter::Kind::Alerts, tr("Alerts")},
    };
    for (const auto &[kind, label] : kinds)
        m_kind->addItem(label, CsvExporter::kindName(kind));
    m_kind->setAccessibleName(tr("What to export"));

    const Meter *first = meters.isEmpty() ? nullptr : &meters.constFirst();
    for (const Meter &m : meters) {
        if (currentMeterId && m.id == *currentMeterId)
            first = &m;
    }
    const QTimeZone zone(first ? first->timezone.toUtf8() : QByteArrayLiteral("UTC"));
    LocalCalendar calendar(zone);
    const bool hasChart = chart.to > chart.from;
    m_chartRange->setText(
        hasChart
            ? tr("What the &chart shows: %1 to %2")
                  .arg(TimeFormat::iso(chart.from, zone).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                       TimeFormat::iso(chart.to, zone).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')))
            : tr("What the &chart shows"));
    m_chartRange->setEnabled(hasChart);
    (hasChart ? m_chartRange : m_allRange)->setChecked(true);
    const QDate today = calendar.localDate(m_now);
    m_from->setDate(hasChart ? calendar.localDate(chart.from) : today.addDays(-29));
    m_to->setDate(hasChart ? calendar.localDate(chart.to - 1) : today);
    m_from->setZoneShown(false); // named once, after the last day
    m_from->editor()->setAccessibleName(tr("First day"));
    m_to->editor()->setAccessibleName(tr("Last day"));
    updateZone();
    m_group->setRange(UsageSeriesQuery::kMinGroupMinutes, UsageSeriesQuery::kMaxGroupMinutes);
    m_group->setValue(chart.groupMinutes);
    m_group->setSuffix(tr(" min"));
    m_group->setAccessibleName(tr("Grouping in minutes"));
    m_path->setAccessibleName(tr("File"));
    m_path->setText(suggestedPath());
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();

    auto *range = new QVBoxLayout;
    range->addWidget(m_chartRange);
    range->addWidget(m_allRange);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_datesRange);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    range->addLayout(dates);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    file->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Meters:"), m_meters);
    form->addRow(tr("&What:"), m_kind);
    form->addRow(tr("Range:"), range);
    form->addRow(tr("&Grouping:"), m_group);
    form->addRow(QString(), m_excel);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path); // the row holds a layout: name the line edit for the mnemonic
    form->addRow(fileLabel, file);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->button(QDialogButtonBox::Ok);
    m_exportButton->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &CsvExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CsvExportDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &CsvExportDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_pathEdited)
            m_path->setText(suggestedPath());
        updateControls();
    });
    connect(m_datesRange, &QRadioButton::toggled, this, &CsvExportDialog::updateControls);
    connect(m_meters, &QListWidget::itemChanged, this, &CsvExportDialog::updateZone);
    updateControls();
}

void CsvExportDialog::updateZone()
{
    const QList<Meter> checked = checkedMeters();
    const QTimeZone zone(checked.isEmpty() ? QByteArrayLiteral("UTC")
                                           : checked.constFirst().timezone.toUtf8());
    for (MeterTimeEdit *edit : {m_from, m_to})
        edit->setZone(zone);
}

QString CsvExportDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QList<Meter> CsvExportDialog::checkedMeters() const
{
    QList<Meter> list;
    for (int i = 0; i < m_meters->count(); ++i) {
        if (m_meters->item(i)->checkState() != Qt::Checked)
            continue;
        const qint64 id = m_meters->item(i)->data(Qt::UserRole).toLongLong();
        for (const Meter &m : m_meterList) {
            if (m.id == id)
                list.append(m);
        }
    }
    return list;
}

void CsvExportDialog::updateControls()
{
    m_from->setEnabled(m_datesRange->isChecked());
    m_to->setEnabled(m_datesRange->isChecked());
    m_group->setEnabled(m_kind->currentData().toString() == CsvExporter::kindName(CsvExporter::Kind::Usage));
}

QString CsvExportDialog::suggestedPath() const
{
    const QString folder = CsvExporter::defaultFolder();
    const QString date = LocalCalendar(m_to->zone()).localDate(m_now).toString(QStringLiteral("yyyy-MM-dd"));
    return QDir(folder).filePath(
        QStringLiteral("kilowatch-%1-%2.csv").arg(m_kind->currentData().toString(), date));
}

void CsvExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export CSV"), m_path->text(),
                                                        tr("CSV files (*.csv);;All files (*)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(chosen);
    m_pathEdited = true;
}

QString CsvExportDialog::path() const
{
    return m_path->text().trimmed();
}

CsvExporter::Request CsvExportDialog::request() const
{
    CsvExporter::Request r;
    r.kind = *CsvExporter::kindFromName(m_kind->currentData().toString());
    r.meters = checkedMeters();
    r.groupMinutes = m_group->value();
    r.byteOrderMark = m_excel->isChecked();
    if (m_chartRange->isChecked()) {
        r.from = m_chart.from;
        r.to = m_chart.to;
    } else if (m_datesRange->isChecked()) {
        // Whole local days of the (first) meter, the last one included.
        r.from = m_from->time();
        r.to = LocalCalendar(m_to->zone()).startOf(m_to->date().addDays(1));
    }
    return r;
}

void CsvExportDialog::accept()
{
    QString problem;
    if (checkedMeters().isEmpty())
        problem = tr("Choose at least one meter.");
    else if (path().isEmpty())
        problem = tr("Choose the file to write.");
    else if (m_datesRange->isChecked() && m_to->date() < m_from->date())
        problem = tr("The last day must not be before the first.");
    if (!problem.isEmpty())
        return showError(problem);
    m_error->hide();
    emit exportRequested();
}

void CsvExportDialog::setBusy(bool busy)
{
    m_exportButton->setEnabled(!busy);
    if (busy)
        m_error->hide();
}

void CsvExportDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void CsvExportDialog::finishExport()
{
    QDialog::accept();
}
