#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/RechargeRepository.h"
#include "storage/SchemaMigrations.h"
#include "storage/SqliteDialect.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private:
    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    static QVariant pragma(Database &db, const QString &name)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
            return {};
        return q.value(0);
    }

private slots:
    void createsFileOwnerOnlyInNewFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/deeper/k.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY(QFile::exists(path));
        const QFileDevice::Permissions perms = QFile::permissions(path);
        QCOMPARE(perms & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                          QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(perms & QFileDevice::ReadOwner);
        QVERIFY(perms & QFileDevice::WriteOwner);
        // The WAL side file SQLite creates inherits the owner-only mode.
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meters (name, provider, timezone, currency, interval_s, "
                                      "created_at) VALUES ('a', 'simulator', 'UTC', 'INR', 30, 0)")));
        const QString wal = path + QStringLiteral("-wal");
        QVERIFY(QFile::exists(wal));
        QCOMPARE(QFile::permissions(wal) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void migratesEmptyFileToLatestSchema()
    {
        TestDatabase t;
        QCOMPARE(t.db().schemaVersion(), SchemaMigrations::latestVersion());
        QCOMPARE(pragma(t.db(), QStringLiteral("user_version")).toInt(), SchemaMigrations::latestVersion());
        const QStringList tables = t.db().connection().tables();
        for (const char *table :
             {"meters", "readings", "recharges", "source_sessions", "alerts", "meter_events", "meter_state"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
    }

    void configuresWalForeignKeysAndSync()
    {
        TestDatabase t;
        QCOMPARE(pragma(t.db(), QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(t.db(), QStringLiteral("foreign_keys")).toInt(), 1);
        // 1 = NORMAL, 2 = FULL: never OFF.
        QVERIFY(pragma(t.db(), QStringLiteral("synchronous")).toInt() >= 1);
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        TestDatabase t;
        t.addMeter(QStringLiteral("kept"));
        t.reopen();
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM meters")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void refusesNewerDatabaseWithoutTouchingIt()
    {
        TestDatabase t;
        {
            QSqlQuery q(t.db().connection());
            QVERIFY(
                q.exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaMigrations::latestVersion() + 1)));
        }
        t.close();
        const QByteArray before = fileHash(t.path());
        QVERIFY(!before.isEmpty());
        auto reopened = Database::open(t.path());
        QVERIFY(!reopened.ok());
        QVERIFY2(reopened.error().contains(QStringLiteral("newer version of Kilowatch")),
                 qPrintable(reopened.error()));
        QVERIFY(reopened.error().contains(QStringLiteral("not changed")));
        QCOMPARE(fileHash(t.path()), before);
        QVERIFY(!QFile::exists(t.path() + QStringLiteral("-wal")));
    }

    void upgradesASchema6FileKeepingItsRecharges()
    {
        // A file as the release with schema 6 left it, a detected recharge in it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            const SqliteDialect dialect;
            QSqlQuery q(raw);
            for (const SchemaMigration &step : SchemaMigrations::all()) {
                if (step.version > 6)
                    break;
                for (const QString &statement : step.statements)
                    QVERIFY2(q.exec(dialect.expand(statement)), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=6")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO meters (name, provider, timezone, currency, interval_s, "
                                      "created_at) VALUES ('a', 'simulator', 'UTC', 'INR', 30, 0)")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO recharges (meter_id, t, amount_milli, balance_after_milli,"
                                      " origin) VALUES (1, 1000, 2999970, 3100000, 'detected')")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v6"));
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value()->schemaVersion(), SchemaMigrations::latestVersion());
        QVERIFY(SchemaMigrations::latestVersion() >= 7);
        const std::optional<RechargeEntry> kept = RechargeRepository(*opened.value()).find(1, 1);
        QVERIFY(kept);
        QCOMPARE(kept->amountMilli, 2'999'970);
        QVERIFY(!kept->estimatedMilli); // unknown until the ledger is derived again
        QVERIFY(RechargeRepository(*opened.value()).updateDetected(1, 3'000'000, 2'999'970, 3'100'000).ok());
        QCOMPARE(RechargeRepository(*opened.value()).find(1, 1)->estimatedMilli,
                 std::optional<qint64>(2'999'970));
    }

    void refusesFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("not a Kilowatch database")), qPrintable(db.error()));
        QCOMPARE(fileHash(path), before);
    }

    void refusesFolderAndEmptyPath()
    {
        QTemporaryDir dir;
        auto folder = Database::open(dir.path());
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().contains(QStringLiteral("folder")));
        auto empty = Database::open(QString());
        QVERIFY(!empty.ok());
    }

    void twoConnectionsToOneFileCoexist()
    {
        TestDatabase t;
        auto second = Database::open(t.path());
        QVERIFY2(second.ok(), qPrintable(second.error()));
        t.addMeter(QStringLiteral("seen-by-both"));
        QSqlQuery q(second.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM meters")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("seen-by-both"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
