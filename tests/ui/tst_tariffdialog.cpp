#include "AddReadingDialog.h"
#include "BillPanel.h"
#include "CliRunner.h"
#include "LayoutAudit.h"
#include "MainWindow.h"
#include "MeterTimeEdit.h"
#include "StatusCard.h"
#include "TariffDialog.h"
#include "TestArtifacts.h"
#include "ThemeManager.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/TariffPresets.h"
#include "polling/PollScheduler.h"
#include "services/TariffBook.h"
#include "setup/Localization.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <ctime>

namespace {

qint64 utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toSecsSinceEpoch();
}

// 23:30 UTC: in Kigali (UTC+02:00) already 01:30 on the 11th; the computer is in New York.
const qint64 kNow = utc(2026, 3, 10, 23, 30);

// A window on one meter (Kigali, RWF) with a clock pinned at kNow and a scheduler that never
// polls.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<PollScheduler> scheduler;
    std::unique_ptr<MainWindow> window;
    Meter meter;

    QString path() const { return dir.filePath(QStringLiteral("k.sqlite")); }

    explicit Fixture(const QString &provider = QStringLiteral("manual"), const QJsonObject &settings = {})
    {
        db = std::move(Database::open(path())).value();
        Meter m;
        m.name = QStringLiteral("hand");
        m.provider = provider;
        m.timezone = QStringLiteral("Africa/Kigali");
        m.currency = QStringLiteral("RWF");
        m.intervalSeconds = 3600;
        m.settings = settings;
        m.createdAt = kNow - 30 * 86400;
        meter = MeterRepository(*db).add(m).value();
        scheduler = std::make_unique<PollScheduler>(*db);
        if (provider == QLatin1String("manual"))
            scheduler->addMeter(meter); // never polled: its health says readings are typed in
        window = std::make_unique<MainWindow>(*db, *scheduler);
        window->setClock(Clock::fixedAt(kNow));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the window was never shown");
    }

    // 2 March (Kigali), hourly from 00:00: 2.5 kWh an hour, 60 kWh in the day.
    void addDayOfReadings()
    {
        QList<Reading> readings;
        const qint64 start = utc(2026, 3, 1, 22, 0); // 00:00 in Kigali
        for (int h = 0; h <= 24; ++h) {
            Reading r;
            r.time = start + h * 3600;
            r.fetchedAt = r.time;
            r.gridWh = 1'000'000 + h * 2'500;
            r.balanceMilli = 50'000'000 - h * 600'000;
            r.source = PowerSource::Grid;
            readings.append(r);
        }
        if (!ReadingIngestor(*db).ingest(meter, readings))
            qFatal("readings not stored");
    }
};

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    if (table->rowCount() <= row)
        table->setRowCount(row + 1);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

// Slabs 0-20:89, 21-50:310, 51-:369, a night period at 50, tax 18 %, from 1 March.
void fillRegWithNightAndTax(TariffDialog *dialog)
{
    dialog->startEdit()->setDate(QDate(2026, 3, 1));
    QTest::mouseClick(dialog->slabsButton(), Qt::LeftButton);
    QTableWidget *slabs = dialog->slabTable();
    slabs->setRowCount(0);
    setRow(slabs, 0, {QStringLiteral("0"), QStringLiteral("20"), QStringLiteral("89")});
    setRow(slabs, 1, {QStringLiteral("21"), QStringLiteral("50"), QStringLiteral("310")});
    setRow(slabs, 2, {QStringLiteral("51"), QString(), QStringLiteral("369")});
    setRow(dialog->periodTable(), 0,
           {QStringLiteral("22:00"), QStringLiteral("06:00"), QStringLiteral("50")});
    dialog->taxEdit()->setText(QStringLiteral("18"));
}

CliRun cli(const QString &database, const QStringList &arguments)
{
    return CliRunner(database).run(arguments);
}

} // namespace

class TestTariffDialog : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        qputenv("TZ", "America/New_York");
        tzset();
    }

