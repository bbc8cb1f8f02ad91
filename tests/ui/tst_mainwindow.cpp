#include "BillPanel.h"
#include "DesktopController.h"
#include "MainWindow.h"
#include "MeterOverview.h"
#include "RechargesPanel.h"
#include "SessionsPanel.h"
#include "StatusCard.h"
#include "TestArtifacts.h"
#include "ThemeManager.h"
#include "UsageChartPanel.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/Tariff.h"
#include "polling/PollScheduler.h"
#include "settings/AppSettings.h"
#include "setup/DemoMeter.h"
#include "setup/SimulatorBackfill.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QScreen>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Pixels near a colour: proves the chart was painted, without demanding pixel equality.
int countNear(const QImage &image, QColor colour, int tolerance = 40)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green()) +
                    qAbs(c.blue() - colour.blue()) <
                tolerance)
                ++n;
        }
    }
    return n;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

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

        // A screenshot from the X server (or the offscreen platform) proves it was drawn.
        QTest::qWait(300);
        QImage shot = window->screen()->grabWindow(window->winId()).toImage();
        if (shot.isNull() || shot.width() < 100)
            shot = window->grab().toImage();
        QVERIFY(shot.save(TestArtifacts::path(QStringLiteral("main-window.png"))));
        const int gridPixels = countNear(shot, QColor(0x2e, 0x7d, 0xd2));
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
        auto controller = startController(QStringLiteral("first.sqlite"));
        MainWindow *window = controller->window();
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
        QVERIFY(
            ReadingIngestor(controller->database()).setTariff(meter, QDate(2020, 1, 1), tariff.value()).ok());
        window->meterTabs()->setCurrentWidget(bills);
        bills->refresh();
        QVERIFY(bills->lines()->rowCount() >= 2);
        QVERIFY(bills->totalLabel()->text().startsWith(QStringLiteral("Total:")));
        bills->amountEdit()->setText(QStringLiteral("5000"));
        QVERIFY2(bills->quoteLabel()->text().contains(QStringLiteral("kWh")),
                 qPrintable(bills->quoteLabel()->text()));
        QVERIFY(window->grab().save(TestArtifacts::path(QStringLiteral("bills.png"))));
    }

    void rechargesAndSessionsTabs()
    {
        auto controller = startController(QStringLiteral("first.sqlite"));
        MainWindow *window = controller->window();
        // The demo's outages ran the generator: sessions are listed, generator first.
        SessionsPanel *sessions = window->sessionsPanel();
        window->meterTabs()->setCurrentWidget(sessions);
        QVERIFY2(sessions->table()->rowCount() > 0, "no generator sessions in 30 days of demo data");
        QCOMPARE(sessions->table()->item(0, 0)->text(), QStringLiteral("Generator"));
        QVERIFY(window->grab().save(TestArtifacts::path(QStringLiteral("sessions.png"))));

        RechargesPanel *recharges = window->rechargesPanel();
        window->meterTabs()->setCurrentWidget(recharges);
        const int before = recharges->table()->rowCount();
        const qint64 when = QDateTime::currentSecsSinceEpoch() - 3600;
        QVERIFY(recharges->addRecharge(1'500'000, when, QStringLiteral("1234 5678 9012 3456 7890")));
        QCOMPARE(recharges->table()->rowCount(), before + 1);
        QCOMPARE(recharges->table()->item(0, 3)->text(), QStringLiteral("Manual"));
        QVERIFY(recharges->table()->item(0, 4)->text().contains(QStringLiteral("1234")));
        QVERIFY(window->recentRecharges()->item(0)->text().contains(QStringLiteral("1,500.00")));
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
        recharges->minimumAmount()->clear();
        // Bad token: refused with a sentence, nothing added.
        QSignalSpy message(recharges, &RechargesPanel::message);
        QVERIFY(!recharges->addRecharge(1'000, when, QStringLiteral("12")));
        QCOMPARE(message.size(), 1);
        QCOMPARE(recharges->table()->rowCount(), before + 1);
        // Delete the manual one again.
        recharges->table()->selectRow(0);
        QVERIFY(recharges->deleteSelected());
        QCOMPARE(recharges->table()->rowCount(), before);
        QVERIFY(window->grab().save(TestArtifacts::path(QStringLiteral("recharges.png"))));
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

    void lightAndDarkAtTwoSizes()
    {
        auto controller = startController(QStringLiteral("first.sqlite"));
        MainWindow *window = controller->window();
        for (const AppSettings::Theme theme : {AppSettings::Theme::Light, AppSettings::Theme::Dark}) {
            ThemeManager::apply(theme);
            for (const QSize size : {QSize(1280, 720), QSize(1600, 1000)}) {
                window->resize(size);
                QSignalSpy refreshed(window->usagePanel(), &UsageChartPanel::refreshed);
                window->usagePanel()->scheduleRefresh();
                QVERIFY(refreshed.wait(10'000));
                QTest::qWait(200);
                const QImage shot = window->grab().toImage();
                const QString name = QStringLiteral("main-window-%1-%2x%3.png")
                                         .arg(theme == AppSettings::Theme::Dark ? QStringLiteral("dark")
                                                                                : QStringLiteral("light"))
                                         .arg(size.width())
                                         .arg(size.height());
                QVERIFY(shot.save(TestArtifacts::path(name)));
                // What must be visible: the window's own background in the theme, the chart's
                // bars, and the balance without being cut.
                const int background = shot.pixelColor(shot.width() - 3, shot.height() / 2).lightness();
                if (theme == AppSettings::Theme::Dark)
                    QVERIFY2(background < 110, qPrintable(name));
                else
                    QVERIFY2(background > 180, qPrintable(name));
                QVERIFY2(countNear(shot, QColor(0x2e, 0x7d, 0xd2), 90) > 1500, qPrintable(name));
                QLabel *balance = nullptr;
                for (QLabel *label : window->statusCard()->findChildren<QLabel *>()) {
                    if (label->accessibleName() == QLatin1String("Balance"))
                        balance = label;
                }
                QVERIFY(balance);
                QVERIFY2(balance->width() >= balance->fontMetrics().horizontalAdvance(balance->text()),
                         qPrintable(name));
            }
        }
        ThemeManager::apply(AppSettings::Theme::Light);
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
