#include "DerivedSnapshot.h"
#include "RandomHistory.h"
#include "TestDatabase.h"
#include "analytics/LocalCalendar.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/RechargeLedger.h"
#include "analytics/RechargeMatcher.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"
#include "storage/RollupRepository.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

namespace {

constexpr qint64 kDay = 1'753'056'000; // 2025-07-21T00:00:00Z
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
const QJsonObject kRates{{QStringLiteral("grid_rate"), 8.0}, {QStringLiteral("generator_rate"), 22.0}};

// 30 s grid readings of 10 Wh at 8 milli/Wh; a recharge of 1000.000 shows in reading 10
// (rise 999.920: 1000 minus the 0.080 used in that interval). `usedInRise` is what the
// balance really lost in that interval (the estimate from the counters stays 0.080).
QList<Reading> withOneRecharge(int count = 20, qint64 amount = 1'000'000, qint64 usedInRise = 80)
{
    QList<Reading> list;
    qint64 balance = 500'000;
    for (int i = 0; i < count; ++i) {
        Reading r;
        r.time = kDay + 30 * i;
        r.fetchedAt = r.time;
        if (i > 0)
            balance -= i == 10 ? usedInRise : 80;
        if (i == 10)
            balance += amount;
        r.balanceMilli = balance;
        r.gridWh = 1'000'000 + 10 * i;
        r.generatorWh = 0;
        r.source = PowerSource::Grid;
        list.append(r);
    }
    return list;
}
constexpr qint64 kRiseAt = kDay + 300;

ProviderRecharge providerRecharge(qint64 time, qint64 amount, const QString &ref = QStringLiteral("R1"))
{
    ProviderRecharge p;
    p.time = time;
    p.amountMilli = amount;
    p.reference = ref;
    p.status = QStringLiteral("success");
    return p;
}

LedgerWindow ledgerOf(TestDatabase &t, const Meter &m, const QDate &from, const QDate &to)
{
    return RechargeLedger(t.db()).window(m, from, to).value();
}

QList<RechargeEntry> listed(TestDatabase &t, const Meter &m)
{
    return RechargeLedger(t.db()).list(m, kMin, kMax).value();
}

QString describe(const LedgerWindow &w)
{
    return QStringLiteral("%1 + %2 - %3 vs %4")
        .arg(w.openingMilli.value_or(-1))
        .arg(w.rechargedMilli)
        .arg(w.consumedMilli)
        .arg(w.closingMilli.value_or(-1));
}

} // namespace

class TestRechargeLedger : public QObject
{
    Q_OBJECT

private:
    Meter utcMeter(TestDatabase &t, int interval = 30, const QJsonObject &settings = kRates)
    {
        return t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), interval, QStringLiteral("UTC"),
                          settings);
    }