private slots:
    // No dead end: without a tariff the Bills tab says where to set one and offers it.
    void billsWithoutATariffOfferTheEditor()
    {
        Fixture f;
        BillPanel *bills = f.window->billPanel();
        f.window->meterTabs()->setCurrentWidget(bills);
        bills->refresh();
        const QString note = bills->noteLabel()->text();
        QVERIFY2(!note.contains(QStringLiteral("kilowatch-cli")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("Meter > Tariff…")), qPrintable(note));
        QVERIFY(bills->tariffButton()->isVisible());
        bills->amountEdit()->setText(QStringLiteral("1000"));
        QVERIFY2(!bills->quoteLabel()->text().contains(QStringLiteral("kilowatch-cli")),
                 qPrintable(bills->quoteLabel()->text()));
        // Dates as the window writes them ("11 Mar 2026", "March 2026"), not "2026-03-11".
        static const QRegularExpression iso(QStringLiteral("\\d{4}-\\d\\d"));
        QVERIFY2(!note.contains(iso), qPrintable(note));
        QVERIFY2(!bills->quoteLabel()->text().contains(iso), qPrintable(bills->quoteLabel()->text()));
        QTest::mouseClick(bills->tariffButton(), Qt::LeftButton);
        auto *dialog = f.window->findChild<TariffDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
    }

    void tariffEditorMakesSlabsTouAndTaxThenBillsShowAFigure()
    {
        Fixture f;
        f.addDayOfReadings();
        TariffDialog *dialog = f.window->openTariffDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->versionList()->count(), 0);
        QCOMPARE(dialog->startEdit()->date(), QDate(2026, 3, 11)); // today in Kigali, not New York
        fillRegWithNightAndTax(dialog);
        QSignalSpy changed(dialog, &TariffDialog::changed);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY2(dialog->problemLabel()->text().isEmpty(), qPrintable(dialog->problemLabel()->text()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dialog->versionList()->count(), 1);

        // The same version as the command line sees it.
        const CliRun listed =
            cli(f.path(), {QStringLiteral("--json"), QStringLiteral("tariff"), QStringLiteral("list"),
                           QStringLiteral("--meter"), QStringLiteral("hand")});
        QCOMPARE(listed.code, 0);
        const QJsonObject row = listed.json().array().first().toObject();
        QCOMPARE(row.value(QStringLiteral("valid_from")).toString(), QStringLiteral("2026-03-01"));
        QCOMPARE(row.value(QStringLiteral("slabs")).toString(), QStringLiteral("0-20:89,21-50:310,51-:369"));
        QCOMPARE(row.value(QStringLiteral("tou")).toString(), QStringLiteral("22:00-06:00:50"));
        QCOMPARE(row.value(QStringLiteral("tax_percent")).toDouble(), 18.0);
        dialog->accept();

        // Bills: March priced, with a total; and what a recharge buys.
        BillPanel *bills = f.window->billPanel();
        f.window->meterTabs()->setCurrentWidget(bills);
        QCOMPARE(bills->monthEdit()->date().month(), 3);
        QVERIFY(bills->lines()->rowCount() >= 3); // slabs, the night period, tax
        QVERIFY2(bills->totalLabel()->text().startsWith(QStringLiteral("Total:")),
                 qPrintable(bills->totalLabel()->text()));
        QVERIFY(!bills->tariffButton()->isVisible());
        // 2.5 kWh an hour on 2 March. Night (00:00-06:00, 22:00-24:00): 20 kWh at 50 = 1 000.
        // Day (06:00-22:00), after the night's 15 kWh already counted towards the slabs:
        // 5 x 89 + 30 x 310 + 5 x 369 = 11 590. 12 590 + 18 % = 14 856.2, shown as RWF 14 856.
        const CliRun bill =
            cli(f.path(), {QStringLiteral("--json"), QStringLiteral("bill"), QStringLiteral("--meter"),
                           QStringLiteral("hand"), QStringLiteral("--month"), QStringLiteral("2026-03")});
        QCOMPARE(bill.code, 0);
        QCOMPARE(bill.json().object().value(QStringLiteral("total")).toDouble(), 14856.0);
        QVERIFY2(bills->totalLabel()->text().remove(QLatin1Char(',')).contains(QStringLiteral("14856")),
                 qPrintable(bills->totalLabel()->text()));
        bills->amountEdit()->setText(QStringLiteral("5000"));
        QVERIFY2(bills->quoteLabel()->text().contains(QStringLiteral("kWh")),
                 qPrintable(bills->quoteLabel()->text()));
    }

    // The core's sentence, the fields as typed, nothing stored.
    void badTariffIsRefusedWithTheCoresSentence()
    {
        Fixture f;
        TariffDialog *dialog = f.window->openTariffDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        fillRegWithNightAndTax(dialog);
        setRow(dialog->slabTable(), 1, {QStringLiteral("30"), QStringLiteral("50"), QStringLiteral("310")});
        QVERIFY(!dialog->saveVersion());
        QCOMPARE(dialog->problemLabel()->text(),
                 QStringLiteral("There is a gap between slabs 1 and 2: nothing prices 20 to 30 kWh."));
        QVERIFY(dialog->problemLabel()->isVisible());
        QCOMPARE(dialog->slabTable()->item(1, 0)->text(), QStringLiteral("30"));
        QCOMPARE(dialog->taxEdit()->text(), QStringLiteral("18"));
        QVERIFY(TariffBook(*f.db).versions(f.meter)->isEmpty());

        dialog->taxEdit()->setText(QStringLiteral("lots"));
        QVERIFY(!dialog->saveVersion());
        QVERIFY2(dialog->problemLabel()->text().startsWith(QStringLiteral("Tax: ")),
                 qPrintable(dialog->problemLabel()->text()));
        // Fixed, it is stored; edited, moved and removed.
        setRow(dialog->slabTable(), 1, {QStringLiteral("21"), QStringLiteral("50"), QStringLiteral("310")});
        dialog->taxEdit()->setText(QStringLiteral("18"));
        QVERIFY(dialog->saveVersion());
        dialog->startEdit()->setDate(QDate(2026, 2, 1));
        dialog->generatorEdit()->setText(QStringLiteral("400"));
        QVERIFY(dialog->saveVersion());
        QList<TariffVersion> versions = TariffBook(*f.db).versions(f.meter).value();
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions[0].validFrom, QDate(2026, 2, 1));
        QCOMPARE(versions[0].tariff.generatorRateMilli(), std::optional<qint64>(400'000));
        QVERIFY(dialog->removeVersion(false));
        QVERIFY(TariffBook(*f.db).versions(f.meter)->isEmpty());

        // Times typed with Bengali digits are the same times.
        setRow(dialog->periodTable(), 0,
               {QString::fromUtf8("২২:০০"), QString::fromUtf8("০৬:৩০"), QStringLiteral("50")});
        QVERIFY2(dialog->saveVersion(), qPrintable(dialog->problemLabel()->text()));
        QCOMPARE(TariffBook(*f.db).versions(f.meter)->constFirst().tariff.periodsText(),
                 QStringLiteral("22:00-06:30:50"));
        dialog->reject();
    }

    void presetsFillTheFieldsAndTheUsersAreKept()
    {
        Fixture f;
        TariffDialog *dialog = f.window->openTariffDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QComboBox *presets = dialog->presetBox();
        const int reg = presets->findText(TariffPresets::builtIn().constFirst().name);
        QVERIFY(reg > 0);
        dialog->applyPreset(reg);
        QVERIFY(dialog->slabsButton()->isChecked());
        QCOMPARE(dialog->slabTable()->rowCount(), 3);
        QCOMPARE(dialog->slabTable()->item(2, 2)->text(), QStringLiteral("369"));
        QVERIFY(dialog->problemLabel()->text().isEmpty()); // RWF on an RWF meter
        dialog->taxEdit()->setText(QStringLiteral("18"));
        QVERIFY(dialog->savePreset(QStringLiteral("REG with VAT")));
        dialog->reject();

        // Another dialog, and the database opened again: the user's preset is there.
        f.window.reset();
        f.scheduler.reset();
        f.db.reset();
        f.db = std::move(Database::open(f.path())).value();
        TariffDialog again(*f.db, f.meter, Clock::fixedAt(kNow));
        const int mine = again.presetBox()->findText(QStringLiteral("REG with VAT (yours, RWF)"));
        QVERIFY(mine > 0);
        again.applyPreset(mine);
        QCOMPARE(again.taxEdit()->text(), QStringLiteral("18"));
        QCOMPARE(again.slabTable()->rowCount(), 3);
    }

    void addReadingStoresWhatTheCliLists()
    {
        Fixture f;
        QVERIFY(f.window->addReadingButton()->isVisible());
        AddReadingDialog *dialog = f.window->openAddReadingDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Now, on the meter's clock: 01:30 on the 11th in Kigali.
        QCOMPARE(dialog->timeEdit()->editor()->date(), QDate(2026, 3, 11));
        QCOMPARE(dialog->timeEdit()->editor()->time(), QTime(1, 30));
        QVERIFY(dialog->timeEdit()->zoneLabel()->text().contains(QStringLiteral("Africa/Kigali")));
        dialog->timeEdit()->editor()->setTime(QTime(1, 0));
        QTest::keyClicks(dialog->balanceEdit(), QStringLiteral("1,234"));
        QTest::keyClicks(dialog->gridEdit(), QStringLiteral("100.25"));
        QSignalSpy added(f.window.get(), &MainWindow::readingAdded);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        // Stored off the UI thread (a reading typed for long ago re-derives from its day on):
        // meanwhile the dialog says so and takes no second click, nor a Cancel.
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("Storing")));
        QVERIFY(dialog->grab().save(TestArtifacts::path(QStringLiteral("add-reading-storing.png"))));
        dialog->reject();
        QTRY_COMPARE(added.count(), 1);
        QTRY_VERIFY(!f.window->findChild<AddReadingDialog *>());

        const CliRun listed = cli(f.path(), {QStringLiteral("--json"), QStringLiteral("readings"),
                                             QStringLiteral("--meter"), QStringLiteral("hand")});
        QCOMPARE(listed.code, 0);
        const QJsonArray rows = listed.json().array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("time")).toString(), QStringLiteral("2026-03-11T01:00:00+02:00"));
        QCOMPARE(row.value(QStringLiteral("balance")).toDouble(), 1234.0); // RWF has no decimals
        QCOMPARE(row.value(QStringLiteral("grid_kwh")).toDouble(), 100.25);
        QVERIFY(row.value(QStringLiteral("generator_kwh")).isNull());
    }

    void badReadingIsRefusedWithAMessageAndNothingLost()
    {
        Fixture f;
        AddReadingDialog *dialog = f.window->openAddReadingDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(dialog->balanceEdit(), QStringLiteral("abc"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problemLabel()->isVisible());
        QVERIFY2(dialog->problemLabel()->text().startsWith(QStringLiteral("Balance: ")),
                 qPrintable(dialog->problemLabel()->text()));
        QCOMPARE(dialog->balanceEdit()->text(), QStringLiteral("abc"));

        // A time in the future: the core's sentence; the numbers stay.
        dialog->balanceEdit()->setText(QStringLiteral("500"));
        dialog->gridEdit()->setText(QStringLiteral("10"));
        dialog->timeEdit()->editor()->setDate(QDate(2026, 3, 12));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("is in the future")),
                     qPrintable(dialog->problemLabel()->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog->gridEdit()->text(), QStringLiteral("10"));
        QVERIFY(!ReadingRepository(*f.db).latest(f.meter.id));

        // A counter below the reading before: refused too.
        dialog->timeEdit()->editor()->setDate(QDate(2026, 3, 11));
        dialog->timeEdit()->editor()->setTime(QTime(1, 0));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!f.window->findChild<AddReadingDialog *>());
        dialog = f.window->openAddReadingDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->balanceEdit()->setText(QStringLiteral("490"));
        dialog->gridEdit()->setText(QStringLiteral("9"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("counter is lower")),
                     qPrintable(dialog->problemLabel()->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->gridEdit()->hasFocus() || !dialog->isActiveWindow());
        dialog->reject();
    }

    // Every meter takes typed readings: a polled one with counters asks for them too, and a
    // reading typed for this morning, before later polled ones, lands where it belongs.
    void polledMetersTakeTypedReadings()
    {
        Fixture f(QStringLiteral("simulator"));
        f.addDayOfReadings();
        f.window->reloadMeters();
        QVERIFY(f.window->addReadingButton()->isVisible());
        AddReadingDialog *dialog = f.window->openAddReadingDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->gridEdit()->isVisible());
        QVERIFY(dialog->generatorEdit()->isVisible());
        // 2 March, 12:30 in Kigali: between the polled readings of 12:00 and 13:00.
        dialog->timeEdit()->editor()->setDate(QDate(2026, 3, 2));
        dialog->timeEdit()->editor()->setTime(QTime(12, 30));
        QTest::keyClicks(dialog->balanceEdit(), QStringLiteral("42,500"));
        QTest::keyClicks(dialog->gridEdit(), QStringLiteral("1,031.25"));
        QTest::qWait(50);
        const QString name = QStringLiteral("add-reading-polled.png");
        QVERIFY(dialog->grab().save(TestArtifacts::path(name)));
        const QString layout = LayoutAudit::describe(dialog, name);
        QVERIFY2(layout.isEmpty(), qPrintable(layout));
        QSignalSpy added(f.window.get(), &MainWindow::readingAdded);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(added.count(), 1);
        QTRY_VERIFY(!f.window->findChild<AddReadingDialog *>());

        const CliRun listed = cli(f.path(), {QStringLiteral("--json"), QStringLiteral("readings"),
                                             QStringLiteral("--meter"), QStringLiteral("hand")});
        QCOMPARE(listed.code, 0);
        const QJsonArray rows = listed.json().array();
        QCOMPARE(rows.size(), 26);
        const QJsonObject row = rows[13].toObject();
        QCOMPARE(row.value(QStringLiteral("time")).toString(), QStringLiteral("2026-03-02T12:30:00+02:00"));
        QCOMPARE(row.value(QStringLiteral("balance")).toDouble(), 42500.0);
        QCOMPARE(row.value(QStringLiteral("grid_kwh")).toDouble(), 1031.25);
        QTest::qWait(100);
        QVERIFY(f.window->grab().save(TestArtifacts::path(QStringLiteral("polled-dashboard.png"))));
        QVERIFY(f.window->openTariffDialog()); // every meter has a tariff
    }

    // A meter whose provider reports money only, without a counter stored: the balance alone.
    void moneyOnlyMetersAskForTheBalanceAlone()
    {
        Fixture f(QStringLiteral("desco"),
                  QJsonObject{{QStringLiteral("account"), QStringLiteral("12345678")},
                              {QStringLiteral("meter_number"), QStringLiteral("661100123456")}});
        QVERIFY(f.window->addReadingButton()->isVisible());
        AddReadingDialog *dialog = f.window->openAddReadingDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->balanceEdit()->isVisible());
        QVERIFY(!dialog->gridEdit()->isVisible());
        QVERIFY(!dialog->generatorEdit()->isVisible());
        QTest::keyClicks(dialog->balanceEdit(), QStringLiteral("700"));
        QTest::qWait(50);
        const QString name = QStringLiteral("add-reading-money-only.png");
        QVERIFY(dialog->grab().save(TestArtifacts::path(name)));
        const QString layout = LayoutAudit::describe(dialog, name);
        QVERIFY2(layout.isEmpty(), qPrintable(layout));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!f.window->findChild<AddReadingDialog *>());
        const std::optional<Reading> stored = ReadingRepository(*f.db).latest(f.meter.id);
        QVERIFY(stored);
        QCOMPARE(stored->balanceMilli, std::optional<qint64>(700'000));
        QCOMPARE(stored->gridWh, std::nullopt);
    }

    // Issue 15's proof: both dialogs in light and dark, at 1280x720 and 1920x1080, in English and
    // Bengali, with no clipped or overlapping text. Bengali last: its catalogue stays installed.
    void screenshots()
    {
        Fixture f;
        f.addDayOfReadings();
        QVERIFY(TariffBook(*f.db).set(f.meter, QDate(2026, 1, 1),
                                      QJsonObject{{QStringLiteral("flat_rate"), 200}}));
        f.window->reloadMeters(); // the dashboard as it opens on this history
        QVERIFY(f.window->statusCard()->balanceText().contains(QStringLiteral("35")));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("bn")}) {
            if (language == QLatin1String("bn"))
                QVERIFY(!Localization::install(*qApp, language).isEmpty());
            for (const AppSettings::Theme theme : {AppSettings::Theme::Light, AppSettings::Theme::Dark}) {
                ThemeManager::apply(theme);
                for (const QSize screen : {QSize(1280, 720), QSize(1920, 1080)}) {
                    f.window->resize(screen);
                    const QString suffix =
                        QStringLiteral("%1-%2-%3x%4")
                            .arg(language, theme == AppSettings::Theme::Dark ? QStringLiteral("dark")
                                                                             : QStringLiteral("light"))
                            .arg(screen.width())
                            .arg(screen.height());
                    // The editor as a user fills it: a second version with slabs, a period, tax.
                    TariffDialog *tariff = f.window->openTariffDialog();
                    QVERIFY(QTest::qWaitForWindowExposed(tariff));
                    tariff->newVersion();
                    fillRegWithNightAndTax(tariff);
                    tariff->resize(qMin(screen.width() - 80, tariff->width() * screen.width() / 1280),
                                   qMin(screen.height() - 60, tariff->height() * screen.height() / 720));
                    QTest::qWait(50);
                    const QString tariffName = QStringLiteral("tariff-editor-%1.png").arg(suffix);
                    QVERIFY(tariff->grab().save(TestArtifacts::path(tariffName)));
                    const QString tariffLayout = LayoutAudit::describe(tariff, tariffName);
                    QVERIFY2(tariffLayout.isEmpty(), qPrintable(tariffLayout));
                    tariff->reject();

                    AddReadingDialog *reading = f.window->openAddReadingDialog();
                    QVERIFY(QTest::qWaitForWindowExposed(reading));
                    reading->balanceEdit()->setText(QStringLiteral("lots"));
                    reading->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                    QTest::qWait(50);
                    const QString readingName = QStringLiteral("add-reading-%1.png").arg(suffix);
                    QVERIFY(reading->grab().save(TestArtifacts::path(readingName)));
                    const QString readingLayout = LayoutAudit::describe(reading, readingName);
                    QVERIFY2(readingLayout.isEmpty(), qPrintable(readingLayout));
                    reading->reject();

                    const QString dashboardName = QStringLiteral("manual-dashboard-%1.png").arg(suffix);
                    f.window->meterTabs()->setCurrentIndex(0);
                    QTest::qWait(50);
                    QVERIFY(f.window->grab().save(TestArtifacts::path(dashboardName)));
                    QVERIFY(f.window->addReadingButton()->isVisible());
                }
            }
        }
    }
};

QTEST_MAIN(TestTariffDialog)
#include "tst_tariffdialog.moc"
