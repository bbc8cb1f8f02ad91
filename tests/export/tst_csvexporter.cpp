#include "CsvTestHistory.h"
#include "analytics/BillCalculator.h"
#include "analytics/LocalCalendar.h"
#include "analytics/ReadingIngestor.h"
#include "analytics/SummaryQuery.h"
#include "analytics/Tariff.h"
#include "analytics/UsageSeries.h"
#include "export/AlertColumns.h"
#include "export/BillColumns.h"
#include "export/BillSource.h"
#include "export/CsvImporter.h"
#include "export/CsvWriter.h"
#include "export/ReadingColumns.h"
#include "export/RechargeColumns.h"
#include "export/SessionColumns.h"
#include "export/UsageColumns.h"
#include "model/TimeFormat.h"
#include "storage/ReadingRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CsvTestHistory;

namespace {

QByteArray csvRow(const QList<ExportCell> &cells, int digits = 2)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRow(cells, digits);
    writer.finish();
    QByteArray row = buffer.data();
    row.chop(2);
    return row;
}

// A bill source as the tariff engine will be one: fixed numbers per month.
class FixedBills : public BillSource
{
public:
    Result<QList<BillRow>> monthlyBills(const Meter &, const QDate &from, const QDate &to) override
    {
        QList<BillRow> list;
        for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
            BillRow b;
            b.month = m;
            b.gridWh = 120'500;
            b.energyChargeMilli = 840'250;
            b.totalMilli = 990'255;
            list.append(b);
        }
        return list;
    }
};

void execute(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
}

} // namespace

class TestCsvExporter : public QObject
{
    Q_OBJECT

private slots:
    void everyKindHasItsHeaderAndJsonKeysMatch()
    {
        TestDatabase t;
        const Meter m = simulated(t, QStringLiteral("m"), 2);
        FixedBills bills;
        for (const QString &name : CsvExporter::kindNames()) {
            const CsvExporter::Kind kind = *CsvExporter::kindFromName(name);
            const QByteArray csv = exportBytes(t.db(), request(kind, m), &bills);
            QCOMPARE(lines(csv).constFirst(), CsvExporter::columns(kind).join(QLatin1Char(',')).toUtf8());
        }
        // The JSON rows of the CLI have exactly the CSV's column names as keys.
        const Reading r = *ReadingRepository(t.db()).latest(m.id);
        const auto keys = [](const QJsonObject &o) {
            const QStringList k = o.keys();
            return QSet<QString>(k.begin(), k.end());
        };
        const auto set = [](const QStringList &l) { return QSet<QString>(l.begin(), l.end()); };
        const auto plus = [&](const QStringList &l, const QStringList &more) { return set(l + more); };
        QCOMPARE(keys(ReadingColumns::row(m, r).toJson()), set(ReadingColumns::names()));
        QCOMPARE(keys(UsageColumns::usageRow(m, UsageBucket{}).toJson()), set(UsageColumns::usageNames()));
        QCOMPARE(keys(UsageColumns::dailyRow(m, PeriodSummary{}).toJson()), set(UsageColumns::dailyNames()));
        QCOMPARE(keys(UsageColumns::monthlyRow(m, PeriodSummary{}).toJson()),
                 set(UsageColumns::monthlyNames()));
        QCOMPARE(keys(RechargeColumns::row(m, RechargeEntry{}).toJson()),
                 plus(RechargeColumns::names(), RechargeColumns::jsonOnlyNames()));
        QCOMPARE(keys(SessionColumns::row(m, SourceSession{}).toJson()), set(SessionColumns::names()));
        QCOMPARE(keys(AlertColumns::row(m, Alert{}).toJson()),
                 plus(AlertColumns::names(), AlertColumns::jsonOnlyNames()));
        QCOMPARE(keys(BillColumns::row(m, MonthlyBill{}).toJson()),
                 plus(BillColumns::names(), BillColumns::jsonOnlyNames()));
        QCOMPARE(
            UsageColumns::usageNames(),
            (QStringList{QStringLiteral("meter"), QStringLiteral("start"), QStringLiteral("end"),
                         QStringLiteral("grid_kwh"), QStringLiteral("generator_kwh"), QStringLiteral("kwh"),
                         QStringLiteral("cost"), QStringLiteral("estimated"), QStringLiteral("gap")}));
        QCOMPARE(SessionColumns::names().join(QLatin1Char(',')),
                 QStringLiteral("meter,source,start,end,duration_s,kwh,cost,avg_kw"));
        QCOMPARE(RechargeColumns::names().join(QLatin1Char(',')),
                 QStringLiteral("meter,time,amount,balance_after,origin,token"));
        QCOMPARE(AlertColumns::names().join(QLatin1Char(',')), QStringLiteral("meter,time,kind,message"));
    }

