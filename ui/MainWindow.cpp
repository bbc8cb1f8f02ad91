#include "MainWindow.h"

#include "AboutDialog.h"
#include "AddReadingDialog.h"
#include "AlertsPanel.h"
#include "AppIcons.h"
#include "AutostartAction.h"
#include "BalanceChartPanel.h"
#include "BillPanel.h"
#include "CsvActions.h"
#include "Formatters.h"
#include "HealthBadge.h"
#include "MeterDialog.h"
#include "MeterOverview.h"
#include "PeriodPanel.h"
#include "RechargesPanel.h"
#include "SessionsPanel.h"
#include "StatusCard.h"
#include "TariffDialog.h"
#include "UsageChartPanel.h"
#include "alerts/MeterAttention.h"
#include "analytics/BalanceForecast.h"
#include "analytics/LocalCalendar.h"
#include "analytics/RechargeLedger.h"
#include "analytics/SourceSession.h"
#include "analytics/UsageSeries.h"
#include "model/RechargeEntry.h"
#include "model/TimeFormat.h"
#include "polling/PollScheduler.h"
#include "providers/ProviderRegistry.h"
#include "secrets/SessionFallbackSecretStore.h"
#include "services/MeterSetup.h"
#include "storage/Database.h"
#include "storage/DatabaseChangeWatcher.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"
#include "storage/SessionRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr qint64 kOverviewId = -1;

} // namespace

