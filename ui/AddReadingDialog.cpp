#include "AddReadingDialog.h"

#include "BackgroundTask.h"
#include "Formatters.h"
#include "MeterTimeEdit.h"
#include "model/AmountText.h"
#include "services/ReadingEntry.h"
#include "storage/Database.h"
#include "storage/ReadingRepository.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

AddReadingDialog::AddReadingDialog(Database &db, const Meter &meter, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_meter(meter)
    , m_clock(clock)
    , m_time(new MeterTimeEdit(MeterTimeEdit::Mode::DateTime, this))
    , m_balance(new QLineEdit(this))
    , m_grid(new QLineEdit(this))
    , m_generator(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add reading to %1").arg(m_meter.name));
    m_time->setZone(QTimeZone(m_meter.timezone.toUtf8()));
    m_time->setTime(m_clock.now());
    m_time->editor()->setAccessibleName(tr("When"));
    m_balance->setAccessibleName(tr("Balance"));
    m_grid->setAccessibleName(tr("Grid counter"));
    m_generator->setAccessibleName(tr("Generator counter"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    // The last reading's counters as a hint: a counter only goes up.
    const std::optional<Reading> last = ReadingRepository(m_db).latest(m_meter.id);
    const auto hint = [&last](const std::optional<qint64> Reading::*counter) {
        return last && (*last.*counter) ? tr("last: %1").arg(Formatters::energy(*(*last.*counter)))
                                        : tr("leave empty if the meter does not show it");
    };
    m_balance->setPlaceholderText(
        last && last->balanceMilli
            ? tr("last: %1").arg(Formatters::money(*last->balanceMilli, m_meter.currency))
            : tr("e.g. 1000"));
    m_grid->setPlaceholderText(hint(&Reading::gridWh));
    m_generator->setPlaceholderText(hint(&Reading::generatorWh));

    auto *intro = new QLabel(tr("Type what the meter shows now, or at the time it was read."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *timeLabel = new QLabel(tr("&When:"), this);
    timeLabel->setBuddy(m_time->editor());
    form->addRow(timeLabel, m_time);
    form->addRow(tr("&Balance (%1):").arg(m_meter.currency), m_balance);
    form->addRow(tr("&Grid counter (kWh):"), m_grid);
    form->addRow(tr("Ge&nerator counter (kWh):"), m_generator);
    // Counters only where the meter has them (ReadingEntry's rule); the balance otherwise.
    const bool counters = ReadingEntry(m_db).hasCounters(m_meter);
    form->setRowVisible(m_grid, counters);
    form->setRowVisible(m_generator, counters);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add reading"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddReadingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddReadingDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_balance->setFocus();
    setMinimumWidth(520);
}

void AddReadingDialog::setProblem(const QString &text, QWidget *field)
{
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (field)
        field->setFocus();
}

void AddReadingDialog::accept()
{
    if (m_task)
        return;
    const QLocale locale;
    ReadingEntry::Input input;
    input.time = m_time->time();
    // The numbers in the user's locale; the rules are ReadingEntry's.
    const auto number = [&](QLineEdit *edit, AmountText::Sign sign, bool required,
                            std::optional<qint64> *value) -> bool {
        const QString text = edit->text().trimmed();
        if (text.isEmpty() && !required)
            return true;
        const AmountText::Parsed parsed = AmountText::parse(text, locale, sign);
        if (!parsed) {
            setProblem(
                tr("%1: %2").arg(edit->accessibleName(), AmountText::problemText(parsed.problem, text)),
                edit);
            return false;
        }
        *value = parsed.milli;
        return true;
    };
    std::optional<qint64> balance;
    if (!number(m_balance, AmountText::Sign::Any, true, &balance) ||
        !number(m_grid, AmountText::Sign::NonNegative, false, &input.gridWh) ||
        !number(m_generator, AmountText::Sign::NonNegative, false, &input.generatorWh))
        return;
    input.balanceMilli = *balance;
    auto outcome = std::make_shared<ReadingEntry::Outcome>();
    m_task = new BackgroundTask(
        [path = m_db.path(), meter = m_meter, input, now = m_clock.now(),
         outcome](BackgroundTask::Control &) {
            // A connection of this thread's own: a Qt SQL connection belongs to one thread.
            Result<std::unique_ptr<Database>> db = Database::open(path);
            if (!db) {
                outcome->kind = db.errorKind();
                outcome->sentence = db.error();
                return;
            }
            *outcome = ReadingEntry(*db.value()).add(meter, input, now);
        },
        this);
    connect(m_task, &BackgroundTask::finished, this, [this, outcome] {
        m_task->deleteLater();
        m_task = nullptr;
        setStoring(false);
        if (!*outcome) {
            const QString &field = outcome->field;
            QWidget *target = field == QLatin1String("time")       ? static_cast<QWidget *>(m_time->editor())
                              : field == QLatin1String("balance")  ? m_balance
                              : field == QLatin1String("grid-kwh") ? m_grid
                              : field == QLatin1String("generator-kwh") ? m_generator
                                                                        : nullptr;
            setProblem(outcome->sentence, target);
            return;
        }
        m_stored = outcome->reading;
        QDialog::accept();
    });
    setStoring(true);
    m_task->start();
}

void AddReadingDialog::reject()
{
    if (m_task) // the reading is being stored: it lands or is refused, then the dialog says so
        return;
    QDialog::reject();
}

void AddReadingDialog::setStoring(bool storing)
{
    m_buttons->setEnabled(!storing);
    for (QWidget *field : {static_cast<QWidget *>(m_time), static_cast<QWidget *>(m_balance),
                           static_cast<QWidget *>(m_grid), static_cast<QWidget *>(m_generator)})
        field->setEnabled(!storing);
    // Said in the problem's place, in the palette's colour: not a problem.
    m_problem->setStyleSheet(QString());
    m_problem->setText(storing ? tr("Storing the reading…") : QString());
    m_problem->setVisible(storing);
}
