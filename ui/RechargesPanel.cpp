#include "RechargesPanel.h"

#include "Formatters.h"
#include "MeterTimeEdit.h"
#include "analytics/LocalCalendar.h"
#include "analytics/RechargeLedger.h"
#include "charts/ChartText.h"
#include "model/AmountText.h"
#include "model/RechargeEntry.h"
#include "model/TimeFormat.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

// An amount above zero as typed in the window's locale (AmountText); else the sentence
// saying what is wrong.
std::optional<qint64> parseAmount(const QString &text, QString *problem)
{
    const AmountText::Parsed parsed = AmountText::parse(text, QLocale());
    if (parsed && parsed.milli > 0)
        return parsed.milli;
    *problem = parsed ? RechargesPanel::tr("Type the amount, e.g. %1.").arg(QLocale().toString(1000))
                      : AmountText::problemText(parsed.problem, text);
    return std::nullopt;
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
    , m_from(new MeterTimeEdit(MeterTimeEdit::Mode::Date, this))
    , m_to(new MeterTimeEdit(MeterTimeEdit::Mode::Date, this))
    , m_minimum(new QLineEdit(this))
    , m_origin(new QComboBox(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_correct(new QPushButton(tr("&Correct…"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
    , m_totals(new QLabel(this))
{
    m_totals->setObjectName(QStringLiteral("rechargeTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_from->setZoneShown(false); // named once, after "to"
    m_from->editor()->setAccessibleName(tr("From date"));
    m_to->editor()->setAccessibleName(tr("To date"));
    followToday();
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
    layout->addWidget(m_totals);
    layout->addLayout(buttons);

    for (MeterTimeEdit *edit : {m_from, m_to}) {
        connect(edit, &MeterTimeEdit::changed, this, [this] {
            m_rangePicked = true; // the user's dates stay, the default no longer follows today
            refresh();
        });
    }
    connect(m_minimum, &QLineEdit::textChanged, this, &RechargesPanel::refresh);
    connect(m_origin, &QComboBox::currentIndexChanged, this, &RechargesPanel::refresh);
    connect(m_add, &QPushButton::clicked, this, &RechargesPanel::openAddDialog);
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
    const QTimeZone zone(m_meter ? m_meter->timezone.toUtf8() : QByteArrayLiteral("UTC"));
    for (MeterTimeEdit *edit : {m_from, m_to}) {
        const QSignalBlocker block(edit);
        edit->setZone(zone);
    }
    refresh();
}

void RechargesPanel::setClock(const Clock &clock)
{
    m_clock = clock;
    refresh();
}

void RechargesPanel::followToday()
{
    if (m_rangePicked)
        return;
    // Today is the meter's: at 23:30 UTC a Kolkata meter is already in tomorrow.
    const QDate today = LocalCalendar(m_from->zone()).localDate(m_clock.now());
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(today.addYears(-1));
    m_to->setDate(today);
}

void RechargesPanel::refresh()
{
    m_table->setRowCount(0);
    m_shown.clear();
    m_totals->clear();
    m_add->setEnabled(m_meter.has_value());
    if (!m_meter)
        return;
    followToday();
    LocalCalendar calendar{m_to->zone()};
    const qint64 from = m_from->time();
    const qint64 to = calendar.startOf(m_to->date().addDays(1));
    const Result<QList<RechargeEntry>> list = RechargeLedger(m_db).list(*m_meter, from, to);
    if (!list) {
        emit message(list.error());
        return;
    }
    QString notAMinimum; // the filter is off until it holds an amount
    const std::optional<qint64> minimum = parseAmount(m_minimum->text(), &notAMinimum);
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
        m_shown.append(r);
        const QStringList cells{
            TimeFormat::shortDateTime(r.time, zone, locale),
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
    QList<RechargeEntry> byTime(m_shown.crbegin(), m_shown.crend());
    m_totals->setText(totalsText(RechargeLedger::totals(byTime), m_meter->currency));
}

QString RechargesPanel::totalsText(const RechargeLedger::Totals &t, const QString &currency)
{
    if (t.count == 0)
        return tr("No recharges match the filters.");
    const QLocale locale;
    QStringList sentences{tr("Recharges listed: %1, together %2.")
                              .arg(locale.toString(t.count), Formatters::money(t.amountMilli, currency))};
    if (t.averageIntervalSeconds) {
        const qint64 seconds = *t.averageIntervalSeconds;
        const QString interval = seconds >= 2 * 86400
                                     ? ChartText::days(int(qRound64(double(seconds) / 86400)))
                                     : Formatters::duration(seconds);
        sentences << tr("One every %1 on average.").arg(interval);
    }
    if (t.withEnergy > 0)
        sentences << tr("Energy bought: %1 (as the provider reports it, for %2 of them).")
                         .arg(Formatters::energy(t.energyWh), locale.toString(t.withEnergy));
    return sentences.join(QLatin1Char(' '));
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

QDialog *RechargesPanel::openAddDialog()
{
    if (!m_meter)
        return nullptr;
    if (m_addDialog) {
        m_addDialog->raise();
        return m_addDialog;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add a recharge"));
    auto *amount = new QLineEdit(dialog);
    amount->setAccessibleName(tr("Amount"));
    // Now on the meter's clock, in the meter's zone, whatever the computer's zone is.
    auto *when = new MeterTimeEdit(MeterTimeEdit::Mode::DateTime, dialog);
    when->setZone(QTimeZone(m_meter->timezone.toUtf8()));
    when->setTime(m_clock.now());
    when->editor()->setAccessibleName(tr("Time"));
    auto *token = new QLineEdit(dialog);
    token->setPlaceholderText(tr("%1 digits (optional)").arg(QLocale().toString(20)));
    token->setAccessibleName(tr("Token"));
    auto *error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *form = new QFormLayout(dialog);
    auto *amountLabel = new QLabel(Formatters::amountLabel(m_meter->currency), dialog);
    amountLabel->setBuddy(amount);
    form->addRow(amountLabel, amount);
    auto *whenLabel = new QLabel(tr("&Time:"), dialog);
    whenLabel->setBuddy(when->editor());
    form->addRow(whenLabel, when);
    form->addRow(tr("T&oken:"), token);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, amount, when, token, error] {
        QString problem;
        const std::optional<qint64> milli = parseAmount(amount->text(), &problem);
        if (!milli)
            return error->setText(problem);
        if (!token->text().trimmed().isEmpty() && !RechargeLedger::normalizeToken(token->text()))
            return error->setText(tr("A token has exactly %1 digits (spaces and dashes are fine).")
                                      .arg(QLocale().toString(20)));
        if (addRecharge(*milli, when->time(), token->text()))
            dialog->accept();
        else
            error->setText(tr("The recharge could not be added."));
    });
    m_addDialog = dialog;
    dialog->open();
    return dialog;
}

void RechargesPanel::correctDialog()
{
    if (selectedId() == 0)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Correct the recharge"),
        QString(Formatters::amountLabel(m_meter ? m_meter->currency : QString())).remove(QLatin1Char('&')),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString problem;
    const std::optional<qint64> milli = parseAmount(text, &problem);
    if (!milli) {
        emit message(problem);
        return;
    }
    correctSelected(*milli);
}

void RechargesPanel::deleteConfirm()
{
    const int row = m_table->currentRow();
    if (selectedId() == 0 || row < 0 || row >= m_shown.size())
        return;
    // What deleting this one does (a typed-in recharge is no "detected" one).
    if (QMessageBox::question(this, tr("Delete the recharge"),
                              RechargeLedger::removalQuestion(m_shown.at(row))) == QMessageBox::Yes)
        deleteSelected();
}
