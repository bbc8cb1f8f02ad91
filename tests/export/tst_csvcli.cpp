#include "CliRunner.h"
#include "cli/CliDispatcher.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

// kilowatch-cli export and import, in process: the options, the exit codes, and that CSV
// columns and the --json keys of the matching commands are the same names.
class TestCsvCli : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_at; // end of the simulated history

    Run run(const QStringList &args, QIODevice *input = nullptr)
    {
        return input ? CliRunner(m_db).run(args, input) : CliRunner(m_db).run(args);
    }

    static QStringList words(const QString &text) { return text.split(QLatin1Char(' ')); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QStringList csvLines(const QString &text)
    {
        QStringList list = text.split(QStringLiteral("\r\n"));
        if (!list.isEmpty() && list.last().isEmpty())
            list.removeLast();
        return list;
    }
    static QString readFile(const QString &name)
    {
        QFile f(name);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    static QStringList keysOf(const QJsonArray &rows)
    {
        QStringList keys = rows.first().toObject().keys();
        keys.sort();
        return keys;
    }
    static QStringList sorted(QStringList l)
    {
        l.sort();
        return l;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QCOMPARE(run(words(QStringLiteral("meter add --name home --provider simulator --seed 5"))).code, 0);
        const Run sim = run(words(QStringLiteral("--json simulate --meter home --days 3")));
        QCOMPARE(sim.code, 0);
        m_at = sim.json().object().value(QStringLiteral("to")).toString();
        QCOMPARE(run(words(QStringLiteral("meter add --name copy --provider manual --interval 30 "
                                          "--timezone Asia/Kolkata --currency INR")))
                     .code,
                 0);
    }

    void helpListsBoth()
    {
        const Run h = run({QStringLiteral("--help")});
        QVERIFY(h.out.contains(QStringLiteral("export --meter NAME")));
        QVERIFY(h.out.contains(QStringLiteral("import --meter NAME --what readings|recharges --in FILE|-")));
    }

    void readingsToStdoutAndFile()
    {
        const Run printed = run(words(QStringLiteral("export --meter home --what readings --out -")));
        QCOMPARE(printed.code, 0);
        QVERIFY(printed.err.isEmpty());
        const QStringList rows = csvLines(printed.out);
        QCOMPARE(rows.constFirst(),
                 QStringLiteral("meter,time,balance,grid_kwh,generator_kwh,load_kw,source"));
        const Run json = run(words(QStringLiteral("--json readings --meter home")));
        const QJsonArray objects = json.json().array();
        QCOMPARE(rows.size(), objects.size() + 1);
        QCOMPARE(keysOf(objects), sorted(rows.constFirst().split(QLatin1Char(','))));
        QCOMPARE(rows.at(1).split(QLatin1Char(',')).at(1),
                 objects.first().toObject().value(QStringLiteral("time")).toString());

        const Run saved =
            run({QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--meter"),
                 QStringLiteral("home"), QStringLiteral("--what"), QStringLiteral("readings"),
                 QStringLiteral("--out"), path(QStringLiteral("r.csv")), QStringLiteral("--excel")});
        QCOMPARE(saved.code, 0);
        QCOMPARE(saved.json().object().value(QStringLiteral("rows")).toInt(), objects.size());
        QCOMPARE(saved.json().object().value(QStringLiteral("what")).toString(), QStringLiteral("readings"));
        QFile file(path(QStringLiteral("r.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFmeter,"));
        QCOMPARE(bytes.mid(3), printed.out.toUtf8());
    }

    void usageMatchesTheUsageCommand()
    {
        const QString window = QStringLiteral("--interval-hours 24 --group-minutes 15 --at ") + m_at;
        const Run csv = run(words(QStringLiteral("export --meter home --what usage --out - ") + window));
        QCOMPARE(csv.code, 0);
        const Run json = run(words(QStringLiteral("--json usage --meter home ") + window));
        QCOMPARE(json.code, 0);
        const QStringList rows = csvLines(csv.out);
        const QJsonArray objects = json.json().array();
        QCOMPARE(rows.size(), objects.size() + 1);
        QCOMPARE(keysOf(objects), sorted(rows.constFirst().split(QLatin1Char(','))));
        for (int i = 0; i < objects.size(); ++i) {
            const QStringList cells = rows.at(i + 1).split(QLatin1Char(','));
            const QJsonObject o = objects.at(i).toObject();
            QCOMPARE(cells.at(1), o.value(QStringLiteral("start")).toString());
            QCOMPARE(cells.at(2), o.value(QStringLiteral("end")).toString());
            if (o.value(QStringLiteral("kwh")).isNull())
                QVERIFY(cells.at(5).isEmpty());
            else
                QCOMPARE(cells.at(5).toDouble(), o.value(QStringLiteral("kwh")).toDouble());
            QCOMPARE(cells.at(8), o.value(QStringLiteral("gap")).toBool() ? QStringLiteral("true")
                                                                          : QStringLiteral("false"));
        }
    }

    void daysAndMonthsMatchTheSummary()
    {
        const QString day = m_at.left(10);
        const QString from =
            QDateTime::fromString(m_at, Qt::ISODate).addDays(-2).toString(QStringLiteral("yyyy-MM-dd"));
        for (const QString &kind : {QStringLiteral("daily"), QStringLiteral("monthly")}) {
            const Run csv =
                run(words(QStringLiteral("export --meter home --what %1 --from %2 --to %3 --out -")
                              .arg(kind, from, day)));
            QCOMPARE(csv.code, 0);
            const Run json = run(words(
                QStringLiteral("--json summary --meter home --period %1 --from %2 --to %3")
                    .arg(kind == QLatin1String("daily") ? QStringLiteral("day") : QStringLiteral("month"),
                         from, day)));
            QCOMPARE(json.code, 0);
            const QStringList rows = csvLines(csv.out);
            const QJsonArray objects = json.json().array();
            QCOMPARE(rows.size(), objects.size() + 1);
            QCOMPARE(keysOf(objects), sorted(rows.constFirst().split(QLatin1Char(','))));
            QCOMPARE(
                rows.at(1).split(QLatin1Char(',')).at(1),
                objects.first()
                    .toObject()
                    .value(kind == QLatin1String("daily") ? QStringLiteral("date") : QStringLiteral("month"))
                    .toString());
        }
        // --to names the last day, included, as in summary.
        const Run days =
            run(words(QStringLiteral("export --meter home --what daily --from %1 --to %1 --out -").arg(day)));
        QCOMPARE(csvLines(days.out).size(), 2);
    }

    void billsFollowTheTariff()
    {
        QCOMPARE(run(words(QStringLiteral("tariff set --meter home --from 2020-01-01 --flat 8.5"))).code, 0);
        const QString file = path(QStringLiteral("bills.csv"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--meter"), QStringLiteral("home"),
                           QStringLiteral("--what"), QStringLiteral("bills"), QStringLiteral("--out"), file});
        QCOMPARE(r.code, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = f.readAll().split('\n');
        QVERIFY(rows.at(0).startsWith("meter,month,days_with_data,"));
        QVERIFY(rows.size() >= 2);
        QVERIFY(!rows.at(1).trimmed().endsWith(",")); // a total, since a tariff is in force
    }

    void wrongUsage_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no out") << "export --meter home --what readings"
                                << "export needs --meter, --what and --out";
        QTest::newRow("bad kind")
            << "export --meter home --what everything --out -"
            << "--what is one of readings, usage, daily, monthly, bills, recharges, sessions, "
               "alerts";
        QTest::newRow("group without usage")
            << "export --meter home --what readings --group-minutes 5 --out -"
            << "go with --what usage";
        QTest::newRow("window and range")
            << "export --meter home --what usage --interval-hours 5 --from 2025-01-01 --out -"
            << "not both";
        QTest::newRow("bad group") << "export --meter home --what usage --group-minutes 0 --out -"
                                   << "--group-minutes needs a whole number from 1 to 1440";
        QTest::newRow("bad from") << "export --meter home --what readings --from yesterday --out -"
                                  << "--from needs a date and time";
        QTest::newRow("import kind") << "import --meter home --what usage --in x.csv"
                                     << "--what is readings or recharges";
        QTest::newRow("import needs in") << "import --meter home --what readings"
                                         << "import needs --meter, --what and --in";
        QTest::newRow("delimiter") << "import --meter home --what readings --in x.csv --delimiter pipe"
                                   << "--delimiter is comma, semicolon or tab";
        QTest::newRow("mapping recharges")
            << "import --meter home --what recharges --in x.csv --time-column 1"
            << "The column options are for readings";
        QTest::newRow("mapping without time")
            << "import --meter home --what readings --in x.csv --balance-column 2"
            << "--time-column is needed";
    }
    void wrongUsage()
    {
        QFETCH(QString, args);
        QFETCH(QString, expected);
        const Run r = run(args.split(QLatin1Char(' ')));
        QCOMPARE(r.code, int(CliDispatcher::UsageError));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void importDryRunThenForReal()
    {
        const QString file = path(QStringLiteral("plain.csv"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--meter"), QStringLiteral("home"),
                      QStringLiteral("--what"), QStringLiteral("readings"), QStringLiteral("--out"), file})
                     .code,
                 0);
        const int rows = csvLines(readFile(file)).size() - 1;
        const QStringList import = {QStringLiteral("--json"),  QStringLiteral("import"),
                                    QStringLiteral("--meter"), QStringLiteral("copy"),
                                    QStringLiteral("--what"),  QStringLiteral("readings"),
                                    QStringLiteral("--in"),    file};
        const Run dry = run(import + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(dry.code, 0);
        const QJsonObject preview = dry.json().object();
        QCOMPARE(sorted(preview.keys()),
                 sorted({QStringLiteral("meter"), QStringLiteral("what"), QStringLiteral("rows"),
                         QStringLiteral("imported"), QStringLiteral("duplicates"), QStringLiteral("bad_rows"),
                         QStringLiteral("recharges_derived"), QStringLiteral("rebuilt_from"),
                         QStringLiteral("dry_run"), QStringLiteral("committed")}));
        QCOMPARE(preview.value(QStringLiteral("imported")).toInt(), rows);
        QCOMPARE(preview.value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(preview.value(QStringLiteral("committed")).toBool(), false);
        QCOMPARE(run(words(QStringLiteral("--json readings --meter copy"))).json().array().size(), 0);

        const Run real = run(import);
        QCOMPARE(real.code, 0);
        QCOMPARE(real.json().object().value(QStringLiteral("imported")).toInt(), rows);
        QCOMPARE(real.json().object().value(QStringLiteral("committed")).toBool(), true);
        QCOMPARE(run(words(QStringLiteral("--json readings --meter copy"))).json().array().size(), rows);
        const Run again = run(import);
        QCOMPARE(again.json().object().value(QStringLiteral("duplicates")).toInt(), rows);
        // The copy exports what the original did (but for the meter's name).
        const Run a = run(words(QStringLiteral("export --meter home --what readings --out -")));
        const Run b = run(words(QStringLiteral("export --meter copy --what readings --out -")));
        QString copied = b.out;
        QCOMPARE(copied.replace(QStringLiteral("\r\ncopy,"), QStringLiteral("\r\nhome,")), a.out);
    }

    void importErrorsAndStandardInput()
    {
        QByteArray bytes = "meter,time,balance,grid_kwh,generator_kwh,load_kw,source\r\n"
                           "x,2025-07-01T10:00:00+05:30,100.00,,,,\r\n"
                           "x,2025-07-01T10:01:00+05:30,oops,,,,\r\n"
                           "x,2025-07-01T10:02:00+05:30,99.00,,,,\r\n";
        QBuffer input(&bytes);
        input.open(QIODevice::ReadOnly);
        const QStringList args = words(QStringLiteral("import --meter copy --what readings --in -"));
        const Run bad = run(args, &input);
        QCOMPARE(bad.code, int(CliDispatcher::Failure));
        QVERIFY2(bad.err.contains(
                     QStringLiteral("kilowatch-cli: Line 3, column 3 (balance): \"oops\" is not a number.")),
                 qPrintable(bad.err));
        QVERIFY(bad.err.contains(QStringLiteral("Nothing was imported: 1 rows have errors")));
        input.seek(0);
        const Run skipped = run(args + QStringList{QStringLiteral("--skip-bad-rows")}, &input);
        QCOMPARE(skipped.code, 0);
        QVERIFY(skipped.out.contains(QStringLiteral("imported:          2")));

        // Another layout through the column options.
        QFile other(path(QStringLiteral("other.csv")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("Datum;Stand;Guthaben\n02.07.2025 08:00;10,5;200,25\n02.07.2025 09:00;11;199,75\n");
        other.close();
        const Run mapped = run({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--meter"),
                                QStringLiteral("copy"), QStringLiteral("--what"), QStringLiteral("readings"),
                                QStringLiteral("--in"), other.fileName(), QStringLiteral("--delimiter"),
                                QStringLiteral("semicolon"), QStringLiteral("--decimal-comma"),
                                QStringLiteral("--time-format"), QStringLiteral("dd.MM.yyyy HH:mm"),
                                QStringLiteral("--time-column"), QStringLiteral("Datum"),
                                QStringLiteral("--grid-kwh-column"), QStringLiteral("2"),
                                QStringLiteral("--balance-column"), QStringLiteral("guthaben")});
        QCOMPARE(mapped.code, 0);
        QCOMPARE(mapped.json().object().value(QStringLiteral("imported")).toInt(), 2);
        const Run shown =
            run(words(QStringLiteral("--json readings --meter copy --from 2025-07-02 --to 2025-07-03")));
        const QJsonObject first = shown.json().array().first().toObject();
        QCOMPARE(first.value(QStringLiteral("time")).toString(), QStringLiteral("2025-07-02T08:00:00+05:30"));
        QCOMPARE(first.value(QStringLiteral("grid_kwh")).toDouble(), 10.5);
        QCOMPARE(first.value(QStringLiteral("balance")).toDouble(), 200.25);

        const Run missing =
            run(words(QStringLiteral("import --meter copy --what readings --in /nonexistent.csv")));
        QCOMPARE(missing.code, int(CliDispatcher::Failure));
        QVERIFY(missing.err.contains(QStringLiteral("Could not open")));
    }
};

QTEST_GUILESS_MAIN(TestCsvCli)
#include "tst_csvcli.moc"
