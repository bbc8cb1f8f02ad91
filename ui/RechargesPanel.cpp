#include "RechargesPanel.h"

#include "Formatters.h"
#include "analytics/LocalCalendar.h"
#include "analytics/RechargeLedger.h"
#include "model/FixedPoint.h"
#include "model/RechargeEntry.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

std::optional<qint64> parseAmount(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = text.trimmed().toDouble(&ok);
    return ok && value > 0 ? FixedPoint::fromDouble(value) : std::nullopt;
}

QString originName(const QString &origin)
{
    if (origin == QLatin1String("detected"))
        return RechargesPanel::tr("Detected");
    if (origin == QLatin1String("provider"))
        return RechargesPanel::tr("Provider");
    return RechargesPanel::tr("Manual");
}

} // namespace

RechargesPanel::RechargesPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_from(new QDateEdit(QDate::currentDate().addYears(-1), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_minimum(new QLineEdit(this))
    , m_origin(new QComboBox(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_correct(new QPushButton(tr("&Correct…"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
{
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_minimum->setPlaceholderText(tr("any"));
    m_minimum->setAccessibleName(tr("Minimum amount"));
    m_origin->addItem(tr("All"), QString());
    m_origin->addItem(tr("Detected"), QStringLiteral("detected"));
    m_origin->addItem(tr("Provider"), QStringLiteral("provider"));
    m_origin->addItem(tr("Manual"), QStringLiteral("manual"));
    m_origin->setAccessibleName(tr("Origin"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Amount"), tr("Balance after"), tr("Origin"), tr("Token")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Recharges"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(new QLabel(tr("at least"), this));
    filters->addWidget(m_minimum);
    filters->addWidget(new QLabel(tr("origin"), this));
    filters->addWidget(m_origin);
    filters->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_correct);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_from, &QDateEdit::dateChanged, this, &RechargesPanel::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &RechargesPanel::refresh);
    connect(m_minimum, &QLineEdit::textChanged, this, &RechargesPanel::refresh);
    connect(m_origin, &QComboBox::currentIndexChanged, this, &RechargesPanel::refresh);
    connect(m_add, &QPushButton::clicked, this, &RechargesPanel::addDialog);
    connect(m_correct, &QPushButton::clicked, this, &RechargesPanel::correctDialog);
    connect(m_delete, &QPushButton::clicked, this, &RechargesPanel::deleteConfirm);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        const bool provider =
            row >= 0 && m_table->item(row, 3) &&
            m_table->item(row, 3)->data(Qt::UserRole).toString() == QLatin1String("provider");
        m_correct->setEnabled(row >= 0 && !provider); // the provider's record is the provider's
        m_delete->setEnabled(row >= 0);
    });
    m_correct->setEnabled(false);
    m_delete->setEnabled(false);
}

void RechargesPanel::setMeter(const std::optional<Meter> &meter)
{
    m_meter = meter;
    refresh();
}

void RechargesPanel::refresh()
{
    m_table->setRowCount(0);
    m_add->setEnabled(m_meter.has_value());
    if (!m_meter)
        return;
    LocalCalendar calendar{QTimeZone(m_meter->timezone.toUtf8())};
    const qint64 from = calendar.startOf(m_from->date());
    const qint64 to = calendar.startOf(m_to->date().addDays(1));
    const Result<QList<RechargeEntry>> list = RechargeLedger(m_db).list(*m_meter, from, to);
    if (!list) {
        emit message(list.error());
        return;
    }
    const std::optional<qint64> minimum = parseAmount(m_minimum->text());
    const QString origin = m_origin->currentData().toString();
    const QTimeZone zone(m_meter->timezone.toUtf8());
    const QLocale locale;
    // Newest first.
    for (auto it = list->crbegin(); it != list->crend(); ++it) {
        const RechargeEntry &r = *it;
        if ((minimum && r.amountMilli < *minimum) || (!origin.isEmpty() && r.origin != origin))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{
            locale.toString(QDateTime::fromSecsSinceEpoch(r.time, zone), QLocale::ShortFormat),
            Formatters::money(r.amountMilli, m_meter->currency),
            r.balanceAfterMilli ? Formatters::money(*r.balanceAfterMilli, m_meter->currency) : QString(),
            originName(r.origin),
            r.token,
        };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, c == 0 ? QVariant(r.id) : QVariant(c == 3 ? r.origin : QString()));
            if (c == 1 || c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 1 && r.estimatedMilli)
                item->setToolTip(tr("Estimated from the balance jump: %1")
                                     .arg(Formatters::money(*r.estimatedMilli, m_meter->currency)));
            m_table->setItem(row, c, item);
        }
    }
}

qint64 RechargesPanel::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

bool RechargesPanel::addRecharge(qint64 amountMilli, qint64 time, const QString &token)
{
    if (!m_meter)
        return false;
    const Result<RechargeEntry> added = RechargeLedger(m_db).add(*m_meter, amountMilli, time, token);
    if (!added) {
        emit message(added.error());
        return false;
    }
    refresh();
    emit changed();
    return true;
}

bool RechargesPanel::correctSelected(qint64 amountMilli)
{
    const qint64 id = selectedId();
    if (!m_meter || id == 0)
        return false;
    const Result<RechargeEntry> corrected = RechargeLedger(m_db).correct(*m_meter, id, amountMilli);
    if (!corrected) {
        emit message(corrected.error());
        return false;
    }
    refresh();
    emit changed();
    return true;
}

bool RechargesPanel::deleteSelected()
{
    const qint64 id = selectedId();
    if (!m_meter || id == 0)
        return false;
    const Result<RechargeEntry> removed = RechargeLedger(m_db).remove(*m_meter, id);
    if (!removed) {
        emit message(removed.error());
        return false;
    }
    refresh();
    emit changed();
    return true;
}

void RechargesPanel::addDialog()
{
    if (!m_meter)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a recharge"));
    auto *amount = new QLineEdit(&dialog);
    amount->setAccessibleName(tr("Amount"));
    auto *when = new QDateTimeEdit(QDateTime::currentDateTime(), &dialog);
    when->setCalendarPopup(true);
    when->setAccessibleName(tr("Time"));
    auto *token = new QLineEdit(&dialog);
    token->setPlaceholderText(tr("20 digits (optional)"));
    token->setAccessibleName(tr("Token"));
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Amount:"), amount);
    form->addRow(tr("&Time:"), when);
    form->addRow(tr("T&oken:"), token);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const std::optional<qint64> milli = parseAmount(amount->text());
        if (!milli)
            return error->setText(tr("Type the amount, e.g. 1000."));
        if (!token->text().trimmed().isEmpty() && !RechargeLedger::normalizeToken(token->text()))
            return error->setText(tr("A token has exactly 20 digits (spaces and dashes are fine)."));
        // The time as typed, in the meter's zone.
        const QDateTime local(when->date(), when->time(), QTimeZone(m_meter->timezone.toUtf8()));
        if (addRecharge(*milli, local.toSecsSinceEpoch(), token->text()))
            dialog.accept();
        else
            error->setText(tr("The recharge could not be added."));
    });
    dialog.exec();
}

void RechargesPanel::correctDialog()
{
    if (selectedId() == 0)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Correct the recharge"), tr("Amount:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const std::optional<qint64> milli = parseAmount(text);
    if (!milli) {
        emit message(tr("Type the amount, e.g. 1000."));
        return;
    }
    correctSelected(*milli);
}

void RechargesPanel::deleteConfirm()
{
    if (selectedId() == 0)
        return;
    if (QMessageBox::question(this, tr("Delete the recharge"),
                              tr("Delete this recharge? A detected one then counts as a correction of the "
                                 "balance, not a recharge.")) == QMessageBox::Yes)
        deleteSelected();
}
