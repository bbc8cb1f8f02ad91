#include "TestDatabase.h"
#include "analytics/LocalCalendar.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/Tariff.h"
#include "storage/MeterRepository.h"
#include "storage/RollupRepository.h"
#include "storage/SchemaMigrations.h"
#include "storage/TariffRepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

namespace {

QJsonObject spec(const char *json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json));
    if (!doc.isObject())
        qFatal("bad test JSON: %s", json);
    return doc.object();
}

Tariff tariff(const char *json)
{
    const Result<Tariff> t = Tariff::fromJson(spec(json));
    if (!t)
        qFatal("invalid test tariff %s: %s", json, qPrintable(t.error()));
    return t.value();
}

const char *const kReg = R"({"slabs": [{"from_kwh": 0, "to_kwh": 20, "rate": 89},
                                       {"from_kwh": 21, "to_kwh": 50, "rate": 310},
                                       {"from_kwh": 51, "rate": 369}]})";

Reading moneyOnly(qint64 time, qint64 balanceMilli)
{
    Reading r;
    r.time = time;
    r.fetchedAt = time;
    r.balanceMilli = balanceMilli;
    r.source = PowerSource::Grid;
    return r;
}

Reading withCounters(qint64 time, qint64 balanceMilli, qint64 gridWh, qint64 generatorWh = 0,
                     PowerSource source = PowerSource::Grid)
{
    Reading r = moneyOnly(time, balanceMilli);
    r.gridWh = gridWh;
    r.generatorWh = generatorWh;
    r.source = source;
    return r;
}

// Everything derived for a meter, as comparable text: every hour blob and every day row.
QStringList rollups(Database &db, qint64 meterId)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT hour, hex(minutes) FROM usage_hour WHERE meter_id = ? ORDER BY hour"));
    q.addBindValue(meterId);
    if (!q.exec())
        qFatal("rollups query failed");
    while (q.next())
        rows.append(QStringLiteral("h %1 %2").arg(q.value(0).toString(), q.value(1).toString()));
    QSqlQuery d(db.connection());
    d.prepare(QStringLiteral("SELECT day, grid_wh, generator_wh, cost_milli, recharged_milli,"
                             " closing_balance_milli, closing_t, intervals, gap_seconds, estimated"
                             " FROM usage_day WHERE meter_id = ? ORDER BY day"));
    d.addBindValue(meterId);
    if (!d.exec())
        qFatal("rollups query failed");
    while (d.next()) {
        QStringList cells;
        for (int i = 0; i < 10; ++i)
            cells.append(d.value(i).toString());
        rows.append(QStringLiteral("d ") + cells.join(QLatin1Char(' ')));
    }
    QSqlQuery r(db.connection());
    r.prepare(
        QStringLiteral("SELECT t, amount_milli FROM recharges WHERE meter_id = ? AND origin = 'detected'"
                       " ORDER BY t"));
    r.addBindValue(meterId);
    if (!r.exec())
        qFatal("recharges query failed");
    while (r.next())
        rows.append(QStringLiteral("r %1 %2").arg(r.value(0).toString(), r.value(1).toString()));
    return rows;
}

} // namespace