    void readingsAreTheStoredRowsWithTheMetersOffset()
    {
        TestDatabase t;
        const Meter m = simulated(t, QStringLiteral("m"), 1);
        const QByteArray csv = exportBytes(t.db(), request(CsvExporter::Kind::Readings, m));
        const QList<QByteArray> rows = lines(csv);
        const Result<QList<Reading>> stored = ReadingRepository(t.db()).range(m.id, 0, fixedNow() + 1);
        QCOMPARE(rows.size(), stored->size() + 1);
        const QTimeZone zone("Asia/Kolkata");
        for (int i = 0; i < stored->size(); i += 97)
            QCOMPARE(rows.at(i + 1), csvRow(ReadingColumns::cells(m.name, zone, stored->at(i))));
        const QByteArray first = rows.at(1);
        QVERIFY2(first.contains("+05:30,"), first.constData());
        // Fixed decimals: money to the paisa, kWh and kW to the watt-hour and watt.
        const QList<QByteArray> cells = first.split(',');
        QCOMPARE(cells.size(), 7);
        QCOMPARE(cells[2].size() - cells[2].indexOf('.'), 3);
        QCOMPARE(cells[3].size() - cells[3].indexOf('.'), 4);

        // A range is [from, to).
        CsvExporter::Request r = request(CsvExporter::Kind::Readings, m);
        r.from = stored->at(10).time;
        r.to = stored->at(20).time;
        QCOMPARE(lines(exportBytes(t.db(), r)).size(), 11);
    }

    void unknownValuesAreEmptyNeverZero()
    {
        TestDatabase t;
        const Meter m = manual(t, QStringLiteral("m"));
        Reading r;
        r.time = fixedNow() - 3600;
        r.fetchedAt = r.time;
        r.balanceMilli = 512'340;
        QVERIFY(ReadingIngestor(t.db()).ingest(m, {r}).ok());
        QCOMPARE(lines(exportBytes(t.db(), request(CsvExporter::Kind::Readings, m))).at(1),
                 QByteArray("m,2025-07-25T16:30:00+05:30,512.34,,,,unknown"));
        // A day without data has empty energy and money, not zeros.
        CsvExporter::Request daily = request(CsvExporter::Kind::Daily, m);
        daily.from = fixedNow() - 3 * 86400;
        daily.to = fixedNow();
        const QList<QByteArray> days = lines(exportBytes(t.db(), daily));
        QCOMPARE(days.size(), 1 + 4);
        QCOMPARE(days.at(1), QByteArray("m,2025-07-22,,,,,,"));
    }

