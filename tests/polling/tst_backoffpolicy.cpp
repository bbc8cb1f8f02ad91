#include "polling/BackoffPolicy.h"

#include <QTest>

class TestBackoffPolicy : public QObject
{
    Q_OBJECT

private slots:
    void growsExponentiallyUpToTheCap()
    {
        const BackoffPolicy p(1000, 60'000);
        QCOMPARE(p.delayMs(1, 0.999999), 999);
        QCOMPARE(p.delayMs(2, 0.999999), 1999);
        QCOMPARE(p.delayMs(3, 0.999999), 3999);
        QCOMPARE(p.delayMs(7, 0.999999), 59'999);   // 64 s capped to 60 s
        QCOMPARE(p.delayMs(500, 0.999999), 59'999); // no overflow for long outages
    }

    void jitterStaysBetweenHalfAndFull()
    {
        const BackoffPolicy p(1000, 60'000);
        QCOMPARE(p.delayMs(3, 0.0), 2000);
        QCOMPARE(p.delayMs(3, 0.5), 3000);
        for (double r = 0; r < 1.0; r += 0.01) {
            const qint64 d = p.delayMs(4, r);
            QVERIFY(d >= 4000 && d <= 8000);
        }
    }

    void defaultsFollowTheInterval()
    {
        const BackoffPolicy live = BackoffPolicy::forInterval(30);
        QCOMPARE(live.baseMs(), 30'000);
        QCOMPARE(live.capMs(), 15 * 60'000);
        const BackoffPolicy hourly = BackoffPolicy::forInterval(3600);
        QCOMPARE(hourly.baseMs(), 30'000);
        QCOMPARE(hourly.capMs(), 4 * 3600'000);
        const BackoffPolicy daily = BackoffPolicy::forInterval(86400);
        QCOMPARE(daily.capMs(), 6 * 3600'000);
        const BackoffPolicy fast = BackoffPolicy::forInterval(1);
        QCOMPARE(fast.baseMs(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestBackoffPolicy)
#include "tst_backoffpolicy.moc"
