#include "LayoutAudit.h"
#include "MainWindow.h"
#include "MeterDialog.h"
#include "StatusCard.h"
#include "TestArtifacts.h"
#include "TestDatabase.h"
#include "ThemeManager.h"
#include "analytics/ReadingIngestor.h"
#include "polling/PollScheduler.h"
#include "providers/ProviderRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SessionFallbackSecretStore.h"
#include "setup/Localization.h"
#include "storage/MeterRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QNetworkAccessManager>
#include <QTest>

namespace {

constexpr qint64 kNow = 1'796'000'000; // 2026-11-30, fixed

QString themeName(AppSettings::Theme theme)
{
    return theme == AppSettings::Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

} // namespace

// Issue 15's proof for the dialogs part: each provider's meter dialog and a low-balance
// meter's status card, light and dark, English and (KILOWATCH_TEST_LANG=bn) Bengali, each shot
// checked for clipped or overlapping text. The sizes are the window's 1280x720 and 1920x1080;
// every meter dialog must fit the smaller one.
class TestDialogScreens : public QObject
{
    Q_OBJECT

private:
    QString m_language = QStringLiteral("en");

private slots:
    void initTestCase()
    {
        const QString language = qEnvironmentVariable("KILOWATCH_TEST_LANG");
        if (!language.isEmpty() && language != QLatin1String("en")) {
            m_language = language;
            QVERIFY(!Localization::install(*qApp, m_language).isEmpty());
        }
    }

    void meterDialogOfEachProvider()
    {
        TestDatabase t;
        MemorySecretStore keychain;
        SessionFallbackSecretStore secrets(&keychain);
        QNetworkAccessManager network;
        for (const AppSettings::Theme theme : {AppSettings::Theme::Light, AppSettings::Theme::Dark}) {
            ThemeManager::apply(theme);
            for (const ProviderInfo &info : ProviderRegistry::all()) {
                MeterDialog dialog(t.db(), secrets, network);
                dialog.providerBox()->setCurrentIndex(dialog.providerBox()->findData(info.kind));
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                dialog.resize(dialog.sizeHint());
                QTest::qWait(50);
                const QString name =
                    QStringLiteral("meter-dialog-%1-%2-%3.png").arg(info.kind, themeName(theme), m_language);
                QVERIFY(dialog.grab().save(TestArtifacts::path(name)));
                const QString layout = LayoutAudit::describe(&dialog, name);
                QVERIFY2(layout.isEmpty(), qPrintable(layout));
                QVERIFY2(dialog.frameGeometry().height() <= 720 && dialog.frameGeometry().width() <= 1280,
                         qPrintable(QStringLiteral("%1: %2x%3")
                                        .arg(name)
                                        .arg(dialog.frameGeometry().width())
                                        .arg(dialog.frameGeometry().height())));
            }
        }
        ThemeManager::apply(AppSettings::Theme::Light);
    }

    void lowBalanceStatusCard()
    {
        TestDatabase t;
        Meter m = t.addMeter(QStringLiteral("Flat 4B"), QStringLiteral("manual"), 3600,
                             QStringLiteral("Asia/Kolkata"));
        m.currency = QStringLiteral("INR");
        m.lowBalanceMilli = 200'000;
        QVERIFY(MeterRepository(t.db()).update(m).ok());
        // Ten days spending about 60 a day, down to 150 against the meter's own 200.
        QList<Reading> history;
        for (int h = 10 * 24; h >= 0; h -= 3) {
            Reading r;
            r.time = kNow - qint64(h) * 3600;
            r.fetchedAt = r.time;
            r.balanceMilli = 150'000 + qint64(h) * 2'500;
            history.append(r);
        }
        QVERIFY(ReadingIngestor(t.db()).ingest(m, history).ok());
        PollScheduler scheduler(t.db());
        MainWindow window(t.db(), scheduler);
        window.setClock(Clock([] { return kNow; }));
        AlertConfig config;
        config.defaultThresholds = {BalanceThreshold::money(400'000, Alert::Severity::Warning),
                                    BalanceThreshold::money(100'000, Alert::Severity::Critical)};
        window.setAlertConfig(config);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectMeter(m.id);
        QVERIFY2(!window.statusCard()->balanceLevelText().isEmpty(), "the low balance is not shown");
        QVERIFY2(!window.statusCard()->daysLeftText().isEmpty(), "no days left");
        for (const AppSettings::Theme theme : {AppSettings::Theme::Light, AppSettings::Theme::Dark}) {
            ThemeManager::apply(theme);
            window.selectMeter(m.id); // colours follow the theme
            for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
                window.resize(size);
                QTest::qWait(150);
                const QString name = QStringLiteral("low-balance-%1-%2x%3-%4.png")
                                         .arg(themeName(theme))
                                         .arg(size.width())
                                         .arg(size.height())
                                         .arg(m_language);
                QVERIFY(window.grab().save(TestArtifacts::path(name)));
                QVERIFY(
                    window.statusCard()->grab().save(TestArtifacts::path(QStringLiteral("card-") + name)));
                const QString layout = LayoutAudit::describe(window.statusCard(), name);
                QVERIFY2(layout.isEmpty(), qPrintable(layout));
            }
        }
        ThemeManager::apply(AppSettings::Theme::Light);
    }
};

QTEST_MAIN(TestDialogScreens)
#include "tst_dialogscreens.moc"
