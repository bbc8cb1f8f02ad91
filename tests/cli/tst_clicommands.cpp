#include "CliRunner.h"
#include "TestDatabase.h"
#include "analytics/ReadingIngestor.h"
#include "cli/CliDispatcher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// Each kilowatch-cli command declares its options once (CliCommand); the synopsis that --help,
// help COMMAND and the usage errors print is made from that declaration, and the parser
// accepts exactly what it lists.
class TestCliCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    CliRunner runner() const { return CliRunner(m_dir.filePath(QStringLiteral("commands.sqlite"))); }

    static QString words(const CliCommand &command) { return command.words.join(QLatin1Char(' ')); }

private slots:
    void synopsesReadAsBefore_data()
    {
        // What users saw before the declarations: the alternations, the repeated --meter, the
        // positional arguments and the provider options' placeholder.
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("synopsis");
        QTest::newRow("meter add") << "meter add"
                                   << "meter add --name NAME --provider KIND [--interval SECONDS] "
                                      "[--timezone IANA] [--currency CODE] [--low-balance AMOUNT] "
                                      "[--allow-http] [--secret-stdin] [provider options]";
        QTest::newRow("meter secrets") << "meter secrets"
                                       << "meter secrets NAME --secret-stdin";
        QTest::newRow("poll") << "poll"
                              << "poll [--meter NAME] (--once | --for SECONDS)";
        QTest::newRow("usage") << "usage"
                               << "usage --meter NAME --interval-hours H --group-minutes G "
                                  "[--unit kwh|money] [--at ISO8601]";
        QTest::newRow("balance")
            << "balance"
            << "balance --meter NAME --interval-hours H --group-minutes G [--at ISO8601]";
        QTest::newRow("export")
            << "export"
            << "export --meter NAME [--meter NAME ...] --what "
               "readings|usage|daily|monthly|bills|recharges|sessions|alerts --out FILE|- "
               "[--from ISO8601] [--to ISO8601] [--excel] [--group-minutes G] "
               "[--interval-hours H] [--at ISO8601]";
        QTest::newRow("import") << "import"
                                << "import --meter NAME --what readings|recharges --in FILE|- [--dry-run] "
                                   "[--skip-bad-rows] [--time-column C] [--balance-column C] "
                                   "[--grid-kwh-column C] [--generator-kwh-column C] [--load-kw-column C] "
                                   "[--source-column C] [--time-format F] [--decimal-comma] "
                                   "[--delimiter comma|semicolon|tab]";
        QTest::newRow("tariff set") << "tariff set"
                                    << "tariff set --meter NAME --from YYYY-MM-DD (--flat RATE | --slabs "
                                       "\"0-20:89,21-50:310,51-:369\") [--generator-rate RATE] "
                                       "[--tou \"22:00-06:00:5.5,...\"] [--fixed-daily AMOUNT] "
                                       "[--fixed-monthly AMOUNT] [--tax-percent P] | --json-spec FILE";
        QTest::newRow("buy") << "buy"
                             << "buy --meter NAME (--amount AMOUNT | --kwh KWH) [--at ISO8601]";
        QTest::newRow("help") << "help"
                              << "help [COMMAND]";
    }
    void synopsesReadAsBefore()
    {
        QFETCH(QString, command);
        QFETCH(QString, synopsis);
        const CliRun help = runner().run(QStringList{QStringLiteral("help")} + CliRunner::words(command));
        QCOMPARE(help.code, 0);
        QCOMPARE(help.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("kilowatch-cli ") + synopsis);
    }

    void everySynopsisListsExactlyTheDeclaredOptions()
    {
        static const QRegularExpression flag(QStringLiteral("--([a-z][a-z-]*)"));
        for (const CliCommand &c : CliDispatcher::commands()) {
            const QString synopsis = c.synopsis();
            QVERIFY2(synopsis.startsWith(words(c)), qPrintable(synopsis));
            QSet<QString> declared;
            for (const CliOption &o : c.options) {
                declared.insert(o.name());
                QVERIFY2(synopsis.contains(o.text()), qPrintable(words(c) + QStringLiteral(": ") + o.text()));
            }
            for (const QString &argument : c.arguments)
                QVERIFY2(synopsis.contains(argument), qPrintable(words(c) + QStringLiteral(": ") + argument));
            QSet<QString> shown;
            for (auto it = flag.globalMatch(synopsis); it.hasNext();)
                shown.insert(it.next().captured(1));
            QCOMPARE(shown, declared);
        }
    }

    void helpPrintsEveryCommandsSynopsis()
    {
        const CliRun all = runner().run({QStringLiteral("--help")});
        QCOMPARE(all.code, 0);
        for (const CliCommand &c : CliDispatcher::commands()) {
            const QString entry = QStringLiteral("  %1\n      %2\n").arg(c.synopsis(), c.summary);
            QVERIFY2(all.out.contains(entry), qPrintable(entry));
            const CliRun one = runner().run(QStringList{QStringLiteral("help")} + c.words);
            QCOMPARE(one.code, 0);
            QVERIFY2(
                one.out.startsWith(QStringLiteral("kilowatch-cli %1\n  %2\n").arg(c.synopsis(), c.summary)),
                qPrintable(one.out));
        }
    }

    void theParserTakesWhatTheSynopsisShows()
    {
        for (const CliCommand &c : CliDispatcher::commands()) {
            if (c.verbatimArguments)
                continue;
            // An option the declaration does not have: a usage error that shows the synopsis.
            const CliRun unknown = runner().run(c.words + QStringList{QStringLiteral("--no-such-option")});
            QCOMPARE(unknown.code, int(CliDispatcher::UsageError));
            QVERIFY2(unknown.err.contains(QStringLiteral("Usage: kilowatch-cli ") + c.synopsis()),
                     qPrintable(unknown.err));
            // Every declared option is known to the parser (the command may still refuse the
            // line for what is missing, never for an unknown option).
            for (const CliOption &o : c.options) {
                QStringList line = c.words;
                line.append(QStringLiteral("--") + o.name());
                if (!o.option.valueName().isEmpty())
                    line.append(QStringLiteral("x"));
                const CliRun r = runner().run(line);
                QVERIFY2(!r.err.contains(QStringLiteral("Unknown option")),
                         qPrintable(line.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            }
        }
    }

    // `balance`: one row per bucket with exactly the keys (and table columns) scripts rely
    // on; money at the currency's minor unit; null (an empty cell) where a bucket has no
    // readings; the window ends at --at.
    void balancePrintsOneRowPerBucket()
    {
        TestDatabase t;
        const Meter m =
            t.addMeter(QStringLiteral("m"), QStringLiteral("simulator"), 600, QStringLiteral("UTC"));
        constexpr qint64 start = 1'735'689'600; // 2025-01-01T00:00:00Z
        QList<Reading> list;
        for (int k = 0; k <= 20; ++k) {
            if (k >= 6 && k < 12)
                continue; // nothing from 1:00 to 2:00
            Reading r;
            r.time = start + k * 600;
            r.fetchedAt = r.time;
            r.balanceMilli = 100'000 - k * 1'005; // 100.000, 98.995, ...
            r.gridWh = 1'000 + k;
            r.source = PowerSource::Grid;
            list.append(r);
        }
        QVERIFY(ReadingIngestor(t.db()).ingest(m, list).ok());
        const QString path = t.path();
        t.close();
        const CliRunner cli(path);

        const CliRun json = cli.run(CliRunner::words(QStringLiteral(
            "--json balance --meter m --interval-hours 3 --group-minutes 60 --at 2025-01-01T03:00:00Z")));
        QCOMPARE(json.code, 0);
        const QJsonArray rows = json.json().array();
        QCOMPARE(rows.size(), 3);
        const QStringList keys = {QStringLiteral("close"), QStringLiteral("end"),
                                  QStringLiteral("max"),   QStringLiteral("min"),
                                  QStringLiteral("open"),  QStringLiteral("recharged"),
                                  QStringLiteral("start")};
        const QJsonObject first = rows[0].toObject();
        QCOMPARE(first.keys(), keys);
        QCOMPARE(first.value(QStringLiteral("start")).toString(),
                 QStringLiteral("2025-01-01T00:00:00+00:00"));
        QCOMPARE(first.value(QStringLiteral("end")).toString(), QStringLiteral("2025-01-01T01:00:00+00:00"));
        QCOMPARE(first.value(QStringLiteral("open")).toDouble(), 100.0);
        QCOMPARE(first.value(QStringLiteral("close")).toDouble(), 94.98); // 94.975 to the paisa
        QCOMPARE(first.value(QStringLiteral("min")).toDouble(), 94.98);
        QCOMPARE(first.value(QStringLiteral("max")).toDouble(), 100.0);
        QCOMPARE(first.value(QStringLiteral("recharged")).toDouble(), 0.0);
        const QJsonObject gap = rows[1].toObject();
        QCOMPARE(gap.keys(), keys);
        for (const char *key : {"open", "close", "min", "max", "recharged"})
            QVERIFY2(gap.value(QLatin1String(key)).isNull(), key);
        // The last reading at 3:00 is after the window: 2:00 to 2:50.
        QCOMPARE(rows[2].toObject().value(QStringLiteral("close")).toDouble(),
                 82.92); // 82.915, half away from zero
        QCOMPARE(rows[2].toObject().value(QStringLiteral("open")).toDouble(), 87.94); // 87.940

        const CliRun text = cli.run(CliRunner::words(QStringLiteral(
            "balance --meter m --interval-hours 3 --group-minutes 60 --at 2025-01-01T03:00:00Z")));
        QCOMPARE(text.code, 0);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0].split(QLatin1Char(' '), Qt::SkipEmptyParts),
                 QStringList({QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("open"),
                              QStringLiteral("close"), QStringLiteral("min"), QStringLiteral("max"),
                              QStringLiteral("recharged")}));
        // The table's empty cells, as in every other table: "-".
        QCOMPARE(lines[2].split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(2),
                 QStringList(5, QStringLiteral("-")));

        QCOMPARE(cli.run(CliRunner::words(
                             QStringLiteral("balance --meter m --interval-hours 721 --group-minutes 60")))
                     .code,
                 2);
        QCOMPARE(cli.run(CliRunner::words(QStringLiteral("balance --meter m --interval-hours 24"))).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
