#include "TestDatabase.h"
#include "analytics/BillCalculator.h"
#include "analytics/LocalCalendar.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/TariffPresets.h"
#include "services/TariffBook.h"
#include "storage/RollupRepository.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {

QJsonObject spec(const char *json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json));
    if (!doc.isObject())
        qFatal("bad test JSON: %s", json);
    return doc.object();
}

Reading moneyOnly(qint64 time, qint64 balanceMilli)
{
    Reading r;
    r.time = time;
    r.fetchedAt = time;
    r.balanceMilli = balanceMilli;
    r.source = PowerSource::Grid;
    return r;
}

Reading gridCounter(qint64 time, qint64 balanceMilli, qint64 gridWh)
{
    Reading r = moneyOnly(time, balanceMilli);
    r.gridWh = gridWh;
    return r;
}

} // namespace

// The one rule of a tariff version for the window and the CLI (TariffBook), its edits and their
// re-derivation, and the presets: built in from published tariffs, and the user's own, kept.
class TestTariffBook : public QObject
{
    Q_OBJECT

private slots:
    void checkIsTheOneRule_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("no date") << QDate() << QStringLiteral(R"({"flat_rate": 5})")
                                 << QStringLiteral("A tariff needs the date it starts on.");
        QTest::newRow("both") << QDate(2025, 1, 1)
                              << QStringLiteral(R"({"flat_rate": 5, "slabs": [{"from_kwh": 0, "rate": 1}]})")
                              << QStringLiteral("A tariff needs either a flat rate or slabs, not both.");
        QTest::newRow("slab gap")
            << QDate(2025, 1, 1)
            << QStringLiteral(
                   R"({"slabs": [{"from_kwh": 0, "to_kwh": 20, "rate": 1}, {"from_kwh": 30, "rate": 2}]})")
            << QStringLiteral("There is a gap between slabs 1 and 2: nothing prices 20 to 30 kWh.");
        QTest::newRow("tou overlap")
            << QDate(2025, 1, 1)
            << QStringLiteral(R"({"flat_rate": 5, "tou": [{"from": "22:00", "to": "06:00", "rate": 1},)"
                              R"( {"from": "05:00", "to": "07:00", "rate": 2}]})")
            << QStringLiteral("Time-of-use periods 1 and 2 overlap at 05:00.");
        // Digits of another script are refused, never read as 0 (22:00 in Bengali digits).
        QTest::newRow("bengali digits")
            << QDate(2025, 1, 1)
            << QString::fromUtf8(R"({"flat_rate": 5, "tou": [{"from": "২২:০০", "to": "06:00", "rate": 1}]})")
            << QStringLiteral("Time-of-use period 1 needs local times like \"22:00\" and \"06:00\".");
        QTest::newRow("negative tax")
            << QDate(2025, 1, 1) << QStringLiteral(R"({"flat_rate": 5, "tax_percent": -1})")
            << QStringLiteral("The tax percentage cannot be negative.");
    }
    void checkIsTheOneRule()
    {
        QFETCH(QDate, from);
        QFETCH(QString, json);
        QFETCH(QString, sentence);
        const Result<Tariff> checked = TariffBook::check(from, spec(json.toUtf8().constData()));
        QVERIFY(!checked);
        QCOMPARE(checked.errorKind(), ErrorKind::InvalidInput);
        QCOMPARE(checked.error(), sentence);
        // Nothing is stored by a refused set.
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("hand"), QStringLiteral("manual"), 3600);
        QVERIFY(!TariffBook(t.db()).set(m, from, spec(json.toUtf8().constData())));
        QVERIFY(TariffBook(t.db()).versions(m)->isEmpty());
    }

    void versionsAreAddedEditedAndRemoved()
    {
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("hand"), QStringLiteral("manual"), 3600,
                                   QStringLiteral("Africa/Kigali"));
        TariffBook book(t.db());
        QVERIFY(book.set(m, QDate(2025, 1, 1), spec(R"({"flat_rate": 100})")));
        QVERIFY(book.set(m, QDate(2025, 7, 16), spec(R"({"flat_rate": 150})")));
        QList<TariffVersion> versions = book.versions(m).value();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(TariffBook::validTo(versions, 0), std::optional<QDate>(QDate(2025, 7, 15)));
        QCOMPARE(TariffBook::validTo(versions, 1), std::nullopt);

        // Moving the second version's start and prices: one version, at the new date.
        const Result<TariffVersion> moved =
            book.replace(m, QDate(2025, 7, 16), QDate(2025, 8, 1), spec(R"({"flat_rate": 160})"));
        QVERIFY2(moved, qPrintable(moved.error()));
        versions = book.versions(m).value();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[1].validFrom, QDate(2025, 8, 1));
        QCOMPARE(versions[1].tariff.slabs().constFirst().rateMilli, 160'000);
        // A refused edit changes nothing.
        QVERIFY(!book.replace(m, QDate(2025, 8, 1), QDate(2025, 9, 1), spec(R"({"flat_rate": 0})")));
        QCOMPARE(book.versions(m)->constLast().validFrom, QDate(2025, 8, 1));
        QCOMPARE(
            book.replace(m, QDate(2030, 1, 1), QDate(2030, 2, 1), spec(R"({"flat_rate": 1})")).errorKind(),
            ErrorKind::NotFound);

        QVERIFY(book.remove(m, QDate(2025, 8, 1)));
        QCOMPARE(book.versions(m)->size(), 1);
        QCOMPARE(book.remove(m, QDate(2025, 8, 1)).errorKind(), ErrorKind::NotFound);
    }

    // Money-only days are estimated through the tariff in force: removing or moving a version
    // derives them again, as setting one does.
    void removingAVersionDerivesTheEstimatesAgain()
    {
        TestDatabase t;
        const Meter m = t.addMeter(QStringLiteral("kigali"), QStringLiteral("manual"), 3600,
                                   QStringLiteral("Africa/Kigali"));
        TariffBook book(t.db());
        QVERIFY(book.set(m, QDate(2025, 1, 1), spec(R"({"flat_rate": 100})")));
        QVERIFY(book.set(m, QDate(2025, 7, 1), spec(R"({"flat_rate": 200})")));
        const qint64 day = LocalCalendar(QTimeZone("Africa/Kigali")).startOf(QDate(2025, 7, 10));
        // 2 000 RWF spent: 10 kWh at 200, 20 kWh at 100.
        QVERIFY(ReadingIngestor(t.db()).ingest(
            m, {moneyOnly(day + 3600, 10'000'000), moneyOnly(day + 7200, 8'000'000)}));
        QCOMPARE(RollupRepository(t.db()).day(m.id, QDate(2025, 7, 10))->gridWh, 10'000);
        QVERIFY(book.remove(m, QDate(2025, 7, 1)));
        QCOMPARE(RollupRepository(t.db()).day(m.id, QDate(2025, 7, 10))->gridWh, 20'000);
        QVERIFY(book.replace(m, QDate(2025, 1, 1), QDate(2025, 1, 1), spec(R"({"flat_rate": 50})")));
        QCOMPARE(RollupRepository(t.db()).day(m.id, QDate(2025, 7, 10))->gridWh, 40'000);
        QVERIFY(book.replace(m, QDate(2025, 1, 1), QDate(2025, 7, 10), spec(R"({"flat_rate": 400})")));
        QCOMPARE(RollupRepository(t.db()).day(m.id, QDate(2025, 7, 10))->gridWh, 5'000);
    }

    void builtInPresetsAreValidAndSayTheirSource()
    {
        const QList<TariffPreset> presets = TariffPresets::builtIn();
        QVERIFY(!presets.isEmpty());
        for (const TariffPreset &p : presets) {
            QVERIFY2(Tariff::fromJson(p.spec), qPrintable(p.name));
            QVERIFY(p.builtIn);
            QVERIFY2(!p.source.isEmpty(), qPrintable(p.name));
            QVERIFY(!p.currency.isEmpty());
        }
    }

    // REG residential (providers.md): 0-20 kWh at 89, 21-50 at 310, above 50 at 369 RWF.
    void regResidentialPricesAMonthAsPublished()
    {
        const QList<TariffPreset> presets = TariffPresets::builtIn();
        const auto reg = std::find_if(presets.begin(), presets.end(), [](const TariffPreset &p) {
            return p.name.startsWith(QLatin1String("REG"));
        });
        QVERIFY(reg != presets.end());
        QCOMPARE(reg->currency, QStringLiteral("RWF"));
        const Tariff tariff = Tariff::fromJson(reg->spec).value();
        QCOMPARE(tariff.slabsText(), QStringLiteral("0-20:89,21-50:310,51-:369"));

        TestDatabase t;
        Meter m = t.addMeter(QStringLiteral("kigali"), QStringLiteral("manual"), 3600,
                             QStringLiteral("Africa/Kigali"));
        QVERIFY(TariffBook(t.db()).set(m, QDate(2025, 1, 1), reg->spec));
        const qint64 day = LocalCalendar(QTimeZone("Africa/Kigali")).startOf(QDate(2025, 7, 10));
        // 60 kWh in July: 20 x 89 + 30 x 310 + 10 x 369 = 1 780 + 9 300 + 3 690 = 14 770 RWF.
        QVERIFY(ReadingIngestor(t.db()).ingest(m, {gridCounter(day + 3600, 50'000'000, 1'000'000),
                                                   gridCounter(day + 7200, 35'230'000, 1'060'000)}));
        const Result<MonthlyBill> bill = BillCalculator(t.db()).compute(m, QDate(2025, 7, 1));
        QVERIFY2(bill, qPrintable(bill.error()));
        QCOMPARE(bill->gridWh, 60'000);
        QCOMPARE(bill->totalMilli, 14'770'000);
    }

    void userPresetsSurviveARestart()
    {
        TestDatabase t;
        const Tariff mine =
            Tariff::fromJson(spec(R"({"flat_rate": 7.5, "tou": [{"from": "18:00", "to": "22:00",)"
                                  R"( "rate": 11}], "tax_percent": 5})"))
                .value();
        QVERIFY(TariffPresets(t.db()).save(QStringLiteral("  My flat  "), QStringLiteral("INR"), mine));
        t.close();
        t.reopen();
        const QList<TariffPreset> all = TariffPresets(t.db()).all().value();
        QCOMPARE(all.size(), TariffPresets::builtIn().size() + 1);
        const TariffPreset &saved = all.constLast();
        QCOMPARE(saved.name, QStringLiteral("My flat"));
        QCOMPARE(saved.currency, QStringLiteral("INR"));
        QVERIFY(!saved.builtIn);
        QCOMPARE(saved.spec, mine.toJson());
        // Saving the name again replaces it; removing it removes it.
        QVERIFY(TariffPresets(t.db()).save(QStringLiteral("My flat"), QStringLiteral("INR"),
                                           Tariff::fromJson(spec(R"({"flat_rate": 8})")).value()));
        QCOMPARE(TariffPresets(t.db()).all()->size(), TariffPresets::builtIn().size() + 1);
        QCOMPARE(TariffPresets(t.db()).all()->constLast().spec, spec(R"({"flat_rate": 8})"));
        QVERIFY(TariffPresets(t.db()).remove(QStringLiteral("My flat")));
        QCOMPARE(TariffPresets(t.db()).all()->size(), TariffPresets::builtIn().size());
    }

    void presetNamesAreChecked()
    {
        TestDatabase t;
        const Tariff flat = Tariff::fromJson(spec(R"({"flat_rate": 8})")).value();
        TariffPresets presets(t.db());
        QCOMPARE(presets.save(QStringLiteral("  "), QStringLiteral("INR"), flat).errorKind(),
                 ErrorKind::Missing);
        const QString builtIn = TariffPresets::builtIn().constFirst().name;
        QCOMPARE(presets.save(builtIn.toLower(), QStringLiteral("RWF"), flat).errorKind(),
                 ErrorKind::AlreadyExists);
        QVERIFY(!presets.remove(builtIn));
        QCOMPARE(presets.remove(QStringLiteral("nothing")).errorKind(), ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestTariffBook)
#include "tst_tariffbook.moc"
