#include "CsvTestHistory.h"
#include "DerivedSnapshot.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/RechargeLedger.h"
#include "export/CsvImporter.h"
#include "model/TimeFormat.h"
#include "storage/ReadingRepository.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace CsvTestHistory;

namespace {

Result<CsvImporter::Report> importBytes(Database &db, const Meter &meter, const QByteArray &bytes,
                                        CsvImporter::Options options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvImporter importer(db);
    importer.setNow(fixedNow());
    return importer.run(meter, buffer, options);
}

qint64 count(Database &db, const QString &sql, qint64 meterId)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(meterId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

// Everything stored for a meter: readings, recharges, hour and day rollups.
QList<qint64> footprint(Database &db, qint64 meterId)
{
    return {count(db, QStringLiteral("SELECT count(*) FROM readings WHERE meter_id = ?"), meterId),
            count(db, QStringLiteral("SELECT count(*) FROM recharges WHERE meter_id = ?"), meterId),
            count(db, QStringLiteral("SELECT count(*) FROM usage_hour WHERE meter_id = ?"), meterId),
            count(db, QStringLiteral("SELECT count(*) FROM usage_day WHERE meter_id = ?"), meterId)};
}

// A target like the source meter, so derivation settings (gap limit, tolerance) agree.
Meter target(TestDatabase &t, const QString &name, const QString &zone = QStringLiteral("Asia/Kolkata"))
{
    return t.addMeter(name, QStringLiteral("manual"), 30, zone);
}

QByteArray header()
{
    return "meter,time,balance,grid_kwh,generator_kwh,load_kw,source\r\n";
}

} // namespace

class TestCsvImporter : public QObject
{
    Q_OBJECT

private slots:
    void roundTripGivesIdenticalFiles()
    {
        TestDatabase source;
        const Meter m = simulated(source, QStringLiteral("home"), 20);
        // Recharges of every origin, through the ledger: a typed-in one, and a provider's with a
        // token a spreadsheet would run.
        QVERIFY(RechargeLedger(source.db())
                    .add(m, 750'000, fixedNow() - 5 * 86400, QStringLiteral("1234 5678 9012 3456 7890"))
                    .ok());
        ProviderRecharge fromProvider;
        fromProvider.time = fixedNow() - 9 * 86400;
        fromProvider.amountMilli = 1'000'000;
        fromProvider.token = QStringLiteral("=1234-5678-9012");
        fromProvider.reference = QStringLiteral("ref-1");
        QCOMPARE(RechargeLedger(source.db()).mergeProviderRecharges(m, {fromProvider}).value(), 1);
        const QByteArray readings = exportBytes(source.db(), request(CsvExporter::Kind::Readings, m));
        const QByteArray recharges = exportBytes(source.db(), request(CsvExporter::Kind::Recharges, m));
        QVERIFY(lines(readings).size() > 20 * 2700);
        QVERIFY2(recharges.contains(",provider,'=1234-5678-9012\r\n"), recharges.constData());
        QVERIFY2(recharges.contains(",manual,12345678901234567890\r\n"), recharges.constData());
        QVERIFY(recharges.contains(",detected,"));

        TestDatabase copy;
        const Meter n = target(copy, QStringLiteral("home"));
        const auto r1 = importBytes(copy.db(), n, readings);
        QVERIFY2(r1.ok(), qPrintable(r1.error()));
        QCOMPARE(r1->imported, qint64(lines(readings).size() - 1));
        QCOMPARE(r1->badRows, 0);
        QVERIFY(r1->committed);
        QVERIFY(r1->rechargesDerived > 0);
        CsvImporter::Options rechargeOptions;
        rechargeOptions.kind = CsvImporter::Kind::Recharges;
        const auto r2 = importBytes(copy.db(), n, recharges, rechargeOptions);
        QVERIFY2(r2.ok(), qPrintable(r2.error()));
        QCOMPARE(r2->imported, 2);                      // the manual and the provider one
        QCOMPARE(r2->duplicates, r1->rechargesDerived); // the detected ones, derived again
        QVERIFY(r2->committed);

        QCOMPARE(exportBytes(copy.db(), request(CsvExporter::Kind::Readings, n)), readings);
        QCOMPARE(exportBytes(copy.db(), request(CsvExporter::Kind::Recharges, n)), recharges);
        // Everything derived is the same as for the live history.
        for (const CsvExporter::Kind kind :
             {CsvExporter::Kind::Daily, CsvExporter::Kind::Monthly, CsvExporter::Kind::Usage}) {
            CsvExporter::Request a = request(kind, m);
            CsvExporter::Request b = request(kind, n);
            a.groupMinutes = b.groupMinutes = 15;
            QCOMPARE(exportBytes(copy.db(), b), exportBytes(source.db(), a));
        }
    }

    void badRowsAreNamedAndNothingIsImported()
    {
        const QByteArray file =
            header() + "home,2025-07-20T10:00:00+05:30,900.00,100.000,1.000,0.500,grid\r\n"  // 2 ok
                       "home,2025-07-32T10:00:00+05:30,899.00,100.100,1.000,0.500,grid\r\n"  // 3 date
                       "home,2025-07-20T10:01:00+05:30,NaN,100.200,1.000,0.500,grid\r\n"     // 4 NaN
                       "home,2025-07-20T10:02:00+05:30,898.00,-1.000,1.000,0.500,grid\r\n"   // 5 negative
                       "home,2025-07-20T10:03:00+05:30,897.00,100.300\r\n"                   // 6 width
                       "home,2025-07-20T10:04:00+05:30,896.00,100.400,1.000,0.500,solar\r\n" // 7 source
                       "home,2026-07-20T10:05:00+05:30,895.00,100.500,1.000,0.500,grid\r\n"  // 8 future
                       "home,2025-07-20T10:06:00+05:30,,,,0.500,grid\r\n"                    // 9 empty
                       "other,2025-07-20T10:07:00+05:30,894.00,100.600,1.000,0.500,grid\r\n" // 10 meter
                       "home,2025-07-20T10:08:00+05:30,1e3,100.700,1.000,0.500,grid\r\n"     // 11 exponent
                       "home,2025-07-20T10:09:00+05:30,893.00,100.800,1.000,0.500,grid\r\n"  // 12 ok
                       "home,2025-07-20T10:10:00+05:30,1753000000000,100.9,1,0.5,grid\r\n";  // 13 huge
        TestDatabase t;
        const Meter m = target(t, QStringLiteral("home"));
        const auto r = importBytes(t.db(), m, file);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->rows, 12);
        QCOMPARE(r->badRows, 10);
        QCOMPARE(r->imported, 0);
        QVERIFY(!r->committed);
        QCOMPARE(footprint(t.db(), m.id), (QList<qint64>{0, 0, 0, 0}));
        QStringList sentences;
        for (const CsvError &e : r->errors)
            sentences.append(e.sentence());
        const QStringList expected = {
            QStringLiteral("Line 3, column 2 (time): \"2025-07-32T10:00:00+05:30\" is not a date and time"),
            QStringLiteral("Line 4, column 3 (balance): \"NaN\" is not a number."),
            QStringLiteral("Line 5, column 4 (grid_kwh): A counter cannot be negative (-1.000)."),
            QStringLiteral("Line 6: 4 fields where the header has 7."),
            QStringLiteral("Line 7, column 7 (source): \"solar\" is not a power source"),
            QStringLiteral("Line 8, column 2 (time): 2026-07-20T10:05:00+05:30 is in the future."),
            QStringLiteral("Line 9, column 3 (balance): the row has neither a balance nor a kWh counter."),
            QStringLiteral("Line 10, column 1 (meter): the file holds more than one meter (\"home\", then "
                           "\"other\")"),
            QStringLiteral("Line 11, column 3 (balance): \"1e3\" is not a number."),
            // A timestamp in the balance column: refused before it can overflow the ledger.
            QStringLiteral("Line 13, column 3 (balance): The balance is beyond a billion ("),
        };
        QCOMPARE(sentences.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(sentences[i].startsWith(expected[i]), qPrintable(sentences[i]));

        // Skipping bad rows keeps the two good ones.
        CsvImporter::Options skip;
        skip.skipBadRows = true;
        const auto s = importBytes(t.db(), m, file, skip);
        QVERIFY(s.ok());
        QCOMPARE(s->imported, 2);
        QCOMPARE(s->badRows, 10);
        QCOMPARE(s->errors.size(), 10);
        QVERIFY(s->committed);
        QCOMPARE(ReadingRepository(t.db()).count(m.id), 2);
    }

    void malformedFilesAreRefusedWithTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty");
        QTest::newRow("bad quotes") << header() + "home,\"2025-07-20T10:00:00+05:30\"x,1,,,,\r\n"
                                    << QStringLiteral("Line 2, column 2: Text after the closing quote");
        QTest::newRow("unclosed quote") << header() + "home,2025-07-20T10:00:00+05:30,\"1,,,,\r\n"
                                        << QStringLiteral("Line 2, column 3: A quoted field is never closed");
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                              16)
                                << QStringLiteral("Line 1, column 1: A NUL byte");
        QTest::newRow("latin-1") << header() + "h\xf6me,2025-07-20T10:00:00+05:30,1,,,,\r\n"
                                 << QStringLiteral("Line 2, column 1: This is not UTF-8 text");
        QTest::newRow("long line") << header() + QByteArray(100'000, '9') + "\r\n"
                                   << QStringLiteral(
                                          "Line 2, column 1: The record is longer than 65536 bytes");
        QTest::newRow("foreign header") << QByteArray("Date;Balance\r\n2025-07-20;1\r\n")
                                        << QStringLiteral("not the header of a Kilowatch readings export");
    }
    void malformedFilesAreRefusedWithTheirPlace()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, words);
        TestDatabase t;
        const Meter m = target(t, QStringLiteral("home"));
        const auto r = importBytes(t.db(), m, bytes);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(words), qPrintable(r.error()));
        QCOMPARE(footprint(t.db(), m.id), (QList<qint64>{0, 0, 0, 0}));
    }

    void duplicatesAreSkippedAndCounted()
    {
        TestDatabase source;
        const Meter m = simulated(source, QStringLiteral("home"), 2);
        const QByteArray readings = exportBytes(source.db(), request(CsvExporter::Kind::Readings, m));
        TestDatabase copy;
        const Meter n = target(copy, QStringLiteral("home"));
        const auto first = importBytes(copy.db(), n, readings);
        QVERIFY(first.ok());
        const QList<qint64> after = footprint(copy.db(), n.id);
        const QByteArray daily = exportBytes(copy.db(), request(CsvExporter::Kind::Daily, n));
        const auto again = importBytes(copy.db(), n, readings);
        QVERIFY(again.ok());
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, first->imported);
        QCOMPARE(again->rechargesDerived, 0);
        QCOMPARE(footprint(copy.db(), n.id), after);
        QCOMPARE(exportBytes(copy.db(), request(CsvExporter::Kind::Daily, n)), daily);
        // A row twice in one file counts once as a duplicate.
        const QList<QByteArray> rows = lines(readings);
        const QByteArray twice = header() + rows.at(1) + "\r\n" + rows.at(1) + "\r\n";
        TestDatabase fresh;
        const auto doubled = importBytes(fresh.db(), target(fresh, QStringLiteral("home")), twice);
        QVERIFY(doubled.ok());
        QCOMPARE(doubled->imported, 1);
        QCOMPARE(doubled->duplicates, 1);
    }

    void dryRunReportsWithoutWriting()
    {
        TestDatabase source;
        const Meter m = simulated(source, QStringLiteral("home"), 12);
        const QByteArray readings = exportBytes(source.db(), request(CsvExporter::Kind::Readings, m));
        TestDatabase copy;
        const Meter n = target(copy, QStringLiteral("home"));
        CsvImporter::Options dry;
        dry.dryRun = true;
        const auto preview = importBytes(copy.db(), n, readings, dry);
        QVERIFY(preview.ok());
        QVERIFY(preview->dryRun);
        QVERIFY(!preview->committed);
        QCOMPARE(footprint(copy.db(), n.id), (QList<qint64>{0, 0, 0, 0}));
        const auto real = importBytes(copy.db(), n, readings);
        QVERIFY(real.ok());
        QCOMPARE(real->imported, preview->imported);
        QCOMPARE(real->duplicates, preview->duplicates);
        QCOMPARE(real->rechargesDerived, preview->rechargesDerived);
        QVERIFY(real->rechargesDerived > 0);
    }

    void unsortedAndSplitImportsDeriveTheSame()
    {
        TestDatabase source;
        const Meter m = simulated(source, QStringLiteral("home"), 10);
        const QByteArray readings = exportBytes(source.db(), request(CsvExporter::Kind::Readings, m));
        const QByteArray daily = exportBytes(source.db(), request(CsvExporter::Kind::Daily, m));
        const QByteArray recharges = exportBytes(source.db(), request(CsvExporter::Kind::Recharges, m));
        QList<QByteArray> rows = lines(readings);
        rows.removeFirst();

        // Shuffled: derived again from the earliest day, as if sorted.
        QList<QByteArray> shuffled = rows;
        std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
        TestDatabase a;
        const Meter na = target(a, QStringLiteral("home"));
        const auto ra = importBytes(a.db(), na, header() + shuffled.join("\r\n") + "\r\n");
        QVERIFY(ra.ok());
        QVERIFY(ra->rebuiltFrom.has_value());
        QCOMPARE(exportBytes(a.db(), request(CsvExporter::Kind::Daily, na)), daily);
        QCOMPARE(exportBytes(a.db(), request(CsvExporter::Kind::Recharges, na)), recharges);

        // The newer half first, then the older half (a year of history into a live meter).
        TestDatabase b;
        const Meter nb = target(b, QStringLiteral("home"));
        const qsizetype half = rows.size() / 2;
        QVERIFY(importBytes(b.db(), nb, header() + rows.mid(half).join("\r\n") + "\r\n").ok());
        const auto older = importBytes(b.db(), nb, header() + rows.mid(0, half).join("\r\n") + "\r\n");
        QVERIFY(older.ok());
        QVERIFY(older->rebuiltFrom.has_value());
        QCOMPARE(exportBytes(b.db(), request(CsvExporter::Kind::Daily, nb)), daily);
        QCOMPARE(exportBytes(b.db(), request(CsvExporter::Kind::Recharges, nb)), recharges);
    }

    void otherLayoutsThroughAMapping()
    {
        // A German spreadsheet: semicolons, decimal commas, dd.MM.yyyy, extra columns.
        const QByteArray file = "Nr;Zeit;Guthaben;Netz kWh;Notiz\r\n"
                                "1;20.07.2025 10:00;1.23,5;\"12,5\";a\r\n" // a group of two: refused
                                "2;20.07.2025 10:00;1.234,5;12,5;b\r\n"    // thousands separator: read
                                "3;20.07.2025 11:00;1230;12,75;c\r\n"
                                "4;20.07.2025 12:00;1225,25;13;d\r\n";
        TestDatabase t;
        const Meter m = target(t, QStringLiteral("home"));
        CsvImporter::Options options;
        CsvImporter::Mapping mapping;
        mapping.time = QStringLiteral("zeit"); // by name, any case
        mapping.balance = QStringLiteral("3"); // by number
        mapping.gridKwh = QStringLiteral("Netz kWh");
        options.mapping = mapping;
        options.delimiter = ';';
        options.decimalComma = true;
        options.timeFormat = QStringLiteral("dd.MM.yyyy HH:mm");
        const auto strict = importBytes(t.db(), m, file, options);
        QVERIFY(strict.ok());
        QCOMPARE(strict->badRows, 1);
        QVERIFY2(strict->errors.constFirst().sentence().startsWith(
                     QStringLiteral("Line 2, column 3 (Guthaben): \"1.23,5\" is not a number")),
                 qPrintable(strict->errors.constFirst().sentence()));
        options.skipBadRows = true;
        const auto r = importBytes(t.db(), m, file, options);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->imported, 3);
        const Result<QList<Reading>> stored = ReadingRepository(t.db()).range(m.id, 0, fixedNow());
        QCOMPARE(stored->size(), 3);
        QCOMPARE(stored->at(0).time,
                 QDateTime(QDate(2025, 7, 20), QTime(10, 0), QTimeZone("Asia/Kolkata")).toSecsSinceEpoch());
        QCOMPARE(*stored->at(0).balanceMilli, 1'234'500);
        QCOMPARE(*stored->at(1).gridWh, 12'750);
        QVERIFY(!stored->at(2).generatorWh);

        // Epoch times, a comma file with a dot, and the mistakes a mapping can have.
        TestDatabase u;
        const Meter k = target(u, QStringLiteral("k"));
        CsvImporter::Options epoch;
        CsvImporter::Mapping em;
        em.time = QStringLiteral("1");
        em.balance = QStringLiteral("2");
        epoch.mapping = em;
        epoch.timeFormat = QStringLiteral("epoch-ms");
        const auto e =
            importBytes(u.db(), k, "ts,bal\r\n1753000000000,10.5\r\n1753000060000,10.25\r\n", epoch);
        QVERIFY(e.ok());
        QCOMPARE(e->imported, 2);
        QCOMPARE(ReadingRepository(u.db()).earliest(k.id)->time, 1753000000);
        em.balance = QStringLiteral("Saldo");
        epoch.mapping = em;
        const auto missing = importBytes(u.db(), k, "ts,bal\r\n1,2\r\n", epoch);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("no column \"Saldo\"")),
                 qPrintable(missing.error()));
        em.balance = QStringLiteral("9");
        epoch.mapping = em;
        QVERIFY(!importBytes(u.db(), k, "ts,bal\r\n1,2\r\n", epoch).ok());
        epoch.timeFormat = QStringLiteral("banana");
        QVERIFY(!importBytes(u.db(), k, "ts,bal\r\n1,2\r\n", epoch).ok());
        CsvImporter::Options comma;
        CsvImporter::Mapping cm;
        cm.time = QStringLiteral("t");
        cm.balance = QStringLiteral("b");
        comma.mapping = cm;
        const auto hint = importBytes(u.db(), k, "t;b\r\n2025-07-20T10:00:00Z;1,5\r\n", comma);
        QVERIFY(!hint.ok()); // one column "t;b": the delimiter is wrong
        comma.delimiter = ';';
        const auto decimal = importBytes(u.db(), k, "t;b\r\n2025-07-20T10:00:00Z;1,5\r\n", comma);
        QVERIFY(decimal.ok());
        QVERIFY2(decimal->errors.constFirst().message.contains(QStringLiteral("decimal comma")),
                 qPrintable(decimal->errors.constFirst().message));
    }

    void rechargeRowsAreChecked()
    {
        TestDatabase t;
        const Meter m = target(t, QStringLiteral("home"));
        const QByteArray file = "meter,time,amount,balance_after,origin,token\r\n"
                                "home,2025-07-20T10:00:00+05:30,500.00,,manual,1234-5678-9012-3456-7890\r\n"
                                "home,2025-07-20T11:00:00+05:30,500.00,,detected,\r\n"
                                "home,2025-07-20T12:00:00+05:30,-5.00,,manual,\r\n"
                                "home,2025-07-20T13:00:00+05:30,5.00,,gift,\r\n"
                                "home,2025-07-20T14:00:00+05:30,,,manual,\r\n"
                                "home,2025-07-20T15:00:00+05:30,5.00,,manual,'-12\r\n"
                                "home,2025-07-20T16:00:00+05:30,0.00,,manual,\r\n"
                                "home,2025-07-20T09:00:00+05:30,300.00,,provider,'-12\r\n";
        CsvImporter::Options options;
        options.kind = CsvImporter::Kind::Recharges;
        const auto r = importBytes(t.db(), m, file, options);
        QVERIFY(r.ok());
        QCOMPARE(r->badRows, 6);
        QVERIFY(!r->committed);
        QVERIFY(r->errors.at(0).sentence().startsWith(
            QStringLiteral("Line 3, column 5 (origin): no detected recharge at this time")));
        QVERIFY(r->errors.at(1).sentence().startsWith(
            QStringLiteral("Line 4, column 3 (amount): The amount cannot "
                           "be negative")));
        QVERIFY(r->errors.at(2).sentence().startsWith(QStringLiteral("Line 5, column 5 (origin): \"gift\"")));
        QVERIFY(r->errors.at(3).sentence().startsWith(
            QStringLiteral("Line 6, column 3 (amount): the amount is")));
        // A typed-in recharge is held to the ledger's rules, as when it is typed in.
        QVERIFY2(r->errors.at(4).sentence().startsWith(
                     QStringLiteral("Line 7, column 6 (token): A token has exactly 20 digits")),
                 qPrintable(r->errors.at(4).sentence()));
        QVERIFY2(r->errors.at(5).sentence().startsWith(
                     QStringLiteral("Line 8, column 3 (amount): A recharge needs an amount above zero")),
                 qPrintable(r->errors.at(5).sentence()));
        options.skipBadRows = true;
        const auto s = importBytes(t.db(), m, file, options);
        QVERIFY(s.ok());
        QCOMPARE(s->imported, 2);
        const auto again = importBytes(t.db(), m, file, options);
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, 2);
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT token, origin, amount_milli FROM recharges ORDER BY t")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("-12")); // the export's apostrophe is taken off
        QCOMPARE(q.value(1).toString(), QStringLiteral("provider"));
        QCOMPARE(q.value(2).toLongLong(), 300'000);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("12345678901234567890")); // as the ledger keeps it
        QCOMPARE(q.value(1).toString(), QStringLiteral("manual"));
        QCOMPARE(q.value(2).toLongLong(), 500'000);
        QVERIFY(!importBytes(t.db(), m, header() + "home,2025-07-20T10:00:00+05:30,1,,,,\r\n", options).ok());
    }

    void cancelKeepsNothing()
    {
        TestDatabase source;
        const Meter m = simulated(source, QStringLiteral("home"), 3);
        const QByteArray readings = exportBytes(source.db(), request(CsvExporter::Kind::Readings, m));
        TestDatabase copy;
        const Meter n = target(copy, QStringLiteral("home"));
        QBuffer buffer;
        buffer.setData(readings);
        buffer.open(QIODevice::ReadOnly);
        CsvImporter importer(copy.db());
        importer.setNow(fixedNow());
        QList<int> seen;
        importer.setProgress([&seen](int permille) {
            seen.append(permille);
            return seen.size() < 2;
        });
        const auto r = importer.run(n, buffer, {});
        QVERIFY(r.ok());
        QVERIFY(r->cancelled);
        QVERIFY(!r->committed);
        QCOMPARE(seen.size(), 2);
        QVERIFY(seen.at(0) > 0 && seen.at(0) < seen.at(1));
        QCOMPARE(footprint(copy.db(), n.id), (QList<qint64>{0, 0, 0, 0}));
    }

    void importSpeed()
    {
        // A month of 30 s readings (~86 000 rows), timed and printed; the benchmark under
        // tests/bench does a year.
        TestDatabase source;
        const Meter m = simulated(source, QStringLiteral("home"), 30);
        const QByteArray readings = exportBytes(source.db(), request(CsvExporter::Kind::Readings, m));
        TestDatabase copy;
        const Meter n = target(copy, QStringLiteral("home"));
        QElapsedTimer clock;
        clock.start();
        const auto r = importBytes(copy.db(), n, readings);
        const qint64 ms = qMax<qint64>(1, clock.elapsed());
        QVERIFY(r.ok());
        qInfo("imported %lld rows in %lld ms (%lld rows/s)", r->imported, ms, r->imported * 1000 / ms);
    }
};

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