MainWindow::MainWindow(Database &db, PollScheduler &scheduler, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_scheduler(scheduler)
    , m_meterBox(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_overview(new MeterOverview(this))
    , m_tabs(new QTabWidget(this))
    , m_status(new StatusCard(this))
    , m_usage(new UsageChartPanel(db, this))
    , m_balance(new BalanceChartPanel(db, this))
    , m_bills(new BillPanel(db, this))
    , m_recharges(new RechargesPanel(db, this))
    , m_sessions(new SessionsPanel(db, this))
    , m_recent(new QListWidget(this))
    , m_periods(new PeriodPanel(db, this))
    , m_message(new QLabel(this))
    , m_overviewRefresh(new QTimer(this))
    , m_changes(new DatabaseChangeWatcher(db, this))
    , m_alerts(new AlertsPanel(db, this))
{
    setWindowTitle(tr("Kilowatch"));
    setWindowIcon(AppIcons::application());
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
    // Fixed colours for text and background alike, so it reads in light and dark palettes.
    m_storageBanner = new QLabel(central);
    m_storageBanner->setObjectName(QStringLiteral("storageBanner"));
    m_storageBanner->setAccessibleName(tr("Database problem"));
    m_storageBanner->setWordWrap(true);
    m_storageBanner->setStyleSheet(QStringLiteral("QLabel { background: #fde7c2; color: #4a2c00; "
                                                  "border: 1px solid #d08a00; padding: 6px; }"));
    m_storageBanner->hide();
    layout->addWidget(m_storageBanner);
    layout->addLayout(top);

    auto *dashboard = new QWidget(this);
    auto *dashboardLayout = new QVBoxLayout(dashboard);
    dashboardLayout->setContentsMargins(0, 0, 0, 0);
    auto *statusRow = new QHBoxLayout;
    auto *recentBox = new QWidget(this);
    auto *recentLayout = new QVBoxLayout(recentBox);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->addWidget(new QLabel(tr("Recent recharges"), recentBox));
    recentLayout->addWidget(m_recent);
    m_recent->setAccessibleName(tr("Recent recharges"));
    m_recent->setMaximumHeight(m_status->sizeHint().height());
    statusRow->addWidget(m_status, 3);
    statusRow->addWidget(recentBox, 1);
    dashboardLayout->addLayout(statusRow);
    // The balance (the default view), the usage chart and the period views (days, months,
    // years), each with its table.
    auto *charts = new QTabWidget(dashboard);
    charts->addTab(m_balance, tr("B&alance"));
    charts->addTab(m_usage, tr("&Usage"));
    charts->addTab(m_periods, tr("&Periods"));
    // Typed readings for every meter: manual meters' only way in (their status card says
    // "Readings are entered by hand"); for polled ones what the display showed while nothing
    // polled. In the chart tabs' corner, so it costs the charts no height.
    m_addReading = new QPushButton(tr("Add r&eading…"), charts);
    connect(m_addReading, &QPushButton::clicked, this, &MainWindow::openAddReadingDialog);
    charts->setCornerWidget(m_addReading, Qt::TopRightCorner);
    dashboardLayout->addWidget(charts, 1);
    m_tabs->addTab(dashboard, tr("&Dashboard"));
    m_tabs->addTab(m_recharges, tr("&Recharges"));
    m_tabs->addTab(m_sessions, tr("&Sessions"));
    m_tabs->addTab(m_bills, tr("&Bills"));
    m_tabs->addTab(m_alerts, tr("A&lerts"));
    connect(m_recharges, &RechargesPanel::changed, this, [this] {
        refreshStatus();
        m_usage->scheduleRefresh();
        m_balance->scheduleRefresh();
        m_bills->refresh();
    });
    connect(m_recharges, &RechargesPanel::message, this, [this](const QString &text) {
        const std::optional<Meter> meter = currentMeter();
        if (meter)
            showMeterMessage(meter->id, text);
        else
            showMessage(text);
    });
    connect(m_bills, &BillPanel::tariffRequested, this, &MainWindow::openTariffDialog);
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_tabs);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_message, 1);

    createMenus();

    // Many meters updating at once refresh the overview once.
    m_overviewRefresh->setSingleShot(true);
    m_overviewRefresh->setInterval(200);
    connect(m_overviewRefresh, &QTimer::timeout, this, &MainWindow::refreshOverview);

    connect(m_meterBox, &QComboBox::currentIndexChanged, this, &MainWindow::onMeterChanged);
    connect(m_overview, &MeterOverview::meterActivated, this, &MainWindow::selectMeter);
    connect(m_alerts, &AlertsPanel::settingsRequested, this, &MainWindow::alertSettingsRequested);
    connect(&m_scheduler, &PollScheduler::readingStored, this, [this](qint64 meterId) {
        if (const auto meter = currentMeter(); meter && meter->id == meterId)
            refreshCurrentMeter();
        m_overviewRefresh->start();
    });
    connect(m_changes, &DatabaseChangeWatcher::changed, this, &MainWindow::onDatabaseChangedElsewhere);
    connect(&m_scheduler, &PollScheduler::fetchFinished, this, [this](qint64, const FetchOutcome &outcome) {
        if (outcome.kind == FetchOutcome::Kind::StorageFailed)
            showStorageProblem(outcome.sentence());
        else if (outcome.isSuccess())
            clearStorageProblem(); // stored again: the fault has cleared
    });
    connect(&m_scheduler, &PollScheduler::healthChanged, this, [this](qint64 meterId) {
        if (const auto meter = currentMeter(); meter && meter->id == meterId)
            refreshStatus();
        refreshHealthIcons();
        m_overviewRefresh->start();
    });
    reloadMeters();
    m_changes->start();
}

void MainWindow::refreshCurrentMeter()
{
    refreshStatus();
    m_usage->scheduleRefresh();
    m_balance->scheduleRefresh();
    // Cheap: each reads only a few indexed rows.
    m_sessions->refresh();
    m_recharges->refresh();
    m_alerts->refresh();
    m_periods->scheduleRefresh();
    m_bills->refresh();
}

