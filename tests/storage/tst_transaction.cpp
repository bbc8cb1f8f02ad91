#include "TestDatabase.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QTest>

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
