#include "CliRunner.h"
#include "cli/CliDispatcher.h"

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
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
