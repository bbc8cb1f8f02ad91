#include "DesktopNotifier.h"
#include "NotificationLog.h"
#include "TestDatabase.h"
#include "alerts/AlertDispatcher.h"
#include "alerts/AlertEngine.h"
#include "analytics/ReadingIngestor.h"
#include "storage/AlertOutboxRepository.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr qint64 kDay = 1'753'056'000; // 2025-07-21T00:00:00Z

// "Flat 4B" at 412.50 with a level of 500: one low-balance alert, queued for the desktop.
Alert raiseLowBalance(TestDatabase &t)
{
    const Meter m = t.addMeter(QStringLiteral("Flat 4B"));
    Reading r;
    r.time = kDay;
    r.fetchedAt = kDay;
    r.balanceMilli = 412'500;
    r.gridWh = 1000;
    ReadingIngestor(t.db()).ingest(m, {r});
    AlertConfig c;
    c.recharges = c.generator = c.dailySummary = c.consumption = c.providerTrouble = false;
    MeterAlertRules rules;
    rules.lowBalance = {BalanceThreshold::money(500'000)};
    c.meters.insert(m.id, rules);
    AlertContext context;
    context.now = kDay + 30;
    const Result<QList<Alert>> raised = AlertEngine(t.db(), c).evaluate(m, context);
    if (!raised || raised->size() != 1)
        qFatal("expected one alert");
    return raised->constFirst();
}

} // namespace

// Run by run_desktop_session.sh (a private bus with dunst and dbus-monitor), and once more
// without any session bus (KILOWATCH_EXPECT_NO_NOTIFY_SERVICE) for the fallback.
class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void lowBalanceReachesTheNotificationService()
    {
        if (qEnvironmentVariableIsSet("KILOWATCH_EXPECT_NO_NOTIFY_SERVICE"))
            QSKIP("no session bus in this run");
        QVERIFY2(!NotificationLog::path().isEmpty(), "run me through run_desktop_session.sh");
        TestDatabase t;
        const Alert alert = raiseLowBalance(t);
        DesktopNotifier notifier;
        AlertDispatcher dispatcher(t.db());
        dispatcher.setClock([] { return kDay + 40; });
        dispatcher.addChannel(&notifier);
        QSignalSpy attempts(&dispatcher, &AlertDispatcher::attempted);
        dispatcher.processDue();
        QTRY_COMPARE_WITH_TIMEOUT(attempts.size(), 1, 15000);
        QVERIFY2(attempts[0][2].toBool(), qPrintable(attempts[0][3].toString()));
        QCOMPARE(notifier.lastRoute(), DesktopNotifier::Route::Freedesktop);
        QCOMPARE(AlertOutboxRepository(t.db()).forAlert(alert.id).value().constFirst().state,
                 QStringLiteral("delivered"));

        // What went over the bus to dunst: one Notify with the alert's title and body.
        QTRY_COMPARE_WITH_TIMEOUT(NotificationLog::read().size(), 1, 5000);
        const SeenNotification seen = NotificationLog::read().constFirst();
        QCOMPARE(seen.appName, QStringLiteral("Kilowatch"));
        QCOMPARE(seen.summary, QStringLiteral("Low balance: Flat 4B"));
        QCOMPARE(seen.body, alert.message);
        QVERIFY2(seen.body.contains(QStringLiteral("412.50")) && seen.body.contains(QStringLiteral("500.00")),
                 qPrintable(seen.body));
        QCOMPARE(seen.urgency, 1); // warning: normal urgency
        QTest::qWait(700);         // let dunst draw it
        NotificationLog::saveScreenshot(QStringLiteral("desktop-notification.png"));

        // Delivered is delivered: the queue does not send it twice.
        dispatcher.processDue();
        QTest::qWait(500);
        QCOMPARE(NotificationLog::read().size(), 1);
    }

    void withoutTheServiceTheFallbackShowsIt()
    {
        if (!qEnvironmentVariableIsSet("KILOWATCH_EXPECT_NO_NOTIFY_SERVICE"))
            QSKIP("the notification service is there in this run");
        DesktopNotifier notifier;
        QString shown;
        notifier.setFallback(
            [&shown](const QString &title, const QString &body) { shown = title + QLatin1Char('|') + body; });
        std::optional<DeliveryResult> result;
        notifier.notify(QStringLiteral("Low balance: Flat 4B"), QStringLiteral("The balance is 412.50."),
                        Alert::Severity::Warning, [&result](const DeliveryResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(result->delivered);
        QCOMPARE(notifier.lastRoute(), DesktopNotifier::Route::Fallback);
        QCOMPARE(shown, QStringLiteral("Low balance: Flat 4B|The balance is 412.50."));
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