void MainWindow::onDatabaseChangedElsewhere()
{
    // A meter added, renamed or removed elsewhere: the list, and with it every view, again.
    const Result<QList<Meter>> meters = MeterRepository(m_db).list();
    const auto identity = [](const QList<Meter> &list) {
        QList<std::pair<qint64, QString>> ids;
        for (const Meter &m : list)
            ids.append({m.id, m.name});
        return ids;
    };
    if (meters && identity(meters.value()) != identity(m_meters)) {
        reloadMeters();
        return;
    }
    if (currentMeter())
        refreshCurrentMeter();
    m_overviewRefresh->start();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_csv = new CsvActions(m_db, m_scheduler, this);
    file->addAction(m_csv->exportAction());
    file->addAction(m_csv->importAction());
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    m_meterMenu = menuBar()->addMenu(tr("&Meter"));
    QAction *add = m_meterMenu->addAction(tr("&Add meter…"), this, &MainWindow::addMeter);
    add->setShortcut(QKeySequence::New);
    m_meterMenu->addAction(tr("&Edit meter…"), this, &MainWindow::editMeter);
    m_meterMenu->addAction(tr("&Remove meter…"), this, &MainWindow::removeMeter);
    m_meterMenu->addSeparator();
    m_tariffAction = m_meterMenu->addAction(tr("&Tariff…"), this, &MainWindow::openTariffDialog);
    m_addReadingAction = m_meterMenu->addAction(tr("Add rea&ding…"), this, &MainWindow::openAddReadingDialog);
    m_meterMenu->setEnabled(false); // until setMeterServices()
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh now"), this, [this] {
        m_scheduler.pollAllNow();
        m_usage->scheduleRefresh();
        m_balance->scheduleRefresh();
    });
    refresh->setShortcut(QKeySequence(Qt::Key_F5));

    // Desktop integration: start at login (off until chosen) above Quit, and Help > About.
    auto *autostart = new AutostartAction(this);
    file->insertAction(quit, autostart);
    file->insertSeparator(quit);
    connect(file, &QMenu::aboutToShow, autostart, &AutostartAction::refresh);
    connect(autostart, &AutostartAction::failed, this, &MainWindow::showMessage);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Kilowatch"), this, [this] { AboutDialog(this).exec(); });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setClock(const Clock &clock)
{
    m_clock = clock;
    m_status->setClock(clock);
    m_usage->setClock(clock.function());
    m_balance->setClock(clock.function());
    m_periods->setClock(clock.function());
    m_bills->setClock(clock);
    m_recharges->setClock(clock);
    m_sessions->setClock(clock);
    onMeterChanged();
}

void MainWindow::reloadMeters()
{
    const qint64 previous = m_meterBox->currentData().isValid() ? m_meterBox->currentData().toLongLong() : 0;
    const Result<QList<Meter>> meters = MeterRepository(m_db).list();
    m_meters = meters ? meters.value() : QList<Meter>{};
    if (!meters)
        showMessage(meters.error());
    const QSignalBlocker block(m_meterBox);
    m_meterBox->clear();
    if (m_meters.size() > 1)
        m_meterBox->addItem(tr("All meters"), kOverviewId);
    for (const Meter &m : std::as_const(m_meters))
        m_meterBox->addItem(m.name, m.id);
    refreshHealthIcons();
    const int index = m_meterBox->findData(previous);
    // A single meter is shown directly; several start on the overview.
    m_meterBox->setCurrentIndex(index >= 0 ? index : 0);
    onMeterChanged();
}

void MainWindow::setAlertConfig(const AlertConfig &config)
{
    m_alertConfig = config;
    refreshHealthIcons();
    refreshStatus();
    m_overviewRefresh->start();
}

void MainWindow::refreshHealthIcons()
{
    for (const Meter &m : std::as_const(m_meters)) {
        const std::optional<Reading> latest = ReadingRepository(m_db).latest(m.id);
        const Result<ForecastResult> forecast = BalanceForecast(m_db).run(m, m_clock.now());
        setMeterDot(m.id,
                    MeterAttention::balanceLevel(m_alertConfig, m, latest,
                                                 forecast ? std::optional(forecast.value()) : std::nullopt));
    }
}

void MainWindow::setMeterDot(qint64 meterId, std::optional<Alert::Severity> lowBalance)
{
    const int i = m_meterBox->findData(meterId);
    if (i < 0)
        return;
    const MeterHealth::State health = m_scheduler.health(meterId).state;
    m_meterBox->setItemIcon(i, HealthBadge::icon(health, lowBalance));
    m_meterBox->setItemData(i, MeterAttention::words(MeterAttention::of(lowBalance, health)),
                            Qt::ToolTipRole);
}

