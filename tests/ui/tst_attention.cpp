#include "AlertsPanel.h"
#include "HealthBadge.h"
#include "MainWindow.h"
#include "MeterOverview.h"
#include "StatusCard.h"
#include "TestArtifacts.h"
#include "TestDatabase.h"
#include "ThemeManager.h"
#include "analytics/ReadingIngestor.h"
#include "model/TimeFormat.h"
#include "polling/PollScheduler.h"
#include "storage/AlertRepository.h"
#include "storage/MeterRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

namespace {

// A fixed "now": nothing here reads the wall clock.
constexpr qint64 kNow = 1'796'000'000; // 2026-11-30

Reading balanceReading(qint64 time, qint64 milli)
{
    Reading r;
    r.time = time;
    r.fetchedAt = time;
    r.balanceMilli = milli;
    return r;
}

// Money levels only (the walkthrough's global 400 and a critical 100).
AlertConfig moneyLevels()
{
    AlertConfig config;
    config.defaultThresholds = {BalanceThreshold::money(400'000, Alert::Severity::Warning),
                                BalanceThreshold::money(100'000, Alert::Severity::Critical)};
    return config;
}

QLabel *labelNamed(QWidget *root, const QString &name)
{
    return root->findChild<QLabel *>(name);
}

} // namespace

// Low balance visible everywhere (issue 15): the balance figure and the meter's dot in amber
// at the warning level and red at the critical one, with the words; the overview and the
// window's dots ranked by MeterAttention; the Alerts tab's empty state.
class TestAttention : public QObject
{
    Q_OBJECT

private slots:
    void statusCardColoursTheBalanceWithWords()
    {
        ThemeManager::apply(AppSettings::Theme::Light);
        StatusCard card;
        card.setClock(Clock([] { return kNow; }));
        StatusCard::Snapshot s;
        s.currency = QStringLiteral("INR");
        s.latest = balanceReading(kNow - 60, 150'000);
        ForecastResult f;
        f.confidence = ForecastResult::Confidence::Medium;
        f.daysRemaining = 4.6;
        f.runsOutOn = QDate(2026, 12, 4);
        s.forecast = f;
        card.setSnapshot(s);
        QVERIFY(card.balanceLevelText().isEmpty());
        QVERIFY(!card.balanceColor().isValid());
        QVERIFY(!labelNamed(&card, QStringLiteral("balanceLevel"))->isVisibleTo(&card));
        // "N days left" next to the balance, rounded as "Runs out on … (in 5 days)".
        // (The plural's English forms come from kilowatch_en.qm, which the tests do not load.)
        QVERIFY2(card.daysLeftText().startsWith(QStringLiteral("5 day")), qPrintable(card.daysLeftText()));
        QVERIFY(labelNamed(&card, QStringLiteral("daysLeft"))->isVisibleTo(&card));
        QVERIFY(labelNamed(&card, QStringLiteral("daysLeft"))->font().pointSizeF() >
                card.font().pointSizeF());
        // The run-out line wraps between phrases, never inside a date ("2026" alone on a line).
        f.earliestDate = QDate(2026, 12, 3);
        f.latestDate = QDate(2026, 12, 26);
        s.forecast = f;
        card.setSnapshot(s);
        const QString forecast = card.forecastText();
        for (const QDate &d : {QDate(2026, 12, 4), QDate(2026, 12, 3), QDate(2026, 12, 26)}) {
            const QString unbroken = TimeFormat::shortDate(d).replace(QLatin1Char(' '), QChar(0x00A0));
            QVERIFY2(forecast.contains(unbroken), qPrintable(forecast));
        }

        s.lowBalance = Alert::Severity::Warning;
        card.setSnapshot(s);
        QCOMPARE(card.balanceLevelText(), QStringLiteral("Low balance"));
        QVERIFY(labelNamed(&card, QStringLiteral("balanceLevel"))->isVisibleTo(&card));
        const QColor amber = card.balanceColor();
        QVERIFY(amber.isValid());
        QVERIFY(amber.red() > amber.blue() + 100 && amber.green() > amber.blue()); // amber, not red

        s.lowBalance = Alert::Severity::Critical;
        card.setSnapshot(s);
        QCOMPARE(card.balanceLevelText(), QStringLiteral("Critical"));
        const QColor red = card.balanceColor();
        QVERIFY(red.red() > 2 * red.green());
        // What is drawn is that colour.
        card.resize(700, 200);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        const QImage shot = card.grab().toImage();
        int reddish = 0;
        for (int y = 0; y < shot.height(); ++y) {
            for (int x = 0; x < shot.width(); ++x) {
                const QColor c = shot.pixelColor(x, y);
                reddish += c.red() > 150 && c.green() < 90 && c.blue() < 90;
            }
        }
        QVERIFY2(reddish > 100, qPrintable(QString::number(reddish)));
    }

    // The walkthrough: the manual meter's own 200 lost to the global 400. At 300, the meter
    // with its own 200 is fine and the one without is low; at 50 the first is critical.
    void theWindowUsesTheMetersOwnLevel()
    {
        TestDatabase t;
        Meter own =
            t.addMeter(QStringLiteral("Manual"), QStringLiteral("manual"), 3600, QStringLiteral("UTC"));
        own.lowBalanceMilli = 200'000;
        QVERIFY(MeterRepository(t.db()).update(own).ok());
        const Meter global =
            t.addMeter(QStringLiteral("Global"), QStringLiteral("manual"), 3600, QStringLiteral("UTC"));
        QVERIFY(ReadingIngestor(t.db()).ingest(own, {balanceReading(kNow - 600, 300'000)}).ok());
        QVERIFY(ReadingIngestor(t.db()).ingest(global, {balanceReading(kNow - 600, 300'000)}).ok());
        PollScheduler scheduler(t.db());
        MainWindow window(t.db(), scheduler);
        window.setClock(Clock([] { return kNow; }));
        window.setAlertConfig(moneyLevels());
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.selectMeter(own.id);
        QVERIFY2(window.statusCard()->balanceLevelText().isEmpty(),
                 qPrintable(window.statusCard()->balanceLevelText()));
        window.selectMeter(global.id);
        QCOMPARE(window.statusCard()->balanceLevelText(), QStringLiteral("Low balance"));
        auto *box = window.findChild<QComboBox *>();
        QVERIFY(box);
        const int globalRow = box->findData(global.id);
        QCOMPARE(box->itemData(globalRow, Qt::ToolTipRole).toString(), QStringLiteral("Low balance"));
        // The dot is amber, not the connection's colour.
        const QImage dot = box->itemIcon(globalRow).pixmap(32, 32).toImage();
        QCOMPARE(dot.pixelColor(16, 16).rgb(),
                 HealthBadge::color(MeterHealth::State::Unknown, Alert::Severity::Warning).rgb());

        QVERIFY(ReadingIngestor(t.db()).ingest(own, {balanceReading(kNow - 60, 50'000)}).ok());
        window.selectMeter(own.id);
        QCOMPARE(window.statusCard()->balanceLevelText(), QStringLiteral("Critical"));
        QVERIFY(window.grab().save(TestArtifacts::path(QStringLiteral("low-balance-window-critical.png"))));

        // The overview: the worst of all, the critical one named.
        window.showOverview();
        QTRY_COMPARE(window.overview()->worst(), MeterAttention::Level::Critical);
        QVERIFY2(window.overview()->summaryText().contains(QStringLiteral("Manual")),
                 qPrintable(window.overview()->summaryText()));
        QVERIFY(!window.overview()->summaryText().contains(QStringLiteral("Global")));
    }

    void overviewRanksLowBalanceAboveAFailingConnection()
    {
        MeterOverview overview;
        MeterOverview::Card failing;
        failing.meterId = 1;
        failing.name = QStringLiteral("Failing meter");
        failing.balance = QStringLiteral("₹5,000.00");
        failing.health.state = MeterHealth::State::Failing;
        failing.health.lastError = QStringLiteral("The provider could not be reached.");
        MeterOverview::Card low;
        low.meterId = 2;
        low.name = QStringLiteral("Low meter");
        low.balance = QStringLiteral("₹150.00");
        low.health.state = MeterHealth::State::Ok;
        low.lowBalance = Alert::Severity::Warning;
        overview.setCards({failing, low});
        QCOMPARE(overview.worst(), MeterAttention::Level::Low);
        QVERIFY(overview.summaryText().startsWith(QStringLiteral("Low balance")));
        QVERIFY(overview.summaryText().contains(QStringLiteral("Low meter")));
        QVERIFY(!overview.summaryText().contains(QStringLiteral("Failing meter")));
        // The low card says it in words, beside its balance.
        QLabel *words = overview.findChild<QLabel *>(QStringLiteral("balanceLevel"));
        QVERIFY(words);
        QCOMPARE(words->text(), QStringLiteral("Low balance"));

        overview.setCards({failing});
        QCOMPARE(overview.worst(), MeterAttention::Level::Failing);
        overview.setCards({});
        QCOMPARE(overview.worst(), MeterAttention::Level::Ok);
    }

    void alertsTabSaysWhatWillAppearAndWhere()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("Flat"), QStringLiteral("manual"), 3600, QStringLiteral("UTC"));
        AlertsPanel panel(t.db());
        panel.resize(1000, 500);
        panel.setMeter(m);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.emptyState()->isVisible());
        QVERIFY(!panel.table()->isVisible());
        const QString text = panel.emptyText()->text();
        QVERIFY2(text.contains(QStringLiteral("Low balance"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Settings > Alerts")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Edit meter")), qPrintable(text));
        QSignalSpy settings(&panel, &AlertsPanel::settingsRequested);
        auto *button = panel.emptyState()->findChild<QPushButton *>();
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(settings.size(), 1);
        QVERIFY(panel.grab().save(TestArtifacts::path(QStringLiteral("alerts-empty.png"))));

        // With alerts, the table; its columns as wide as their contents, the message the rest.
        Alert a;
        a.meterId = m.id;
        a.time = 1'700'000'000; // before any wall clock this runs on
        a.kind = Alert::Kind::LowBalance;
        a.severity = Alert::Severity::Warning;
        a.title = QStringLiteral("Low balance: Flat");
        a.message = QStringLiteral("The balance is ₹150.00, at or below your warning level of ₹200.00.");
        a.dedupeKey = QStringLiteral("t1");
        QVERIFY(AlertRepository(t.db()).insert(a).ok());
        panel.refresh();
        QVERIFY(panel.table()->isVisible());
        QVERIFY(!panel.emptyState()->isVisible());
        QHeaderView *header = panel.table()->horizontalHeader();
        const QFontMetrics fm(panel.table()->font());
        for (int column = 0; column < 3; ++column) {
            const QString cell = panel.table()->item(0, column)->text();
            QVERIFY2(header->sectionSize(column) >= fm.horizontalAdvance(cell),
                     qPrintable(QStringLiteral("column %1: %2 px for \"%3\"")
                                    .arg(column)
                                    .arg(header->sectionSize(column))
                                    .arg(cell)));
        }
        QVERIFY(header->sectionSize(3) > 300);
        QVERIFY(panel.grab().save(TestArtifacts::path(QStringLiteral("alerts-one.png"))));
    }
};

QTEST_MAIN(TestAttention)
#include "tst_attention.moc"
