// The window on a database that fills up, turns read-only or is locked by another process: it
// keeps running, says what is wrong in a banner (the tr() sentence, visible), polling goes on,
// nothing stored is lost, and the banner goes away when a reading is stored again.
#include "DesktopController.h"
#include "MainWindow.h"
#include "ScriptedProvider.h"
#include "polling/PollScheduler.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

QString pragma(Database &db, const QString &statement)
{
    QSqlQuery q(db.connection());
    if (!q.exec(statement))
        return q.lastError().text();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestStorageBanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ScriptedProvider *m_provider = nullptr;
    qint64 m_next = QDateTime::currentSecsSinceEpoch() - 4 * 86400;
    qint64 m_gridWh = 1'000'000;

    // A database with one meter (no demo meter then), its provider scripted by the test.
    std::unique_ptr<DesktopController> start(const QString &file)
    {
        m_next = QDateTime::currentSecsSinceEpoch() - 4 * 86400; // three times 2000 readings fit
        auto db = Database::open(m_dir.filePath(file));
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        Meter m;
        m.name = QStringLiteral("Flat 4");
        m.provider = QStringLiteral("simulator");
        m.timezone = QStringLiteral("Asia/Kolkata");
        m.intervalSeconds = 30;
        m.createdAt = QDateTime::currentSecsSinceEpoch();
        if (!MeterRepository(*db.value()).add(m))
            qFatal("cannot add the meter");
        auto controller = std::make_unique<DesktopController>(std::move(db).value());
        controller->scheduler()->setProviderFactory(
            [this](const Meter &, const ProviderContext &, QObject *p) {
                m_provider = new ScriptedProvider(p);
                script(10);
                return m_provider;
            });
        QSignalSpy ready(controller.get(), &DesktopController::ready);
        controller->start();
        if (!controller->isReady() && !ready.wait(60'000))
            qFatal("the window never became ready");
        return controller;
    }

    // The next fetch brings `count` new 30 s readings.
    void script(int count)
    {
        QList<Reading> all;
        for (int i = 0; i < count; ++i) {
            m_next += 30;
            m_gridWh += 5;
            Reading r;
            r.time = m_next;
            r.fetchedAt = m_next;
            r.balanceMilli = 900'000'000 - m_gridWh * 10;
            r.gridWh = m_gridWh;
            r.generatorWh = 0;
            r.loadW = 300;
            r.source = PowerSource::Grid;
            all.append(r);
        }
        FetchOutcome outcome = FetchOutcome::fresh(all.takeLast());
        outcome.history = all;
        m_provider->setScript(outcome);
    }

    static FetchOutcome::Kind pollOnce(DesktopController &c)
    {
        const qint64 id = c.window()->currentMeter()->id;
        QSignalSpy finished(c.scheduler(), &PollScheduler::fetchFinished);
        // A timer's fetch may be under way; then that one is the answer.
        if (!c.scheduler()->pollNow(id) && !c.scheduler()->isFetching(id))
            return FetchOutcome::Kind::Timeout;
        if (!finished.wait(60'000))
            return FetchOutcome::Kind::Timeout;
        const FetchOutcome outcome = finished.at(0).at(1).value<FetchOutcome>();
        qInfo() << "fetch:" << outcome.kindName() << outcome.sentence();
        return outcome.kind;
    }

    void runFault(const QString &file, const std::function<void(Database &)> &inject,
                  const std::function<void(Database &)> &clear, const QString &expected)
    {
        auto c = start(file);
        MainWindow *window = c->window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QLabel *banner = window->storageBanner();
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        const qint64 id = window->currentMeter()->id;
        QTRY_VERIFY_WITH_TIMEOUT(ReadingRepository(c->database()).count(id) >= 10, 30'000);
        const qint64 before = ReadingRepository(c->database()).count(id);

        script(2000);
        inject(c->database());
        QCOMPARE(pollOnce(*c), FetchOutcome::Kind::StorageFailed);
        // Said in the window, visibly, in words; the window and polling carry on.
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(expected), qPrintable(banner->text()));
        QVERIFY2(!banner->text().contains(QLatin1String("Unable to")), qPrintable(banner->text()));
        QVERIFY(window->isVisible());
        QVERIFY(c->scheduler()->isRunning());
        QCOMPARE(c->scheduler()->health(id).state, MeterHealth::State::Failing);
        QCOMPARE(ReadingRepository(c->database()).count(id), before);
        if (qEnvironmentVariableIsSet("KILOWATCH_TEST_ARTIFACTS")) {
            const QString shot =
                qEnvironmentVariable("KILOWATCH_TEST_ARTIFACTS") +
                QStringLiteral("/storage-banner-%1.png").arg(file.section(QLatin1Char('.'), 0, 0));
            QDir().mkpath(QFileInfo(shot).absolutePath());
            window->grab().save(shot);
        }
        // The same fault on the next try: still said, still polling.
        script(2000);
        QCOMPARE(pollOnce(*c), FetchOutcome::Kind::StorageFailed);
        QVERIFY(banner->isVisible());

        clear(c->database());
        // Stored again (by this fetch, or by the timer's own just before it: then a repeat).
        const FetchOutcome::Kind after = pollOnce(*c);
        QVERIFY2(after == FetchOutcome::Kind::Reading || after == FetchOutcome::Kind::Stale,
                 qPrintable(QString::number(int(after))));
        QVERIFY(!banner->isVisible());
        QCOMPARE(ReadingRepository(c->database()).count(id), before + 2000);
        QCOMPARE(c->scheduler()->health(id).state, MeterHealth::State::Ok);
        QCOMPARE(pragma(c->database(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

private slots:
    void diskFull()
    {
        runFault(
            QStringLiteral("full.sqlite"),
            [](Database &db) {
                const QString pages = pragma(db, QStringLiteral("PRAGMA page_count"));
                QCOMPARE(pragma(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)), pages);
            },
            [](Database &db) { pragma(db, QStringLiteral("PRAGMA max_page_count = 1073741823")); },
            QStringLiteral("The disk is full: new readings are not being saved."));
    }

    void readOnly()
    {
        runFault(
            QStringLiteral("readonly.sqlite"),
            [](Database &db) { pragma(db, QStringLiteral("PRAGMA query_only = 1")); },
            [](Database &db) { pragma(db, QStringLiteral("PRAGMA query_only = 0")); },
            QStringLiteral("The database is read-only: new readings are not being saved."));
    }

    void lockedByAnotherProcess()
    {
        QProcess holder;
        runFault(
            QStringLiteral("locked.sqlite"),
            [&holder](Database &db) {
                holder.start(QStringLiteral("python3"),
                             {QStringLiteral("-c"),
                              QStringLiteral("import sqlite3, sys\n"
                                             "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                             "c.execute('BEGIN EXCLUSIVE')\n"
                                             "print('holding', flush=True)\n"
                                             "sys.stdin.readline()\n"),
                              db.path()});
                QVERIFY2(holder.waitForReadyRead(30'000), "python3 did not take the lock");
                QCOMPARE(holder.readLine().trimmed(), QByteArray("holding"));
            },
            [&holder](Database &) {
                holder.closeWriteChannel();
                QVERIFY(holder.waitForFinished(30'000));
            },
            QStringLiteral("Another program is holding the database"));
    }
};

QTEST_MAIN(TestStorageBanner)
#include "tst_storagebanner.moc"
