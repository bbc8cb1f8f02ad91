#include "TestDatabase.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

class TestTransaction : public QObject
{
    Q_OBJECT

private:
    static int meterCount(Database &db)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM meters"));
        q.next();
        return q.value(0).toInt();
    }
    static bool insertMeter(Database &db, const QString &name)
    {
        QSqlQuery q(db.connection());
        q.prepare(
            QStringLiteral("INSERT INTO meters (name, provider, timezone, currency, interval_s, created_at)"
                           " VALUES (?, 'simulator', 'UTC', 'INR', 30, 0)"));
        q.addBindValue(name);
        return q.exec();
    }

private slots:
    // A transaction that reads and then writes is never undone by another connection's write
    // in between (the import worker writing while the window's alert rules ran: "database is
    // locked" for the rules, then for the import). The other writer waits for it instead.
    void anotherWriterWaitsForAnOpenTransaction()
    {
        TestDatabase t;
        QVERIFY(insertMeter(t.db(), QStringLiteral("first")));
        Transaction tx(t.db());
        QVERIFY(tx.isActive());
        QCOMPARE(meterCount(t.db()), 1); // a read: the transaction's view of the file
        std::atomic<int> otherWrote{-1};
        std::thread other([&] {
            Result<std::unique_ptr<Database>> second = Database::open(t.db().path());
            otherWrote = second && insertMeter(*second.value(), QStringLiteral("other")) ? 1 : 0;
        });
        // Give the other connection time to write now, if it can (with a deferred BEGIN it
        // could, and this transaction's write below then failed).
        for (int i = 0; i < 30 && otherWrote < 0; ++i)
            QTest::qSleep(10);
        const bool wrote = insertMeter(t.db(), QStringLiteral("mine"));
        const Status committed = tx.commit();
        other.join();
        QVERIFY(wrote);
        QVERIFY2(committed.ok(), qPrintable(committed.error()));
        QCOMPARE(otherWrote.load(), 1); // it waited, then wrote
        QCOMPARE(meterCount(t.db()), 3);
    }

    void uncommittedScopeRollsBack()
    {
        TestDatabase t;
        {
            Transaction tx(t.db());
            QVERIFY(tx.isActive());
            QVERIFY(insertMeter(t.db(), QStringLiteral("a")));
        }
        QCOMPARE(meterCount(t.db()), 0);
    }

    void nestedScopesJoinTheOutermost()
    {
        TestDatabase t;
        {
            Transaction outer(t.db());
            QVERIFY(insertMeter(t.db(), QStringLiteral("a")));
            {
                Transaction inner(t.db());
                QVERIFY(insertMeter(t.db(), QStringLiteral("b")));
                QVERIFY(inner.commit().ok());
            }
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(meterCount(t.db()), 2);
    }

    void innerFailureDoomsEverything()
    {
        TestDatabase t;
        {
            Transaction outer(t.db());
            QVERIFY(insertMeter(t.db(), QStringLiteral("a")));
            {
                Transaction inner(t.db());
                QVERIFY(insertMeter(t.db(), QStringLiteral("b")));
                // leaves without commit: a failure inside
            }
            QVERIFY(!outer.commit().ok());
        }
        QCOMPARE(meterCount(t.db()), 0);
        // The next transaction starts clean.
        Transaction next(t.db());
        QVERIFY(insertMeter(t.db(), QStringLiteral("c")));
        QVERIFY(next.commit().ok());
        QCOMPARE(meterCount(t.db()), 1);
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
