#include "TestDatabase.h"
#include "analytics/BillCalculator.h"
#include "analytics/LocalCalendar.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/Tariff.h"
#include "setup/SimulatorBackfill.h"
#include "storage/ReadingRepository.h"
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

const char *const kReg = R"({"slabs": [{"from_kwh": 0, "to_kwh": 20, "rate": 89},
                                       {"from_kwh": 21, "to_kwh": 50, "rate": 310},
                                       {"from_kwh": 51, "rate": 369}], "tax_percent": 18})";

struct DayEnergy
{
    QDate date;
    qint64 gridWh = 0;
    qint64 generatorWh = 0;
};

// Readings at local noon of each given day, the counters rising by that day's energy, so each
// day's energy is booked on that day; one more reading at 00:30 of the first day to start.
void addDays(TestDatabase &t, const Meter &m, const QList<DayEnergy> &days)
{
    const LocalCalendar cal{QTimeZone(m.timezone.toUtf8())};
    const std::optional<Reading> latest = ReadingRepository(t.db()).latest(m.id);
    Reading r;
    r.balanceMilli = 1'000'000'000;
    r.gridWh = 0;
    r.generatorWh = 0;
    r.source = PowerSource::Grid;
    QList<Reading> readings;
    if (latest) {
        r = *latest;
    } else {
        r.time = cal.startOf(days.constFirst().date) + 1800;
        readings.append(r);
    }
    for (const DayEnergy &d : days) {
        r.time = cal.startOf(d.date) + 12 * 3600;
        r.fetchedAt = r.time;
        *r.gridWh += d.gridWh;
        *r.generatorWh += d.generatorWh;
        *r.balanceMilli -= 1'000;
        readings.append(r);
    }
    if (!ReadingIngestor(t.db()).ingest(m, readings).ok())
        qFatal("ingest failed");
}

QList<DayEnergy> everyDay(const QDate &first, const QDate &last, qint64 gridWh, qint64 generatorWh = 0)
{
    QList<DayEnergy> days;
    for (QDate d = first; d <= last; d = d.addDays(1))
        days.append({d, gridWh, generatorWh});
    return days;
}

// Readings every 10 minutes over [from, to), 100 Wh each.
void addTenMinuteReadings(TestDatabase &t, const Meter &m, qint64 from, qint64 to)
{
    QList<Reading> readings;
    qint64 grid = 1'000'000;
    for (qint64 time = from; time <= to; time += 600) {
        Reading r;
        r.time = time;
        r.fetchedAt = time;
        r.balanceMilli = 1'000'000'000 - (grid - 1'000'000);
        r.gridWh = grid;
        r.generatorWh = 0;
        r.source = PowerSource::Grid;
        readings.append(r);
        grid += 100;
    }
    if (!ReadingIngestor(t.db()).ingest(m, readings).ok())
        qFatal("ingest failed");
}

QString describe(const MonthlyBill &b)
{
    QStringList lines;
    for (const BillLine &l : b.energyCharges)
        lines.append(QStringLiteral("%1 %2 %3Wh@%4=%5")
                         .arg(l.tariffFrom.toString(Qt::ISODate), l.slab)
                         .arg(l.wh)
                         .arg(l.rateMilli)
                         .arg(l.amountMilli));
    return QStringLiteral(
               "%1 days=%2/%3 notariff=%4 grid=%5 gen=%6 unpriced=%7/%8 [%9] gen=%10 fixed=%11 tax=%12 "
               "total=%13")
        .arg(b.month.toString(Qt::ISODate))
        .arg(b.daysWithData)
        .arg(b.daysInMonth)
        .arg(b.daysWithoutTariff)
        .arg(b.gridWh)
        .arg(b.generatorWh)
        .arg(b.unpricedGridWh)
        .arg(b.unpricedGeneratorWh)
        .arg(lines.join(QStringLiteral(", ")))
        .arg(b.generatorAmountMilli)
        .arg(b.fixedChargesMilli)
        .arg(b.taxMilli)
        .arg(b.totalMilli);
}