private slots:
    void detectedRechargeAlone()
    {
        TestDatabase t;
        const Meter m = utcMeter(t);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, withOneRecharge()).ok());
        const QList<RechargeEntry> list = listed(t, m);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].origin, QStringLiteral("detected"));
        QCOMPARE(list[0].amountMilli, 1'000'000); // rise + 10 Wh at the tariff
        QCOMPARE(list[0].time, kRiseAt);
        const LedgerWindow w = ledgerOf(t, m, QDate(2025, 7, 21), QDate(2025, 7, 21));
        QVERIFY2(w.balances(), qPrintable(describe(w)));
        QCOMPARE(w.rechargedMilli, 1'000'000);
        QCOMPARE(w.consumedMilli, 19 * 80);
    }

    void detectedNoiseIsThePaidAmount_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("usedInRise");
        QTest::addColumn<qint64>("estimate");
        QTest::addColumn<qint64>("shown");
        // The counters say 0.080 was used meanwhile; the balance lost 0.110, or 0.010.
        QTest::newRow("3,000 seen as 2,999.97")
            << qint64(3'000'000) << qint64(110) << qint64(2'999'970) << qint64(3'000'000);
        QTest::newRow("3,000 seen as 3,000.07")
            << qint64(3'000'000) << qint64(10) << qint64(3'000'070) << qint64(3'000'000);
        QTest::newRow("1,250 seen as 1,249.98")
            << qint64(1'250'000) << qint64(100) << qint64(1'249'980) << qint64(1'250'000);
        // Nothing round within the estimate's reach: the estimate is the amount.
        QTest::newRow("2,347.98 stays")
            << qint64(2'347'980) << qint64(80) << qint64(2'347'980) << qint64(2'347'980);
        QTest::newRow("3,000.40 stays")
            << qint64(3'000'000) << qint64(-320) << qint64(3'000'400) << qint64(3'000'400);
    }
    void detectedNoiseIsThePaidAmount()
    {
        QFETCH(qint64, amount);
        QFETCH(qint64, usedInRise);
        QFETCH(qint64, estimate);
        QFETCH(qint64, shown);
        TestDatabase t;
        const Meter m = utcMeter(t);
        const QList<Reading> readings = withOneRecharge(20, amount, usedInRise);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, readings).ok());
        const QList<RechargeEntry> list = listed(t, m);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].origin, QStringLiteral("detected"));
        QCOMPARE(list[0].amountMilli, shown);
        QCOMPARE(list[0].estimatedMilli, std::optional<qint64>(estimate)); // kept for the tooltip
        QCOMPARE(list[0].balanceAfterMilli, readings[10].balanceMilli);
        // The paid amount in, the balances as read: the interval's cost is amount - rise.
        const qint64 rise = *readings[10].balanceMilli - *readings[9].balanceMilli;
        const LedgerWindow w = ledgerOf(t, m, QDate(2025, 7, 21), QDate(2025, 7, 21));
        QVERIFY2(w.balances(), qPrintable(describe(w)));
        QCOMPARE(w.rechargedMilli, shown);
        QCOMPARE(w.consumedMilli, 18 * 80 + (shown - rise));
        // Live booking and a rebuild agree, and so does booking reading by reading.
        const DerivedSnapshot got = DerivedSnapshot::of(t.db(), m);
        QVERIFY(ReadingIngestor(t.db()).rebuild(m).ok());
        QVERIFY2(DerivedSnapshot::of(t.db(), m).differenceFrom(got).isEmpty(),
                 qPrintable(DerivedSnapshot::of(t.db(), m).differenceFrom(got)));
        TestDatabase oneByOne;
        const Meter b = utcMeter(oneByOne);
        for (const Reading &r : readings)
            QVERIFY(ReadingIngestor(oneByOne.db()).ingest(b, {r}).ok());
        QVERIFY2(DerivedSnapshot::of(oneByOne.db(), b).differenceFrom(got).isEmpty(),
                 qPrintable(DerivedSnapshot::of(oneByOne.db(), b).differenceFrom(got)));
    }

    void hourlyMoneyOnlyRechargeIsThePaidAmount()
    {
        // A meter that shows only its balance, once an hour, spending 12.500 an hour: a
        // recharge of 3,000 shows as a rise of 2,987.500, and nothing says what was used
        // meanwhile. Up to three times the recent spend per day, pro rata (37.500), may have
        // been: 3,000 is the one round amount within reach.
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("dpdc"), QStringLiteral("manual"), 3600, QStringLiteral("UTC"));
        QList<Reading> readings;
        qint64 balance = 2'000'000;
        for (int h = 0; h <= 3 * 24 + 12; ++h) {
            Reading r;
            r.time = kDay + 3600 * h;
            r.fetchedAt = r.time;
            if (h > 0)
                balance -= 12'500;
            if (h == 3 * 24 + 6)
                balance += 3'000'000;
            r.balanceMilli = balance;
            readings.append(r);
        }
        QVERIFY(ReadingIngestor(t.db()).ingest(m, readings).ok());
        const QList<RechargeEntry> list = listed(t, m);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].amountMilli, 3'000'000);
        QCOMPARE(list[0].estimatedMilli, std::optional<qint64>(2'987'500));
        const LedgerWindow w = ledgerOf(t, m, QDate(2025, 7, 21), QDate(2025, 7, 24));
        QVERIFY2(w.balances(), qPrintable(describe(w)));
        QCOMPARE(w.rechargedMilli, 3'000'000);
        const QList<DayUsage> day =
            RollupRepository(t.db()).days(m.id, QDate(2025, 7, 24), QDate(2025, 7, 24)).value();
        QCOMPARE(day.size(), 1);
        QCOMPARE(day[0].costMilli, 12 * 12'500); // the hour of the recharge spent like the others
    }

    void roundingToleranceIsWhatItClaims()
    {
        // The interval's estimated consumption where the counters measured it, else three
        // times the recent spend per day pro rata; at least five times the recharge tolerance.
        QCOMPARE(RechargeMatcher::roundingToleranceMilli(80, true, 20, 240'000, 30), 100);
        QCOMPARE(RechargeMatcher::roundingToleranceMilli(-300, true, 20, 240'000, 30), 300);
        QCOMPARE(RechargeMatcher::roundingToleranceMilli(4'000, true, 20, 240'000, 3600), 4'000);
        QCOMPARE(RechargeMatcher::roundingToleranceMilli(0, false, 20, 240'000, 3600), 30'000);
        QCOMPARE(RechargeMatcher::roundingToleranceMilli(0, false, 20, 0, 3600), 100);
    }

    void detectedAndProviderAreOneRecharge_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<bool>("providerFirst");
        QTest::newRow("same time, exact, readings first") << qint64(0) << qint64(1'000'000) << false;
        QTest::newRow("same time, exact, provider first") << qint64(0) << qint64(1'000'000) << true;
        QTest::newRow("paid 9 min before") << qint64(-540) << qint64(1'000'000) << false;
        QTest::newRow("server clock 5 min late, provider first") << qint64(300) << qint64(1'000'000) << true;
        // The estimate said 0.080 was used; the provider says 0.050 more was recharged.
        QTest::newRow("amount within the estimate's uncertainty") << qint64(0) << qint64(1'000'050) << false;
    }
    void detectedAndProviderAreOneRecharge()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, amount);
        QFETCH(bool, providerFirst);
        TestDatabase t;
        const Meter m = utcMeter(t);
        const QList<ProviderRecharge> history{providerRecharge(kRiseAt + offset, amount)};
        if (providerFirst)
            QCOMPARE(RechargeLedger(t.db()).mergeProviderRecharges(m, history).value(), 1);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, withOneRecharge()).ok());
        if (!providerFirst)
            QCOMPARE(RechargeLedger(t.db()).mergeProviderRecharges(m, history).value(), 1);

        const QList<RechargeEntry> list = listed(t, m);
        QCOMPARE(list.size(), 1); // shown once
        QCOMPARE(list[0].origin, QStringLiteral("provider"));
        QCOMPARE(list[0].amountMilli, amount);                              // the provider's amount wins
        QCOMPARE(list[0].estimatedMilli, std::optional<qint64>(1'000'000)); // the balance jump's
        QCOMPARE(list[0].time, kRiseAt + offset);
        QCOMPARE(list[0].balanceAfterMilli, withOneRecharge()[10].balanceMilli);
        // The interval's cost is amount - rise exactly, so the day still balances.
        const LedgerWindow w = ledgerOf(t, m, QDate(2025, 7, 21), QDate(2025, 7, 21));
        QVERIFY2(w.balances(), qPrintable(describe(w)));
        QCOMPARE(w.rechargedMilli, amount);
        QCOMPARE(w.consumedMilli, 18 * 80 + (amount - (1'000'000 - 80)));
        // Either order, and a rebuild, end in the same place.
        const DerivedSnapshot got = DerivedSnapshot::of(t.db(), m);
        QVERIFY(ReadingIngestor(t.db()).rebuild(m).ok());
        QVERIFY2(DerivedSnapshot::of(t.db(), m).differenceFrom(got).isEmpty(),
                 qPrintable(DerivedSnapshot::of(t.db(), m).differenceFrom(got)));
    }

    void farOrDifferentRechargesStayApart()
    {
        TestDatabase t;
        const Meter m = utcMeter(t);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, withOneRecharge()).ok());
        // The window of a 30 s meter is its gap limit, 10 min: 11 min away is another recharge.
        QCOMPARE(RechargeMatcher::matchWindowSeconds(m), 600);
        QVERIFY(
            RechargeLedger(t.db())
                .mergeProviderRecharges(m, {providerRecharge(kRiseAt + 660, 1'000'000, QStringLiteral("far")),
                                            providerRecharge(kRiseAt, 1'500'000, QStringLiteral("other"))})
                .ok());
        const QList<RechargeEntry> list = listed(t, m);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].origin, QStringLiteral("detected"));
        QCOMPARE(list[1].origin, QStringLiteral("provider"));
        QVERIFY(!list[1].balanceAfterMilli); // not seen in the balance
        QCOMPARE(list[2].origin, QStringLiteral("provider"));
        const LedgerWindow w = ledgerOf(t, m, QDate(2025, 7, 21), QDate(2025, 7, 21));
        QVERIFY2(w.balances(), qPrintable(describe(w)));
        QCOMPARE(w.rechargedMilli, 1'000'000); // only what the balance showed
    }

    void matchingRulesAreWhatTheyClaim()
    {
        TestDatabase t;
        const Meter live = utcMeter(t, 30);
        const Meter hourly = t.addMeter(QStringLiteral("h"), QStringLiteral("simulator"), 3600);
        QCOMPARE(RechargeMatcher::matchWindowSeconds(live), 600);
        QCOMPARE(RechargeMatcher::matchWindowSeconds(hourly), 6 * 3600);
        // Twice the tolerance, the estimate itself, or 3x the recent daily spend pro rata.
        QCOMPARE(RechargeMatcher::uncertaintyMilli(0, 20, 0, 30), 40);
        QCOMPARE(RechargeMatcher::uncertaintyMilli(500, 20, 0, 30), 500);
        QCOMPARE(RechargeMatcher::uncertaintyMilli(0, 20, 240'000, 3600), 30'000);
        RechargeEntry failed;
        failed.amountMilli = 1000;
        failed.status = QStringLiteral("Failed");
        QVERIFY(!RechargeMatcher::counts(live, failed));
        failed.status = QStringLiteral("pending");
        QVERIFY(RechargeMatcher::counts(live, failed));
        failed.amountMilli = -200'000; // ELNET's monthly deductions are not recharges
        QVERIFY(!RechargeMatcher::counts(live, failed));
    }

    void providerHistoryFetchedAgainChangesNothing()
    {
        TestDatabase t;
        const Meter m = utcMeter(t);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, withOneRecharge()).ok());
        const QList<ProviderRecharge> history{providerRecharge(kRiseAt, 1'000'000)};
        QCOMPARE(RechargeLedger(t.db()).mergeProviderRecharges(m, history).value(), 1);
        const DerivedSnapshot once = DerivedSnapshot::of(t.db(), m);
        QCOMPARE(RechargeLedger(t.db()).mergeProviderRecharges(m, history).value(), 0);
        QVERIFY(DerivedSnapshot::of(t.db(), m).differenceFrom(once).isEmpty());
        QCOMPARE(listed(t, m).size(), 1);
        // The provider later says it failed: the rise is a detected recharge again.
        QList<ProviderRecharge> failed = history;
        failed[0].status = QStringLiteral("failed");
        QCOMPARE(RechargeLedger(t.db()).mergeProviderRecharges(m, failed).value(), 0);
        const QList<RechargeEntry> list = listed(t, m);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].origin, QStringLiteral("detected"));
        QVERIFY(ledgerOf(t, m, QDate(2025, 7, 21), QDate(2025, 7, 21)).balances());
    }

    void manualRechargeMergesWithTheRise()
    {
        TestDatabase t;
        const Meter m = utcMeter(t);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, withOneRecharge()).ok());
        const Result<RechargeEntry> added = RechargeLedger(t.db()).add(
            m, 1'000'000, kRiseAt - 60, QStringLiteral("1234-5678-9012-3456-7890"));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added->token, QStringLiteral("12345678901234567890"));
        QCOMPARE(added->balanceAfterMilli, withOneRecharge()[10].balanceMilli); // tied to the rise
        QList<RechargeEntry> list = listed(t, m);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].origin, QStringLiteral("manual"));
        // Deleting what was typed in brings the detected one back.
        QVERIFY(RechargeLedger(t.db()).remove(m, added->id).ok());
        list = listed(t, m);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].origin, QStringLiteral("detected"));
        QVERIFY(ledgerOf(t, m, QDate(2025, 7, 21), QDate(2025, 7, 21)).balances());
    }

    // Walkthrough 2026-12: deleting a typed-in recharge asked about "detected" recharges. The
    // question says what remove() does to the recharge selected.
    void deletingSaysWhatItDoes()
    {
        TestDatabase t;
        const Meter m = utcMeter(t);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, withOneRecharge()).ok());
        const RechargeEntry detected = listed(t, m)[0];
        QCOMPARE(RechargeLedger::removal(detected), RechargeLedger::Removal::RiseBecomesCredit);
        QVERIFY(
            RechargeLedger::removalQuestion(detected).contains(QStringLiteral("correction of the balance")));

        // Typed in over the rise: deleting it brings the detected one back.
        const Result<RechargeEntry> tied = RechargeLedger(t.db()).add(m, 1'000'000, kRiseAt - 60);
        QVERIFY(tied.ok());
        const RechargeEntry manual = listed(t, m)[0];
        QCOMPARE(manual.origin, QStringLiteral("manual"));
        QCOMPARE(RechargeLedger::removal(manual), RechargeLedger::Removal::RiseDetectedAgain);
        QVERIFY(RechargeLedger::removalQuestion(manual).contains(QStringLiteral("detected recharge again")));

        // A correction of the detected amount is pinned to the rise: deleting it leaves a credit.
        QVERIFY(RechargeLedger(t.db()).remove(m, manual.id).ok());
        const Result<RechargeEntry> corrected =
            RechargeLedger(t.db()).correct(m, listed(t, m)[0].id, 990'000);
        QVERIFY2(corrected.ok(), qPrintable(corrected.error()));
        QCOMPARE(RechargeLedger::removal(listed(t, m)[0]), RechargeLedger::Removal::RiseBecomesCredit);

        // Typed in where no balance rose (a meter without readings): it just goes.
        const Meter empty =
            t.addMeter(QStringLiteral("empty"), QStringLiteral("manual"), 3600, QStringLiteral("UTC"));
        QVERIFY(RechargeLedger(t.db()).add(empty, 500'000, kRiseAt).ok());
        const RechargeEntry alone = listed(t, empty)[0];
        QCOMPARE(RechargeLedger::removal(alone), RechargeLedger::Removal::Removed);
        const QString question = RechargeLedger::removalQuestion(alone);
        QVERIFY2(!question.contains(QStringLiteral("detected"), Qt::CaseInsensitive), qPrintable(question));
        QVERIFY2(question.startsWith(QStringLiteral("Delete this recharge?")), qPrintable(question));
    }

    // The Recharges tab's line under the table (walkthrough 2026-12: no totals, average interval
    // or kWh bought).
    void totalsOfTheListed()
    {
        QCOMPARE(RechargeLedger::totals({}).count, 0);
        QVERIFY(!RechargeLedger::totals({}).averageIntervalSeconds);
        RechargeEntry a;
        a.time = kDay;
        a.amountMilli = 1'000'000;
        RechargeEntry b = a;
        b.time = kDay + 10 * 86400;
        b.amountMilli = 2'000'000;
        b.energyWh = 250'000;
        RechargeEntry c = a;
        c.time = kDay + 30 * 86400;
        c.amountMilli = 500'000;
        const RechargeLedger::Totals one = RechargeLedger::totals({a});
        QCOMPARE(one.count, 1);
        QVERIFY(!one.averageIntervalSeconds); // one recharge has no interval
        const RechargeLedger::Totals t = RechargeLedger::totals({a, b, c});
        QCOMPARE(t.count, 3);
        QCOMPARE(t.amountMilli, 3'500'000);
        QCOMPARE(t.averageIntervalSeconds, std::optional<qint64>(15 * 86400));
        QCOMPARE(t.energyWh, 250'000); // only where the provider said it
        QCOMPARE(t.withEnergy, 1);
    }

    void manualRechargeInsideAGapIsBooked()
    {
        // A manual meter read once a day: a recharge of 500 and 700 of use between two
        // readings leave a drop of 200, which alone would read as 200 of use.
        QList<Reading> readings;
        const qint64 balances[] = {900'000, 700'000, 500'000, 300'000, 100'000};
        for (int d = 0; d < 5; ++d) {
            Reading r;
            r.time = kDay + d * 86400 + 20 * 3600;
            r.fetchedAt = r.time;
            r.balanceMilli = balances[d];
            readings.append(r);
        }
        readings[3].balanceMilli = 500'000 - 700'000 + 500'000; // 300.000 after the recharge
        readings[4].balanceMilli = 100'000;
        const auto build = [&](TestDatabase &t, bool rechargeFirst) -> std::optional<Meter> {
            const Meter m =
                t.addMeter(QStringLiteral("hand"), QStringLiteral("manual"), 3600, QStringLiteral("UTC"));
            const qint64 when = kDay + 2 * 86400 + 23 * 3600;
            if (rechargeFirst && !RechargeLedger(t.db()).add(m, 500'000, when).ok())
                return std::nullopt;
            if (!ReadingIngestor(t.db()).ingest(m, readings).ok())
                return std::nullopt;
            if (!rechargeFirst && !RechargeLedger(t.db()).add(m, 500'000, when).ok())
                return std::nullopt;
            return m;
        };
        TestDatabase after;
        const std::optional<Meter> built = build(after, false);
        QVERIFY(built);
        const Meter m = *built;
        const QList<DayUsage> days =
            RollupRepository(after.db()).days(m.id, QDate(2025, 7, 24), QDate(2025, 7, 24)).value();
        QCOMPARE(days.size(), 1);
        QCOMPARE(days[0].rechargedMilli, 500'000);
        QCOMPARE(days[0].costMilli, 700'000);
        const QList<RechargeEntry> list = listed(after, m);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].balanceAfterMilli, std::optional<qint64>(300'000));
        const LedgerWindow w = ledgerOf(after, m, QDate(2025, 7, 21), QDate(2025, 7, 25));
        QVERIFY2(w.balances(), qPrintable(describe(w)));
        QCOMPARE(*w.openingMilli, 900'000);

        TestDatabase before;
        const std::optional<Meter> builtFirst = build(before, true);
        QVERIFY(builtFirst);
        const Meter b = *builtFirst;
        QVERIFY2(
            DerivedSnapshot::of(before.db(), b).differenceFrom(DerivedSnapshot::of(after.db(), m)).isEmpty(),
            qPrintable(
                DerivedSnapshot::of(before.db(), b).differenceFrom(DerivedSnapshot::of(after.db(), m))));
    }

    void correctingADetectedAmount()
    {
        TestDatabase t;
        const Meter m = utcMeter(t);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, withOneRecharge()).ok());
        const qint64 detectedId = listed(t, m)[0].id;
        const Result<RechargeEntry> corrected = RechargeLedger(t.db()).correct(m, detectedId, 1'000'500);
        QVERIFY2(corrected.ok(), qPrintable(corrected.error()));
        QCOMPARE(corrected->amountMilli, 1'000'500);
        QCOMPARE(corrected->origin, QStringLiteral("manual"));
        QCOMPARE(corrected->time, kRiseAt);
        QCOMPARE(corrected->estimatedMilli, std::optional<qint64>(1'000'000));
        QList<RechargeEntry> list = listed(t, m);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].id, corrected->id);
        LedgerWindow w = ledgerOf(t, m, QDate(2025, 7, 21), QDate(2025, 7, 21));
        QVERIFY2(w.balances(), qPrintable(describe(w)));
        QCOMPARE(w.rechargedMilli, 1'000'500);
        // A rebuild from scratch finds the same (the correction is pinned to the rise).
        const DerivedSnapshot got = DerivedSnapshot::of(t.db(), m);
        QVERIFY(ReadingIngestor(t.db()).rebuild(m).ok());
        QVERIFY(DerivedSnapshot::of(t.db(), m).differenceFrom(got).isEmpty());
        // Corrected again: in place. Far beyond the estimate's uncertainty: the user's word.
        const Result<RechargeEntry> again = RechargeLedger(t.db()).correct(m, corrected->id, 2'000'000);
        QVERIFY(again.ok());
        QCOMPARE(again->id, corrected->id);
        w = ledgerOf(t, m, QDate(2025, 7, 21), QDate(2025, 7, 21));
        QVERIFY2(w.balances(), qPrintable(describe(w)));
        QCOMPARE(w.rechargedMilli, 2'000'000);
        // Provider amounts are the provider's; unknown ids are refused.
        QVERIFY(
            RechargeLedger(t.db())
                .mergeProviderRecharges(m, {providerRecharge(kDay + 5 * 86400, 200'000, QStringLiteral("P"))})
                .ok());
        const qint64 providerId = listed(t, m).constLast().id;
        QVERIFY(!RechargeLedger(t.db()).correct(m, providerId, 100'000).ok());
        QVERIFY(!RechargeLedger(t.db()).correct(m, 9999, 100'000).ok());
        QVERIFY(!RechargeLedger(t.db()).correct(m, corrected->id, 0).ok());
    }

    void deletingADetectedRechargeLeavesACredit()
    {
        TestDatabase t;
        const Meter m = utcMeter(t);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, withOneRecharge()).ok());
        const RechargeEntry detected = listed(t, m)[0];
        const Result<RechargeEntry> removed = RechargeLedger(t.db()).remove(m, detected.id);
        QVERIFY(removed.ok());
        QCOMPARE(removed->id, detected.id);
        QVERIFY(listed(t, m).isEmpty());
        LedgerWindow w = ledgerOf(t, m, QDate(2025, 7, 21), QDate(2025, 7, 21));
        QVERIFY2(w.balances(), qPrintable(describe(w)));
        QCOMPARE(w.rechargedMilli, 0);
        QCOMPARE(w.consumedMilli, 18 * 80 - (1'000'000 - 80)); // the rise is a credit
        // Readings arriving later and rebuilds do not bring it back.
        QList<Reading> more = withOneRecharge(30);
        QVERIFY(ReadingIngestor(t.db()).ingest(m, more.mid(20)).ok());
        QVERIFY(ReadingIngestor(t.db()).rebuild(m).ok());
        QVERIFY(listed(t, m).isEmpty());
        QVERIFY(!RechargeLedger(t.db()).remove(m, detected.id).ok()); // gone
        w = ledgerOf(t, m, QDate(2025, 7, 21), QDate(2025, 7, 21));
        QVERIFY2(w.balances(), qPrintable(describe(w)));
    }

    void ledgerBalancesOverRandomHistories_data()
    {
        QTest::addColumn<quint64>("seed");
        for (const quint64 seed : {7ULL, 8ULL, 2024ULL, 31337ULL, 555ULL})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void ledgerBalancesOverRandomHistories()
    {
        QFETCH(quint64, seed);
        RandomHistory::Options options;
        options.count = 3000;
        options.rechargeChance = 0.006;
        QList<RandomHistory::Recharge> recharges;
        const QList<Reading> readings = RandomHistory::generate(seed, options, &recharges);
        QRandomGenerator rng(static_cast<quint32>(seed * 7919));
        // Some recharges are in the provider's history, a bit off in time and amount.
        QList<ProviderRecharge> history;
        for (const RandomHistory::Recharge &r : std::as_const(recharges)) {
            if (rng.bounded(3) == 0)
                continue;
            history.append(providerRecharge(r.time + rng.bounded(-300, 300),
                                            r.amountMilli + rng.bounded(-30, 30),
                                            QStringLiteral("ref-%1").arg(r.time)));
        }

        TestDatabase live;
        const Meter m = live.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 30,
                                      QStringLiteral("Asia/Kolkata"));
        LocalCalendar calendar(QTimeZone("Asia/Kolkata"));
        const QDate first = calendar.localDate(readings.constFirst().time);
        const QDate last = calendar.localDate(readings.constLast().time);
        const auto checkLedger = [&](const char *after) {
            for (int k = 0; k < 6; ++k) {
                const QDate a = first.addDays(rng.bounded(int(first.daysTo(last)) + 1));
                const QDate b = a.addDays(rng.bounded(int(a.daysTo(last)) + 1));
                const LedgerWindow w = ledgerOf(live, m, a, b);
                if (!w.balances())
                    return QStringLiteral("%1: %2..%3: %4")
                        .arg(QLatin1String(after), a.toString(Qt::ISODate), b.toString(Qt::ISODate),
                             describe(w));
            }
            const LedgerWindow all = ledgerOf(live, m, first, last);
            if (!all.balances())
                return QStringLiteral("%1: all: %2").arg(QLatin1String(after), describe(all));
            return QString();
        };

        int fed = 0;
        int merged = 0;
        while (fed < readings.size()) {
            const int n = qMin<int>(rng.bounded(1, 200), readings.size() - fed);
            QVERIFY(ReadingIngestor(live.db()).ingest(m, readings.mid(fed, n)).ok());
            fed += n;
            // The provider's history as far as it goes by now.
            QList<ProviderRecharge> known;
            for (const ProviderRecharge &p : std::as_const(history)) {
                if (p.time <= readings[fed - 1].time)
                    known.append(p);
            }
            if (known.size() > merged && rng.bounded(2) == 0) {
                QVERIFY(RechargeLedger(live.db()).mergeProviderRecharges(m, known).ok());
                merged = known.size();
            }
            // Now and then the user steps in.
            const QList<RechargeEntry> list = listed(live, m);
            const int action = rng.bounded(12);
            if (action == 0) {
                const qint64 when = readings[rng.bounded(fed)].time;
                QVERIFY(RechargeLedger(live.db()).add(m, 1000 * rng.bounded(50, 900), when).ok());
            } else if (action == 1 && !list.isEmpty()) {
                const RechargeEntry &e = list[rng.bounded(int(list.size()))];
                if (e.origin != QLatin1String("provider"))
                    QVERIFY(RechargeLedger(live.db())
                                .correct(m, e.id, e.amountMilli + rng.bounded(1, 5000))
                                .ok());
            } else if (action == 2 && !list.isEmpty()) {
                QVERIFY(RechargeLedger(live.db()).remove(m, list[rng.bounded(int(list.size()))].id).ok());
            }
            const QString broken = checkLedger("after a batch");
            QVERIFY2(broken.isEmpty(), qPrintable(broken));
        }
        QVERIFY(RechargeLedger(live.db()).mergeProviderRecharges(m, history).ok());
        QVERIFY2(checkLedger("at the end").isEmpty(), qPrintable(checkLedger("at the end")));
        QVERIFY(listed(live, m).size() >= recharges.size() / 2);

        // Incremental == rebuild, recharges included.
        const DerivedSnapshot incremental = DerivedSnapshot::of(live.db(), m);
        QVERIFY(ReadingIngestor(live.db()).rebuild(m).ok());
        const DerivedSnapshot rebuilt = DerivedSnapshot::of(live.db(), m);
        QVERIFY2(rebuilt.differenceFrom(incremental).isEmpty(),
                 qPrintable(rebuilt.differenceFrom(incremental)));
    }

    void providerRechargesMergeIncrementallyAsInOneGo_data()
    {
        QTest::addColumn<quint64>("seed");
        for (const quint64 seed : {11ULL, 12ULL, 13ULL})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void providerRechargesMergeIncrementallyAsInOneGo()
    {
        QFETCH(quint64, seed);
        RandomHistory::Options options;
        options.count = 2500;
        options.rechargeChance = 0.008;
        QList<RandomHistory::Recharge> recharges;
        const QList<Reading> readings = RandomHistory::generate(seed, options, &recharges);
        QList<ProviderRecharge> history;
        QRandomGenerator rng(static_cast<quint32>(seed));
        for (const RandomHistory::Recharge &r : std::as_const(recharges))
            history.append(providerRecharge(r.time + rng.bounded(-240, 240), r.amountMilli,
                                            QStringLiteral("ref-%1").arg(r.time)));

        TestDatabase oneGo;
        const Meter a = oneGo.addMeter();
        QVERIFY(RechargeLedger(oneGo.db()).mergeProviderRecharges(a, history).ok());
        QVERIFY(ReadingIngestor(oneGo.db()).ingest(a, readings).ok());
        const DerivedSnapshot expected = DerivedSnapshot::of(oneGo.db(), a);
        int providers = 0;
        for (const RechargeEntry &e : expected.recharges)
            providers += e.origin == QLatin1String("provider") && e.balanceAfterMilli ? 1 : 0;
        QVERIFY(providers > 0);

        TestDatabase live;
        const Meter b = live.addMeter();
        for (int fed = 0; fed < readings.size();) {
            const int n = qMin<int>(rng.bounded(1, 300), readings.size() - fed);
            QVERIFY(ReadingIngestor(live.db()).ingest(b, readings.mid(fed, n)).ok());
            fed += n;
            QList<ProviderRecharge> known;
            for (const ProviderRecharge &p : std::as_const(history)) {
                if (p.time <= readings[fed - 1].time + 60)
                    known.append(p);
            }
            QVERIFY(RechargeLedger(live.db()).mergeProviderRecharges(b, known).ok());
        }
        QVERIFY(RechargeLedger(live.db()).mergeProviderRecharges(b, history).ok());
        const DerivedSnapshot got = DerivedSnapshot::of(live.db(), b);
        QVERIFY2(got.differenceFrom(expected).isEmpty(), qPrintable(got.differenceFrom(expected)));
    }

    void kwhMetersMatchTheUnitsBought()
    {
        TestDatabase t;
        Meter m = t.addMeter(QStringLiteral("rw"), QStringLiteral("simulator"), 3600,
                             QStringLiteral("Africa/Kigali"));
        m.currency = QStringLiteral("kWh");
        QVERIFY(MeterRepository(t.db()).update(m).ok());
        QList<Reading> readings;
        for (int i = 0; i < 6; ++i) {
            Reading r;
            r.time = kDay + 3600 * i;
            r.fetchedAt = r.time;
            r.balanceMilli = 20'000 - 500 * i + (i >= 3 ? 41'300 : 0); // kWh in thousandths
            readings.append(r);
        }
        QVERIFY(ReadingIngestor(t.db()).ingest(m, readings).ok());
        ProviderRecharge p = providerRecharge(kDay + 3 * 3600 - 600, 5'000'000); // 5000 RWF
        p.energyWh = 41'300;
        QVERIFY(RechargeLedger(t.db()).mergeProviderRecharges(m, {p}).ok());
        const QList<RechargeEntry> list = listed(t, m);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].origin, QStringLiteral("provider"));
        QCOMPARE(list[0].amountMilli, 41'300); // in the balance's unit
        const LedgerWindow w = ledgerOf(t, m, QDate(2025, 7, 21), QDate(2025, 7, 21));
        QVERIFY2(w.balances(), qPrintable(describe(w)));
    }

    void tokensHaveExactlyTwentyDigits_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("digits");
        QTest::newRow("plain") << "12345678901234567890"
                               << "12345678901234567890";
        QTest::newRow("dashes") << "1234-5678-9012-3456-7890"
                                << "12345678901234567890";
        QTest::newRow("groups of five") << "12345-67890-12345-67890"
                                        << "12345678901234567890";
        QTest::newRow("spaces") << " 1234 5678 9012 3456 7890 "
                                << "12345678901234567890";
        QTest::newRow("19 digits") << "1234567890123456789" << QString();
        QTest::newRow("21 digits") << "123456789012345678901" << QString();
        QTest::newRow("a letter") << "1234567890123456789O" << QString();
        QTest::newRow("other separators") << "1234.5678.9012.3456.7890" << QString();
        QTest::newRow("other digits") << QString::fromUtf8("١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠") << QString();
        QTest::newRow("empty") << "" << QString();
    }
    void tokensHaveExactlyTwentyDigits()
    {
        QFETCH(QString, typed);
        QFETCH(QString, digits);
        const std::optional<QString> normalized = RechargeLedger::normalizeToken(typed);
        QCOMPARE(normalized.value_or(QString()), digits);
        TestDatabase t;
        const Meter m = utcMeter(t);
        const Result<RechargeEntry> added = RechargeLedger(t.db()).add(m, 100'000, kDay, typed);
        // An empty token is no token.
        QCOMPARE(added.ok(), !digits.isEmpty() || typed.isEmpty());
        if (!added.ok())
            QVERIFY(added.error().contains(QStringLiteral("20 digits")));
    }
};

QTEST_GUILESS_MAIN(TestRechargeLedger)
#include "tst_rechargeledger.moc"
