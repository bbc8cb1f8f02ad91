#include "DesktopController.h"
#include "MainWindow.h"
#include "NotificationLog.h"
#include "TrayController.h"
#include "alerts/AlertMonitor.h"
#include "polling/PollScheduler.h"
#include "setup/DemoMeter.h"
#include "storage/AlertRepository.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"

#include <QApplication>
#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

// The "done when", end to end through the real desktop app: with the demo meter's
// low-balance level set above its balance, one desktop notification appears (seen on the
// bus by dbus-monitor, shown by dunst), the tray icon turns "low", and after a restart the
// alert is still the only one. Run by run_desktop_session.sh.
class TestLowBalanceDone : public QObject
{
    Q_OBJECT

private:
    int lowBalanceAlerts(Database &db, qint64 meterId)
    {
        int n = 0;
        const QList<Alert> alerts =
            AlertRepository(db).list(meterId, 0, std::numeric_limits<qint64>::max()).value();
        for (const Alert &a : alerts)
            n += a.kind == Alert::Kind::LowBalance ? 1 : 0;
        return n;
    }
    // Until the app has fetched once and run the rules after it (spies made before start()).
    void waitForAFetchAndItsRules(QSignalSpy &fetched, QSignalSpy &evaluated)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!fetched.isEmpty(), 40000);
        QTRY_VERIFY_WITH_TIMEOUT(evaluated.size() >= 2, 5000); // at start, and after the fetch
        QTest::qWait(1500);                                    // anything the dispatcher would still send
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void oneNotificationTrayLowAndSingleAcrossARestart()
    {
        QVERIFY2(!NotificationLog::path().isEmpty(), "run me through run_desktop_session.sh");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kilowatch.sqlite"));
        qint64 meterId = 0;
        {
            // First start's demo meter with its history; the user sets a level above the balance.
            std::unique_ptr<Database> db = Database::open(path).value();
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            Meter demo = DemoMeter::createIfEmpty(*db, now).value().value();
            QVERIFY(DemoMeter::backfill(*db, demo, now).ok());
            const qint64 balance = ReadingRepository(*db).latest(demo.id)->balanceMilli.value();
            demo.lowBalanceMilli = balance + 100'000;
            QVERIFY(MeterRepository(*db).update(demo).ok());
            meterId = demo.id;
        }
        {
            DesktopController app(Database::open(path).value());
            QSignalSpy fetched(app.scheduler(), &PollScheduler::fetchFinished);
            QSignalSpy evaluated(app.alertMonitor(), &AlertMonitor::evaluated);
            app.start();
            QVERIFY2(app.tray(), "no tray host");
            QTRY_COMPARE_WITH_TIMEOUT(app.tray()->stateName(), QStringLiteral("low"), 20000);
            QTRY_COMPARE_WITH_TIMEOUT(NotificationLog::read().size(), 1, 10000);
            const SeenNotification seen = NotificationLog::read().constFirst();
            QCOMPARE(seen.summary, QStringLiteral("Low balance: %1").arg(DemoMeter::defaultName()));
            QVERIFY2(seen.body.startsWith(QStringLiteral("The balance is ")), qPrintable(seen.body));
            waitForAFetchAndItsRules(fetched, evaluated);
            QCOMPARE(NotificationLog::read().size(), 1);
            QCOMPARE(lowBalanceAlerts(app.database(), meterId), 1);
            NotificationLog::saveScreenshot(QStringLiteral("done-when-first-start.png"));
        }
        {
            // The restart: the same database, a new app.
            DesktopController app(Database::open(path).value());
            QSignalSpy fetched(app.scheduler(), &PollScheduler::fetchFinished);
            QSignalSpy evaluated(app.alertMonitor(), &AlertMonitor::evaluated);
            app.start();
            waitForAFetchAndItsRules(fetched, evaluated);
            QCOMPARE(app.tray()->stateName(), QStringLiteral("low"));
            QCOMPARE(NotificationLog::read().size(), 1);
            QCOMPARE(lowBalanceAlerts(app.database(), meterId), 1);
            NotificationLog::saveScreenshot(QStringLiteral("done-when-after-restart.png"));

            // Closing the window keeps Kilowatch in the tray, and says so once.
            QVERIFY(app.window()->isVisible());
            app.window()->close();
            QVERIFY(!app.window()->isVisible());
            QVERIFY(!QCoreApplication::closingDown());
            const auto hints = [] {
                int n = 0;
                for (const SeenNotification &seen : NotificationLog::read())
                    n += seen.summary == QLatin1String("Kilowatch is still running") ? 1 : 0;
                return n;
            };
            QTRY_COMPARE_WITH_TIMEOUT(hints(), 1, 10000);
            app.window()->show();
            app.window()->close();
            QTest::qWait(1000);
            QCOMPARE(hints(), 1);
            QCOMPARE(app.scheduler()->isRunning(), true);
        }
    }
};

QTEST_MAIN(TestLowBalanceDone)
#include "tst_lowbalancedone.moc"
