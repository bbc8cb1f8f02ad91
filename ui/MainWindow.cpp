#include "MainWindow.h"

#include "PeriodPanel.h"
#include "StatusCard.h"
#include "UsageChartPanel.h"
#include "analytics/LocalCalendar.h"
#include "analytics/UsageSeries.h"
#include "polling/PollScheduler.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

MainWindow::MainWindow(Database &db, PollScheduler &scheduler, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_scheduler(scheduler)
    , m_meterBox(new QComboBox(this))
    , m_status(new StatusCard(this))
    , m_usage(new UsageChartPanel(db, this))
    , m_periods(new PeriodPanel(db, this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Kilowatch"));
    setMinimumSize(800, 560);
    resize(1100, 720);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *top = new QHBoxLayout;
    auto *meterLabel = new QLabel(tr("&Meter:"), central);
    meterLabel->setBuddy(m_meterBox);
    m_meterBox->setAccessibleName(tr("Meter"));
    m_meterBox->setMinimumContentsLength(24);
    top->addWidget(meterLabel);
    top->addWidget(m_meterBox);
    top->addStretch(1);
    layout->addLayout(top);
    layout->addWidget(m_status);
    auto *charts = new QTabWidget(central);
    charts->addTab(m_usage, tr("&Usage"));
    charts->addTab(m_periods, tr("&Periods"));
    layout->addWidget(charts, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_message, 1);

    createMenus();

    connect(m_meterBox, &QComboBox::currentIndexChanged, this, &MainWindow::onMeterChanged);
    connect(&m_scheduler, &PollScheduler::readingStored, this, [this](qint64 meterId) {
        if (const auto meter = currentMeter(); meter && meter->id == meterId) {
            refreshStatus();
            m_usage->scheduleRefresh();
            m_periods->scheduleRefresh();
        }
    });
    connect(&m_scheduler, &PollScheduler::healthChanged, this, [this](qint64 meterId) {
        if (const auto meter = currentMeter(); meter && meter->id == meterId)
            refreshStatus();
    });
    reloadMeters();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh now"), this, [this] {
        m_scheduler.pollAllNow();
        m_usage->scheduleRefresh();
    });
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
}

void MainWindow::reloadMeters()
{
    const std::optional<Meter> previous = currentMeter();
    const Result<QList<Meter>> meters = MeterRepository(m_db).list();
    m_meters = meters ? meters.value() : QList<Meter>{};
    if (!meters)
        showMessage(meters.error());
    const QSignalBlocker block(m_meterBox);
    m_meterBox->clear();
    for (const Meter &m : std::as_const(m_meters))
        m_meterBox->addItem(m.name, m.id);
    if (previous)
        m_meterBox->setCurrentIndex(qMax(0, m_meterBox->findData(previous->id)));
    onMeterChanged();
}

void MainWindow::selectMeter(qint64 meterId)
{
    const int index = m_meterBox->findData(meterId);
    if (index >= 0)
        m_meterBox->setCurrentIndex(index);
}

std::optional<Meter> MainWindow::currentMeter() const
{
    const qint64 id = m_meterBox->currentData().toLongLong();
    for (const Meter &m : m_meters) {
        if (m.id == id)
            return m;
    }
    return std::nullopt;
}

void MainWindow::showMessage(const QString &text)
{
    m_message->setText(text);
}

void MainWindow::onMeterChanged()
{
    m_usage->setMeter(currentMeter());
    m_periods->setMeter(currentMeter());
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    const std::optional<Meter> meter = currentMeter();
    StatusCard::Snapshot snapshot;
    if (meter) {
        ReadingRepository readings(m_db);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        snapshot.meterName = meter->name;
        snapshot.currency = meter->currency;
        snapshot.latest = readings.latest(meter->id);
        snapshot.sourceSince = readings.sourceSince(meter->id, now - 30LL * 86400);
        snapshot.health = m_scheduler.health(meter->id);
        LocalCalendar calendar{QTimeZone(meter->timezone.toUtf8())};
        const Result<UsageSeries> today =
            UsageSeriesQuery(m_db).runRange(*meter, calendar.dayStart(now), now + 1, 1440);
        if (today) {
            snapshot.todayWh = today->totalGridWh() + today->totalGeneratorWh();
            snapshot.todayCostMilli = today->totalCostMilli();
        }
    }
    m_status->setSnapshot(snapshot);
}