class TestTariff : public QObject
{
    Q_OBJECT

private slots:
    void regSlabsReadAndRoundTrip()
    {
        const Tariff t = tariff(kReg);
        QVERIFY(!t.isFlat());
        QCOMPARE(t.slabs().size(), 3);
        QCOMPARE(t.slabStartWh(0), 0);
        QCOMPARE(t.slabStartWh(1), 20'000); // "21-50" starts where "0-20" ends
        QCOMPARE(t.slabStartWh(2), 50'000);
        QCOMPARE(*t.slabEndWh(1), 50'000);
        QVERIFY(!t.slabEndWh(2));
        QCOMPARE(t.slabAt(0), 0);
        QCOMPARE(t.slabAt(19'999), 0);
        QCOMPARE(t.slabAt(20'000), 1);
        QCOMPARE(t.slabAt(50'000), 2);
        QCOMPARE(t.slabAt(1'000'000), 2);
        QCOMPARE(t.marginalGridRateMilli(25'000, std::nullopt), 310'000);
        QCOMPARE(t.slabsText(), QStringLiteral("0-20:89,21-50:310,51-:369"));
        QCOMPARE(t.slabDescription(1), QStringLiteral("21-50 kWh"));
        QCOMPARE(t.slabDescription(2), QStringLiteral("above 50 kWh"));
        // The stored form reads back to the same tariff.
        const Result<Tariff> again = Tariff::fromJson(t.toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), t.toJson());
        // The command line's short form gives the same spec.
        const Result<QJsonArray> text = Tariff::slabsFromText(QStringLiteral("0-20:89, 21-50:310, 51-:369"));
        QVERIFY(text.ok());
        QCOMPARE(Tariff::fromJson(QJsonObject{{QStringLiteral("slabs"), text.value()}})->toJson(),
                 t.toJson());
    }

    void fullTariffRoundTrips()
    {
        const Tariff t = tariff(R"({"flat_rate": 7.25, "tou": [{"from": "22:00", "to": "06:00", "rate": 5.5},
                                    {"from": "18:00", "to": "22:00", "rate": 11}], "generator_rate": 24.5,
                                    "fixed_daily": 1.5, "fixed_monthly": 100, "tax_percent": 18.5})");
        QVERIFY(t.isFlat());
        QCOMPARE(t.slabs().constFirst().rateMilli, 7'250);
        QCOMPARE(*t.generatorRateMilli(), 24'500);
        QCOMPARE(t.fixedDailyMilli(), 1'500);
        QCOMPARE(t.fixedMonthlyMilli(), 100'000);
        QCOMPARE(t.taxMilliPercent(), 18'500);
        QCOMPARE(t.periodsText(), QStringLiteral("22:00-06:00:5.5,18:00-22:00:11"));
        QCOMPARE(Tariff::fromJson(t.toJson())->toJson(), t.toJson());
        const Result<QJsonArray> periods =
            Tariff::periodsFromText(QStringLiteral("22:00-06:00:5.5,18:00-22:00:11"));
        QVERIFY(periods.ok());
        QCOMPARE(periods.value(), t.toJson().value(QStringLiteral("tou")).toArray());
    }

    void invalidTariffsAreRefusedWithASentence_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << "{}"
                                 << "either a flat rate or slabs";
        QTest::newRow("both") << R"({"flat_rate": 5, "slabs": [{"from_kwh": 0, "rate": 5}]})"
                              << "either a flat rate or slabs";
        QTest::newRow("typo") << R"({"flat_rate": 5, "tax_pct": 5})"
                              << "\"tax_pct\" is not part of a tariff";
        QTest::newRow("rate as text") << R"({"flat_rate": "5"})"
                                      << "flat rate must be a number";
        QTest::newRow("negative flat") << R"({"flat_rate": -5})"
                                       << "cannot be negative";
        QTest::newRow("zero flat") << R"({"flat_rate": 0})"
                                   << "above zero";
        QTest::newRow("negative slab rate")
            << R"({"slabs": [{"from_kwh": 0, "to_kwh": 20, "rate": -1}, {"from_kwh": 20, "rate": 5}]})"
            << "rate of slab 1 cannot be negative";
        QTest::newRow("negative generator") << R"({"flat_rate": 5, "generator_rate": -2})"
                                            << "generator rate cannot be negative";
        QTest::newRow("negative fixed") << R"({"flat_rate": 5, "fixed_daily": -2})"
                                        << "fixed daily charge cannot be negative";
        QTest::newRow("negative tax") << R"({"flat_rate": 5, "tax_percent": -2})"
                                      << "tax percentage cannot be negative";
        QTest::newRow("first not at zero") << R"({"slabs": [{"from_kwh": 5, "rate": 5}]})"
                                           << "first slab must start at 0";
        QTest::newRow("overlap")
            << R"({"slabs": [{"from_kwh": 0, "to_kwh": 20, "rate": 1}, {"from_kwh": 15, "rate": 5}]})"
            << "Slabs 1 and 2 overlap";
        QTest::newRow("gap")
            << R"({"slabs": [{"from_kwh": 0, "to_kwh": 20, "rate": 1}, {"from_kwh": 25, "rate": 5}]})"
            << "gap between slabs 1 and 2: nothing prices 20 to 25 kWh";
        QTest::newRow("fractional gap")
            << R"({"slabs": [{"from_kwh": 0, "to_kwh": 20, "rate": 1}, {"from_kwh": 20.5, "rate": 5}]})"
            << "gap between slabs 1 and 2";
        QTest::newRow("backwards")
            << R"({"slabs": [{"from_kwh": 0, "to_kwh": 0, "rate": 1}, {"from_kwh": 0, "rate": 5}]})"
            << "ends (0 kWh) where or before it starts";
        QTest::newRow("open in the middle")
            << R"({"slabs": [{"from_kwh": 0, "rate": 1}, {"from_kwh": 20, "rate": 5}]})"
            << "Only the last slab can be open-ended";
        QTest::newRow("closed at the top") << R"({"slabs": [{"from_kwh": 0, "to_kwh": 20, "rate": 1}]})"
                                           << "last slab must be open-ended";
        QTest::newRow("free top slab")
            << R"({"slabs": [{"from_kwh": 0, "to_kwh": 20, "rate": 1}, {"from_kwh": 20, "rate": 0}]})"
            << "rate of the last slab must be above zero";
        QTest::newRow("tou bad time")
            << R"({"flat_rate": 5, "tou": [{"from": "25:00", "to": "06:00", "rate": 1}]})"
            << "needs local times like";
        QTest::newRow("tou words")
            << R"({"flat_rate": 5, "tou": [{"from": "night", "to": "06:00", "rate": 1}]})"
            << "needs local times like";
        QTest::newRow("tou empty")
            << R"({"flat_rate": 5, "tou": [{"from": "06:00", "to": "06:00", "rate": 1}]})"
            << "starts and ends at 06:00";
        QTest::newRow("tou negative")
            << R"({"flat_rate": 5, "tou": [{"from": "22:00", "to": "06:00", "rate": -1}]})"
            << "cannot be negative";
        QTest::newRow("tou overlap across midnight")
            << R"({"flat_rate": 5, "tou": [{"from": "22:00", "to": "06:00", "rate": 1},
                                            {"from": "05:00", "to": "07:00", "rate": 2}]})"
            << "periods 1 and 2 overlap at 05:00";
        QTest::newRow("tou not a list") << R"({"flat_rate": 5, "tou": "22:00-06:00"})"
                                        << "\"tou\" must be a list";
    }
    void invalidTariffsAreRefusedWithASentence()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
        const Result<Tariff> t = Tariff::fromJson(object);
        QVERIFY2(!t.ok(), qPrintable(json));
        QVERIFY2(t.error().contains(expected), qPrintable(t.error()));
    }

    void shortFormsRefuseNonsense()
    {
        QVERIFY(!Tariff::slabsFromText(QStringLiteral("0-20")).ok());
        QVERIFY(!Tariff::slabsFromText(QStringLiteral("0-20:cheap")).ok());
        QVERIFY(!Tariff::slabsFromText(QStringLiteral("a-b:5")).ok());
        QVERIFY(Tariff::slabsFromText(QStringLiteral("0-:5")).ok());
        QVERIFY(!Tariff::periodsFromText(QStringLiteral("22-06:5")).ok());
        QVERIFY(!Tariff::periodsFromText(QStringLiteral("22:00-06:00")).ok());
        // Parsed, then refused by the one validation.
        const Result<QJsonArray> negative = Tariff::slabsFromText(QStringLiteral("0-20:89,21-:-5"));
        QVERIFY(negative.ok());
        QVERIFY(!Tariff::fromJson(QJsonObject{{QStringLiteral("slabs"), negative.value()}}).ok());
    }

    void touPeriodsWrapMidnight()
    {
        const Tariff t = tariff(R"({"flat_rate": 10, "tou": [{"from": "22:00", "to": "06:00", "rate": 4},
                                    {"from": "18:00", "to": "22:00", "rate": 1}]})");
        QCOMPARE(t.periodAt(18 * 60 - 1), -1);
        QCOMPARE(t.periodAt(18 * 60), 1);
        QCOMPARE(t.periodAt(22 * 60 - 1), 1);
        QCOMPARE(t.periodAt(22 * 60), 0);
        QCOMPARE(t.periodAt(23 * 60 + 59), 0);
        QCOMPARE(t.periodAt(0), 0);
        QCOMPARE(t.periodAt(5 * 60 + 59), 0);
        QCOMPARE(t.periodAt(6 * 60), -1);
        QCOMPARE(t.periodAt(12 * 60), -1);
        QCOMPARE(t.marginalGridRateMilli(0, 23 * 60), 4'000);
        QCOMPARE(t.marginalGridRateMilli(0, 12 * 60), 10'000);
        QCOMPARE(t.marginalGridRateMilli(0, std::nullopt), 10'000);
    }

    void touPeriodsOverlappingOnlyThroughTheEndOfDayAreRefused()
    {
        // 18:00-24:00 and 22:00-06:00 share 22:00-24:00.
        const Result<Tariff> t =
            Tariff::fromJson(spec(R"({"flat_rate": 10, "tou": [{"from": "18:00", "to": "24:00", "rate": 1},
                                                {"from": "22:00", "to": "06:00", "rate": 4}]})"));
        QVERIFY(!t.ok());
        QVERIFY2(t.error().contains(QStringLiteral("overlap at 22:00")), qPrintable(t.error()));
    }

    void chargesAndTaxAreExactIntegers()
    {
        QCOMPARE(Tariff::charge(20'000, 89'000), 1'780'000); // 20 kWh at 89
        QCOMPARE(Tariff::charge(1, 5'500), 6);               // 5.5 thousandths rounds half up
        QCOMPARE(Tariff::charge(1, 5'499), 5);
        QCOMPARE(Tariff::charge(10'000'000'000LL, 10'000'000'000LL),
                 100'000'000'000'000'000LL); // no overflow
        const Tariff t =
            tariff(R"({"flat_rate": 1, "tax_percent": 18, "fixed_daily": 2.5, "fixed_monthly": 100})");
        QCOMPARE(t.taxOn(16'615'000), 2'990'700);
        QCOMPARE(t.fixedCharges(28, 28), 170'000);
        QCOMPARE(t.fixedCharges(31, 31), 177'500);
        QCOMPARE(t.fixedCharges(15, 30), 87'500); // half the month: half the monthly charge
    }

    void schemaHasTheTariffsTable()
    {
        TestDatabase t;
        QVERIFY(SchemaMigrations::latestVersion() >= 4);
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT meter_id, valid_from, spec FROM tariffs")));
    }

    void versionsByDate()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        TariffRepository repo(t.db());
        QVERIFY(repo.list(m.id)->isEmpty());
        QVERIFY(!repo.inForce(m.id, QDate(2025, 7, 1)).value());
        QVERIFY(repo.setVersion(m.id, QDate(2025, 7, 16), tariff(R"({"flat_rate": 150})")).ok());
        QVERIFY(repo.setVersion(m.id, QDate(2025, 1, 1), tariff(R"({"flat_rate": 100})")).ok());
        const auto versions = repo.list(m.id);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).validFrom, QDate(2025, 1, 1)); // oldest first
        QCOMPARE(versions->at(1).validFrom, QDate(2025, 7, 16));
        QVERIFY(!repo.inForce(m.id, QDate(2024, 12, 31)).value());
        QCOMPARE(repo.inForce(m.id, QDate(2025, 1, 1)).value()->tariff.slabs()[0].rateMilli, 100'000);
        QCOMPARE(repo.inForce(m.id, QDate(2025, 7, 15)).value()->tariff.slabs()[0].rateMilli, 100'000);
        QCOMPARE(repo.inForce(m.id, QDate(2025, 7, 16)).value()->tariff.slabs()[0].rateMilli, 150'000);
        QCOMPARE(repo.inForce(m.id, QDate(2030, 1, 1)).value()->tariff.slabs()[0].rateMilli, 150'000);
        // The same date again corrects that version; the others stay.
        QVERIFY(repo.setVersion(m.id, QDate(2025, 7, 16), tariff(R"({"flat_rate": 140})")).ok());
        QCOMPARE(repo.list(m.id)->size(), 2);
        QCOMPARE(repo.inForce(m.id, QDate(2025, 8, 1)).value()->tariff.slabs()[0].rateMilli, 140'000);
        QCOMPARE(repo.inForce(m.id, QDate(2025, 7, 1)).value()->tariff.slabs()[0].rateMilli, 100'000);
        // Survives a restart; goes with its meter.
        t.reopen();
        QCOMPARE(TariffRepository(t.db()).list(m.id)->size(), 2);
        QVERIFY(MeterRepository(t.db()).remove(m.id).ok());
        QVERIFY(TariffRepository(t.db()).list(m.id)->isEmpty());
    }

    void unreadableStoredVersionIsAnErrorNotASkip()
    {
        TestDatabase t;
        const Meter m = t.addMeter();
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tariffs VALUES (%1, '2025-01-01', '{\"flat_rate\": -1}')")
                           .arg(m.id)));
        const auto versions = TariffRepository(t.db()).list(m.id);
        QVERIFY(!versions.ok());
        QVERIFY2(versions.error().contains(QStringLiteral("2025-01-01")), qPrintable(versions.error()));
    }

    // Estimates: money-only meters get their energy through the tariff in force.
    void moneyOnlyEnergyIsEstimatedThroughTheTariff()
    {
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("kigali"), QStringLiteral("manual"), 3600,
                                   QStringLiteral("Africa/Kigali"));
        QVERIFY(ReadingIngestor(t.db()).setTariff(m, QDate(2025, 1, 1), tariff(kReg)).ok());
        const LocalCalendar cal{QTimeZone("Africa/Kigali")};
        const qint64 day = cal.startOf(QDate(2025, 7, 10));
        // 890 RWF twice: 10 kWh each at 89; then 3 100 at the second slab's 310: 10 kWh.
        QVERIFY(ReadingIngestor(t.db())
                    .ingest(m, {moneyOnly(day + 3600, 100'000'000), moneyOnly(day + 7200, 99'110'000),
                                moneyOnly(day + 10800, 98'220'000), moneyOnly(day + 14400, 95'120'000)})
                    .ok());
        const std::optional<DayUsage> d = RollupRepository(t.db()).day(m.id, QDate(2025, 7, 10));
        QVERIFY(d);
        QCOMPARE(d->gridWh, 30'000);
        QVERIFY(d->estimated);
    }

    void taxIsPartOfWhatTheBalancePays()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("utc"), QStringLiteral("manual"), 3600, QStringLiteral("UTC"));
        QVERIFY(ReadingIngestor(t.db())
                    .setTariff(m, QDate(2025, 1, 1), tariff(R"({"flat_rate": 10, "tax_percent": 25})"))
                    .ok());
        const qint64 day = 1'753'056'000; // 2025-07-21T00:00:00Z
        QVERIFY(ReadingIngestor(t.db())
                    .ingest(m, {moneyOnly(day, 1'000'000), moneyOnly(day + 3600, 987'500)})
                    .ok());
        QCOMPARE(RollupRepository(t.db()).day(m.id, QDate(2025, 7, 21))->gridWh,
                 1'000); // 12.5 = 1 kWh at 12.5
    }

    void rechargeIntervalUsesTheTariffRateNotTheLearntOne()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("utc"), QStringLiteral("simulator"), 30, QStringLiteral("UTC"));
        QVERIFY(ReadingIngestor(t.db())
                    .setTariff(m, QDate(2025, 1, 1), tariff(R"({"flat_rate": 4, "generator_rate": 30})"))
                    .ok());
        const qint64 day = 1'753'056'000;
        // The balance says 10 per kWh lately; the tariff says 4 (grid) and 30 (generator).
        QVERIFY(ReadingIngestor(t.db())
                    .ingest(m, {withCounters(day, 10'000, 1'000), withCounters(day + 60, 9'000, 1'100),
                                withCounters(day + 120, 1'008'000, 1'200),
                                withCounters(day + 180, 2'006'000, 1'200, 100, PowerSource::Generator)})
                    .ok());
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT estimated_amount_milli, amount_milli FROM recharges"
                                      " WHERE origin = 'detected' ORDER BY t")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 999'000 + 400); // the rise + 100 Wh at 4 per kWh
        QCOMPARE(q.value(1).toLongLong(), 999'000 + 400); // no round amount within 0.400
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 998'000 + 3'000); // the rise + 100 generator Wh at 30
        QCOMPARE(q.value(1).toLongLong(), 1'000'000);       // 1,000 is within 3.000 of it: paid
        const std::optional<DayUsage> d = RollupRepository(t.db()).day(m.id, QDate(2025, 7, 21));
        QCOMPARE(d->costMilli, 1'000 + 400 + (1'000'000 - 998'000));
    }

    void slabPositionAndTimeOfUseDecideTheEstimate()
    {
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("kigali"), QStringLiteral("manual"), 3600,
                                   QStringLiteral("Africa/Kigali"));
        QVERIFY(
            ReadingIngestor(t.db())
                .setTariff(
                    m, QDate(2025, 1, 1),
                    tariff(
                        R"({"slabs": [{"from_kwh": 0, "to_kwh": 5, "rate": 100}, {"from_kwh": 5, "rate": 200}],
                                          "tou": [{"from": "22:00", "to": "02:00", "rate": 50}]})"))
                .ok());
        const LocalCalendar cal{QTimeZone("Africa/Kigali")};
        const qint64 evening = cal.startOf(QDate(2025, 7, 31)) + 21 * 3600;
        // 21:00-22:00 at 100 (slab 1): 5 kWh. 22:00-23:00 in the period at 50: 2 kWh. Then,
        // past midnight in a new month, the slabs restart: 01:00-02:00 is still the period
        // (wraps midnight), 02:00-03:00 is slab 1 again at 100.
        QVERIFY(
            ReadingIngestor(t.db())
                .ingest(m,
                        {moneyOnly(evening, 10'000'000), moneyOnly(evening + 3600, 9'500'000),
                         moneyOnly(evening + 7200, 9'400'000), moneyOnly(evening + 4 * 3600, 9'350'000),
                         moneyOnly(evening + 5 * 3600, 9'250'000), moneyOnly(evening + 6 * 3600, 9'050'000)})
                .ok());
        RollupRepository rollups(t.db());
        QCOMPARE(rollups.day(m.id, QDate(2025, 7, 31))->gridWh, 5'000 + 2'000);
        // 23:00-01:00: 50 at the period rate = 1 kWh, booked on Aug 1; 01:00-02:00: 100 at 50
        // = 2 kWh; 02:00-03:00: 200 at slab 1's 100 = 2 kWh.
        QCOMPARE(rollups.day(m.id, QDate(2025, 8, 1))->gridWh, 1'000 + 2'000 + 2'000);
    }

    // The same history, ingested reading by reading, in one batch, in shuffled batches, and
    // rebuilt, gives identical rollups; so does setting the tariff after the readings.
    void incrementalAndRebuildAgreeUnderATariff()
    {
        const char *const v1 =
            R"({"slabs": [{"from_kwh": 0, "to_kwh": 2, "rate": 5}, {"from_kwh": 2, "to_kwh": 6, "rate": 9},
                                   {"from_kwh": 6, "rate": 14}], "tou": [{"from": "23:00", "to": "05:00", "rate": 3}],
                                   "generator_rate": 25, "tax_percent": 10})";
        const char *const v2 = R"({"flat_rate": 8, "generator_rate": 30, "tax_percent": 5})";
        const QTimeZone zone("Asia/Kolkata");
        const LocalCalendar cal(zone);
        const qint64 start = cal.startOf(QDate(2025, 7, 28));
        // Three kinds of readings over a week across a month end: counters with balance,
        // money only, and recharges; 10-minute steps, some missing.
        QRandomGenerator rng(20250728);
        QList<Reading> history;
        qint64 balance = 5'000'000;
        qint64 grid = 100'000;
        qint64 gen = 5'000;
        for (qint64 t = start; t < start + 7 * 86400; t += 600) {
            if (rng.bounded(20) == 0)
                continue; // a missed poll
            const bool generator = (t / 3600) % 24 == 19;
            const qint64 wh = rng.bounded(40, 160);
            (generator ? gen : grid) += wh;
            balance -= wh * (generator ? 30 : 9);
            if (rng.bounded(150) == 0)
                balance += 2'000'000; // a recharge
            const bool countersKnown = (t / 86400) % 3 != 0;
            Reading r = countersKnown ? withCounters(t, balance, grid, gen,
                                                     generator ? PowerSource::Generator : PowerSource::Grid)
                                      : moneyOnly(t, balance);
            history.append(r);
        }

        const auto fresh = [&](TestDatabase &t, bool tariffFirst) {
            const Meter m = t.addMeter(QStringLiteral("m"), QStringLiteral("manual"), 600,
                                       QStringLiteral("Asia/Kolkata"));
            if (tariffFirst) {
                TariffRepository repo(t.db());
                repo.setVersion(m.id, QDate(2025, 7, 1), tariff(v1));
                repo.setVersion(m.id, QDate(2025, 8, 2), tariff(v2));
            }
            return m;
        };

        TestDatabase live;
        const Meter m1 = fresh(live, true);
        for (const Reading &r : std::as_const(history))
            QVERIFY(ReadingIngestor(live.db()).ingest(m1, {r}).ok());
        const QStringList reference = rollups(live.db(), m1.id);
        QVERIFY(reference.size() > 100);

        TestDatabase batch;
        const Meter m2 = fresh(batch, true);
        QVERIFY(ReadingIngestor(batch.db()).ingest(m2, history).ok());
        QCOMPARE(rollups(batch.db(), m2.id), reference);

        // Older readings arriving late trigger a rebuild from their day.
        TestDatabase late;
        const Meter m3 = fresh(late, true);
        const int half = static_cast<int>(history.size() / 2);
        QVERIFY(ReadingIngestor(late.db()).ingest(m3, history.mid(half)).ok());
        QVERIFY(ReadingIngestor(late.db()).ingest(m3, history.mid(0, half)).ok());
        QCOMPARE(rollups(late.db(), m3.id), reference);

        QVERIFY(ReadingIngestor(live.db()).rebuild(m1).ok());
        QCOMPARE(rollups(live.db(), m1.id), reference);
        QVERIFY(ReadingIngestor(live.db()).rebuild(m1, start + 3 * 86400 + 5000).ok());
        QCOMPARE(rollups(live.db(), m1.id), reference);

        // Tariffs set after the readings: each re-derives from its date.
        TestDatabase after;
        const Meter m4 = fresh(after, false);
        QVERIFY(ReadingIngestor(after.db()).ingest(m4, history).ok());
        const QStringList learnt = rollups(after.db(), m4.id);
        QVERIFY(learnt != reference); // the tariff does change the estimates
        QVERIFY(ReadingIngestor(after.db()).setTariff(m4, QDate(2025, 7, 1), tariff(v1)).ok());
        QVERIFY(ReadingIngestor(after.db()).setTariff(m4, QDate(2025, 8, 2), tariff(v2)).ok());
        QCOMPARE(rollups(after.db(), m4.id), reference);
    }
};

QTEST_GUILESS_MAIN(TestTariff)
#include "tst_tariff.moc"
