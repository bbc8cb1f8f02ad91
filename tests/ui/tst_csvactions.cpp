#include "CsvActions.h"
#include "CsvExportDialog.h"
#include "CsvImportDialog.h"
#include "DesktopController.h"
#include "MainWindow.h"
#include "TestArtifacts.h"
#include "UsageChartPanel.h"
#include "export/CsvExporter.h"
#include "polling/PollScheduler.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// File > Export CSV... and Import CSV... driven like a user: the menu, the dialogs, the
// files they write and what lands in the database.
class TestCsvActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DesktopController> m_controller;

    MainWindow *window() const { return m_controller->window(); }
    CsvActions *csv() const { return window()->csvActions(); }

    QAction *fileMenuAction(const QString &objectName) const
    {
        for (QAction *menu : window()->menuBar()->actions()) {
            if (!menu->menu() || menu->text() != QStringLiteral("&File"))
                continue;
            for (QAction *a : menu->menu()->actions()) {
                if (a->objectName() == objectName)
                    return a;
            }
        }
        return nullptr;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QList<QByteArray> lines(const QByteArray &csv)
    {
        QList<QByteArray> list = csv.split('\n');
        if (!list.isEmpty() && list.last().isEmpty())
            list.removeLast();
        return list;
    }

    // `content` in a file of the test's folder; its path, or empty when it cannot be written.
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return QString();
        return path;
    }

    Meter addManualMeter(const QString &name)
    {
        Meter m;
        m.name = name;
        m.provider = QStringLiteral("manual");
        m.timezone = QStringLiteral("Asia/Kolkata");
        m.currency = QStringLiteral("INR");
        m.intervalSeconds = 30;
        const Result<Meter> added = MeterRepository(m_controller->database()).add(m);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        window()->reloadMeters();
        return added.value();
    }

    CsvExportDialog *openExportDialog()
    {
        QAction *action = fileMenuAction(QStringLiteral("exportCsvAction"));
        if (!action)
            return nullptr;
        action->trigger();
        CsvExportDialog *dialog = csv()->exportDialog();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    static void choose(QComboBox *box, const QString &data) { box->setCurrentIndex(box->findData(data)); }

    // Clicks the export dialog's OK and waits for the export: whether it succeeded and its
    // message; nothing when it never finished.
    std::optional<std::pair<bool, QString>> clickExport(CsvExportDialog *dialog)
    {
        QSignalSpy finished(csv(), &CsvActions::exportFinished);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        if (!finished.wait(30'000))
            return std::nullopt;
        return std::pair{finished.constFirst().constFirst().toBool(), finished.constFirst().at(1).toString()};
    }

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("csv.sqlite")));
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        m_controller = std::make_unique<DesktopController>(std::move(db).value());
        QSignalSpy ready(m_controller.get(), &DesktopController::ready);
        m_controller->start();
        if (!m_controller->isReady())
            QVERIFY(ready.wait(60'000));
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QSignalSpy refreshed(window()->usagePanel(), &UsageChartPanel::refreshed);
        window()->usagePanel()->scheduleRefresh();
        QVERIFY(refreshed.wait(10'000));
    }

    void cleanupTestCase() { m_controller.reset(); }

    void fileMenuHasBothActions()
    {
        QAction *exportAction = fileMenuAction(QStringLiteral("exportCsvAction"));
        QAction *importAction = fileMenuAction(QStringLiteral("importCsvAction"));
        QVERIFY(exportAction);
        QVERIFY(importAction);
        QCOMPARE(exportAction->text(), QStringLiteral("&Export CSV…"));
        QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QCOMPARE(exportAction, csv()->exportAction()); // what the tray reuses

        // Ctrl+E opens the dialog; Cancel closes it without writing anything.
        QApplication::setActiveWindow(window()); // no window manager under Xvfb to do it
        QCOMPARE(QApplication::activeWindow(), window());
        QTest::keyClick(window(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(csv()->exportDialog() && csv()->exportDialog()->isVisible());
        csv()->exportDialog()->reject();
        QTRY_VERIFY(!csv()->exportDialog());
    }

    void exportUsageAsTheChartShowsIt()
    {
        UsageChartPanel *panel = window()->usagePanel();
        panel->setIntervalHours(48);
        panel->setGroupMinutes(30);
        QSignalSpy refreshed(panel, &UsageChartPanel::refreshed);
        panel->scheduleRefresh();
        QVERIFY(refreshed.wait(10'000));
        const UsageSeries chart = panel->series();

        CsvExportDialog *dialog = openExportDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->chartRangeButton()->isChecked()); // the default range is the chart's
        QCOMPARE(dialog->groupSpin()->value(), 30);
        // Bills come from the tariff engine: offered and choosable.
        auto *kinds = qobject_cast<QStandardItemModel *>(dialog->kindBox()->model());
        QVERIFY(kinds->item(dialog->kindBox()->findData(QStringLiteral("bills")))->isEnabled());
        QVERIFY(dialog->grab().save(TestArtifacts::path(QStringLiteral("csv-export-dialog.png"))));
        choose(dialog->kindBox(), QStringLiteral("usage"));
        const QString path = m_dir.filePath(QStringLiteral("usage.csv"));
        dialog->pathEdit()->setText(path);
        const auto exported = clickExport(dialog);
        QVERIFY(exported);
        QVERIFY2(exported->first, qPrintable(exported->second));
        const QList<QByteArray> rows = lines(readAll(path));
        QCOMPARE(rows.constFirst(),
                 QByteArray("meter,start,end,grid_kwh,generator_kwh,kwh,cost,estimated,gap\r"));
        QCOMPARE(rows.size(), chart.buckets.size() + 1);
        QVERIFY(!csv()->isBusy());
    }

    void exportReadingsAndCancel()
    {
        CsvExportDialog *dialog = openExportDialog();
        QVERIFY(dialog);
        choose(dialog->kindBox(), QStringLiteral("readings"));
        dialog->allRangeButton()->setChecked(true);
        dialog->excelBox()->setChecked(true);
        const QString path = m_dir.filePath(QStringLiteral("readings.csv"));
        dialog->pathEdit()->setText(path);
        QSignalSpy finished(csv(), &CsvActions::exportFinished);
        dialog->accept();
        QVERIFY(finished.wait(60'000));
        QVERIFY(finished.constFirst().constFirst().toBool());
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFmeter,time,balance,"));
        const Meter demo = *window()->currentMeter();
        QVERIFY(lines(bytes).size() >= ReadingRepository(m_controller->database()).count(demo.id) - 5);

        // Cancelled (as the progress dialog's button does): no file at all.
        dialog = openExportDialog();
        QVERIFY(dialog);
        choose(dialog->kindBox(), QStringLiteral("readings"));
        dialog->allRangeButton()->setChecked(true);
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.csv"));
        dialog->pathEdit()->setText(cancelled);
        finished.clear();
        dialog->accept();
        QVERIFY(csv()->isBusy());
        QVERIFY(csv()->progressDialog());
        QCOMPARE(csv()->progressDialog()->minimumDuration(), 400); // shown only if it takes a while
        QPushButton *cancel = csv()->progressDialog()->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QVERIFY(finished.constFirst().at(1).toString().contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(cancelled));
        // The dialog says so and stays, for another try or Cancel.
        QCOMPARE(csv()->exportDialog(), dialog);
        QVERIFY(dialog->errorText().contains(QStringLiteral("cancelled")));
        QVERIFY(dialog->exportButton()->isEnabled());

        // A dialog without a file says so and stays open.
        dialog = openExportDialog();
        QVERIFY(dialog);
        dialog->pathEdit()->clear();
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorText().isEmpty());
        dialog->reject();
    }

    // A fresh home has no ~/Documents: the suggested file goes in a folder that exists (the
    // home itself), and the export works.
    void exportIntoAFreshHomeWithoutDocuments()
    {
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        const QString home = m_dir.filePath(QStringLiteral("fresh-home"));
        QVERIFY(QDir().mkpath(home));
        qputenv("HOME", QFile::encodeName(home));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/.config"))); // no user-dirs.dirs
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", oldHome);
            if (oldConfig.isNull())
                qunsetenv("XDG_CONFIG_HOME");
            else
                qputenv("XDG_CONFIG_HOME", oldConfig);
        });
        QVERIFY(!QFileInfo::exists(home + QStringLiteral("/Documents")));

        CsvExportDialog *dialog = openExportDialog();
        QVERIFY(dialog);
        choose(dialog->kindBox(), QStringLiteral("daily"));
        const QString path = dialog->pathEdit()->text();
        QVERIFY2(path.startsWith(home + QStringLiteral("/kilowatch-daily-")), qPrintable(path));
        QVERIFY(QFileInfo(QFileInfo(path).absolutePath()).isDir());
        const auto exported = clickExport(dialog);
        QVERIFY(exported);
        QVERIFY2(exported->first, qPrintable(exported->second));
        QVERIFY(QFileInfo(path).isFile());
        QVERIFY(lines(readAll(path)).constFirst().startsWith("meter,date,"));
        QTRY_VERIFY(!csv()->exportDialog()); // written: the dialog closed
    }

    // What goes wrong shows inside the dialog, which stays open until the user closes it (or
    // fixes the choice and exports).
    void exportErrorsStayInTheDialog()
    {
        QPointer<CsvExportDialog> dialog = openExportDialog(); // guarded: it must not go
        QVERIFY(dialog);
        choose(dialog->kindBox(), QStringLiteral("daily"));
        // A file where the folder should be: neither the folder nor the file can be made.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        dialog->pathEdit()->setText(blocker + QStringLiteral("/daily.csv"));
        const auto exported = clickExport(dialog);
        QVERIFY(exported);
        QCOMPARE(exported->first, false);
        QTest::qWait(100);
        QVERIFY2(dialog && dialog->isVisible(), "the dialog closed on the error");
        QCOMPARE(csv()->exportDialog(), dialog.data());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("not-a-folder")),
                 qPrintable(dialog->errorText()));
        QVERIFY(dialog->grab().save(TestArtifacts::path(QStringLiteral("csv-export-error.png"))));

        // The same dialog, a good file: written, and the dialog closes.
        const QString good = m_dir.filePath(QStringLiteral("daily-after-error.csv"));
        dialog->pathEdit()->setText(good);
        const auto again = clickExport(dialog);
        QVERIFY(again);
        QVERIFY2(again->first, qPrintable(again->second));
        QVERIFY(QFileInfo(good).isFile());
        QTRY_VERIFY(!csv()->exportDialog());

        // An error, then the user closes the dialog: that is the end of it.
        dialog = openExportDialog();
        QVERIFY(dialog);
        dialog->pathEdit()->setText(blocker + QStringLiteral("/again.csv"));
        QSignalSpy finished(csv(), &CsvActions::exportFinished);
        dialog->accept();
        QVERIFY(finished.wait(30'000));
        QVERIFY(dialog && csv()->exportDialog());
        QVERIFY(!dialog->errorText().isEmpty());
        dialog->reject();
        QTRY_VERIFY(!csv()->exportDialog());
    }

    // The dialog closed while the export ran: its failure still reaches the user, as a
    // message box over the window, not only as a line in the status bar.
    void exportFailureAfterTheDialogClosedIsAMessage()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("still-not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QPointer<CsvExportDialog> dialog = openExportDialog();
        QVERIFY(dialog);
        choose(dialog->kindBox(), QStringLiteral("daily"));
        dialog->pathEdit()->setText(blocker + QStringLiteral("/daily.csv"));
        QSignalSpy finished(csv(), &CsvActions::exportFinished);
        dialog->accept(); // the export starts on the worker ...
        dialog->reject(); // ... and the user closes the dialog before it ends
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window()->findChild<QMessageBox *>(QStringLiteral("csvExportFailed"))));
        QVERIFY(QTest::qWaitForWindowExposed(box));
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QVERIFY2(box->text().contains(QStringLiteral("still-not-a-folder")), qPrintable(box->text()));
        QVERIFY(box->grab().save(TestArtifacts::path(QStringLiteral("csv-export-failed-message.png"))));
        box->close();
        QTRY_VERIFY(!window()->findChild<QMessageBox *>(QStringLiteral("csvExportFailed")));
    }

    void importOurExportThroughTheDialog()
    {
        // Readings of the demo meter, written by the exporter, into a new manual meter.
        const Meter demo = *window()->currentMeter();
        const QString path = m_dir.filePath(QStringLiteral("demo-readings.csv"));
        CsvExporter::Request request;
        request.meters = {demo};
        QVERIFY(CsvExporter(m_controller->database()).writeFile(request, path).ok());
        const int rows = static_cast<int>(lines(readAll(path)).size()) - 1;
        const Meter copy = addManualMeter(QStringLiteral("Old tracker"));

        csv()->importCsv(path);
        CsvImportDialog *dialog = csv()->importDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->meterBox()->setCurrentIndex(dialog->meterBox()->findData(copy.id));
        QVERIFY(dialog->isOwnLayout());
        QVERIFY(!dialog->options(false).mapping);
        QCOMPARE(dialog->previewTable()->rowCount(), 20);

        QSignalSpy checked(csv(), &CsvActions::checkFinished);
        QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
        QVERIFY(checked.wait(60'000));
        QVERIFY2(dialog->resultText().contains(QStringLiteral("Nothing was stored")),
                 qPrintable(dialog->resultText()));
        QCOMPARE(ReadingRepository(m_controller->database()).count(copy.id), 0);

        QSignalSpy imported(csv(), &CsvActions::importFinished);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QVERIFY(imported.wait(60'000));
        QVERIFY2(imported.constFirst().constFirst().toBool(),
                 qPrintable(imported.constFirst().at(1).toString()));
        QCOMPARE(ReadingRepository(m_controller->database()).count(copy.id), rows);
        QCOMPARE(window()->currentMeter()->id, copy.id); // the window shows what came in
        QTRY_VERIFY(!csv()->importDialog());
        QVERIFY(!m_controller->scheduler()->isPaused());
    }

    void importAnotherLayoutWithTheMapping()
    {
        const Meter meter = addManualMeter(QStringLiteral("Spreadsheet"));
        const QString path = writeFile(QStringLiteral("other.csv"), "Datum;Guthaben;Netz kWh;Bemerkung\n"
                                                                    "01.07.2025 08:00;500,50;100,5;x\n"
                                                                    "01.07.2025 09:00;499,25;101;y\n"
                                                                    "01.07.2025 10:00;kaputt;102;z\n");
        QVERIFY(!path.isEmpty());

        csv()->importCsv(path);
        CsvImportDialog *dialog = csv()->importDialog();
        QVERIFY(dialog);
        dialog->meterBox()->setCurrentIndex(dialog->meterBox()->findData(meter.id));
        QCOMPARE(dialog->delimiterBox()->currentData().toString(), QStringLiteral(";"));
        QVERIFY(dialog->decimalCommaBox()->isChecked());
        QVERIFY(!dialog->isOwnLayout());
        QCOMPARE(dialog->columnBox(CsvImportDialog::Time)->currentData().toInt(), 0);
        QCOMPARE(dialog->columnBox(CsvImportDialog::Balance)->currentData().toInt(), 1);
        QCOMPARE(dialog->columnBox(CsvImportDialog::Grid)->currentData().toInt(), -1);
        dialog->columnBox(CsvImportDialog::Grid)->setCurrentIndex(3); // "3: Netz kWh"
        dialog->timeFormatBox()->setCurrentText(QStringLiteral("dd.MM.yyyy HH:mm"));
        // Times without an offset are the meter's: the dialog names its zone.
        QCOMPARE(dialog->zoneLabel()->text(),
                 QStringLiteral("Times without an offset are read in Asia/Kolkata."));
        QCOMPARE(dialog->previewTable()->item(0, CsvImportDialog::Time)->text(),
                 QStringLiteral("2025-07-01T08:00:00+05:30"));
        QCOMPARE(dialog->previewTable()->item(1, CsvImportDialog::Balance)->text(),
                 QStringLiteral("499.250"));
        QVERIFY(dialog->grab().save(TestArtifacts::path(QStringLiteral("csv-import-dialog.png"))));
        QVERIFY(dialog->previewTable()
                    ->item(2, CsvImportDialog::Balance)
                    ->text()
                    .contains(QStringLiteral("kaputt")));

        // One bad row: nothing is stored, and the dialog names it.
        QSignalSpy imported(csv(), &CsvActions::importFinished);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QVERIFY(imported.wait(30'000));
        QCOMPARE(imported.constFirst().constFirst().toBool(), false);
        QVERIFY2(dialog->resultText().contains(QStringLiteral("Line 4, column 2 (Guthaben)")),
                 qPrintable(dialog->resultText()));
        QCOMPARE(ReadingRepository(m_controller->database()).count(meter.id), 0);

        dialog->skipBadRowsBox()->setChecked(true);
        imported.clear();
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QVERIFY(imported.wait(30'000));
        QVERIFY(imported.constFirst().constFirst().toBool());
        QCOMPARE(ReadingRepository(m_controller->database()).count(meter.id), 2);
        QCOMPARE(*ReadingRepository(m_controller->database()).latest(meter.id)->gridWh, 101'000);
    }

    // A file in another convention: its date format is found (dd.MM.yyyy HH:mm is offered,
    // so it is detected), thousands separators in its convention are read, and a number that
    // could be read two ways is marked in its cell.
    void importDetectsTheTimeFormatAndReadsThousands()
    {
        const Meter meter = addManualMeter(QStringLiteral("German sheet"));
        const QString path = writeFile(QStringLiteral("german.csv"), "Zeit;Guthaben;Netz kWh\n"
                                                                     "20.07.2025 10:00;1.234,50;1.001,5\n"
                                                                     "20.07.2025 11:00;1.230;1.002,25\n"
                                                                     "20.07.2025 12:00;1.225,75;1.003\n");
        QVERIFY(!path.isEmpty());

        csv()->importCsv(path);
        CsvImportDialog *dialog = csv()->importDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->meterBox()->setCurrentIndex(dialog->meterBox()->findData(meter.id));
        QVERIFY(dialog->decimalCommaBox()->isChecked());
        QCOMPARE(dialog->timeFormatBox()->currentData().toString(), QStringLiteral("dd.MM.yyyy HH:mm"));
        QCOMPARE(dialog->options(true).timeFormat, QStringLiteral("dd.MM.yyyy HH:mm"));
        dialog->columnBox(CsvImportDialog::Grid)->setCurrentIndex(3); // "3: Netz kWh"
        const QTableWidget *preview = dialog->previewTable();
        QCOMPARE(preview->item(0, CsvImportDialog::Time)->text(),
                 QStringLiteral("2025-07-20T10:00:00+05:30"));
        QCOMPARE(preview->item(0, CsvImportDialog::Balance)->text(), QStringLiteral("1234.500"));
        QCOMPARE(preview->item(2, CsvImportDialog::Balance)->text(), QStringLiteral("1225.750"));
        QCOMPARE(preview->item(1, CsvImportDialog::Grid)->text(), QStringLiteral("1002.250"));
        // "1.230" and "1.003": a thousand or one and a bit? Said in the cell.
        QVERIFY2(preview->item(1, CsvImportDialog::Balance)->text().contains(QStringLiteral("ambiguous")),
                 qPrintable(preview->item(1, CsvImportDialog::Balance)->text()));
        QVERIFY(preview->item(2, CsvImportDialog::Grid)->text().contains(QStringLiteral("ambiguous")));
        QVERIFY(dialog->grab().save(TestArtifacts::path(QStringLiteral("csv-import-detected.png"))));

        // Choosing the time column again detects again; a format chosen by hand is kept
        // until then.
        dialog->timeFormatBox()->setCurrentIndex(dialog->timeFormatBox()->findData(QStringLiteral("iso")));
        QVERIFY(preview->item(0, CsvImportDialog::Time)->text().contains(QStringLiteral("is not a date")));
        dialog->columnBox(CsvImportDialog::Time)->setCurrentIndex(0); // (not in the file)
        dialog->columnBox(CsvImportDialog::Time)->setCurrentIndex(1); // "1: Zeit"
        QCOMPARE(dialog->timeFormatBox()->currentData().toString(), QStringLiteral("dd.MM.yyyy HH:mm"));

        dialog->skipBadRowsBox()->setChecked(true);
        QSignalSpy imported(csv(), &CsvActions::importFinished);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QVERIFY(imported.wait(30'000));
        QVERIFY2(imported.constFirst().constFirst().toBool(),
                 qPrintable(imported.constFirst().at(1).toString()));
        QCOMPARE(ReadingRepository(m_controller->database()).count(meter.id), 1); // rows 2 and 3 ambiguous
        QCOMPARE(*ReadingRepository(m_controller->database()).latest(meter.id)->balanceMilli, 1'234'500);
    }
};

QTEST_MAIN(TestCsvActions)
#include "tst_csvactions.moc"
