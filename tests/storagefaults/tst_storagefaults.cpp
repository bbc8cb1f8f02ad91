// Storage faults in core: SQLite's failures classified by their result code (StorageError), and the scheduler
// on a real database file that fills up (max_page_count), turns read-only (query_only), is locked by another
// process (python3 holding BEGIN EXCLUSIVE) or is damaged: the fetch is reported as storage_failed with a
// sentence saying what to do, nothing stored is lost, polling goes on and recovers once the fault is gone.
#include "ScriptedProvider.h"
#include "TestDatabase.h"
#include "analytics/ReadingIngestor.h"
#include "polling/PollScheduler.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"
#include "storage/StorageError.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <limits>

namespace {

Reading readingAt(qint64 time, qint64 gridWh)
{
    Reading r;
    r.time = time;
    r.fetchedAt = time;
    r.balanceMilli = 1'000'000'000 - gridWh * 10;
    r.gridWh = gridWh;
    r.generatorWh = 0;
    r.loadW = 400;
    r.source = PowerSource::Grid;
    return r;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database &db, const QString &statement)
{
    QSqlQuery q(db.connection());
    if (!q.exec(statement))
        return q.lastError().text();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestStorageFaults : public QObject
{
    Q_OBJECT

private:
    // A real database with one meter whose provider answers what the test scripts.
    struct Rig
    {
        TestDatabase t;
        PollScheduler scheduler{t.db()};
        ScriptedProvider *provider = nullptr;
        Meter meter;
        qint64 next = QDateTime::currentSecsSinceEpoch() - 5 * 86400;
        qint64 gridWh = 1'000'000;

        Rig()
        {
            meter = t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 30);
            scheduler.setProviderFactory([this](const Meter &, const ProviderContext &, QObject *parent) {
                provider = new ScriptedProvider(parent);
                return provider;
            });
            scheduler.addMeter(meter);
        }

        // The next fetch brings `count` new 30 s readings (many: pages the file must grow by).
        FetchOutcome fetch(int count)
        {
            QList<Reading> all;
            for (int i = 0; i < count; ++i) {
                next += 30;
                gridWh += 5;
                all.append(readingAt(next, gridWh));
            }
            FetchOutcome outcome = FetchOutcome::fresh(all.takeLast());
            outcome.history = all;
            provider->setScript(outcome);
            QSignalSpy finished(&scheduler, &PollScheduler::fetchFinished);
            if (!scheduler.pollNow(meter.id) || !finished.wait(60'000))
                return FetchOutcome::failure(FetchOutcome::Kind::Timeout, QStringLiteral("no fetch"));
            return finished.at(0).at(1).value<FetchOutcome>();
        }

        qint64 stored() { return ReadingRepository(t.db()).count(meter.id); }
    };

    static void verifyIntact(Database &db)
    {
        QCOMPARE(pragma(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    // The fault, then a fetch that must fail, then the fault cleared and a fetch that works.
    static void runFault(Rig &rig, const std::function<void()> &inject, const std::function<void()> &clear,
                         const QString &expectedWords)
    {
        QVERIFY(rig.fetch(10).isSuccess());
        const qint64 before = rig.stored();
        inject();
        const FetchOutcome failed = rig.fetch(2000);
        QCOMPARE(failed.kindName(), QStringLiteral("storage_failed"));
        QVERIFY2(failed.sentence().contains(expectedWords), qPrintable(failed.sentence()));
        QVERIFY2(!failed.sentence().contains(QLatin1String("Unable to")), qPrintable(failed.sentence()));
        QCOMPARE(rig.scheduler.health(rig.meter.id).state, MeterHealth::State::Failing);
        QCOMPARE(rig.scheduler.health(rig.meter.id).lastError, failed.sentence());
        QCOMPARE(rig.stored(), before); // nothing lost, nothing half written
        clear();
        verifyIntact(rig.t.db());
        const FetchOutcome recovered = rig.fetch(2000);
        QCOMPARE(recovered.kindName(), QStringLiteral("reading"));
        QCOMPARE(rig.stored(), before + 2000);
        QCOMPARE(rig.scheduler.health(rig.meter.id).state, MeterHealth::State::Ok);
        verifyIntact(rig.t.db());
    }

private slots:
    void classifiesSqliteFailures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("kind");
        QTest::newRow("full") << QStringLiteral("database or disk is full Unable to fetch row")
                              << QStringLiteral("13") << QStringLiteral("disk_full");
        QTest::newRow("ioerr write") << QStringLiteral("disk I/O error") << QStringLiteral("778")
                                     << QStringLiteral("write_failed");
        QTest::newRow("readonly") << QStringLiteral("attempt to write a readonly database")
                                  << QStringLiteral("8") << QStringLiteral("read_only");
        QTest::newRow("busy") << QStringLiteral("database is locked Unable to fetch row")
                              << QStringLiteral("5") << QStringLiteral("locked");
        QTest::newRow("locked table")
            << QStringLiteral("database table is locked") << QStringLiteral("6") << QStringLiteral("locked");
        QTest::newRow("corrupt") << QStringLiteral("database disk image is malformed") << QStringLiteral("11")
                                 << QStringLiteral("corrupt");
        QTest::newRow("notadb") << QStringLiteral("file is not a database") << QStringLiteral("26")
                                << QStringLiteral("corrupt");
        QTest::newRow("cantopen") << QStringLiteral("unable to open database file") << QStringLiteral("14")
                                  << QStringLiteral("cannot_open");
        QTest::newRow("constraint") << QStringLiteral("UNIQUE constraint failed: readings.t")
                                    << QStringLiteral("19") << QStringLiteral("");
        QTest::newRow("syntax") << QStringLiteral("near \"SELEC\": syntax error") << QStringLiteral("1")
                                << QStringLiteral("");
    }

    void classifiesSqliteFailures()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, kind);
        const QSqlError sqlError(QStringLiteral("Unable to fetch row"), text, QSqlError::StatementError,
                                 code);
        QCOMPARE(StorageError::fromSqlError(sqlError).kindName(), kind);
        // The kind travels with the failure, whatever sentence is put around it.
        const Status failed = Status::failure(
            StorageError::error(sqlError, QStringLiteral("Could not store the reading: ") + text));
        const StorageError e(failed.typedError());
        QCOMPARE(e.kindName(), kind);
        QCOMPARE(e.isFault(), !kind.isEmpty());
        QCOMPARE(errorKindName(failed.errorKind()), kind.isEmpty() ? QStringLiteral("failed") : kind);
        if (e.isFault()) {
            // A sentence with a way out, never SQLite's own words.
            QVERIFY(!e.sentence(QStringLiteral("/x/k.sqlite")).contains(text));
            QVERIFY(e.sentence(QStringLiteral("/x/k.sqlite")).contains(QStringLiteral("/x/k.sqlite")));
            QVERIFY(!e.ongoingSentence().contains(text));
            QVERIFY(e.ongoingSentence().contains(QStringLiteral("not being saved")));
        }
    }

    // SQLite's result code decides, never its (English, or translated, or missing) message:
    // code 13 with another text is a full disk, SQLite's "full" text with a constraint's code
    // is no storage fault, and an extended code keeps its primary one in the low byte.
    void kindComesFromTheCodeNotTheText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("kind");
        QTest::newRow("full, translated") << QStringLiteral("Datenbank oder Festplatte ist voll")
                                          << QStringLiteral("13") << QStringLiteral("disk_full");
        QTest::newRow("full, no text") << QString() << QStringLiteral("13") << QStringLiteral("disk_full");
        QTest::newRow("readonly, no text") << QString() << QStringLiteral("8") << QStringLiteral("read_only");
        QTest::newRow("readonly_dbmoved (1032)")
            << QStringLiteral("x") << QStringLiteral("1032") << QStringLiteral("read_only");
        QTest::newRow("busy_snapshot (517)")
            << QString() << QStringLiteral("517") << QStringLiteral("locked");
        QTest::newRow("corrupt_index (779)")
            << QString() << QStringLiteral("779") << QStringLiteral("corrupt");
        QTest::newRow("notadb, no text") << QString() << QStringLiteral("26") << QStringLiteral("corrupt");
        QTest::newRow("cantopen_isdir (526)")
            << QString() << QStringLiteral("526") << QStringLiteral("cannot_open");
        QTest::newRow("ioerr_write (778)")
            << QString() << QStringLiteral("778") << QStringLiteral("write_failed");
        QTest::newRow("full's text, constraint's code")
            << QStringLiteral("database or disk is full") << QStringLiteral("19") << QString();
        QTest::newRow("locked's text, no code")
            << QStringLiteral("database is locked") << QString() << QString();
    }

    void kindComesFromTheCodeNotTheText()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, kind);
        const QSqlError sqlError(QString(), text, QSqlError::StatementError, code);
        QCOMPARE(StorageError::fromSqlError(sqlError).kindName(), kind);
        const Status failed = Status::failure(StorageError::error(sqlError, text));
        QCOMPARE(StorageError(failed.typedError()).kindName(), kind);
        QCOMPARE(errorKindName(failed.errorKind()), kind.isEmpty() ? QStringLiteral("failed") : kind);
    }

