#include "SessionsPanel.h"

#include "Formatters.h"
#include "SessionTimeline.h"
#include "SupplyLook.h"
#include "analytics/SourceSession.h"
#include "model/TimeFormat.h"
#include "storage/SessionRepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

// One legend entry: a swatch drawn as the timeline draws that kind, and its word.
QWidget *legendEntry(SupplyKind kind, QWidget *parent)
{
    auto *entry = new QWidget(parent);
    auto *row = new QHBoxLayout(entry);
    row->setContentsMargins(0, 0, 0, 0);
    auto *swatch = new QLabel(entry);
    const int size = swatch->fontMetrics().height();
    QPixmap pixmap(size * 2, size);
    pixmap.fill(parent->palette().color(QPalette::Base));
    {
        QPainter painter(&pixmap);
        painter.fillRect(pixmap.rect(), SupplyLook::brush(kind));
        painter.setPen(QColor(0x75, 0x75, 0x75));
        painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    }
    swatch->setPixmap(pixmap);
    auto *text = new QLabel(SupplyLook::name(kind), entry);
    swatch->setAccessibleName(text->text());
    row->addWidget(swatch);
    row->addWidget(text);
    return entry;
}

QLabel *figure(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setAccessibleName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

SessionsPanel::SessionsPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_range(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_timeline(new SessionTimeline(this))
    , m_scroll(new QScrollArea(this))
    , m_hours(figure(this, tr("Generator hours")))
    , m_energy(figure(this, tr("Generator energy")))
    , m_cost(figure(this, tr("Generator cost")))
    , m_starts(figure(this, tr("Generator starts")))
    , m_longest(figure(this, tr("Longest generator run")))
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

    // The generator in the chosen range: one line of figures.
    auto *totals = new QGroupBox(tr("Generator in this period"), this);
    auto *totalsRow = new QHBoxLayout(totals);
    const auto addFigure = [&](const QString &caption, QLabel *value) {
        auto *form = new QFormLayout;
        form->addRow(caption, value);
        totalsRow->addLayout(form);
    };
    addFigure(tr("Hours:"), m_hours);
    addFigure(tr("Energy:"), m_energy);
    addFigure(tr("Cost:"), m_cost);
    addFigure(tr("Starts:"), m_starts);
    addFigure(tr("Longest run:"), m_longest);
    totalsRow->addStretch(1);

    // The day strips, scrolling when the period has more days than fit, and their legend.
    m_scroll->setWidget(m_timeline);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the strips scale to the width
    m_legend = new QWidget(this);
    auto *legend = new QHBoxLayout(m_legend);
    legend->setContentsMargins(0, 0, 0, 0);
    for (const SupplyKind kind : {SupplyKind::Grid, SupplyKind::Generator, SupplyKind::Outage,
                                  SupplyKind::NoReadings, SupplyKind::Unknown})
        legend->addWidget(legendEntry(kind, m_legend));
    legend->addStretch(1);
    m_timelineBox = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(m_timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(m_scroll, 1);
    timelineLayout->addWidget(m_legend);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_timelineBox);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(totals);
    layout->addWidget(split, 1);
    connect(m_range, &QComboBox::currentIndexChanged, this, &SessionsPanel::refresh);
    connect(m_source, &QComboBox::currentIndexChanged, this, &SessionsPanel::refreshTable);
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
    refreshTimeline();
    refreshTable();
}

void SessionsPanel::refreshTimeline()
{
    m_supply = SupplyRange{};
    if (m_meter) {
        if (const Result<SupplyRange> range =
                SupplyTimelineQuery(m_db).lastDays(*m_meter, m_range->currentData().toInt(), m_clock.now()))
            m_supply = range.value();
    }
    m_timeline->setDays(m_supply.days, QTimeZone(m_meter ? m_meter->timezone.toUtf8() : QByteArray("UTC")));
    // A week shows whole; longer periods scroll from today down, two weeks in view.
    const int rows = qMin<int>(14, qMax<int>(1, int(m_supply.days.size())));
    const QSize hint = m_timeline->sizeHint();
    const int height = hint.height() * rows / qMax<int>(1, int(m_supply.days.size()));
    m_scroll->setMinimumHeight(qMin(hint.height(), height + m_timeline->fontMetrics().height()) + 2);
    // Never more room than the strips need: the rest goes to the table, the legend stays under them.
    m_scroll->setMaximumHeight(hint.height() + 2);
    m_timelineBox->setMaximumHeight(m_scroll->maximumHeight() + qMax(0, m_timelineBox->layout()->spacing()) +
                                    m_legend->sizeHint().height());
    const SessionTotals &t = m_supply.totals;
    const QString currency = m_meter ? m_meter->currency : QString();
    m_hours->setText(Formatters::hours(t.generatorSeconds)); // "Hours: 33 h 20 min", not "1 d 9 h"
    m_energy->setText(Formatters::energy(t.generatorWh));
    m_cost->setText(Formatters::money(t.generatorCostMilli, currency));
    m_starts->setText(QLocale().toString(t.generatorStarts));
    m_longest->setText(t.longestRunStart ? Formatters::duration(t.longestRunSeconds) : tr("none"));
}

QString SessionsPanel::totalsText() const
{
    return QStringList{m_hours->text(), m_energy->text(), m_cost->text(), m_starts->text(), m_longest->text()}
        .join(QStringLiteral(" | "));
}

void SessionsPanel::refreshTable()
{
    m_table->setRowCount(0);
    if (!m_meter)
        return;
    // The same local days as the timeline and its totals.
    const qint64 now = m_clock.now();
    const qint64 from = m_supply.from;
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