MonthlyBill bill(TestDatabase &t, const Meter &m, int year, int month)
{
    const Result<MonthlyBill> b = BillCalculator(t.db()).compute(m, QDate(year, month, 1));
    if (!b)
        qFatal("bill failed: %s", qPrintable(b.error()));
    // Whatever the month: the total is exactly its parts.
    if (b->totalMilli !=
        b->energyAmountMilli() + b->generatorAmountMilli + b->fixedChargesMilli + b->taxMilli)
        qFatal("bill does not add up: %s", qPrintable(describe(b.value())));
    return b.value();
}

} // namespace

class TestBillCalculator : public QObject
{
    Q_OBJECT

private slots:
    void regSlabsWorkedExample()
    {
        // REG residential, July 2025, 65 kWh: 20 kWh at 89 = 1 780; 30 kWh at 310 = 9 300;
        // 15 kWh at 369 = 5 535; energy 16 615; tax 18 % = 2 990.70; total 19 605.70 RWF.
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("kigali"), QStringLiteral("manual"), 3600,
                                   QStringLiteral("Africa/Kigali"));
        QVERIFY(TariffRepository(t.db()).setVersion(m.id, QDate(2025, 1, 1), tariff(kReg)).ok());
        QList<DayEnergy> days = everyDay(QDate(2025, 7, 1), QDate(2025, 7, 30), 2'000);
        days.append({QDate(2025, 7, 31), 5'000});
        addDays(t, m, days);
        const MonthlyBill b = bill(t, m, 2025, 7);
        QCOMPARE(b.daysInMonth, 31);
        QCOMPARE(b.daysWithData, 31);
        QCOMPARE(b.gridWh, 65'000);
        QCOMPARE(b.energyCharges.size(), 3);
        QCOMPARE(b.energyCharges[0].slab, QStringLiteral("0-20"));
        QCOMPARE(b.energyCharges[0].wh, 20'000);
        QCOMPARE(b.energyCharges[0].amountMilli, 1'780'000);
        QCOMPARE(b.energyCharges[1].slab, QStringLiteral("21-50"));
        QCOMPARE(b.energyCharges[1].wh, 30'000);
        QCOMPARE(b.energyCharges[1].rateMilli, 310'000);
        QCOMPARE(b.energyCharges[1].amountMilli, 9'300'000);
        QCOMPARE(b.energyCharges[2].slab, QStringLiteral("51-"));
        QCOMPARE(b.energyCharges[2].wh, 15'000);
        QCOMPARE(b.energyCharges[2].amountMilli, 5'535'000);
        QCOMPARE(b.energyAmountMilli(), 16'615'000);
        QCOMPARE(b.fixedChargesMilli, 0);
        QCOMPARE(b.taxMilli, 2'990'700);
        QCOMPARE(b.totalMilli, 19'605'700);
        // Tiers restart each month: August's first 20 kWh are at 89 again.
        addDays(t, m, everyDay(QDate(2025, 8, 1), QDate(2025, 8, 10), 1'000));
        const MonthlyBill august = bill(t, m, 2025, 8);
        QCOMPARE(august.energyCharges.size(), 1);
        QCOMPARE(august.energyCharges[0].wh, 10'000);
        QCOMPARE(august.energyCharges[0].rateMilli, 89'000);
        QCOMPARE(august.daysWithData, 10);
    }

    void priceChangeMidMonthSplitsTheBillAndLeavesThePast()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("manual"), 3600, QStringLiteral("Asia/Kolkata"));
        QVERIFY(ReadingIngestor(t.db())
                    .setTariff(m, QDate(2025, 6, 1), tariff(R"({"flat_rate": 100, "fixed_daily": 1})"))
                    .ok());
        addDays(t, m, everyDay(QDate(2025, 6, 1), QDate(2025, 7, 31), 1'000));
        const MonthlyBill juneBefore = bill(t, m, 2025, 6);
        QCOMPARE(juneBefore.totalMilli, 3'000'000 + 30'000);

        QVERIFY(ReadingIngestor(t.db())
                    .setTariff(m, QDate(2025, 7, 16), tariff(R"({"flat_rate": 150, "fixed_daily": 2})"))
                    .ok());
        QCOMPARE(describe(bill(t, m, 2025, 6)), describe(juneBefore)); // the past is unchanged
        const MonthlyBill july = bill(t, m, 2025, 7);
        QCOMPARE(july.energyCharges.size(), 2);
        QCOMPARE(july.energyCharges[0].tariffFrom, QDate(2025, 6, 1));
        QCOMPARE(july.energyCharges[0].wh, 15'000); // July 1-15
        QCOMPARE(july.energyCharges[0].amountMilli, 1'500'000);
        QCOMPARE(july.energyCharges[1].tariffFrom, QDate(2025, 7, 16));
        QCOMPARE(july.energyCharges[1].wh, 16'000); // July 16-31
        QCOMPARE(july.energyCharges[1].amountMilli, 2'400'000);
        QCOMPARE(july.fixedChargesMilli, 15 * 1'000 + 16 * 2'000);
        QCOMPARE(july.totalMilli, 1'500'000 + 2'400'000 + 47'000);
    }

    void slabPositionCarriesOverAVersionChange()
    {
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("kigali"), QStringLiteral("manual"), 3600,
                                   QStringLiteral("Africa/Kigali"));
        TariffRepository repo(t.db());
        QVERIFY(repo.setVersion(m.id, QDate(2025, 6, 1),
                                tariff(R"({"slabs": [{"from_kwh": 0, "to_kwh": 20, "rate": 89},
                                           {"from_kwh": 21, "to_kwh": 50, "rate": 310}, {"from_kwh": 51, "rate": 369}]})"))
                    .ok());
        QVERIFY(repo.setVersion(m.id, QDate(2025, 7, 11),
                                tariff(R"({"slabs": [{"from_kwh": 0, "to_kwh": 20, "rate": 100},
                                           {"from_kwh": 21, "to_kwh": 50, "rate": 320}, {"from_kwh": 51, "rate": 400}]})"))
                    .ok());
        addDays(t, m, everyDay(QDate(2025, 7, 1), QDate(2025, 7, 31), 3'000));
        // July 1-10: 30 kWh under the first version: 20 at 89, 10 at 310. July 11-31: 63 kWh
        // from the 30 kWh reached: 20 at 320 (up to 50), 43 at 400. The tiers do not restart.
        const MonthlyBill b = bill(t, m, 2025, 7);
        QCOMPARE(b.energyCharges.size(), 4);
        QCOMPARE(b.energyCharges[0].wh, 20'000);
        QCOMPARE(b.energyCharges[0].rateMilli, 89'000);
        QCOMPARE(b.energyCharges[1].wh, 10'000);
        QCOMPARE(b.energyCharges[1].rateMilli, 310'000);
        QCOMPARE(b.energyCharges[2].wh, 20'000);
        QCOMPARE(b.energyCharges[2].rateMilli, 320'000);
        QCOMPARE(b.energyCharges[3].wh, 43'000);
        QCOMPARE(b.energyCharges[3].rateMilli, 400'000);
        QCOMPARE(b.totalMilli, 1'780'000 + 3'100'000 + 6'400'000 + 17'200'000);
    }

    void timeOfUseAcrossMidnight()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("manual"), 600, QStringLiteral("Asia/Kolkata"));
        QVERIFY(TariffRepository(t.db())
                    .setVersion(
                        m.id, QDate(2025, 7, 1),
                        tariff(R"({"flat_rate": 10, "tou": [{"from": "22:00", "to": "06:00", "rate": 4}]})"))
                    .ok());
        const LocalCalendar cal{QTimeZone("Asia/Kolkata")};
        // 20:00 on the 10th to 08:00 on the 11th, local: an interval belongs where it ends
        // (its last second), so 22:00-06:00 holds the 48 intervals ending 22:10 .. 06:00.
        addTenMinuteReadings(t, m, cal.startOf(QDate(2025, 7, 10)) + 20 * 3600,
                             cal.startOf(QDate(2025, 7, 11)) + 8 * 3600);
        const MonthlyBill b = bill(t, m, 2025, 7);
        QCOMPARE(b.gridWh, 7'200);
        QCOMPARE(b.daysWithData, 2);
        QCOMPARE(b.energyCharges.size(), 2);
        QCOMPARE(b.energyCharges[0].slab, QStringLiteral("flat"));
        QCOMPARE(b.energyCharges[0].wh, 2'400);
        QCOMPARE(b.energyCharges[0].amountMilli, 24'000);
        QCOMPARE(b.energyCharges[1].slab, QStringLiteral("22:00-06:00"));
        QCOMPARE(b.energyCharges[1].wh, 4'800);
        QCOMPARE(b.energyCharges[1].rateMilli, 4'000);
        QCOMPARE(b.energyCharges[1].amountMilli, 19'200);
    }

    void timeOfUseEnergyCountsTowardsTheSlabs()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("manual"), 600, QStringLiteral("Asia/Kolkata"));
        QVERIFY(
            TariffRepository(t.db())
                .setVersion(
                    m.id, QDate(2025, 7, 1),
                    tariff(
                        R"({"slabs": [{"from_kwh": 0, "to_kwh": 3, "rate": 10}, {"from_kwh": 3, "rate": 20}],
                                           "tou": [{"from": "22:00", "to": "06:00", "rate": 4}]})"))
                .ok());
        const LocalCalendar cal{QTimeZone("Asia/Kolkata")};
        addTenMinuteReadings(t, m, cal.startOf(QDate(2025, 7, 10)) + 20 * 3600,
                             cal.startOf(QDate(2025, 7, 11)) + 8 * 3600);
        // 1.2 kWh before 22:00 in the first slab; 4.8 kWh in the period move the month past
        // 3 kWh; the 1.2 kWh after 06:00 are in the second slab.
        const MonthlyBill b = bill(t, m, 2025, 7);
        QCOMPARE(b.energyCharges.size(), 3);
        QCOMPARE(b.energyCharges[0].slab, QStringLiteral("0-3"));
        QCOMPARE(b.energyCharges[0].wh, 1'200);
        QCOMPARE(b.energyCharges[1].slab, QStringLiteral("3-"));
        QCOMPARE(b.energyCharges[1].wh, 1'200);
        QCOMPARE(b.energyCharges[1].amountMilli, 24'000);
        QCOMPARE(b.energyCharges[2].slab, QStringLiteral("22:00-06:00"));
        QCOMPARE(b.energyCharges[2].wh, 4'800);
    }

    void timeOfUseFollowsTheWallClockAcrossDaylightSaving()
    {
        // Berlin, 2025-10-26 has 25 hours: 02:00-03:00 happens twice. A 01:00-03:00 period
        // covers three real hours that day.
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("manual"), 600, QStringLiteral("Europe/Berlin"));
        QVERIFY(TariffRepository(t.db())
                    .setVersion(
                        m.id, QDate(2025, 10, 1),
                        tariff(R"({"flat_rate": 10, "tou": [{"from": "01:00", "to": "03:00", "rate": 4}]})"))
                    .ok());
        const LocalCalendar cal{QTimeZone("Europe/Berlin")};
        const qint64 midnight = cal.startOf(QDate(2025, 10, 26));
        addTenMinuteReadings(t, m, midnight, midnight + 5 * 3600); // 00:00 CEST to 04:00 CET
        const MonthlyBill b = bill(t, m, 2025, 10);
        QCOMPARE(b.energyCharges.size(), 2);
        QCOMPARE(b.energyCharges[0].wh, 1'200); // 00:00-01:00 and 03:00-04:00
        QCOMPARE(b.energyCharges[1].wh, 1'800); // 01:00-03:00 CEST, then 02:00-03:00 CET
    }

    void fixedChargesFollowTheMonthLength_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("fixed");
        QTest::newRow("February 2025") << 2025 << 2 << 28 << qint64(28 * 2'500 + 100'000);
        QTest::newRow("February 2024 (leap)") << 2024 << 2 << 29 << qint64(29 * 2'500 + 100'000);
        QTest::newRow("April") << 2025 << 4 << 30 << qint64(30 * 2'500 + 100'000);
        QTest::newRow("January") << 2025 << 1 << 31 << qint64(31 * 2'500 + 100'000);
        QTest::newRow("December") << 2024 << 12 << 31 << qint64(31 * 2'500 + 100'000);
    }
    void fixedChargesFollowTheMonthLength()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, days);
        QFETCH(qint64, fixed);
        TestDatabase t;
        const Meter m = t.addMeter();
        QVERIFY(TariffRepository(t.db())
                    .setVersion(m.id, QDate(2024, 1, 1),
                                tariff(R"({"flat_rate": 1, "fixed_daily": 2.5, "fixed_monthly": 100})"))
                    .ok());
        const MonthlyBill b = bill(t, m, year, month);
        QCOMPARE(b.daysInMonth, days);
        QCOMPARE(b.daysWithData, 0);
        QCOMPARE(b.fixedChargesMilli, fixed);
        QCOMPARE(b.totalMilli, fixed);
    }

    void taxIsChargedOnEverything()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("manual"), 3600, QStringLiteral("Asia/Kolkata"));
        QVERIFY(
            TariffRepository(t.db())
                .setVersion(
                    m.id, QDate(2025, 1, 1),
                    tariff(
                        R"({"flat_rate": 10, "generator_rate": 30, "fixed_monthly": 50, "tax_percent": 18})"))
                .ok());
        addDays(t, m, {{QDate(2025, 7, 3), 6'000, 0}, {QDate(2025, 7, 4), 4'000, 2'000}});
        // 10 kWh at 10 = 100; 2 generator kWh at 30 = 60; fixed 50; tax 18 % of 210 = 37.80.
        const MonthlyBill b = bill(t, m, 2025, 7);
        QCOMPARE(b.gridWh, 10'000);
        QCOMPARE(b.generatorWh, 2'000);
        QCOMPARE(b.energyAmountMilli(), 100'000);
        QCOMPARE(b.generatorAmountMilli, 60'000);
        QCOMPARE(b.fixedChargesMilli, 50'000);
        QCOMPARE(b.taxMilli, 37'800);
        QCOMPARE(b.totalMilli, 247'800);
    }

    void sameBillTwiceAfterARebuildAndARestart()
    {
        TestDatabase t;
        const Meter created = t.addMeter(QStringLiteral("sim"));
        QVERIFY(
            TariffRepository(t.db())
                .setVersion(
                    created.id, QDate(2025, 1, 1),
                    tariff(
                        R"({"slabs": [{"from_kwh": 0, "to_kwh": 100, "rate": 5}, {"from_kwh": 101, "rate": 7.5}],
                                           "tou": [{"from": "22:00", "to": "06:00", "rate": 3.25}], "generator_rate": 28,
                                           "fixed_daily": 3, "tax_percent": 5})"))
                .ok());
        const LocalCalendar cal{QTimeZone("Asia/Kolkata")};
        const qint64 now = cal.startOf(QDate(2025, 8, 3));
        const Result<Meter> m = SimulatorBackfill::prepare(t.db(), created, 36, 11, now);
        QVERIFY(m.ok());
        QVERIFY(SimulatorBackfill::run(t.db(), m.value(), now - 36 * 86400, now).ok());
        const MonthlyBill first = bill(t, m.value(), 2025, 7);
        QVERIFY(first.gridWh > 100'000);
        QVERIFY(first.generatorWh > 0);
        QCOMPARE(first.daysWithData, 31);
        QCOMPARE(first.energyCharges.size(), 3);
        qint64 priced = 0;
        for (const BillLine &l : first.energyCharges)
            priced += l.wh;
        QCOMPARE(priced, first.gridWh); // every grid Wh of the month is in exactly one line
        QCOMPARE(describe(bill(t, m.value(), 2025, 7)), describe(first));
        QVERIFY(ReadingIngestor(t.db()).rebuild(m.value()).ok());
        QCOMPARE(describe(bill(t, m.value(), 2025, 7)), describe(first));
        t.reopen();
        QCOMPARE(describe(bill(t, m.value(), 2025, 7)), describe(first));
    }

    void shortMonthsWithPartialData()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("manual"), 3600, QStringLiteral("Asia/Kolkata"));
        QVERIFY(TariffRepository(t.db())
                    .setVersion(m.id, QDate(2024, 1, 1), tariff(R"({"flat_rate": 10, "fixed_daily": 1})"))
                    .ok());
        addDays(t, m,
                {{QDate(2024, 2, 27), 1'000},
                 {QDate(2024, 2, 28), 1'000},
                 {QDate(2024, 2, 29), 1'000},
                 {QDate(2025, 2, 3), 2'000},
                 {QDate(2025, 2, 10), 2'000},
                 {QDate(2025, 2, 27), 2'000},
                 {QDate(2025, 2, 28), 2'000},
                 {QDate(2025, 3, 1), 2'000}});
        const MonthlyBill leap = bill(t, m, 2024, 2);
        QCOMPARE(leap.daysInMonth, 29);
        QCOMPARE(leap.daysWithData, 3);
        QCOMPARE(leap.gridWh, 3'000);
        QCOMPARE(leap.fixedChargesMilli, 29'000);
        const MonthlyBill february = bill(t, m, 2025, 2);
        QCOMPARE(february.daysInMonth, 28);
        QCOMPARE(february.daysWithData, 4);
        QCOMPARE(february.gridWh, 8'000); // the 2 kWh of March 1st stay in March
        QCOMPARE(february.totalMilli, 80'000 + 28'000);
        const MonthlyBill march = bill(t, m, 2025, 3);
        QCOMPARE(march.daysWithData, 1);
        QCOMPARE(march.gridWh, 2'000);
    }

    void daysBeforeTheFirstTariffAreReportedNotBilled()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("manual"), 3600, QStringLiteral("Asia/Kolkata"));
        QVERIFY(TariffRepository(t.db())
                    .setVersion(m.id, QDate(2025, 7, 11), tariff(R"({"flat_rate": 10})"))
                    .ok());
        addDays(t, m, everyDay(QDate(2025, 6, 25), QDate(2025, 7, 31), 1'000));
        const MonthlyBill b = bill(t, m, 2025, 7);
        QCOMPARE(b.daysWithoutTariff, 10);
        QCOMPARE(b.unpricedGridWh, 10'000);
        QCOMPARE(b.gridWh, 31'000);
        QCOMPARE(b.energyCharges.size(), 1);
        QCOMPARE(b.energyCharges[0].wh, 21'000);
        const Result<MonthlyBill> june = BillCalculator(t.db()).compute(m, QDate(2025, 6, 1));
        QVERIFY(!june.ok());
        QVERIFY2(june.error().contains(QStringLiteral("no tariff for June 2025")), qPrintable(june.error()));
    }

    void generatorEnergyWithoutAGeneratorRateIsReported()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("manual"), 3600, QStringLiteral("Asia/Kolkata"));
        QVERIFY(TariffRepository(t.db())
                    .setVersion(m.id, QDate(2025, 1, 1), tariff(R"({"flat_rate": 10})"))
                    .ok());
        addDays(t, m, {{QDate(2025, 7, 3), 1'000, 500}});
        const MonthlyBill b = bill(t, m, 2025, 7);
        QCOMPARE(b.generatorWh, 500);
        QCOMPARE(b.unpricedGeneratorWh, 500);
        QCOMPARE(b.generatorAmountMilli, 0);
        QCOMPARE(b.totalMilli, 10'000);
    }
};

QTEST_GUILESS_MAIN(TestBillCalculator)
#include "tst_billcalculator.moc"