    void moneyHasTheCurrencysMinorUnit()
    {
        TestDatabase t;
        const Meter rwf =
            manual(t, QStringLiteral("rwf"), QStringLiteral("Africa/Kigali"), QStringLiteral("RWF"));
        const Meter units =
            manual(t, QStringLiteral("units"), QStringLiteral("Africa/Kigali"), QStringLiteral("kWh"));
        Reading r;
        r.time = fixedNow() - 60;
        r.fetchedAt = r.time;
        r.balanceMilli = 1'234'567;
        QVERIFY(ReadingIngestor(t.db()).ingest(rwf, {r}).ok());
        QVERIFY(ReadingIngestor(t.db()).ingest(units, {r}).ok());
        CsvExporter::Request both = request(CsvExporter::Kind::Readings, rwf);
        both.meters.append(units);
        const QList<QByteArray> rows = lines(exportBytes(t.db(), both));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1), QByteArray("rwf,2025-07-25T13:59:00+02:00,1235,,,,unknown"));
        QCOMPARE(rows.at(2), QByteArray("units,2025-07-25T13:59:00+02:00,1234.567,,,,unknown"));
    }

    void usageIsExactlyTheChartsSeries_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("hours");
        QTest::addColumn<int>("group");
        QTest::newRow("hourly, 30 days") << QStringLiteral("Asia/Kolkata") << 720 << 60;
        QTest::newRow("7 min, 20 days") << QStringLiteral("Asia/Kolkata") << 480 << 7;
        QTest::newRow("45 min across DST") << QStringLiteral("Europe/Berlin") << 720 << 45;
        QTest::newRow("days across DST") << QStringLiteral("Europe/Berlin") << 720 << 1440;
    }
    void usageIsExactlyTheChartsSeries()
    {
        QFETCH(QString, zone);
        QFETCH(int, hours);
        QFETCH(int, group);
        TestDatabase t;
        // Berlin's spring change (2025-03-30) falls inside the window.
        const qint64 now =
            zone == QLatin1String("Europe/Berlin")
                ? QDateTime(QDate(2025, 4, 12), QTime(9, 17), QTimeZone::utc()).toSecsSinceEpoch()
                : fixedNow();
        const Meter m = simulated(t, QStringLiteral("m"), 31, now, zone);
        const Result<UsageSeries> chart = UsageSeriesQuery(t.db()).run(m, now, hours, group);
        QVERIFY(chart.ok());
        CsvExporter::Request r = request(CsvExporter::Kind::Usage, m);
        r.from = chart->from;
        r.to = chart->to;
        r.groupMinutes = group;
        const QList<QByteArray> rows = lines(exportBytes(t.db(), r, nullptr, now));
        QCOMPARE(rows.size(), chart->buckets.size() + 1);
        const QTimeZone tz(zone.toUtf8());
        for (int i = 0; i < chart->buckets.size(); ++i)
            QCOMPARE(rows.at(i + 1), csvRow(UsageColumns::usageCells(m.name, tz, chart->buckets.at(i))));
    }

    void dailyAndMonthlyComeFromTheSummaries()
    {
        TestDatabase t;
        const Meter m = simulated(t, QStringLiteral("m"), 70);
        const QList<QByteArray> days = lines(exportBytes(t.db(), request(CsvExporter::Kind::Daily, m)));
        LocalCalendar calendar(QTimeZone("Asia/Kolkata"));
        const QDate first = calendar.localDate(ReadingRepository(t.db()).earliest(m.id)->time);
        const QDate today = calendar.localDate(fixedNow());
        const auto summary = SummaryQuery(t.db()).run(m, SummaryQuery::Period::Day, first, today);
        QCOMPARE(days.size(), summary->size() + 1);
        for (int i = 0; i < summary->size(); ++i)
            QCOMPARE(days.at(i + 1), csvRow(UsageColumns::dailyCells(m.name, summary->at(i))));
        const QList<QByteArray> months = lines(exportBytes(t.db(), request(CsvExporter::Kind::Monthly, m)));
        const auto monthly = SummaryQuery(t.db()).run(m, SummaryQuery::Period::Month, first, today);
        QCOMPARE(months.size(), monthly->size() + 1);
        for (int i = 0; i < monthly->size(); ++i)
            QCOMPARE(months.at(i + 1), csvRow(UsageColumns::monthlyCells(m.name, monthly->at(i))));
        QVERIFY(months.at(1).startsWith("m,2025-05,"));
    }

    void rechargesSessionsAndAlerts()
    {
        TestDatabase t;
        const Meter m = manual(t, QStringLiteral("=HYPERLINK(\"http://evil\")"));
        const qint64 t0 = fixedNow() - 86400;
        execute(t.db(),
                QStringLiteral(
                    "INSERT INTO recharges (meter_id, t, amount_milli, balance_after_milli, origin, token,"
                    " deleted) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {m.id, t0 + 60, 500'000, 812'340, QStringLiteral("manual"), QStringLiteral("-1234 5678"), 0});
        execute(t.db(),
                QStringLiteral(
                    "INSERT INTO recharges (meter_id, t, amount_milli, balance_after_milli, origin, token,"
                    " deleted) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {m.id, t0, 1'000'005, QVariant(), QStringLiteral("provider"), QVariant(), 0});
        execute(
            t.db(),
            QStringLiteral(
                "INSERT INTO recharges (meter_id, t, amount_milli, origin, deleted) VALUES (?, ?, ?, ?, 1)"),
            {m.id, t0 + 120, 7'000, QStringLiteral("detected")});
        const QList<QByteArray> recharges =
            lines(exportBytes(t.db(), request(CsvExporter::Kind::Recharges, m)));
        QCOMPARE(recharges.size(), 3); // the deleted one is left out
        QCOMPARE(
            recharges.at(1),
            QByteArray("\"'=HYPERLINK(\"\"http://evil\"\")\",2025-07-24T17:30:00+05:30,1000.01,,provider,"));
        QCOMPARE(
            recharges.at(2),
            QByteArray("\"'=HYPERLINK(\"\"http://evil\"\")\",2025-07-24T17:31:00+05:30,500.00,812.34,manual,"
                       "'-1234 5678"));

        execute(t.db(),
                QStringLiteral(
                    "INSERT INTO source_sessions (meter_id, source, start_t, end_t, energy_wh, cost_milli)"
                    " VALUES (?, ?, ?, ?, ?, ?)"),
                {m.id, 2, t0, t0 + 5400, 3'000, 66'000});
        execute(
            t.db(),
            QStringLiteral("INSERT INTO source_sessions (meter_id, source, start_t, end_t, last_t, energy_wh,"
                           " cost_milli) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {m.id, 1, t0 + 5400, QVariant(), t0 + 5400 + 1800, 1'250, 8'000});
        const QList<QByteArray> sessions =
            lines(exportBytes(t.db(), request(CsvExporter::Kind::Sessions, m)));
        QCOMPARE(sessions.size(), 3);
        QVERIFY(sessions.at(1).endsWith(
            ",generator,2025-07-24T17:30:00+05:30,2025-07-24T19:00:00+05:30,5400,3.000,66.00,2.000"));
        // An open session has no end yet; its duration, energy, cost and average are so far, up
        // to its last reading (half an hour: 1.25 kWh is 2.5 kW), as in `sessions --json`.
        QVERIFY2(sessions.at(2).endsWith(",grid,2025-07-24T19:00:00+05:30,,1800,1.250,8.00,2.500"),
                 sessions.at(2).constData());

        execute(t.db(), QStringLiteral("INSERT INTO alerts (meter_id, t, kind, message) VALUES (?, ?, ?, ?)"),
                {m.id, t0, QStringLiteral("low_balance"), QStringLiteral("+SUM(1,2) left, call @support")});
        execute(t.db(), QStringLiteral("INSERT INTO alerts (meter_id, t, kind, message) VALUES (?, ?, ?, ?)"),
                {m.id, t0 + 1, QStringLiteral("recharge"), QStringLiteral("Recharged 500.00")});
        const QList<QByteArray> alerts = lines(exportBytes(t.db(), request(CsvExporter::Kind::Alerts, m)));
        QCOMPARE(alerts.size(), 3);
        QVERIFY(alerts.at(1).endsWith(
            ",2025-07-24T17:30:00+05:30,low_balance,\"'+SUM(1,2) left, call @support\""));
        QVERIFY(alerts.at(2).endsWith(",recharge,Recharged 500.00"));
    }

    void billsComeFromTheTariffEngine()
    {
        TestDatabase t;
        const Meter m = simulated(t, QStringLiteral("m"), 40);
        // Without a tariff: each month with its energy, the amounts empty (unknown, not 0).
        const QList<QByteArray> untariffed = lines(exportBytes(t.db(), request(CsvExporter::Kind::Bills, m)));
        QVERIFY(untariffed.size() >= 3);
        QCOMPARE(untariffed.at(0),
                 QByteArray("meter,month,days_with_data,grid_kwh,generator_kwh,kwh,energy_amount,"
                            "generator_amount,fixed_charges,tax,total"));
        QVERIFY2(untariffed.at(1).endsWith(",,,,,"), untariffed.at(1).constData());

        // With a tariff: the same numbers as `kilowatch-cli bill`, i.e. BillCalculator's.
        const Result<Tariff> tariff = Tariff::fromJson(QJsonObject{{QStringLiteral("flat_rate"), 8.5},
                                                                   {QStringLiteral("generator_rate"), 22},
                                                                   {QStringLiteral("tax_percent"), 5}});
        QVERIFY(tariff.ok());
        QVERIFY(ReadingIngestor(t.db()).setTariff(m, QDate(2020, 1, 1), tariff.value()).ok());
        const QList<QByteArray> rows = lines(exportBytes(t.db(), request(CsvExporter::Kind::Bills, m)));
        QCOMPARE(rows.size(), untariffed.size());
        const QList<QByteArray> cells = rows.at(2).split(',');
        const Result<MonthlyBill> bill = BillCalculator(t.db()).compute(
            m, QDate::fromString(QString::fromLatin1(cells.at(1)) + QStringLiteral("-01"),
                                 QStringLiteral("yyyy-MM-dd")));
        QVERIFY(bill.ok());
        // Money to the currency's minor unit (INR: paise), half away from zero.
        QCOMPARE(qRound64(cells.at(10).toDouble() * 100), (bill->totalMilli + 5) / 10);
        QCOMPARE(cells.at(2).toInt(), bill->daysWithData);

        // Another bill source (a test's) is used as given.
        FixedBills fixed;
        const QList<QByteArray> fixedRows =
            lines(exportBytes(t.db(), request(CsvExporter::Kind::Bills, m), &fixed));
        QCOMPARE(fixedRows.at(1).split(',').at(10), QByteArray("990.26"));
    }

    void excelOptionAddsTheBom()
    {
        TestDatabase t;
        const Meter m = manual(t, QStringLiteral("m"));
        CsvExporter::Request r = request(CsvExporter::Kind::Readings, m);
        r.byteOrderMark = true;
        QVERIFY(exportBytes(t.db(), r).startsWith("\xEF\xBB\xBFmeter,time,"));
        r.byteOrderMark = false;
        QVERIFY(exportBytes(t.db(), r).startsWith("meter,time,"));
    }

    void progressAndCancelLeaveNoHalfFile()
    {
        TestDatabase t;
        const Meter m = simulated(t, QStringLiteral("m"), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("readings.csv"));

        // Complete: progress only grows and ends at 1000; the file is there.
        QList<int> seen;
        CsvExporter exporter(t.db());
        exporter.setNow(fixedNow());
        exporter.setProgress([&seen](int permille) {
            seen.append(permille);
            return true;
        });
        const auto done = exporter.writeFile(request(CsvExporter::Kind::Readings, m), path);
        QVERIFY(done.ok());
        QVERIFY(!done->cancelled);
        QVERIFY(seen.size() > 3);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.constLast(), 1000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(lines(file.readAll()).size(), done->rows + 1);
        file.close();

        // Cancelled half-way: no new file, an existing one untouched, no temporary left.
        for (const bool existing : {false, true}) {
            const QString target =
                dir.filePath(existing ? QStringLiteral("old.csv") : QStringLiteral("new.csv"));
            if (existing) {
                QFile old(target);
                QVERIFY(old.open(QIODevice::WriteOnly));
                old.write("previous content\r\n");
            }
            int calls = 0;
            CsvExporter cancelling(t.db());
            cancelling.setProgress([&calls](int) { return ++calls < 3; });
            const auto cancelled = cancelling.writeFile(request(CsvExporter::Kind::Readings, m), target);
            QVERIFY(cancelled.ok());
            QVERIFY(cancelled->cancelled);
            QCOMPARE(calls, 3);
            if (existing) {
                QFile old(target);
                QVERIFY(old.open(QIODevice::ReadOnly));
                QCOMPARE(old.readAll(), QByteArray("previous content\r\n"));
            } else {
                QVERIFY(!QFile::exists(target));
            }
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // readings.csv, old.csv
    }

    void badRequestsAreRefused()
    {
        TestDatabase t;
        const Meter m = manual(t, QStringLiteral("m"));
        CsvExporter exporter(t.db());
        QVERIFY(!exporter.validate(CsvExporter::Request{}).ok());
        CsvExporter::Request r = request(CsvExporter::Kind::Usage, m);
        r.groupMinutes = 0;
        QVERIFY(!exporter.validate(r).ok());
        r.groupMinutes = 60;
        r.from = 100;
        r.to = 100;
        QVERIFY(!exporter.validate(r).ok());
        QVERIFY(!exporter.writeFile(r, QStringLiteral("/nonexistent-folder/x.csv")).ok());
        QVERIFY(CsvExporter::kindFromName(QStringLiteral("Readings")) == CsvExporter::Kind::Readings);
        QVERIFY(!CsvExporter::kindFromName(QStringLiteral("everything")));
    }

    // A fresh home (no Documents yet) gets its exports in the home folder itself, a folder
    // that exists; once Documents exists (the one user-dirs.dirs names, if any), there.
    void exportsGoToAFolderThatExists()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString home = QDir(dir.path()).filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", oldHome);
            if (oldConfig.isNull())
                qunsetenv("XDG_CONFIG_HOME");
            else
                qputenv("XDG_CONFIG_HOME", oldConfig);
        });
        qputenv("HOME", QFile::encodeName(home));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/.config"))); // no user-dirs.dirs
        QVERIFY(!QFileInfo::exists(home + QStringLiteral("/Documents")));
        QCOMPARE(CsvExporter::defaultFolder(), home);

        QVERIFY(QDir().mkpath(home + QStringLiteral("/Documents")));
        QCOMPARE(CsvExporter::defaultFolder(), home + QStringLiteral("/Documents"));

        // The desktop's own name for the documents folder, once it exists.
        QVERIFY(QDir().mkpath(home + QStringLiteral("/.config")));
        QFile dirs(home + QStringLiteral("/.config/user-dirs.dirs"));
        QVERIFY(dirs.open(QIODevice::WriteOnly));
        dirs.write("XDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");
        dirs.close();
        QCOMPARE(CsvExporter::defaultFolder(), home);
        QVERIFY(QDir().mkpath(home + QStringLiteral("/Dokumente")));
        QCOMPARE(CsvExporter::defaultFolder(), home + QStringLiteral("/Dokumente"));

        // A documents folder that cannot be written to is passed over.
        QVERIFY(QFile::setPermissions(home + QStringLiteral("/Dokumente"),
                                      QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (QFileInfo(home + QStringLiteral("/Dokumente")).isWritable())
            qInfo("running as root: a read-only folder is still writable, that case is not checked");
        else
            QCOMPARE(CsvExporter::defaultFolder(), home);
        QVERIFY(QFile::setPermissions(home + QStringLiteral("/Dokumente"), QFileDevice::ReadOwner |
                                                                               QFileDevice::WriteOwner |
                                                                               QFileDevice::ExeOwner));

        // No home at all: the documents folder all the same, which the export makes.
        const QString gone = QDir(dir.path()).filePath(QStringLiteral("gone"));
        qputenv("HOME", QFile::encodeName(gone));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(gone + QStringLiteral("/.config")));
        QCOMPARE(CsvExporter::defaultFolder(), gone + QStringLiteral("/Documents"));
    }

    // The folder of the file to write is made when missing; what stands in the way is named.
    void theFilesFolderIsMadeOrRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString nested = QDir(dir.path()).filePath(QStringLiteral("a/b/usage.csv"));
        QVERIFY(CsvExporter::makeFolder(nested).ok());
        QVERIFY(QFileInfo(QDir(dir.path()).filePath(QStringLiteral("a/b"))).isDir());
        QVERIFY(CsvExporter::makeFolder(nested).ok()); // already there
        QVERIFY(CsvExporter::makeFolder(QDir(dir.path()).filePath(QStringLiteral("top.csv"))).ok());

        const QString blocker = QDir(dir.path()).filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Status refused = CsvExporter::makeFolder(blocker + QStringLiteral("/sub/x.csv"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QDir::toNativeSeparators(blocker)), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QLatin1String("is a file")), qPrintable(refused.error()));
    }

    // Saving an export over the open database (or its WAL, or a link to it) would replace it.
    void neverSavesOverTheDatabase()
    {
        TestDatabase t;
        const Meter m = manual(t, QStringLiteral("m"));
        CsvExporter exporter(t.db());
        exporter.setNow(fixedNow());
        const QString db = t.path();
        QVERIFY(QFile::link(db, t.folder() + QStringLiteral("/link.sqlite")));
        QVERIFY(QFile::exists(db + QStringLiteral("-wal")));
        const QByteArray before = [&db] {
            QFile f(db);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        for (const QString &target : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"),
                                      t.folder() + QStringLiteral("/./link.sqlite")}) {
            const auto written = exporter.writeFile(request(CsvExporter::Kind::Readings, m), target);
            QVERIFY2(!written.ok(), qPrintable(target));
            QVERIFY2(written.error().contains(QLatin1String("Kilowatch's database")),
                     qPrintable(written.error()));
        }
        QFile after(db);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
        QCOMPARE(CsvImporter::checkSource(db, t.folder() + QStringLiteral("/link.sqlite")).ok(), false);
        QVERIFY(CsvImporter::checkSource(db, t.folder() + QStringLiteral("/readings.csv")).ok());
        // Any other file in the database's folder is fine.
        QVERIFY(
            exporter.writeFile(request(CsvExporter::Kind::Readings, m), t.folder() + QStringLiteral("/r.csv"))
                .ok());
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