    // Passed up through the layers, a failure keeps the kind it was raised with.
    void kindSurvivesBeingPutInContext()
    {
        const Status inner = Status::failure(ErrorKind::DiskFull, QStringLiteral("x"));
        const Status outer = Status::failure(
            inner.typedError().withMessage(QStringLiteral("Could not store: %1").arg(inner.error())));
        QCOMPARE(outer.errorKind(), ErrorKind::DiskFull);
        QCOMPARE(outer.error(), QStringLiteral("Could not store: x"));
        const Result<int> plain = Result<int>::failure(QStringLiteral("Something else."));
        QCOMPARE(plain.errorKind(), ErrorKind::Failed);
        QVERIFY(!StorageError(plain.typedError()).isFault());
        // A failure is never of kind None.
        QCOMPARE(Status::failure(Error()).errorKind(), ErrorKind::Failed);
    }

    void diskFullKeepsWhatWasStoredAndRecovers()
    {
        Rig rig;
        runFault(
            rig,
            [&rig] {
                // The file may not grow by a single page from here on: SQLITE_FULL.
                const QString pages = pragma(rig.t.db(), QStringLiteral("PRAGMA page_count"));
                QCOMPARE(pragma(rig.t.db(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages)), pages);
            },
            [&rig] { pragma(rig.t.db(), QStringLiteral("PRAGMA max_page_count = 1073741823")); },
            QStringLiteral("The disk is full"));
    }

