#pragma once

#include "alerts/AlertConfig.h"
#include "model/Clock.h"
#include "model/Meter.h"

#include <QMainWindow>

#include <optional>

class BalanceChartPanel;
class AddReadingDialog;
class QAction;
class AlertsPanel;
class BillPanel;
class QListWidget;
class RechargesPanel;
class SessionsPanel;
class CsvActions;
class Database;
class MeterOverview;
class PeriodPanel;
class PollScheduler;
class QComboBox;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;
class DatabaseChangeWatcher;
class SessionFallbackSecretStore;
class StatusCard;
class TariffDialog;
class UsageChartPanel;

// The dashboard: a meter selector (with health dots, and "All meters" for an overview of
// cards), then for one meter its status card and usage chart, and its bills. Kept live from
// the scheduler's signals, and from commits of other processes (kilowatch-cli writing to the
// same file) through DatabaseChangeWatcher, which reads no data until something changed.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database &db, PollScheduler &scheduler, QWidget *parent = nullptr);

    // "Now" for every panel, card and dialog of the window: the wall clock unless a test pins
    // it. Refreshes what is shown.
    void setClock(const Clock &clock);
    const Clock &clock() const { return m_clock; }
    // The alert levels the balance figure, the dots and the overview colour by (the meter's
    // own low-balance amount winning over the global one).
    void setAlertConfig(const AlertConfig &config);
    // Re-reads the meter list (after meters were added or removed).
    void reloadMeters();
    void selectMeter(qint64 meterId);
    // The overview ("All meters") instead of one meter.
    void showOverview();
    std::optional<Meter> currentMeter() const;
    // The status bar's message, about no meter in particular: it stays until the next.
    void showMessage(const QString &text);
    // A message about one meter ("Demo meter ready"): it goes when another meter or the
    // overview is shown.
    void showMeterMessage(qint64 meterId, const QString &text);
    // A banner above everything while the database refuses writes (disk full, read-only,
    // locked, damaged); polling goes on and the first stored reading clears it.
    void showStorageProblem(const QString &text);
    void clearStorageProblem();
    QLabel *storageBanner() const { return m_storageBanner; }
    // Enables adding, editing and removing meters (the credential store and the network the
    // meter dialog's "Test connection" uses). Not owned.
    void setMeterServices(SessionFallbackSecretStore *secrets, QNetworkAccessManager *network);
    void addMeter();
    void editMeter();
    void removeMeter();
    // Meter > Tariff… (and the Bills tab's "Set the tariff…"): the current meter's tariff
    // versions, window-modal; null on the overview.
    TariffDialog *openTariffDialog();
    // Meter > Add reading… and the dashboard's button: a typed reading for the current meter,
    // whatever its provider (null on the overview).
    AddReadingDialog *openAddReadingDialog();
    QPushButton *addReadingButton() const { return m_addReading; }

    StatusCard *statusCard() const { return m_status; }
    UsageChartPanel *usagePanel() const { return m_usage; }
    BalanceChartPanel *balancePanel() const { return m_balance; }
    BillPanel *billPanel() const { return m_bills; }
    RechargesPanel *rechargesPanel() const { return m_recharges; }
    SessionsPanel *sessionsPanel() const { return m_sessions; }
    QListWidget *recentRecharges() const { return m_recent; }
    MeterOverview *overview() const { return m_overview; }
    QTabWidget *meterTabs() const { return m_tabs; }
    // File > Export CSV... and Import CSV...; the tray adds csvActions()->exportAction() too.
    CsvActions *csvActions() const { return m_csv; }
    AlertsPanel *alertsPanel() const { return m_alerts; }
    // Notices what other processes commit to the database; the window refreshes on it.
    DatabaseChangeWatcher *changeWatcher() const { return m_changes; }
    // With a tray: closing the window hides it (Kilowatch keeps running) and emits
    // hiddenToTray(); without, closing closes.
    void setHideOnClose(bool hide) { m_hideOnClose = hide; }
    bool hidesOnClose() const { return m_hideOnClose; }

signals:
    void hiddenToTray();
    // File > Settings...
    void settingsRequested();
    // The Alerts tab's "Set the alert levels…": Settings, open on its Alerts page.
    void alertSettingsRequested();
    // A reading was typed in (Add reading…): the alert rules run for it, as after a fetch.
    void readingAdded(qint64 meterId);

protected:
    void closeEvent(QCloseEvent *event) override;
    PeriodPanel *periodPanel() const { return m_periods; }

private:
    void onMeterChanged();
    void refreshStatus();
    void refreshOverview();
    // The meter's dot in the selector: its connection, or its low balance (amber, red).
    void setMeterDot(qint64 meterId, std::optional<Alert::Severity> lowBalance);
    void refreshHealthIcons();
    void refreshRecentRecharges();
    // Everything shown of the current meter, after a reading or another process's commit.
    void refreshCurrentMeter();
    void onDatabaseChangedElsewhere();
    void createMenus();
    // Tariff… and Add reading… follow the meter shown.
    void updateMeterActions();

    Database &m_db;
    PollScheduler &m_scheduler;
    Clock m_clock;
    AlertConfig m_alertConfig;
    QList<Meter> m_meters;
    QComboBox *m_meterBox;
    QStackedWidget *m_pages;
    MeterOverview *m_overview;
    QTabWidget *m_tabs;
    StatusCard *m_status;
    UsageChartPanel *m_usage;
    BalanceChartPanel *m_balance;
    BillPanel *m_bills;
    RechargesPanel *m_recharges;
    SessionsPanel *m_sessions;
    QListWidget *m_recent;
    PeriodPanel *m_periods;
    QLabel *m_message;
    std::optional<qint64> m_messageMeter; // the meter the status bar's message is about
    QLabel *m_storageBanner = nullptr;
    QTimer *m_overviewRefresh;
    DatabaseChangeWatcher *m_changes;
    SessionFallbackSecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QMenu *m_meterMenu = nullptr;
    CsvActions *m_csv = nullptr;
    AlertsPanel *m_alerts;
    QPushButton *m_addReading = nullptr;
    QAction *m_tariffAction = nullptr;
    QAction *m_addReadingAction = nullptr;
    bool m_hideOnClose = false;
};
