#include "AlertsPanel.h"
#include "BalanceChartPanel.h"
#include "BillPanel.h"
#include "ChartFixtures.h"
#include "DesktopController.h"
#include "LayoutAudit.h"
#include "MainWindow.h"
#include "MeterOverview.h"
#include "MeterTimeEdit.h"
#include "RechargesPanel.h"
#include "SessionsPanel.h"
#include "SettingsDialog.h"
#include "StatusCard.h"
#include "TestArtifacts.h"
#include "ThemeManager.h"
#include "UsageChartPanel.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/RechargeLedger.h"
#include "analytics/Tariff.h"
#include "model/RechargeEntry.h"
#include "model/TimeFormat.h"
#include "polling/PollScheduler.h"
#include "settings/AppSettings.h"
#include "setup/DemoMeter.h"
#include "setup/Localization.h"
#include "setup/SimulatorBackfill.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTranslator>

#include <ctime>

namespace {

qint64 utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toSecsSinceEpoch();
}

// 23:30 UTC: the demo meter's Kolkata (UTC+05:30) is already at 05:00 tomorrow, and the
// computer (TZ, set in initMain) in New York is still at 18:30 today.
const qint64 kLateEvening = utc(2026, 3, 10, 23, 30);

// A window on the demo meter's 30 days up to a fixed "now", with a scheduler that never polls:
// nothing in it depends on the wall clock.
struct FixedWindow
{
    std::unique_ptr<Database> db;
    std::unique_ptr<PollScheduler> scheduler;
    std::unique_ptr<MainWindow> window;
    qint64 now = 0;