    void readOnlyKeepsWhatWasStoredAndRecovers()
    {
        Rig rig;
        runFault(
            rig, [&rig] { pragma(rig.t.db(), QStringLiteral("PRAGMA query_only = 1")); },
            [&rig] { pragma(rig.t.db(), QStringLiteral("PRAGMA query_only = 0")); },
            QStringLiteral("read-only"));
    }

    void lockedByAnotherProcessKeepsWhatWasStoredAndRecovers()
    {
        Rig rig;
        QProcess holder;
        runFault(
            rig,
            [&rig, &holder] {
                // A real second process with the write lock, until its standard input closes.
                holder.start(QStringLiteral("python3"),
                             {QStringLiteral("-c"),
                              QStringLiteral("import sqlite3, sys\n"
                                             "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                             "c.execute('BEGIN EXCLUSIVE')\n"
                                             "print('holding', flush=True)\n"
                                             "sys.stdin.readline()\n"),
                              rig.t.path()});
                QVERIFY2(holder.waitForReadyRead(30'000), "python3 did not take the lock");
                QCOMPARE(holder.readLine().trimmed(), QByteArray("holding"));
            },
            [&holder] {
                holder.closeWriteChannel();
                QVERIFY(holder.waitForFinished(30'000));
            },
            QStringLiteral("Another program is holding the database"));
    }

    void damagedFileIsRefusedAndLeftAlone_data()
    {
        QTest::addColumn<double>("where");
        QTest::addColumn<double>("fraction");
        QTest::newRow("garbage over the header") << 0.0 << 0.0;
        QTest::newRow("garbage in the middle") << 0.25 << 0.5;
    }

    void damagedFileIsRefusedAndLeftAlone()
    {
        QFETCH(double, where);
        QFETCH(double, fraction);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            Meter m;
            m.name = QStringLiteral("m");
            m.provider = QStringLiteral("manual");
            m.timezone = QStringLiteral("Asia/Kolkata");
            m.currency = QStringLiteral("INR");
            m.intervalSeconds = 30;
            m.createdAt = QDateTime::currentSecsSinceEpoch();
            const Result<Meter> added = MeterRepository(*db.value()).add(m);
            QVERIFY2(added.ok(), qPrintable(added.error()));
            QList<Reading> readings;
            const qint64 start = QDateTime::currentSecsSinceEpoch() - 3 * 86400;
            for (int i = 0; i < 6000; ++i)
                readings.append(readingAt(start + 30 * i, 1000 + 5 * i));
            QVERIFY(ReadingIngestor(*db.value()).ingest(added.value(), readings).ok());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        const qint64 length = fraction > 0 ? qint64(double(size) * fraction) : 100;
        QByteArray garbage(length, '\0');
        for (qint64 i = 0; i < length; ++i)
            garbage[i] = char((i * 151 + 17) % 256);
        QVERIFY(file.seek(qint64(double(size) * where)));
        QCOMPARE(file.write(garbage), length);
        file.close();
        const QByteArray before = fileHash(path);
        {
            const auto opened = Database::open(path);
            if (opened.ok()) {
                // The schema survived: reading what was hit must fail as damage, not as rows.
                qint64 seen = 0;
                const Status read = ReadingRepository(*opened.value())
                                        .forEachInRange(1, 0, std::numeric_limits<qint64>::max(),
                                                        [&seen](const Reading &) { return ++seen > 0; });
                QVERIFY2(!read.ok(), "all readings read back from a half-overwritten file");
                QCOMPARE(errorKindName(read.errorKind()), QStringLiteral("corrupt"));
            } else {
                QVERIFY2(opened.error().contains(QStringLiteral("is not a Kilowatch database or is damaged")),
                         qPrintable(opened.error()));
                QVERIFY2(opened.error().contains(QStringLiteral("backup")), qPrintable(opened.error()));
            }
        }
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