void MainWindow::selectMeter(qint64 meterId)
{
    const int index = m_meterBox->findData(meterId);
    if (index >= 0)
        m_meterBox->setCurrentIndex(index);
}

void MainWindow::showOverview()
{
    selectMeter(kOverviewId);
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
    m_messageMeter.reset();
}

void MainWindow::showMeterMessage(qint64 meterId, const QString &text)
{
    m_message->setText(text);
    m_messageMeter = meterId;
}

void MainWindow::showStorageProblem(const QString &text)
{
    m_storageBanner->setText(text);
    m_storageBanner->show();
}

void MainWindow::clearStorageProblem()
{
    m_storageBanner->hide();
    m_storageBanner->clear();
}

void MainWindow::onMeterChanged()
{
    const std::optional<Meter> meter = currentMeter();
    const bool overview = m_meterBox->currentData().toLongLong() == kOverviewId;
    // "Demo meter ready" is not news about the meter shown now.
    if (m_messageMeter && (!meter || meter->id != *m_messageMeter))
        showMessage(QString());
    m_pages->setCurrentWidget(overview ? static_cast<QWidget *>(m_overview) : m_tabs);
    m_usage->setMeter(meter);
    m_balance->setMeter(meter);
    m_bills->setMeter(meter);
    m_recharges->setMeter(meter);
    m_sessions->setMeter(meter);
    m_alerts->setMeter(meter);
    m_periods->setMeter(meter);
    updateMeterActions();
    refreshStatus();
    if (overview)
        refreshOverview();
}

void MainWindow::refreshOverview()
{
    if (m_pages->currentWidget() != m_overview)
        return;
    const qint64 now = m_clock.now();
    QList<MeterOverview::Card> cards;
    for (const Meter &m : std::as_const(m_meters)) {
        MeterOverview::Card card;
        card.meterId = m.id;
        card.name = m.name;
        const std::optional<Reading> latest = ReadingRepository(m_db).latest(m.id);
        card.balance = latest && latest->balanceMilli ? Formatters::money(*latest->balanceMilli, m.currency)
                                                      : tr("No reading yet");
        const Result<ForecastResult> forecast = BalanceForecast(m_db).run(m, now);
        card.forecast = forecast ? StatusCard::forecastSentence(forecast.value()) : forecast.error();
        card.health = m_scheduler.health(m.id);
        card.lowBalance = MeterAttention::balanceLevel(
            m_alertConfig, m, latest, forecast ? std::optional(forecast.value()) : std::nullopt);
        cards.append(card);
    }
    m_overview->setCards(cards);
}

void MainWindow::refreshStatus()
{
    const std::optional<Meter> meter = currentMeter();
    StatusCard::Snapshot snapshot;
    if (meter) {
        ReadingRepository readings(m_db);
        const qint64 now = m_clock.now();
        snapshot.meterName = meter->name;
        snapshot.currency = meter->currency;
        snapshot.latest = readings.latest(meter->id);
        snapshot.health = m_scheduler.health(meter->id);
        if (const Result<PowerNow> power = SupplyStatusQuery(m_db).run(*meter, now, snapshot.health))
            snapshot.power = power.value();
        LocalCalendar calendar{QTimeZone(meter->timezone.toUtf8())};
        const Result<UsageSeries> today =
            UsageSeriesQuery(m_db).runRange(*meter, calendar.dayStart(now), now + 1, 1440);
        if (today) {
            snapshot.todayWh = today->totalGridWh() + today->totalGeneratorWh();
            snapshot.todayCostMilli = today->totalCostMilli();
        }
        if (const Result<ForecastResult> forecast = BalanceForecast(m_db).run(*meter, now))
            snapshot.forecast = forecast.value();
        snapshot.lowBalance =
            MeterAttention::balanceLevel(m_alertConfig, *meter, snapshot.latest, snapshot.forecast);
        setMeterDot(meter->id, snapshot.lowBalance);
    }
    m_status->setSnapshot(snapshot);
    refreshRecentRecharges();
}

