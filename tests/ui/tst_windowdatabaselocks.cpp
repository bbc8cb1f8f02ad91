#include "CsvExportDialog.h"
#include "DesktopController.h"
#include "MainWindow.h"
#include "StatusCard.h"
#include "analytics/ReadingIngestor.h"
#include "polling/PollScheduler.h"
#include "storage/Database.h"
#include "storage/DatabaseChangeWatcher.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#ifndef KILOWATCH_CLI
#error "KILOWATCH_CLI must name the kilowatch-cli executable"
#endif

// The reported data loss, through the real window: its file dialogs list the database's own
// folder (sniffing k.db, k.db-wal and k.db-shm for their types), then kilowatch-cli writes to the
// same file and exits, then the window stores a reading. Before SqliteFileLocks the dialog's
// close() of those files dropped the window's SQLite locks, the CLI's exit deleted the WAL from
// under the window, and the window's later readings were gone after it closed.
class TestWindowDatabaseLocks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Waits (from inside the modal dialog's own event loop) until a file dialog is open, points
    // it at folder, lets it list and sniff the files there, then cancels it.
    void cancelFileDialogOnceListed(const QString &folder, bool *listed)
    {
        auto *timer = new QTimer(this);
        auto elapsed = std::make_shared<int>(0);
        auto shownFor = std::make_shared<int>(-1);
        timer->setInterval(50);
        connect(timer, &QTimer::timeout, this, [=] {
            *elapsed += 50;
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                if (*elapsed > 20'000)
                    timer->deleteLater();
                return;
            }
            auto *model = dialog->findChild<QFileSystemModel *>();
            if (*shownFor < 0) {
                // "All files": the database's files are listed, not only *.csv.
                dialog->selectNameFilter(dialog->nameFilters().constLast());
                dialog->setDirectory(folder);
                *shownFor = 0;
                return;
            }
            const int rows = model ? model->rowCount(model->index(folder)) : 0;
            if (rows >= 3)
                *shownFor += 50; // the files are listed; their icons and types are being fetched
            if (*shownFor >= 1500 || *elapsed > 20'000) {
                *listed = rows >= 3;
                dialog->reject();
                timer->deleteLater();
            }
        });
        timer->start();
    }

    // kilowatch-cli --database path ARGUMENTS: whether it exited with 0.
    static bool runCli(const QString &path, const QStringList &arguments)
    {
        QProcess cli;
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        cli.start(QStringLiteral(KILOWATCH_CLI), QStringList{QStringLiteral("--database"), path} + arguments);
        return cli.waitForFinished(60'000) && cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0;
    }

    static QAction *action(MainWindow *window, const char *name)
    {
        return window->findChild<QAction *>(QLatin1String(name));
    }

private slots:
    void fileDialogsOnTheDatabaseFolderKeepEveryReading()
    {
        const QString path = m_dir.filePath(QStringLiteral("k.db"));
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        auto controller = std::make_unique<DesktopController>(std::move(opened).value());
        QSignalSpy ready(controller.get(), &DesktopController::ready);
        controller->start();
        QVERIFY(controller->isReady() || ready.wait(60'000));
        MainWindow *window = controller->window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        Database &db = controller->database();
        const Meter meter = MeterRepository(db).list()->at(0);
        // Polling paused, so the counts below are this test's own writes.
        PollScheduler *scheduler = controller->scheduler();
        scheduler->setPaused(true);
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler->isFetching(meter.id), 30'000);
        const qint64 before = ReadingRepository(db).count(meter.id);
        QVERIFY(before > 0);

        // File > Import CSV…: the open dialog, shown on the database's folder, then cancelled.
        bool listed = false;
        cancelFileDialogOnceListed(m_dir.path(), &listed);
        QAction *import = action(window, "importCsvAction");
        QVERIFY(import);
        import->trigger();
        QVERIFY2(listed, "the import dialog never listed the database's folder");

        // File > Export CSV… > Browse…: the save dialog on the same folder, then cancelled.
        QAction *exportAction = action(window, "exportCsvAction");
        QVERIFY(exportAction);
        exportAction->trigger();
        CsvExportDialog *exportDialog = nullptr;
        QTRY_VERIFY((exportDialog = window->findChild<CsvExportDialog *>()) != nullptr);
        QPushButton *browse = nullptr;
        for (QPushButton *button : exportDialog->findChildren<QPushButton *>()) {
            if (button->text().contains(QLatin1String("Browse")))
                browse = button;
        }
        QVERIFY(browse);
        listed = false;
        cancelFileDialogOnceListed(m_dir.path(), &listed);
        browse->click();
        QVERIFY2(listed, "the export's save dialog never listed the database's folder");
        exportDialog->reject();

        // kilowatch-cli adds a manual meter and a reading of it to the same file, and exits.
        const QString flat = QStringLiteral("Flat 2");
        QVERIFY(runCli(path, {QStringLiteral("meter"), QStringLiteral("add"), QStringLiteral("--name"), flat,
                              QStringLiteral("--provider"), QStringLiteral("manual")}));
        const QDateTime cliTime(QDate(2026, 1, 15), QTime(10, 0), QTimeZone::utc());
        QVERIFY(runCli(path, {QStringLiteral("reading"), QStringLiteral("add"), QStringLiteral("--meter"),
                              flat, QStringLiteral("--balance"), QStringLiteral("1234.5"),
                              QStringLiteral("--time"), cliTime.toString(Qt::ISODate)}));
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")),
                 "the CLI deleted the WAL from under the window");
        const std::optional<Meter> flatMeter = MeterRepository(db).findByName(flat);
        QVERIFY(flatMeter);

        // The window stores a reading of its own through its connection, the way its poller does
        // (a poll of the simulator may repeat the backfill's last record, which is not stored).
        Reading next = *ReadingRepository(db).latest(meter.id);
        next.time += 30;
        next.fetchedAt = next.time;
        *next.balanceMilli -= 1000;
        const Result<IngestStats> ingested = ReadingIngestor(db).ingest(meter, {next});
        QVERIFY2(ingested.ok(), qPrintable(ingested.error()));
        const qint64 windowTime = next.time;
        QCOMPARE(ReadingRepository(db).latest(meter.id)->time, windowTime);
        QCOMPARE(ReadingRepository(db).count(meter.id), before + 1);
        QCOMPARE(ReadingRepository(db).latest(flatMeter->id)->time, cliTime.toSecsSinceEpoch());

        // After the window has gone, the file holds both processes' readings and is sound.
        controller.reset();
        auto reopened = Database::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        QSqlQuery q(reopened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        ReadingRepository readings(*reopened.value());
        QVERIFY(readings.count(meter.id) >= before + 1);
        QCOMPARE(readings.latest(meter.id)->time, windowTime);
        QCOMPARE(readings.count(flatMeter->id), 1);
        QCOMPARE(readings.latest(flatMeter->id)->time, cliTime.toSecsSinceEpoch());
    }

    // What another process commits shows in the open window without a restart: a reading the CLI
    // adds, and a meter it adds.
    void windowShowsWhatAnotherProcessWrote()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.db"));
        QVERIFY(runCli(path, {QStringLiteral("meter"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("flat"), QStringLiteral("--provider"), QStringLiteral("manual"),
                              QStringLiteral("--timezone"), QStringLiteral("Asia/Kolkata")}));
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        DesktopController controller(std::move(opened).value());
        QSignalSpy ready(&controller, &DesktopController::ready);
        controller.start();
        QVERIFY(controller.isReady() || ready.wait(60'000));
        MainWindow *window = controller.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->changeWatcher()->setInterval(100);
        QCOMPARE(window->currentMeter()->name, QStringLiteral("flat"));
        QVERIFY(!window->statusCard()->balanceText().contains(QLatin1String("1,234.50")));

        QVERIFY(runCli(path, {QStringLiteral("reading"), QStringLiteral("add"), QStringLiteral("--meter"),
                              QStringLiteral("flat"), QStringLiteral("--balance"), QStringLiteral("1234.5"),
                              QStringLiteral("--time"), QStringLiteral("2026-01-15T10:00:00Z")}));
        QTRY_VERIFY2_WITH_TIMEOUT(window->statusCard()->balanceText().contains(QLatin1String("1,234.50")),
                                  qPrintable(window->statusCard()->balanceText()), 10'000);

        QVERIFY(
            runCli(path, {QStringLiteral("meter"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("shop"), QStringLiteral("--provider"), QStringLiteral("manual")}));
        auto *meterBox = window->findChild<QComboBox *>();
        QVERIFY(meterBox);
        QTRY_VERIFY_WITH_TIMEOUT(meterBox->findText(QStringLiteral("shop")) >= 0, 10'000);
        // The meter the user was looking at stays selected.
        QCOMPARE(window->currentMeter()->name, QStringLiteral("flat"));
    }
};

QTEST_MAIN(TestWindowDatabaseLocks)
#include "tst_windowdatabaselocks.moc"