    void setNow(qint64 t)
    {
        now = t;
        window->setClock(Clock([this] { return now; }));
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The demo meter's history ending at kLateEvening, made once and reused.
    std::unique_ptr<FixedWindow> openFixedWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("fixed.sqlite"));
        auto fixed = std::make_unique<FixedWindow>();
        auto db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        fixed->db = std::move(db).value();
        const Result<std::optional<Meter>> demo = DemoMeter::createIfEmpty(*fixed->db, kLateEvening);
        if (!demo)
            qFatal("%s", qPrintable(demo.error()));
        if (demo.value()) {
            if (Status filled = DemoMeter::backfill(*fixed->db, *demo.value(), kLateEvening); !filled)
                qFatal("%s", qPrintable(filled.error()));
        }
        fixed->scheduler = std::make_unique<PollScheduler>(*fixed->db);
        fixed->window = std::make_unique<MainWindow>(*fixed->db, *fixed->scheduler);
        fixed->setNow(kLateEvening);
        fixed->window->show();
        if (!QTest::qWaitForWindowExposed(fixed->window.get()))
            qFatal("the window was never shown");
        return fixed;
    }

    std::unique_ptr<DesktopController> startController(const QString &file)
    {
        auto db = Database::open(m_dir.filePath(file));
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        auto controller = std::make_unique<DesktopController>(std::move(db).value());
        QSignalSpy ready(controller.get(), &DesktopController::ready);
        controller->start();
        if (!controller->isReady() && !ready.wait(60'000))
            qFatal("the window never became ready");
        return controller;
    }

    static void waitForRefresh(UsageChartPanel *panel)
    {
        QSignalSpy refreshed(panel, &UsageChartPanel::refreshed);
        panel->scheduleRefresh();
        QVERIFY(refreshed.wait(10'000));
    }

public:
    // Before QApplication: the computer's zone is New York's, neither UTC nor any meter's,
    // so whatever uses the system zone where the meter's belongs shows up.
    static void initMain()
    {
        qputenv("TZ", "America/New_York");
        tzset();
    }

private slots:
    void firstStartShowsTheDemoMeterWithThirtyDays()
    {
        auto controller = startController(QStringLiteral("first.sqlite"));
        MainWindow *window = controller->window();
        QVERIFY(window->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(window));

        const auto meters = MeterRepository(controller->database()).list();
        QCOMPARE(meters->size(), 1);
        QCOMPARE(meters->at(0).name, DemoMeter::defaultName());
        QCOMPARE(window->currentMeter()->name, DemoMeter::defaultName());
        const qint64 readings = ReadingRepository(controller->database()).count(meters->at(0).id);
        QVERIFY2(readings > 30 * 2880 * 0.95, qPrintable(QString::number(readings)));
        QVERIFY(controller->scheduler()->isRunning());
        // Meters can be added from the window: its menu is wired to the keychain and network.
        bool meterMenuEnabled = false;
        for (QMenu *menu : window->findChildren<QMenu *>()) {
            if (menu->title() == QLatin1String("&Meter"))
                meterMenuEnabled = menu->isEnabled();
        }
        QVERIFY(meterMenuEnabled);

        // The status card shows a real balance in rupees and the power source.
        const QString balance = window->statusCard()->balanceText();
        QVERIFY2(balance.contains(QStringLiteral("₹")), qPrintable(balance));
        QVERIFY(balance.contains(QRegularExpression(QStringLiteral("\\d"))));
        QVERIFY(window->statusCard()->sourceText().contains(
            QRegularExpression(QStringLiteral("Grid|Generator"))));

        // The chart covers 30 days, hourly, with data nearly everywhere.
        UsageChartPanel *usage = window->usagePanel();
        waitForRefresh(usage);
        QCOMPARE(usage->intervalHours(), 720);
        QCOMPARE(usage->groupMinutes(), 60);
        const UsageSeries &series = usage->series();
        QVERIFY(series.buckets.size() >= 720 && series.buckets.size() <= 722);
        int withData = 0;
        for (const UsageBucket &b : series.buckets)
            withData += b.hasData ? 1 : 0;
        QVERIFY2(withData > 700, qPrintable(QString::number(withData)));
        QVERIFY(usage->chart()->lastSegmentCount() >= 1);

        // The balance is the dashboard's default view; the usage chart is the tab beside it.
        QTabWidget *views = nullptr;
        for (QWidget *w = usage->parentWidget(); w && !views; w = w->parentWidget())
            views = qobject_cast<QTabWidget *>(w);
        QVERIFY(views);
        QCOMPARE(views->currentWidget(), static_cast<QWidget *>(window->balancePanel()));
        views->setCurrentWidget(usage);

        // A screenshot from the X server (or the offscreen platform) proves it was drawn.
        QTest::qWait(300);
        QImage shot = window->screen()->grabWindow(window->winId()).toImage();
        if (shot.isNull() || shot.width() < 100)
            shot = window->grab().toImage();
        QVERIFY(shot.save(TestArtifacts::path(QStringLiteral("main-window.png"))));
        const int gridPixels = ChartFixtures::countNear(shot, ChartFixtures::kGrid);
        QVERIFY2(gridPixels > 5000, qPrintable(QString::number(gridPixels)));
    }

    void slidersChangeTheQuery()
    {
        auto controller = startController(QStringLiteral("first.sqlite")); // reuses the demo data
        UsageChartPanel *usage = controller->window()->usagePanel();
        usage->setIntervalHours(24);
        usage->setGroupMinutes(15);
        waitForRefresh(usage);
        QCOMPARE(usage->series().groupMinutes, 15);
        QVERIFY(usage->series().buckets.size() >= 96 && usage->series().buckets.size() <= 97);

        // A typed value between the slider's steps is kept as typed.
        usage->setGroupMinutes(45);
        waitForRefresh(usage);
        QCOMPARE(usage->series().groupMinutes, 45);

        // The money view reads the same buckets.
        usage->setUnit(UsageChartView::Unit::Money);
        waitForRefresh(usage);
        QVERIFY(usage->series().totalCostMilli() > 0);

        // The finest grouping over the longest window is decimated to the plot's width.
        usage->setIntervalHours(720);
        usage->setGroupMinutes(1);
        waitForRefresh(usage);
        QVERIFY(usage->series().buckets.size() >= 43'200);
        const int width = usage->chart()->width();
        QVERIFY2(usage->chart()->lastPointCount() <= 2 * 4 * qMax(100, width) + 64,
                 qPrintable(QString::number(usage->chart()->lastPointCount())));
    }

    void liveReadingsReachTheWindow()
    {
        auto controller = startController(QStringLiteral("first.sqlite"));
        const Meter meter = *controller->window()->currentMeter();
        QSignalSpy finished(controller->scheduler(), &PollScheduler::fetchFinished);
        controller->scheduler()->pollNow(meter.id);
        QVERIFY(finished.wait(10'000));
        QVERIFY(controller->window()->statusCard()->freshnessText().contains(QStringLiteral("Last reading")));
        QCOMPARE(controller->scheduler()->health(meter.id).state, MeterHealth::State::Ok);
    }

    void overviewShowsEveryMeterAndOpensOne()
    {
        const QString file = QStringLiteral("many.sqlite");
        {
            auto db = Database::open(m_dir.filePath(file));
            for (const char *name : {"Flat 1", "Flat 2", "Office"}) {
                Meter m;
                m.name = QLatin1String(name);
                m.provider = QStringLiteral("simulator");
                m.timezone = QStringLiteral("Asia/Kolkata");
                m.createdAt = QDateTime::currentSecsSinceEpoch();
                m.settings.insert(QStringLiteral("seed"), static_cast<qint64>(qHash(m.name) % 1000));
                const Result<Meter> added = MeterRepository(*db.value()).add(m);
                QVERIFY(added.ok());
                const qint64 now = QDateTime::currentSecsSinceEpoch();
                const auto prepared =
                    SimulatorBackfill::prepare(*db.value(), added.value(), 5, std::nullopt, now);
                QVERIFY(SimulatorBackfill::run(*db.value(), prepared.value(), now - 5 * 86400, now).ok());
            }
        }
        auto controller = startController(file);
        MainWindow *window = controller->window();
        QCOMPARE(window->findChild<QComboBox *>()->itemText(0), QStringLiteral("All meters"));
        QVERIFY(window->overview()->isVisible());
        QCOMPARE(window->overview()->cardCount(), 3);
        QVERIFY(!window->currentMeter());
        QTest::qWait(200);
        QVERIFY(window->grab().save(TestArtifacts::path(QStringLiteral("overview.png"))));

        QSignalSpy activated(window->overview(), &MeterOverview::meterActivated);
        QList<QWidget *> cards;
        for (QWidget *w : window->overview()->findChildren<QWidget *>()) {
            if (w->property("meterId").isValid())
                cards.append(w);
        }
        QCOMPARE(cards.size(), 3);
        QTest::mouseClick(cards[1], Qt::LeftButton);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(window->currentMeter()->name, QStringLiteral("Flat 2"));
        QVERIFY(window->meterTabs()->isVisible());
        // A forecast line is claimed after 3 days of data (5 here).
        QVERIFY2(window->statusCard()->forecastText().contains(QStringLiteral("Runs out on")) ||
                     window->statusCard()->forecastText().contains(QStringLiteral("no date")),
                 qPrintable(window->statusCard()->forecastText()));
    }

    void billsTabPricesTheMonth()
    {
        auto fixed = openFixedWindow();
        MainWindow *window = fixed->window.get();
        const Meter meter = *window->currentMeter();
        BillPanel *bills = window->billPanel();
        QCOMPARE(bills->lines()->rowCount(), 0); // no tariff yet: nothing invented
        const Result<Tariff> tariff = Tariff::fromJson(QJsonObject{
            {QStringLiteral("slabs"),
             QJsonArray{QJsonObject{{QStringLiteral("from_kwh"), 0},
                                    {QStringLiteral("to_kwh"), 100},
                                    {QStringLiteral("rate"), 8.5}},
                        QJsonObject{{QStringLiteral("from_kwh"), 101}, {QStringLiteral("rate"), 10}}}},
            {QStringLiteral("generator_rate"), 22},
            {QStringLiteral("tax_percent"), 5}});
        QVERIFY2(tariff.ok(), qPrintable(tariff.error()));
        QVERIFY(ReadingIngestor(*fixed->db).setTariff(meter, QDate(2020, 1, 1), tariff.value()).ok());
        window->meterTabs()->setCurrentWidget(bills);
        bills->refresh();
        // The meter's month: on 11 March in Kolkata, March.
        QCOMPARE(bills->monthEdit()->date().month(), 3);
        // The month picker is as wide as a month's name, not stretched across the window
        // (walkthrough 2026-12).
        QDateTimeEdit *month = bills->monthEdit()->editor();
        QVERIFY2(month->width() <= month->sizeHint().width() + 8,
                 qPrintable(QStringLiteral("%1 > %2").arg(month->width()).arg(month->sizeHint().width())));
        QVERIFY(bills->lines()->rowCount() >= 2);
        QVERIFY(bills->totalLabel()->text().startsWith(QStringLiteral("Total:")));
        bool currencyNamed = false;
        for (QLabel *label : bills->findChildren<QLabel *>())
            currencyNamed = currencyNamed || (label->buddy() == bills->amountEdit() &&
                                              label->text().contains(QStringLiteral("₹")));
        QVERIFY(currencyNamed);
        bills->amountEdit()->setText(QStringLiteral("5000"));
        QVERIFY2(bills->quoteLabel()->text().contains(QStringLiteral("kWh")),
                 qPrintable(bills->quoteLabel()->text()));
        QVERIFY(window->grab().save(TestArtifacts::path(QStringLiteral("bills.png"))));
    }

    void rechargesAndSessionsTabs()
    {
        auto fixed = openFixedWindow(); // 23:30 UTC: the hour it used to fail at
        MainWindow *window = fixed->window.get();
        // The demo's outages ran the generator: sessions are listed, generator first.
        SessionsPanel *sessions = window->sessionsPanel();
        window->meterTabs()->setCurrentWidget(sessions);
        QVERIFY2(sessions->table()->rowCount() > 0, "no generator sessions in 30 days of demo data");
        QCOMPARE(sessions->table()->item(0, 0)->text(), QStringLiteral("Generator"));
        QVERIFY(window->grab().save(TestArtifacts::path(QStringLiteral("sessions.png"))));

        RechargesPanel *recharges = window->rechargesPanel();
        window->meterTabs()->setCurrentWidget(recharges);
        const int before = recharges->table()->rowCount();
        const qint64 when = fixed->now - 3600;
        QVERIFY(recharges->addRecharge(1'500'000, when, QStringLiteral("1234 5678 9012 3456 7890")));
        QCOMPARE(recharges->table()->rowCount(), before + 1);
        QCOMPARE(recharges->table()->item(0, 3)->text(), QStringLiteral("Manual"));
        QVERIFY(recharges->table()->item(0, 4)->text().contains(QStringLiteral("1234")));
        QVERIFY(window->recentRecharges()->item(0)->text().contains(QStringLiteral("1,500.00")));
        // Under the table: how many, how much, how often (walkthrough 2026-12: no totals).
        auto *totals = recharges->findChild<QLabel *>(QStringLiteral("rechargeTotals"));
        QVERIFY(totals);
        QVERIFY2(totals->text().contains(QStringLiteral("listed: %1,").arg(QLocale().toString(before + 1))),
                 qPrintable(totals->text()));
        QVERIFY2(totals->text().contains(QStringLiteral("₹")), qPrintable(totals->text()));
        QVERIFY2(totals->text().contains(QStringLiteral("on average")), qPrintable(totals->text()));
        // Filters.
        recharges->originFilter()->setCurrentIndex(
            recharges->originFilter()->findData(QStringLiteral("detected")));
        QVERIFY(recharges->table()->rowCount() > 0);
        for (int r = 0; r < recharges->table()->rowCount(); ++r) {
            QCOMPARE(recharges->table()->item(r, 3)->text(), QStringLiteral("Detected"));
            // The amount is what was paid; the balance jump's estimate is in its tooltip.
            QVERIFY2(recharges->table()->item(r, 1)->toolTip().startsWith(
                         QStringLiteral("Estimated from the balance jump: ")),
                     qPrintable(recharges->table()->item(r, 1)->toolTip()));
        }
        recharges->originFilter()->setCurrentIndex(0);
        recharges->minimumAmount()->setText(QStringLiteral("1000000"));
        QCOMPARE(recharges->table()->rowCount(), 0);
        QVERIFY2(totals->text().contains(QStringLiteral("No recharges")), qPrintable(totals->text()));
        recharges->minimumAmount()->clear();
        // Bad token: refused with a sentence, nothing added.
        QSignalSpy message(recharges, &RechargesPanel::message);
        QVERIFY(!recharges->addRecharge(1'000, when, QStringLiteral("12")));
        QCOMPARE(message.size(), 1);
        QCOMPARE(recharges->table()->rowCount(), before + 1);
        // Delete the manual one again: the question says what deleting a typed-in recharge
        // does (it used to speak of detected ones whatever was selected).
        QPushButton *deleteButton = nullptr;
        for (QPushButton *b : recharges->findChildren<QPushButton *>())
            deleteButton = b->text() == QLatin1String("De&lete") ? b : deleteButton;
        QVERIFY(deleteButton);
        recharges->table()->selectRow(0);
        QCOMPARE(recharges->table()->item(0, 3)->text(), QStringLiteral("Manual"));
        QVERIFY(recharges->table()->item(0, 1)->toolTip().isEmpty()); // tied to no balance rise
        // What Delete asks, answered No.
        const auto askedOnDelete = [&] {
            QString question;
            QTimer::singleShot(0, recharges, [&question] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                question = box->text();
                box->button(QMessageBox::No)->click();
            });
            deleteButton->click();
            return question;
        };
        QString question = askedOnDelete();
        QVERIFY2(!question.isEmpty(), "no question asked");
        QVERIFY2(!question.contains(QLatin1String("detected"), Qt::CaseInsensitive), qPrintable(question));
        QCOMPARE(recharges->table()->rowCount(), before + 1); // "No" deleted nothing
        // A detected one: the rise stays, as a correction of the balance.
        int detectedRow = -1;
        for (int r = 0; r < recharges->table()->rowCount() && detectedRow < 0; ++r)
            detectedRow = recharges->table()->item(r, 3)->text() == QLatin1String("Detected") ? r : -1;
        QVERIFY(detectedRow >= 0);
        recharges->table()->selectRow(detectedRow);
        question = askedOnDelete();
        QVERIFY2(question.contains(QLatin1String("correction of the balance")), qPrintable(question));
        recharges->table()->selectRow(0);
        QVERIFY(recharges->deleteSelected());
        QCOMPARE(recharges->table()->rowCount(), before);
        QVERIFY(window->grab().save(TestArtifacts::path(QStringLiteral("recharges.png"))));
    }

    // 22:30 UTC is 04:00 on the 11th in Kolkata: the Recharges tab's days are the meter's, so
    // "today" there is the 11th and the recharge is listed (it was not, from 19:30 UTC on).
    void rechargeLateInTheUtcDayIsOnTheMetersToday()
    {
        auto fixed = openFixedWindow();
        RechargesPanel *recharges = fixed->window->rechargesPanel();
        fixed->window->meterTabs()->setCurrentWidget(recharges);
        QCOMPARE(recharges->toEdit()->date(), QDate(2026, 3, 11));
        QCOMPARE(recharges->fromEdit()->date(), QDate(2025, 3, 11));
        QVERIFY(recharges->toEdit()->zoneLabel()->isVisible());
        QCOMPARE(recharges->toEdit()->zoneLabel()->text(), QStringLiteral("Asia/Kolkata (IST, UTC+05:30)"));
        // The filters write dates as the table does ("11 Mar 2026"), not in ISO beside them.
        QCOMPARE(recharges->toEdit()->editor()->text(), TimeFormat::shortDate(QDate(2026, 3, 11)));
        QCOMPARE(recharges->fromEdit()->editor()->text(), TimeFormat::shortDate(QDate(2025, 3, 11)));
        const int before = recharges->table()->rowCount();
        QVERIFY(recharges->addRecharge(2'000'000, utc(2026, 3, 10, 22, 30), QString()));
        QCOMPARE(recharges->table()->rowCount(), before + 1);
        QVERIFY(recharges->table()->item(0, 1)->text().contains(QStringLiteral("2,000.00")));

        // The default range follows the meter's today as time goes on: at 19:00 UTC the next
        // day it is already the 12th in Kolkata (and still the 11th in New York and in UTC).
        fixed->setNow(utc(2026, 3, 11, 19, 0));
        QCOMPARE(recharges->toEdit()->date(), QDate(2026, 3, 12));
        QVERIFY(recharges->addRecharge(500'000, utc(2026, 3, 11, 18, 45), QString()));
        QVERIFY(recharges->table()->item(0, 1)->text().contains(QStringLiteral("500.00")));
        // Dates the user picks stay as picked.
        recharges->toEdit()->setDate(QDate(2026, 3, 10));
        fixed->setNow(utc(2026, 3, 12, 19, 0));
        QCOMPARE(recharges->toEdit()->date(), QDate(2026, 3, 10));
        QVERIFY(recharges->table()->rowCount() < before + 2);

        // The bill's month is the meter's too: 20:00 UTC on 31 March is 1 April in Kolkata.
        fixed->setNow(utc(2026, 3, 31, 20, 0));
        QCOMPARE(fixed->window->billPanel()->monthEdit()->date().month(), 4);
        QVERIFY(fixed->window->billPanel()->monthEdit()->zoneLabel()->text().startsWith(
            QStringLiteral("Asia/Kolkata")));
    }

    // Recharges > Add: "now" on the meter's clock and in its zone (not the computer's), named
    // beside the editor, and stored as the moment it names.
    void addRechargeDialogIsInTheMetersZone()
    {
        auto fixed = openFixedWindow();
        RechargesPanel *recharges = fixed->window->rechargesPanel();
        fixed->window->meterTabs()->setCurrentWidget(recharges);
        const Meter meter = *fixed->window->currentMeter();
        const auto storedAt = [&](qint64 amountMilli) -> std::optional<qint64> {
            const Result<QList<RechargeEntry>> list =
                RechargeLedger(*fixed->db).list(meter, 0, fixed->now + 30 * 86400);
            for (const RechargeEntry &r : list.value()) {
                if (r.amountMilli == amountMilli && r.origin == QLatin1String("manual"))
                    return r.time;
            }
            return std::nullopt;
        };

        QDialog *dialog = recharges->openAddDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *when = dialog->findChild<MeterTimeEdit *>();
        QVERIFY(when);
        QCOMPARE(when->editor()->date(), QDate(2026, 3, 11));
        QCOMPARE(when->editor()->time(), QTime(5, 0)); // 23:30 UTC in Kolkata
        QCOMPARE(when->editor()->text(),
                 TimeFormat::shortDateTime(QDateTime(QDate(2026, 3, 11), QTime(5, 0))));
        QVERIFY(when->zoneLabel()->isVisible());
        QVERIFY2(when->zoneLabel()->text().contains(QStringLiteral("Asia/Kolkata")),
                 qPrintable(when->zoneLabel()->text()));
        QVERIFY(dialog->grab().save(TestArtifacts::path(QStringLiteral("recharge-add-dialog.png"))));
        QLineEdit *amount = nullptr;
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == QLatin1String("Amount"))
                amount = edit;
        }
        QVERIFY(amount);
        // The amount says its currency (walkthrough 2026-12: a bare "Amount:").
        bool currencyNamed = false;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            currencyNamed =
                currencyNamed || (label->buddy() == amount && label->text().contains(QStringLiteral("₹")));
        QVERIFY(currencyNamed);
        QTest::keyClicks(amount, QStringLiteral("777"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(!recharges->addDialog());
        QCOMPARE(storedAt(777'000), std::optional<qint64>(kLateEvening));

        // A time typed in: 1 March 09:15 in Kolkata is 03:45 UTC.
        dialog = recharges->openAddDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        when = dialog->findChild<MeterTimeEdit *>();
        when->editor()->setDate(QDate(2026, 3, 1));
        when->editor()->setTime(QTime(9, 15));
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == QLatin1String("Amount"))
                edit->setText(QStringLiteral("888"));
        }
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(!recharges->addDialog());
        QCOMPARE(storedAt(888'000), std::optional<qint64>(utc(2026, 3, 1, 3, 45)));
    }

    void windowStateComesBackFromTheSettings()
    {
        const QString file = m_dir.filePath(QStringLiteral("state.ini"));
        {
            AppSettings settings(file);
            settings.load();
            settings.setChartIntervalHours(48);
            settings.setChartGroupMinutes(30);
            settings.setChartUnit(AppSettings::ChartUnit::Money);
            QVERIFY(settings.save().ok());
        }
        AppSettings settings(file);
        settings.load();
        auto db = Database::open(m_dir.filePath(QStringLiteral("first.sqlite")));
        DesktopController controller(std::move(db).value());
        controller.setSettings(&settings);
        UsageChartPanel *chart = controller.window()->usagePanel();
        QCOMPARE(chart->intervalHours(), 48);
        QCOMPARE(chart->groupMinutes(), 30);
        QCOMPARE(chart->unit(), UsageChartView::Unit::Money);
        // Moving the controls is remembered.
        QSignalSpy refreshed(chart, &UsageChartPanel::refreshed);
        chart->setIntervalHours(100);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(settings.chartIntervalHours(), 100);
    }

    // The Alerts tab's "Set the alert levels…" opens Settings on its Alerts page (it opened
    // on General, where no level is); File > Settings… opens on General.
    void alertLevelsOpenSettingsOnTheAlertsPage()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("levels.ini")));
        settings.load();
        auto db = Database::open(m_dir.filePath(QStringLiteral("levels.sqlite")));
        DesktopController controller(std::move(db).value());
        controller.setSettings(&settings);
        const auto openedOn = [](const std::function<void()> &open) {
            QString page;
            QTimer::singleShot(0, [&page] {
                auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                page = dialog->tabs()->tabText(dialog->tabs()->currentIndex());
                dialog->reject();
            });
            open();
            return page;
        };
        auto *button = controller.window()->alertsPanel()->findChild<QPushButton *>();
        QVERIFY(button);
        QCOMPARE(openedOn([&] { button->click(); }), QStringLiteral("&Alerts"));
        QCOMPARE(openedOn([&] { emit controller.window()->settingsRequested(); }),
                 QStringLiteral("&General"));
    }

    // Issue 15's proof for the window itself: light and dark at 1280x720 and 1920x1080, in
    // English (its catalogue carries the plural forms: "3 days", never "day(s)") and, as
    // tst_mainwindow_bn (KILOWATCH_TEST_LANG=bn), in Bengali; each shot checked by LayoutAudit.
    void lightAndDarkAtTwoSizes()
    {
        const QString language = qEnvironmentVariable("KILOWATCH_TEST_LANG", QStringLiteral("en"));
        QTranslator english;
        if (language == QLatin1String("en")) {
            QVERIFY(english.load(QStringLiteral(":/i18n/kilowatch_en.qm")));
            QCoreApplication::installTranslator(&english);
        } else {
            QVERIFY(!Localization::install(*qApp, language).isEmpty());
        }
        auto controller = startController(QStringLiteral("first.sqlite"));
        MainWindow *window = controller->window();
        for (const AppSettings::Theme theme : {AppSettings::Theme::Light, AppSettings::Theme::Dark}) {
            ThemeManager::apply(theme);
            for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
                window->resize(size);
                QSignalSpy refreshed(window->usagePanel(), &UsageChartPanel::refreshed);
                window->usagePanel()->scheduleRefresh();
                QVERIFY(refreshed.wait(10'000));
                // The balance chart (the default view) answers from its worker thread.
                BalanceChartPanel *balanceView = window->balancePanel();
                QSignalSpy balanceDrawn(balanceView, &BalanceChartPanel::refreshed);
                balanceView->scheduleRefresh();
                while (balanceView->isBusy() || balanceDrawn.isEmpty()) {
                    balanceDrawn.clear();
                    QVERIFY(balanceDrawn.wait(10'000));
                }
                QVERIFY2(!balanceView->chart()->drawnPoints(BalanceChartView::Layer::Balance).isEmpty(),
                         qPrintable(balanceView->summary()->text()));
                QTest::qWait(200);
                const QImage shot = window->grab().toImage();
                const QString name = QStringLiteral("main-window-%1-%2x%3-%4.png")
                                         .arg(theme == AppSettings::Theme::Dark ? QStringLiteral("dark")
                                                                                : QStringLiteral("light"))
                                         .arg(size.width())
                                         .arg(size.height())
                                         .arg(language);
                QVERIFY(shot.save(TestArtifacts::path(name)));
                const QString layout = LayoutAudit::describe(window, name);
                QVERIFY2(layout.isEmpty(), qPrintable(layout));
                // What must be visible: the window's own background in the theme, the balance
                // line, and the balance figure without being cut.
                const int background = shot.pixelColor(shot.width() - 3, shot.height() / 2).lightness();
                if (theme == AppSettings::Theme::Dark)
                    QVERIFY2(background < 110, qPrintable(name));
                else
                    QVERIFY2(background > 180, qPrintable(name));
                QVERIFY2(ChartFixtures::countNear(shot, ChartFixtures::kGrid, 90) > 1500, qPrintable(name));
                auto *balance = window->statusCard()->findChild<QLabel *>(QStringLiteral("balance"));
                QVERIFY(balance);
                QVERIFY2(balance->width() >= balance->fontMetrics().horizontalAdvance(balance->text()),
                         qPrintable(name));
                // No English plural placeholder anywhere in the window.
                for (const QLabel *label : window->findChildren<QLabel *>())
                    QVERIFY2(!label->text().contains(QLatin1String("(s)")), qPrintable(name + label->text()));
            }
        }
        ThemeManager::apply(AppSettings::Theme::Light);
        QCoreApplication::removeTranslator(&english);
    }

    void startWithExistingMetersCreatesNoDemo()
    {
        {
            auto db = Database::open(m_dir.filePath(QStringLiteral("own.sqlite")));
            Meter m;
            m.name = QStringLiteral("Mine");
            m.provider = QStringLiteral("simulator");
            m.timezone = QStringLiteral("UTC");
            QVERIFY(MeterRepository(*db.value()).add(m).ok());
        }
        auto controller = startController(QStringLiteral("own.sqlite"));
        const auto meters = MeterRepository(controller->database()).list();
        QCOMPARE(meters->size(), 1);
        QCOMPARE(controller->window()->currentMeter()->name, QStringLiteral("Mine"));
        QCOMPARE(controller->window()->statusCard()->balanceText(), QStringLiteral("No reading yet"));
    }

    // Walkthrough 2026-12: the status bar kept saying "Demo meter ready" after switching to
    // another meter. A message about one meter goes when another is shown.
    void statusBarMessageBelongsToItsMeter()
    {
        auto controller = startController(QStringLiteral("statusbar.sqlite"));
        MainWindow *window = controller->window();
        const auto statusText = [window] {
            QStringList texts;
            for (QLabel *label : window->statusBar()->findChildren<QLabel *>())
                texts << label->text();
            return texts.join(QLatin1Char('|'));
        };
        QVERIFY2(statusText().contains(QLatin1String("Demo meter ready")), qPrintable(statusText()));
        const qint64 demoId = window->currentMeter()->id;

        Meter other;
        other.name = QStringLiteral("Flat 2");
        other.provider = QStringLiteral("simulator");
        other.timezone = QStringLiteral("Asia/Kolkata");
        const Result<Meter> added = MeterRepository(controller->database()).add(other);
        QVERIFY(added.ok());
        window->reloadMeters();
        QCOMPARE(window->currentMeter()->id, demoId);
        QVERIFY(statusText().contains(QLatin1String("Demo meter ready"))); // still the demo shown
        window->selectMeter(added.value().id);
        QCOMPARE(window->currentMeter()->name, QStringLiteral("Flat 2"));
        QVERIFY2(!statusText().contains(QLatin1String("Demo meter")), qPrintable(statusText()));
        window->showOverview();
        QVERIFY2(!statusText().contains(QLatin1String("Demo meter")), qPrintable(statusText()));

        // A message about no meter in particular stays.
        window->showMessage(QStringLiteral("Autostart could not be set"));
        window->selectMeter(demoId);
        QVERIFY(statusText().contains(QLatin1String("Autostart could not be set")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