void MainWindow::refreshRecentRecharges()
{
    m_recent->clear();
    const std::optional<Meter> meter = currentMeter();
    if (!meter)
        return;
    const Result<QList<RechargeEntry>> list = RechargeLedger(m_db).list(*meter, 0, m_clock.now() + 86400);
    if (!list)
        return;
    const QTimeZone zone(meter->timezone.toUtf8());
    const QLocale locale;
    int shown = 0;
    for (auto it = list->crbegin(); it != list->crend() && shown < 5; ++it, ++shown)
        m_recent->addItem(tr("%1  %2").arg(
            TimeFormat::shortDate(QDateTime::fromSecsSinceEpoch(it->time, zone).date(), locale),
            Formatters::money(it->amountMilli, meter->currency)));
    if (shown == 0)
        m_recent->addItem(tr("None yet"));
}

void MainWindow::setMeterServices(SessionFallbackSecretStore *secrets, QNetworkAccessManager *network)
{
    m_secrets = secrets;
    m_network = network;
    m_meterMenu->setEnabled(m_secrets && m_network);
}

void MainWindow::addMeter()
{
    if (!m_secrets || !m_network)
        return;
    MeterDialog dialog(m_db, *m_secrets, *m_network, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.savedMeter())
        return;
    m_scheduler.addMeter(*dialog.savedMeter());
    reloadMeters();
    selectMeter(dialog.savedMeter()->id);
    m_scheduler.pollNow(dialog.savedMeter()->id);
}

void MainWindow::editMeter()
{
    const std::optional<Meter> meter = currentMeter();
    if (!meter || !m_secrets || !m_network)
        return;
    MeterDialog dialog(m_db, *m_secrets, *m_network, meter, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.savedMeter())
        return;
    m_scheduler.addMeter(*dialog.savedMeter()); // a new adapter with the new settings
    reloadMeters();
}

void MainWindow::removeMeter()
{
    const std::optional<Meter> meter = currentMeter();
    if (!meter)
        return;
    const auto answer = QMessageBox::warning(
        this, tr("Remove meter"),
        tr("Remove \"%1\" and everything stored for it (readings, recharges, credentials)?").arg(meter->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (!m_secrets) // the Meter menu is disabled without a secret store
        return;
    m_scheduler.removeMeter(meter->id);
    // The row, everything stored for it and its credentials: MeterSetup's, as for the CLI.
    MeterSetup(m_db, *m_secrets)
        .remove(*meter, [self = QPointer<MainWindow>(this)](const MeterSetup::Outcome &removed) {
            if (!self) // the credentials' answer came after the window closed
                return;
            if (!removed)
                self->showMessage(removed.error.sentence);
            self->reloadMeters();
        });
}

void MainWindow::updateMeterActions()
{
    const std::optional<Meter> meter = currentMeter();
    m_tariffAction->setEnabled(meter.has_value());
    // Every meter takes typed readings (ReadingEntry): manual ones have no other way in.
    m_addReadingAction->setEnabled(meter.has_value());
    m_addReading->setVisible(meter.has_value());
}

TariffDialog *MainWindow::openTariffDialog()
{
    const std::optional<Meter> meter = currentMeter();
    if (!meter)
        return nullptr;
    auto *dialog = new TariffDialog(m_db, *meter, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TariffDialog::changed, this, &MainWindow::refreshCurrentMeter);
    dialog->open();
    return dialog;
}

AddReadingDialog *MainWindow::openAddReadingDialog()
{
    const std::optional<Meter> meter = currentMeter();
    if (!meter)
        return nullptr;
    auto *dialog = new AddReadingDialog(m_db, *meter, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id = meter->id] {
        refreshCurrentMeter();
        m_overviewRefresh->start();
        emit readingAdded(id);
    });
    dialog->open();
    return dialog;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_hideOnClose) {
        hide();
        event->ignore();
        emit hiddenToTray();
        return;
    }
    QMainWindow::closeEvent(event);
}
