#include "SessionsPanel.h"

#include "Formatters.h"
#include "analytics/SourceSession.h"
#include "model/TimeFormat.h"
#include "storage/SessionRepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

SessionsPanel::SessionsPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_range(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_table(new QTableWidget(0, 7, this))
{
    // The number in the language's digits ("গত ৭ দিন").
    for (const int days : {7, 30})
        m_range->addItem(tr("Last %1 days").arg(QLocale().toString(days)), days);
    m_range->addItem(tr("Last year"), 366);
    m_range->setCurrentIndex(1);
    m_range->setAccessibleName(tr("Period"));
    m_source->addItem(tr("Generator only"), static_cast<int>(PowerSource::Generator));
    m_source->addItem(tr("Grid only"), static_cast<int>(PowerSource::Grid));
    m_source->addItem(tr("Both"), 0);
    m_source->setAccessibleName(tr("Power source"));
    m_table->setHorizontalHeaderLabels(
        {tr("Source"), tr("Start"), tr("End"), tr("Duration"), tr("Energy"), tr("Cost"), tr("Average")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Power-source sessions"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show"), this));
    filters->addWidget(m_source);
    filters->addWidget(m_range);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    connect(m_range, &QComboBox::currentIndexChanged, this, &SessionsPanel::refresh);
    connect(m_source, &QComboBox::currentIndexChanged, this, &SessionsPanel::refresh);
}

void SessionsPanel::setMeter(const std::optional<Meter> &meter)
{
    m_meter = meter;
    refresh();
}

void SessionsPanel::setClock(const Clock &clock)
{
    m_clock = clock;
    refresh();
}

void SessionsPanel::refresh()
{
    m_table->setRowCount(0);
    if (!m_meter)
        return;
    const qint64 now = m_clock.now();
    const qint64 from = now - qint64(m_range->currentData().toInt()) * 86400;
    const Result<QList<SourceSession>> sessions =
        SessionRepository(m_db).sessions(m_meter->id, from, now + 1);
    if (!sessions)
        return;
    const int wanted = m_source->currentData().toInt();
    const QTimeZone zone(m_meter->timezone.toUtf8());
    const QLocale locale;
    for (auto it = sessions->crbegin(); it != sessions->crend(); ++it) {
        const SourceSession &s = *it;
        if (wanted != 0 && static_cast<int>(s.source) != wanted)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const std::optional<double> kw = s.averageKw();
        const QStringList cells{
            s.source == PowerSource::Generator ? tr("Generator") : tr("Grid"),
            TimeFormat::shortDateTime(s.start, zone, locale),
            s.end ? TimeFormat::shortDateTime(*s.end, zone, locale) : tr("still on"),
            Formatters::duration(s.durationSeconds()),
            Formatters::energy(s.energyWh),
            Formatters::money(s.costMilli, m_meter->currency),
            kw ? Formatters::power(qRound64(*kw * 1000.0)) : QString(),
        };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
    }
}
