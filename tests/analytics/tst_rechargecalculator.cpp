#include "TestDatabase.h"
#include "analytics/LocalCalendar.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/RechargeCalculator.h"
#include "analytics/Tariff.h"
#include "storage/TariffRepository.h"

#include <QJsonDocument>
#include <QTest>

namespace {

Tariff tariff(const char *json)
{
    const Result<Tariff> t = Tariff::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
    if (!t)
        qFatal("invalid test tariff %s: %s", json, qPrintable(t.error()));
    return t.value();
}

// REG residential without tax: 0-20 kWh at 89, 21-50 at 310, above 50 at 369 RWF per kWh.
const char *const kReg = R"({"slabs": [{"from_kwh": 0, "to_kwh": 20, "rate": 89},
                                       {"from_kwh": 21, "to_kwh": 50, "rate": 310},
                                       {"from_kwh": 51, "rate": 369}]})";

Reading at(qint64 time, qint64 gridWh)
{
    Reading r;
    r.time = time;
    r.fetchedAt = time;
    r.balanceMilli = 1'000'000'000 - gridWh;
    r.gridWh = gridWh;
    r.source = PowerSource::Grid;
    return r;
}

} // namespace

class TestRechargeCalculator : public QObject
{
    Q_OBJECT

private slots:
    void energyAtSeveralSlabPositions_data()
    {
        QTest::addColumn<qint64>("positionWh");
        QTest::addColumn<qint64>("amountMilli");
        QTest::addColumn<qint64>("expectedWh");
        QTest::addColumn<QString>("warning"); // empty: no crossing
        // At the start of the month: 1 780 buys the first slab exactly, no more.
        QTest::newRow("start, inside slab 1") << qint64(0) << qint64(890'000) << qint64(10'000) << QString();
        QTest::newRow("start, fills slab 1") << qint64(0) << qint64(1'780'000) << qint64(20'000) << QString();
        // 2 000: 20 kWh for 1 780, then 220 at 310 = 0.709 kWh.
        QTest::newRow("start, crosses into 21-50")
            << qint64(0) << qint64(2'000'000) << qint64(20'709)
            << QStringLiteral("Crosses into the dearer slab 21-50 kWh (310 per kWh) after 20 kWh.");
        // 15 kWh used: 5 kWh left at 89 (445), then 310 per kWh.
        QTest::newRow("15 kWh used")
            << qint64(15'000) << qint64(445'000 + 3'100'000) << qint64(15'000)
            << QStringLiteral("Crosses into the dearer slab 21-50 kWh (310 per kWh) after 5 kWh.");
        QTest::newRow("30 kWh used, inside slab 2")
            << qint64(30'000) << qint64(3'100'000) << qint64(10'000) << QString();
        // From 30 kWh: 20 kWh at 310 = 6 200, then 369 per kWh.
        QTest::newRow("30 kWh used, crosses into above 50")
            << qint64(30'000) << qint64(6'200'000 + 738'000) << qint64(22'000)
            << QStringLiteral("Crosses into the dearer slab above 50 kWh (369 per kWh) after 20 kWh.");
        // From 10 kWh through both boundaries: 890 + 9 300, then 369 per kWh.
        QTest::newRow("10 kWh used, crosses two")
            << qint64(10'000) << qint64(890'000 + 9'300'000 + 3'690'000) << qint64(50'000)
            << QStringLiteral(
                   "Crosses into the dearer slab 21-50 kWh (310 per kWh) after 10 kWh. It goes on into "
                   "slab above 50 kWh (369 per kWh).");
        QTest::newRow("60 kWh used, top slab")
            << qint64(60'000) << qint64(3'690'000) << qint64(10'000) << QString();
    }
    void energyAtSeveralSlabPositions()
    {
        QFETCH(qint64, positionWh);
        QFETCH(qint64, amountMilli);
        QFETCH(qint64, expectedWh);
        QFETCH(QString, warning);
        const Tariff reg = tariff(kReg);
        const RechargeQuote q = RechargeCalculator::quoteEnergy(reg, positionWh, amountMilli);
        QCOMPARE(q.wh, expectedWh);
        QCOMPARE(q.crossesSlab, !warning.isEmpty());
        QCOMPARE(q.warning, warning);
        // The reverse gives back at most the amount, and not much less.
        const RechargeQuote back = RechargeCalculator::quoteAmount(reg, positionWh, q.wh);
        QVERIFY2(back.amountMilli <= amountMilli && back.amountMilli > amountMilli - 400,
                 qPrintable(QString::number(back.amountMilli)));
        QCOMPARE(back.crossesSlab, q.crossesSlab);
    }

    void taxComesOffTheAmount()
    {
        const Tariff t = tariff(R"({"flat_rate": 10, "tax_percent": 25, "fixed_monthly": 500})");
        // 125 pays 100 of energy and 25 of tax: 10 kWh; fixed charges are billed, not vended.
        const RechargeQuote q = RechargeCalculator::quoteEnergy(t, 0, 125'000);
        QCOMPARE(q.wh, 10'000);
        QVERIFY(!q.crossesSlab);
        QCOMPARE(RechargeCalculator::quoteAmount(t, 0, 10'000).amountMilli, 125'000);
        // With odd numbers the energy never costs more than the amount.
        const Tariff reg = tariff(R"({"slabs": [{"from_kwh": 0, "to_kwh": 20, "rate": 89},
                                     {"from_kwh": 21, "rate": 310}], "tax_percent": 18})");
        for (const qint64 amount : {1'000LL, 99'999LL, 2'100'400LL, 7'777'777LL}) {
            const RechargeQuote e = RechargeCalculator::quoteEnergy(reg, 12'345, amount);
            QVERIFY(RechargeCalculator::quoteAmount(reg, 12'345, e.wh).amountMilli <= amount);
            QVERIFY(RechargeCalculator::quoteAmount(reg, 12'345, e.wh + 1).amountMilli > amount);
        }
    }

    void flatRatesNeverCross()
    {
        const Tariff t = tariff(R"({"flat_rate": 8})");
        const RechargeQuote q = RechargeCalculator::quoteEnergy(t, 987'654, 1'000'000'000);
        QCOMPARE(q.wh, 125'000'000);
        QVERIFY(!q.crossesSlab);
        QVERIFY(q.warning.isEmpty());
    }

    void aFreeFirstSlabIsTakenWholeAndTheNextIsNotAWarningFromZero()
    {
        const Tariff t =
            tariff(R"({"slabs": [{"from_kwh": 0, "to_kwh": 50, "rate": 0}, {"from_kwh": 50, "rate": 2}]})");
        const RechargeQuote q = RechargeCalculator::quoteEnergy(t, 10'000, 20'000);
        QCOMPARE(q.wh, 40'000 + 10'000);
        QVERIFY(q.crossesSlab); // from free to paid is dearer
        QCOMPARE(RechargeCalculator::quoteAmount(t, 10'000, 40'000).amountMilli, 0);
    }

    void cheaperSlabsAreNotAWarning()
    {
        // A declining block tariff: the second slab is cheaper.
        const Tariff t =
            tariff(R"({"slabs": [{"from_kwh": 0, "to_kwh": 10, "rate": 10}, {"from_kwh": 10, "rate": 5}]})");
        const RechargeQuote q = RechargeCalculator::quoteEnergy(t, 0, 150'000);
        QCOMPARE(q.wh, 20'000);
        QVERIFY(!q.crossesSlab);
    }

    void positionComesFromThisMonthsRollups()
    {
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("kigali"), QStringLiteral("manual"), 3600,
                                   QStringLiteral("Africa/Kigali"));
        QVERIFY(TariffRepository(t.db()).setVersion(m.id, QDate(2025, 1, 1), tariff(kReg)).ok());
        const LocalCalendar cal{QTimeZone("Africa/Kigali")};
        // 40 kWh in June; 15 kWh in July by the 10th.
        const qint64 june = cal.startOf(QDate(2025, 6, 20));
        const qint64 july = cal.startOf(QDate(2025, 7, 10));
        QVERIFY(
            ReadingIngestor(t.db())
                .ingest(m, {at(june, 0), at(june + 3600, 40'000), at(july, 40'000), at(july + 3600, 55'000)})
                .ok());
        RechargeCalculator calc(t.db());
        const Result<RechargeQuote> later = calc.energyFor(m, 2'000'000, july + 7200);
        QVERIFY(later.ok());
        QCOMPARE(later->monthGridWh, 15'000); // June does not count: tiers restart each month
        QCOMPARE(later->tariffFrom, QDate(2025, 1, 1));
        QCOMPARE(later->wh, 5'000 + 5'016); // 445 for 5 kWh at 89, 1 555 at 310 = 5.016 kWh
        QVERIFY(later->crossesSlab);
    }

    void noTariffIsAnError()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        const Result<RechargeQuote> q = RechargeCalculator(t.db()).energyFor(m, 1'000'000, 1'753'056'000);
        QVERIFY(!q.ok());
        QVERIFY2(q.error().contains(QStringLiteral("no tariff")), qPrintable(q.error()));
        QVERIFY(!RechargeCalculator(t.db()).energyFor(m, 0, 1'753'056'000).ok());
    }

    void paidAmountIsTheRoundestInTheRange_data()
    {
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("paid"); // 0: none, the estimate stands
        const QString bdt = QStringLiteral("BDT");
        // A detected 2,999.97 or 3,000.07 give or take 0.10: 3,000 was paid.
        QTest::newRow("just under") << qint64(2'999'870) << qint64(3'000'070) << bdt << qint64(3'000'000);
        QTest::newRow("just over") << qint64(2'999'970) << qint64(3'000'170) << bdt << qint64(3'000'000);
        QTest::newRow("a multiple of 50")
            << qint64(1'249'870) << qint64(1'250'070) << bdt << qint64(1'250'000);
        QTest::newRow("a multiple of 10") << qint64(739'850) << qint64(740'050) << bdt << qint64(740'000);
        QTest::newRow("nothing round near") << qint64(2'347'880) << qint64(2'348'080) << bdt << qint64(0);
        QTest::newRow("the edge counts") << qint64(499'900) << qint64(500'000) << bdt << qint64(500'000);
        // 80 wide: only multiples of 100 are told apart (a 50 or a 10 could be either of two).
        QTest::newRow("wide, a hundred in it")
            << qint64(2'972'000) << qint64(3'052'000) << bdt << qint64(3'000'000);
        QTest::newRow("wide, only a fifty in it")
            << qint64(3'010'000) << qint64(3'070'000) << bdt << qint64(0);
        QTest::newRow("too wide for any") << qint64(2'940'000) << qint64(3'060'000) << bdt << qint64(0);
        QTest::newRow("ten wide, by the fifties")
            << qint64(2'995'000) << qint64(3'005'000) << bdt << qint64(3'000'000);
        QTest::newRow("never zero") << qint64(-5'000) << qint64(5'000) << bdt << qint64(0);
        QTest::newRow("no cents") << qint64(4'990'000) << qint64(5'004'000) << QStringLiteral("RWF")
                                  << qint64(5'000'000);
        // Units bought are not round amounts of money.
        QTest::newRow("kWh meters") << qint64(39'990) << qint64(40'010) << QStringLiteral("kWh") << qint64(0);
    }
    void paidAmountIsTheRoundestInTheRange()
    {
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        QFETCH(QString, currency);
        QFETCH(qint64, paid);
        QCOMPARE(RechargeCalculator::roundAmountIn(low, high, currency).value_or(0), paid);
    }
};

QTEST_GUILESS_MAIN(TestRechargeCalculator)
#include "tst_rechargecalculator.moc"
