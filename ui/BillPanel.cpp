#include "BillPanel.h"

#include "Formatters.h"
#include "MeterTimeEdit.h"
#include "analytics/BillCalculator.h"
#include "analytics/LocalCalendar.h"
#include "analytics/RechargeCalculator.h"
#include "model/AmountText.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

BillPanel::BillPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_month(new MeterTimeEdit(MeterTimeEdit::Mode::Month, this))
    , m_lines(new QTableWidget(0, 4, this))
    , m_total(new QLabel(this))
    , m_note(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_amountLabel(new QLabel(Formatters::amountLabel(QString()), this))
    , m_quote(new QLabel(this))
    , m_setTariff(new QPushButton(tr("Set the &tariff…"), this))
{
    m_month->editor()->setAccessibleName(tr("Bill month"));
    followThisMonth();
    m_lines->setHorizontalHeaderLabels({tr("Part"), tr("Energy"), tr("Rate"), tr("Amount")});
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setAccessibleName(tr("Bill lines"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_total->setAccessibleName(tr("Bill total"));
    m_note->setWordWrap(true);
    m_amount->setAccessibleName(tr("Recharge amount"));
    m_amount->setPlaceholderText(tr("e.g. %1").arg(QLocale().toString(1000)));
    m_quote->setWordWrap(true);
    m_quote->setAccessibleName(tr("What the recharge buys"));

    auto *billBox = new QGroupBox(tr("Monthly bill"), this);
    auto *billLayout = new QVBoxLayout(billBox);
    auto *monthRow = new QFormLayout;
    auto *monthLabel = new QLabel(tr("&Month:"), billBox);
    monthLabel->setBuddy(m_month->editor());
    monthRow->addRow(monthLabel, m_month);
    billLayout->addLayout(monthRow);
    billLayout->addWidget(m_lines, 1);
    billLayout->addWidget(m_total);
    billLayout->addWidget(m_note);
    // No dead end: without a tariff, the way to one is right here (and in Meter > Tariff…).
    auto *tariffRow = new QHBoxLayout;
    tariffRow->addWidget(m_setTariff);
    tariffRow->addStretch(1);
    billLayout->addLayout(tariffRow);
    m_setTariff->hide();

    auto *calcBox = new QGroupBox(tr("What will a recharge buy?"), this);
    auto *calcLayout = new QFormLayout(calcBox);
    m_amountLabel->setBuddy(m_amount);
    calcLayout->addRow(m_amountLabel, m_amount);
    calcLayout->addRow(m_quote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(billBox, 1);
    layout->addWidget(calcBox);

    connect(m_month, &MeterTimeEdit::changed, this, [this] {
        m_monthPicked = true;
        refresh();
    });
    connect(m_amount, &QLineEdit::textChanged, this, &BillPanel::updateQuote);
    connect(m_setTariff, &QPushButton::clicked, this, &BillPanel::tariffRequested);
}

void BillPanel::setMeter(const std::optional<Meter> &meter)
{
    m_meter = meter;
    m_amountLabel->setText(Formatters::amountLabel(m_meter ? m_meter->currency : QString()));
    {
        const QSignalBlocker block(m_month);
        m_month->setZone(QTimeZone(m_meter ? m_meter->timezone.toUtf8() : QByteArrayLiteral("UTC")));
    }
    refresh();
}

void BillPanel::setClock(const Clock &clock)
{
    m_clock = clock;
    refresh();
}

void BillPanel::setMonth(const QDate &month)
{
    m_month->setDate(month); // counts as chosen
}

void BillPanel::followThisMonth()
{
    if (m_monthPicked)
        return;
    const QSignalBlocker block(m_month);
    m_month->setTime(m_clock.now());
}

void BillPanel::refresh()
{
    m_lines->setRowCount(0);
    m_total->clear();
    m_note->clear();
    m_setTariff->hide();
    updateQuote();
    if (!m_meter)
        return;
    followThisMonth();
    const Result<MonthlyBill> bill = BillCalculator(m_db).compute(*m_meter, m_month->date());
    if (!bill) {
        const bool noTariff = bill.errorKind() == ErrorKind::NotFound;
        m_note->setText(noTariff ? bill.error() + QLatin1Char(' ') +
                                       tr("Set its prices in Meter > Tariff… to see bills and what a "
                                          "recharge buys.")
                                 : bill.error());
        m_setTariff->setVisible(noTariff);
        return;
    }
    const QString currency = m_meter->currency;
    const auto addRow = [this](const QString &part, const QString &energy, const QString &rate,
                               const QString &amount) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        const QStringList cells{part, energy, rate, amount};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(row, c, item);
        }
    };
    for (const BillLine &line : bill->energyCharges)
        addRow(tr("Energy %1").arg(line.slab), Formatters::energy(line.wh),
               tr("%1/kWh").arg(Formatters::money(line.rateMilli, currency)),
               Formatters::money(line.amountMilli, currency));
    if (bill->generatorWh > 0)
        addRow(tr("Generator"), Formatters::energy(bill->generatorWh), QString(),
               Formatters::money(bill->generatorAmountMilli, currency));
    if (bill->fixedChargesMilli != 0)
        addRow(tr("Fixed charges"), QString(), QString(),
               Formatters::money(bill->fixedChargesMilli, currency));
    if (bill->taxMilli != 0)
        addRow(tr("Tax"), QString(), QString(), Formatters::money(bill->taxMilli, currency));
    m_total->setText(tr("Total: %1").arg(Formatters::money(bill->totalMilli, currency)));
    QStringList notes;
    notes << tr("%1 of %2 days have data.").arg(bill->daysWithData).arg(bill->daysInMonth);
    if (bill->unpricedGridWh > 0 || bill->unpricedGeneratorWh > 0)
        notes << tr("%1 could not be priced (no tariff in force).")
                     .arg(Formatters::energy(bill->unpricedGridWh + bill->unpricedGeneratorWh));
    m_note->setText(notes.join(QLatin1Char(' ')));
}

void BillPanel::updateQuote()
{
    m_quote->clear();
    const QString text = m_amount->text().trimmed();
    if (!m_meter || text.isEmpty())
        return;
    const AmountText::Parsed parsed = AmountText::parse(text, QLocale());
    const std::optional<qint64> milli = parsed && parsed.milli > 0 ? parsed.value() : std::nullopt;
    if (!milli) {
        m_quote->setText(parsed ? tr("Type an amount such as %1.").arg(QLocale().toString(1000))
                                : AmountText::problemText(parsed.problem, text));
        return;
    }
    const Result<RechargeQuote> quote = RechargeCalculator(m_db).energyFor(*m_meter, *milli, m_clock.now());
    if (!quote) {
        m_quote->setText(quote.errorKind() == ErrorKind::NotFound
                             ? quote.error() + QLatin1Char(' ') + tr("Set its prices in Meter > Tariff…")
                             : quote.error());
        m_setTariff->setVisible(m_setTariff->isVisible() || quote.errorKind() == ErrorKind::NotFound);
        return;
    }
    QString sentence =
        tr("%1 buys about %2 now.")
            .arg(Formatters::money(quote->amountMilli, m_meter->currency), Formatters::energy(quote->wh));
    if (quote->crossesSlab)
        sentence += QLatin1Char(' ') + quote->warning;
    m_quote->setText(sentence);
}
