#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/SqliteFileLocks.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The store's SQLite locks against the rest of the process. POSIX advisory locks belong to the
// process and vanish on any close() of the same file in it; before SqliteFileLocks a file dialog
// sniffing k.db-shm let a CLI write delete the WAL from under the window, whose readings were
// then lost. Every case here has a second, real process (python3's sqlite3 module: the
// system's SQLite with its ordinary POSIX locks) writing to the same file.
class TestSqliteFileLocks : public QObject
{
    Q_OBJECT

private:
    static QStringList sideFiles(const QString &path)
    {
        return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    }

    // Everything a file dialog, a thumbnailer or a careless import does to the files of a
    // folder: sniff the content for the MIME type, open, read and close.
    static void touchLikeAFileDialog(const QString &path)
    {
        QMimeDatabase mime;
        for (const QString &file : sideFiles(path)) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            (void)mime.mimeTypeForFile(file, QMimeDatabase::MatchContent);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            (void)f.read(64);
            f.close();
        }
    }

    // A second process runs SQL on the file and closes it; returns its stdout.
    static QByteArray otherProcess(const QString &path, const QString &python, int *exitCode = nullptr)
    {
        const QString python3 = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python3.isEmpty())
            return "no python3";
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(python3,
                {QStringLiteral("-c"),
                 QStringLiteral("import sqlite3, sys\ncon = sqlite3.connect(sys.argv[1], timeout=0.2)\n") +
                     python + QStringLiteral("\ncon.close()\n"),
                 path});
        if (!p.waitForFinished(30000))
            return "timeout";
        if (exitCode)
            *exitCode = p.exitCode();
        return p.readAllStandardOutput().trimmed();
    }

    static bool insertProbe(Database &db, const QString &who)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO probe (who) VALUES (?)"));
        q.addBindValue(who);
        return q.exec();
    }

    static QStringList probes(Database &db)
    {
        QStringList rows;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT who FROM probe ORDER BY id")))
            return {QStringLiteral("query failed")};
        while (q.next())
            rows << q.value(0).toString();
        return rows;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QFAIL("python3 (with its sqlite3 module) is needed as the second process");
    }

    // Database::open() puts them in place before SQLite's first lock in the process.
    void installedByTheFirstOpen()
    {
        TestDatabase t;
#if defined(Q_OS_LINUX)
        QString why;
        QVERIFY2(SqliteFileLocks::active(), "Database::open() did not install the locks");
        QVERIFY2(SqliteFileLocks::install(&why), qPrintable(why));
        // The database, its WAL index: each locked file has its one private descriptor.
        QVERIFY(SqliteFileLocks::openLockDescriptors() >= 1);
#else
        QSKIP("open-file-description locks are Linux's");
#endif
    }

    // The reported data loss, step by step: the window's store is open, something in its process
    // opens and closes the database's files, another process writes and closes.
    void foreignCloseInTheProcessKeepsTheLocks()
    {
        TestDatabase t;
        const QString path = t.path();
        QSqlQuery create(t.db().connection());
        QVERIFY(
            create.exec(QStringLiteral("CREATE TABLE probe (id INTEGER PRIMARY KEY, who TEXT NOT NULL)")));
        QVERIFY(insertProbe(t.db(), QStringLiteral("window-1")));

        touchLikeAFileDialog(path);

        int exitCode = -1;
        QCOMPARE(otherProcess(path,
                              QStringLiteral("con.execute(\"INSERT INTO probe (who) VALUES ('cli-1')\")\n"
                                             "con.commit()\nprint('ok')"),
                              &exitCode),
                 QByteArray("ok"));
        QCOMPARE(exitCode, 0);
        // The other process's close must not have found the file unused: the WAL the window
        // writes to is still the file's.
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")),
                 "the WAL was deleted from under the open store");

        QVERIFY(insertProbe(t.db(), QStringLiteral("window-2")));
        QCOMPARE(probes(t.db()), (QStringList{QStringLiteral("window-1"), QStringLiteral("cli-1"),
                                              QStringLiteral("window-2")}));

        // After the store closes, the file holds every row of both processes and is sound.
        t.close();
        QCOMPARE(
            otherProcess(path, QStringLiteral("print(con.execute('PRAGMA integrity_check').fetchone()[0], "
                                              "','.join(r[0] for r in con.execute('SELECT who FROM "
                                              "probe ORDER BY id')))")),
            QByteArray("ok window-1,cli-1,window-2"));
    }

    // The locks still exclude other processes: a write transaction here makes theirs wait.
    void otherProcessesAreStillExcluded()
    {
        TestDatabase t;
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE probe (id INTEGER PRIMARY KEY, who TEXT NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(insertProbe(t.db(), QStringLiteral("held")));
        touchLikeAFileDialog(t.path());
        QCOMPARE(otherProcess(t.path(),
                              QStringLiteral("try:\n"
                                             "    con.execute(\"INSERT INTO probe (who) VALUES ('x')\")\n"
                                             "    con.commit()\n"
                                             "    print('wrote')\n"
                                             "except sqlite3.OperationalError as e:\n"
                                             "    print(e)")),
                 QByteArray("database is locked"));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QCOMPARE(probes(t.db()), QStringList{QStringLiteral("held")});
        // And the other process reads the committed row once the lock is gone.
        QCOMPARE(otherProcess(t.path(),
                              QStringLiteral("print(con.execute('SELECT who FROM probe').fetchone()[0])")),
                 QByteArray("held"));
    }

    // Several connections of one process share one lock owner, as with POSIX locks: they do not
    // lock each other out, and the last one to close checkpoints and removes the WAL as usual.
    void connectionsOfOneProcessShareTheLocks()
    {
        TestDatabase t;
        const QString path = t.path();
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE probe (id INTEGER PRIMARY KEY, who TEXT NOT NULL)")));
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        std::unique_ptr<Database> second = std::move(opened).value();
        for (int i = 0; i < 20; ++i) {
            QVERIFY(insertProbe(t.db(), QStringLiteral("a%1").arg(i)));
            QVERIFY(insertProbe(*second, QStringLiteral("b%1").arg(i)));
        }
        QCOMPARE(probes(*second).size(), 40);
        QSqlQuery checkpoint(second->connection());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(checkpoint.next());
        QCOMPARE(checkpoint.value(0).toInt(), 0); // not busy
        second.reset();
        QVERIFY(insertProbe(t.db(), QStringLiteral("after")));
        touchLikeAFileDialog(path);
        t.close();
        QVERIFY2(!QFile::exists(path + QStringLiteral("-wal")), "the last close did not checkpoint");
        QCOMPARE(SqliteFileLocks::openLockDescriptors(), 0);
        QCOMPARE(otherProcess(
                     path, QStringLiteral("print(con.execute('SELECT count(*) FROM probe').fetchone()[0])")),
                 QByteArray("41"));
    }
};

QTEST_GUILESS_MAIN(TestSqliteFileLocks)
#include "tst_sqlitefilelocks.moc"
