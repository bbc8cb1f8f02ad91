#include "CliRunner.h"
#include "TestDatabase.h"
#include "cli/CliDispatcher.h"
#include "export/AlertColumns.h"
#include "export/ReadingColumns.h"
#include "export/UsageColumns.h"
#include "settings/AlertSettings.h"
#include "settings/AppSettings.h"
#include "storage/ReadingRepository.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

class TestCliDispatcher : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;

    QTemporaryDir m_dir;
    QString m_db;
    std::optional<AlertConfig> m_alertConfig; // else the CLI's default rules

    Run run(const QStringList &args, bool withDatabase = true)
    {
        CliRunner cli(withDatabase ? m_db : QString());
        if (m_alertConfig)
            cli.setAlertConfig(*m_alertConfig);
        return cli.run(args);
    }

    static QStringList words(const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); }

private slots:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++n));
        m_alertConfig.reset();
    }

    void versionAndHelp()
    {
        const Run v = run({QStringLiteral("--version")}, false);
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("kilowatch-cli ")));
        const Run h = run({QStringLiteral("--help")}, false);
        QCOMPARE(h.code, 0);
        for (const char *command :
             {"meter add", "meter list", "meter remove", "poll", "readings", "simulate", "tariff set",
              "tariff list", "bill --meter", "buy --meter", "recharges", "recharge add", "recharge edit",
              "recharge delete", "sessions", "usage", "summary", "compare", "forecast"})
            QVERIFY2(h.out.contains(QLatin1String(command)), command);
        const Run sub = run(words("meter add --help"), false);
        QCOMPARE(sub.code, 0);
        QVERIFY(sub.out.contains(QStringLiteral("--provider simulator")));
        QVERIFY(sub.out.contains(QStringLiteral("--seed")));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no command") << ""
                                    << "No command given";
        QTest::newRow("unknown command") << "frobnicate"
                                         << "Unknown command";
        QTest::newRow("missing name") << "meter add --provider simulator"
                                      << "needs --name and --provider";
        QTest::newRow("unknown provider") << "meter add --name x --provider acme"
                                          << "is not a provider";
        QTest::newRow("bad zone") << "meter add --name x --provider simulator --timezone Moon/Base"
                                  << "not a known time zone";
        QTest::newRow("bad interval") << "meter add --name x --provider simulator --interval soon"
                                      << "--interval needs a whole number";
        QTest::newRow("bad amount") << "meter add --name x --provider simulator --low-balance lots"
                                    << "--low-balance needs an amount";
        QTest::newRow("unknown option") << "meter add --name x --provider simulator --colour red"
                                        << "Unknown option";
        QTest::newRow("poll mode") << "poll"
                                   << "either --once or --for";
        QTest::newRow("poll both") << "poll --once --for 3"
                                   << "either --once or --for";
        QTest::newRow("readings meter") << "readings"
                                        << "needs --meter";
        QTest::newRow("simulate days") << "simulate --meter m --days zero"
                                       << "--days needs a number";
        QTest::newRow("recharges meter") << "recharges"
                                         << "needs --meter";
        QTest::newRow("sessions meter") << "sessions --from 2025-07-01"
                                        << "needs --meter";
        QTest::newRow("recharge amount") << "recharge add --meter m"
                                         << "needs --amount";
        QTest::newRow("recharge zero") << "recharge add --meter m --amount 0"
                                       << "--amount needs an amount above zero";
        // One exact amount parser (AmountText): no exponent, no rounding of a fourth decimal.
        QTest::newRow("recharge exponent") << "recharge add --meter m --amount 1e3"
                                           << "--amount needs an amount above zero";
        QTest::newRow("recharge four decimals") << "recharge add --meter m --amount 250.0004"
                                                << "--amount needs an amount above zero";
        QTest::newRow("recharge token") << "recharge add --meter m --amount 500 --token 1234-5678"
                                        << "--token needs exactly 20 digits";
        QTest::newRow("recharge edit id") << "recharge edit --meter m --id first --amount 5"
                                          << "--id needs a recharge number";
        QTest::newRow("recharge delete id") << "recharge delete --meter m"
                                            << "needs --id";
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QString, args);
        QFETCH(QString, expected);
        const Run r = run(args.isEmpty() ? QStringList{} : args.split(QLatin1Char(' ')));
        QCOMPARE(r.code, int(CliDispatcher::UsageError));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.err.startsWith(QStringLiteral("kilowatch-cli: ")));
    }

    void meterLifecycle()
    {
        Run add =
            run(words("--json meter add --name home --provider simulator --low-balance 250.5 --seed 9"));
        QCOMPARE(add.code, 0);
        const QJsonObject added = add.json().object();
        QCOMPARE(added.value(QStringLiteral("name")).toString(), QStringLiteral("home"));
        QCOMPARE(added.value(QStringLiteral("provider")).toString(), QStringLiteral("simulator"));
        QCOMPARE(added.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Kolkata"));
        QCOMPARE(added.value(QStringLiteral("interval_s")).toInt(), 30);
        QCOMPARE(added.value(QStringLiteral("low_balance")).toDouble(), 250.5);

        const Run dup = run(words("meter add --name home --provider simulator"));
        QCOMPARE(dup.code, int(CliDispatcher::Failure));
        QVERIFY(dup.err.contains(QStringLiteral("already exists")));

        QCOMPARE(run(words("meter add --name office --provider simulator --interval 60 --timezone Asia/Dhaka "
                           "--currency bdt"))
                     .code,
                 0);
        const Run list = run(words("--json meter list"));
        QCOMPARE(list.code, 0);
        const QJsonArray meters = list.json().array();
        QCOMPARE(meters.size(), 2);
        QCOMPARE(meters[1].toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("BDT"));

        const Run table = run(words("meter list"));
        QVERIFY(table.out.startsWith(QStringLiteral("name ")));
        QVERIFY(table.out.contains(QStringLiteral("office")));

        const Run remove = run(words("meter remove home"));
        QCOMPARE(remove.code, 0);
        const Run again = run(words("meter remove home"));
        QCOMPARE(again.code, int(CliDispatcher::Failure));
        QVERIFY(again.err.contains(QStringLiteral("no meter named")));
        QCOMPARE(run(words("--json meter list")).json().array().size(), 1);
    }

    void pollOnceThenReadingsAsJson()
    {
        QCOMPARE(run(words("meter add --name m --provider simulator")).code, 0);
        const Run poll = run(words("poll --once"));
        QCOMPARE(poll.code, 0);
        QVERIFY2(poll.out.contains(QStringLiteral("reading")), qPrintable(poll.out));
        const Run readings = run(words("--json readings --meter m"));
        QCOMPARE(readings.code, 0);
        const QJsonArray rows = readings.json().array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows[0].toObject();
        QStringList keys = row.keys();
        QStringList expected = ReadingColumns::names();
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(row.value(QStringLiteral("meter")).toString(), QStringLiteral("m"));
        QVERIFY(row.value(QStringLiteral("time")).toString().endsWith(QStringLiteral("+05:30")));
        QVERIFY(row.value(QStringLiteral("balance")).toDouble() > 0);
        QVERIFY(row.value(QStringLiteral("grid_kwh")).toDouble() > 0);
        const QString source = row.value(QStringLiteral("source")).toString();
        QVERIFY(source == QLatin1String("grid") || source == QLatin1String("generator"));
        // Polling again right away is fine: the repeated record is not stored twice.
        QCOMPARE(run(words("poll --once --meter m")).code, 0);
        QVERIFY(run(words("--json readings --meter m")).json().array().size() <= 2);
    }

    void simulateAndFilterByTime()
    {
        QCOMPARE(run(words("meter add --name sim --provider simulator --timezone UTC")).code, 0);
        const Run sim = run(words("--json simulate --meter sim --days 2 --seed 5"));
        QCOMPARE(sim.code, 0);
        const QJsonObject result = sim.json().object();
        const int inserted = result.value(QStringLiteral("inserted")).toInt();
        QVERIFY2(inserted > 2 * 2880 * 0.95 && inserted <= 2 * 2880 + 1, qPrintable(sim.out));
        QCOMPARE(result.value(QStringLiteral("duplicates")).toInt(), 0);
        // Running it again stores nothing new: same seed, same records.
        const Run again = run(words("--json simulate --meter sim --days 2"));
        QCOMPARE(again.json().object().value(QStringLiteral("inserted")).toInt() <= 2, true);
        // A different seed on a meter with history is refused.
        const Run otherSeed = run(words("simulate --meter sim --days 2 --seed 6"));
        QCOMPARE(otherSeed.code, int(CliDispatcher::Failure));
        QVERIFY(otherSeed.err.contains(QStringLiteral("already has readings")));

        const QJsonArray all = run(words("--json readings --meter sim")).json().array();
        QVERIFY(all.size() >= inserted);
        const QString from = all[100].toObject().value(QStringLiteral("time")).toString();
        const QString to = all[110].toObject().value(QStringLiteral("time")).toString();
        const QJsonArray slice =
            run({QStringLiteral("--json"), QStringLiteral("readings"), QStringLiteral("--meter"),
                 QStringLiteral("sim"), QStringLiteral("--from"), from, QStringLiteral("--to"), to})
                .json()
                .array();
        QCOMPARE(slice.size(), 10);
        QCOMPARE(slice[0].toObject().value(QStringLiteral("time")).toString(), from);
        const Run bad = run(words("readings --meter sim --from yesterday"));
        QCOMPARE(bad.code, int(CliDispatcher::UsageError));
        QVERIFY(bad.err.contains(QStringLiteral("--from needs a date")));
    }

    void rechargesAndSessionsAsJson()
    {
        QCOMPARE(run(words("meter add --name sim --provider simulator")).code, 0);
        QCOMPARE(run(words("simulate --meter sim --days 40 --seed 5")).code, 0);

        const Run sessions = run(words("--json sessions --meter sim"));
        QCOMPARE(sessions.code, 0);
        const QJsonArray sessionRows = sessions.json().array();
        QVERIFY(sessionRows.size() > 2); // the simulator's outages run on the generator
        QStringList sessionKeys{QStringLiteral("meter"),      QStringLiteral("source"),
                                QStringLiteral("start"),      QStringLiteral("end"),
                                QStringLiteral("duration_s"), QStringLiteral("kwh"),
                                QStringLiteral("cost"),       QStringLiteral("avg_kw")};
        sessionKeys.sort();
        bool sawGenerator = false;
        for (const QJsonValue &v : sessionRows) {
            const QJsonObject row = v.toObject();
            QStringList keys = row.keys();
            keys.sort();
            QCOMPARE(keys, sessionKeys);
            QVERIFY(row.value(QStringLiteral("start")).toString().endsWith(QStringLiteral("+05:30")));
            QVERIFY(row.value(QStringLiteral("duration_s")).toDouble() > 0);
            sawGenerator =
                sawGenerator || row.value(QStringLiteral("source")).toString() == QLatin1String("generator");
        }
        QVERIFY(sawGenerator);
        const QJsonObject open = sessionRows.last().toObject();
        QVERIFY(open.value(QStringLiteral("end")).isNull()); // still running: unknown end
        const QJsonObject closed = sessionRows.first().toObject();
        QVERIFY(closed.value(QStringLiteral("end")).toString().endsWith(QStringLiteral("+05:30")));
        QVERIFY(closed.value(QStringLiteral("avg_kw")).toDouble() > 0);
        QCOMPARE(run(words("sessions --meter sim")).code, 0);

        QStringList rechargeKeys{
            QStringLiteral("id"),     QStringLiteral("meter"),         QStringLiteral("time"),
            QStringLiteral("amount"), QStringLiteral("balance_after"), QStringLiteral("origin"),
            QStringLiteral("token")};
        rechargeKeys.sort();
        const auto recharges = [this] { return run(words("--json recharges --meter sim")).json().array(); };
        const QJsonArray detected = recharges();
        QVERIFY(!detected.isEmpty()); // the simulated household recharges when it runs low
        for (const QJsonValue &v : detected) {
            QStringList keys = v.toObject().keys();
            keys.sort();
            QCOMPARE(keys, rechargeKeys);
            QCOMPARE(v.toObject().value(QStringLiteral("origin")).toString(), QStringLiteral("detected"));
            QVERIFY(v.toObject().value(QStringLiteral("token")).isNull());
        }

        // By hand, with a token typed in groups.
        const QString firstTime = detected[0].toObject().value(QStringLiteral("time")).toString();
        const QDateTime firstAt = QDateTime::fromString(firstTime, Qt::ISODate);
        const QString earlier = firstAt.addDays(-3).toOffsetFromUtc(19800).toString(Qt::ISODate);
        const Run add = run({QStringLiteral("--json"), QStringLiteral("recharge"), QStringLiteral("add"),
                             QStringLiteral("--meter"), QStringLiteral("sim"), QStringLiteral("--amount"),
                             QStringLiteral("250.5"), QStringLiteral("--time"), earlier,
                             QStringLiteral("--token"), QStringLiteral("1234 5678-9012 3456 7890")});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const QJsonObject added = add.json().object();
        QStringList addedKeys = added.keys();
        addedKeys.sort();
        QCOMPARE(addedKeys, rechargeKeys);
        QCOMPARE(added.value(QStringLiteral("token")).toString(), QStringLiteral("12345678901234567890"));
        QCOMPARE(added.value(QStringLiteral("origin")).toString(), QStringLiteral("manual"));
        QCOMPARE(added.value(QStringLiteral("amount")).toDouble(), 250.5);
        QCOMPARE(recharges().size(), detected.size() + 1);

        // A detected amount corrected: shown once, with the new amount.
        const QString detectedId =
            QString::number(detected[0].toObject().value(QStringLiteral("id")).toInteger());
        const Run edit = run({QStringLiteral("--json"), QStringLiteral("recharge"), QStringLiteral("edit"),
                              QStringLiteral("--meter"), QStringLiteral("sim"), QStringLiteral("--id"),
                              detectedId, QStringLiteral("--amount"), QStringLiteral("1000")});
        QVERIFY2(edit.code == 0, qPrintable(edit.err));
        const QJsonObject edited = edit.json().object();
        QCOMPARE(edited.value(QStringLiteral("amount")).toDouble(), 1000.0);
        QCOMPARE(edited.value(QStringLiteral("time")).toString(), firstTime);
        QCOMPARE(edited.value(QStringLiteral("balance_after")),
                 detected[0].toObject().value(QStringLiteral("balance_after")));
        QCOMPARE(recharges().size(), detected.size() + 1);

        // Deleted: gone from the list; unknown ids fail with a sentence.
        const QString editedId = QString::number(edited.value(QStringLiteral("id")).toInteger());
        QCOMPARE(run({QStringLiteral("recharge"), QStringLiteral("delete"), QStringLiteral("--meter"),
                      QStringLiteral("sim"), QStringLiteral("--id"), editedId})
                     .code,
                 0);
        QCOMPARE(recharges().size(), detected.size());
        const Run missing = run(words("recharge delete --meter sim --id 99999"));
        QCOMPARE(missing.code, int(CliDispatcher::Failure));
        QVERIFY(missing.err.contains(QStringLiteral("no recharge 99999")));

        // --from/--to select by time.
        const QJsonArray window =
            run({QStringLiteral("--json"), QStringLiteral("recharges"), QStringLiteral("--meter"),
                 QStringLiteral("sim"), QStringLiteral("--from"), earlier, QStringLiteral("--to"),
                 firstAt.addDays(-2).toOffsetFromUtc(19800).toString(Qt::ISODate)})
                .json()
                .array();
        QCOMPARE(window.size(), 1);
        QCOMPARE(window[0].toObject().value(QStringLiteral("origin")).toString(), QStringLiteral("manual"));
        const Run table = run(words("recharges --meter sim"));
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.startsWith(QStringLiteral("id ")));
    }

    void simulateOnlyForSimulatorMeters()
    {
        const Run r = run(words("simulate --meter nothere --days 1"));
        QCOMPARE(r.code, int(CliDispatcher::Failure));
        QVERIFY(r.err.contains(QStringLiteral("no meter named")));
    }

    void pollWithoutMetersFails()
    {
        const Run r = run(words("poll --once"));
        QCOMPARE(r.code, int(CliDispatcher::Failure));
        QVERIFY(r.err.contains(QStringLiteral("no meters yet")));
    }

    void failingFetchGivesExitOneAndSentence()
    {
        QCOMPARE(run(words("meter add --name flaky --provider simulator --failure-rate 1")).code, 0);
        const Run r = run(words("--json poll --once"));
        QCOMPARE(r.code, int(CliDispatcher::Failure));
        QVERIFY2(r.err.contains(QStringLiteral("flaky: The provider's server reported an error")),
                 qPrintable(r.err));
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("server_error"));
    }

    void pollForRunsTheSchedulerForAWhile()
    {
        QCOMPARE(run(words("meter add --name live --provider simulator --interval 1")).code, 0);
        const Run r = run(words("poll --for 2"));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.count(QStringLiteral(" live ")) >= 1, qPrintable(r.out));
    }

    void newerDatabaseIsRefusedWithASentence()
    {
        QCOMPARE(run(words("meter list")).code, 0);
        {
            auto db = Database::open(m_db);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=999")));
        }
        const Run r = run(words("meter list"));
        QCOMPARE(r.code, int(CliDispatcher::Failure));
        QVERIFY(r.err.contains(QStringLiteral("newer version of Kilowatch")));
    }

    void pollRaisesAlertsAndTheLogListsThem()
    {
        QCOMPARE(run(words("meter add --name m --provider simulator --low-balance 100000")).code, 0);
        const Run poll = run(words("--json poll --once"));
        QCOMPARE(poll.code, 0);
        const QJsonArray raised = poll.json().array()[0].toObject().value(QStringLiteral("alerts")).toArray();
        QCOMPARE(raised.size(), 1);
        // The CSV export's alert columns, plus severity.
        QStringList expected = AlertColumns::names();
        QCOMPARE(expected, QStringList({QStringLiteral("meter"), QStringLiteral("time"),
                                        QStringLiteral("kind"), QStringLiteral("message")}));
        expected.append(QStringLiteral("severity"));
        QStringList keys = raised[0].toObject().keys();
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(raised[0][QStringLiteral("kind")].toString(), QStringLiteral("low_balance"));

        // Once: polling again raises nothing new; the log has the one alert.
        const Run again = run(words("--json poll --once"));
        QCOMPARE(again.json().array()[0].toObject().value(QStringLiteral("alerts")).toArray().size(), 0);
        const Run log = run(words("--json alerts --meter m"));
        QCOMPARE(log.code, 0);
        const QJsonArray rows = log.json().array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows[0].toObject();
        keys = row.keys();
        keys.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(row.value(QStringLiteral("meter")).toString(), QStringLiteral("m"));
        QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("low_balance"));
        QCOMPARE(row.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY(row.value(QStringLiteral("time")).toString().endsWith(QStringLiteral("+05:30")));
        // Rupees as Indians write them, whatever the machine's locale (C.UTF-8 here).
        QVERIFY2(row.value(QStringLiteral("message")).toString().contains(QStringLiteral("₹1,00,000.00")),
                 qPrintable(row.value(QStringLiteral("message")).toString()));
        // A window without it; a table for people.
        QCOMPARE(run(words("--json alerts --meter m --to 2001-01-01")).json().array().size(), 0);
        const Run table = run(words("alerts --meter m"));
        QVERIFY2(table.out.contains(QStringLiteral("low_balance")), qPrintable(table.out));
        QCOMPARE(run(words("alerts")).code, int(CliDispatcher::UsageError));
        QVERIFY(run(words("help")).out.contains(QStringLiteral("alerts --meter NAME")));

        // A typed-in reading runs the rules too.
        QCOMPARE(run(words("meter add --name hand --provider manual --low-balance 600")).code, 0);
        QCOMPARE(run(words("reading add --meter hand --balance 700")).code, 0);
        QCOMPARE(run(words("--json alerts --meter hand")).json().array().size(), 0);
        QTest::qWait(1100); // the next reading needs a later second
        QCOMPARE(run(words("reading add --meter hand --balance 550")).code, 0);
        QCOMPARE(run(words("--json alerts --meter hand")).json().array().size(), 1);
    }

    void aMetersOwnLowBalanceWinsOverTheSettings()
    {
        // kilowatch-cli with the default settings file: warning below 500, critical below 100.
        const std::unique_ptr<AppSettings> settings = AppSettings::fromIniData(QByteArray());
        QCOMPARE(settings->lowBalanceWarningMilli(), 500'000);
        m_alertConfig = AlertSettings::configFrom(*settings);
        m_alertConfig->dailySummary = false; // due at 23:59: not part of this, at any hour
        QCOMPARE(run(words("meter add --name hand --provider manual --timezone UTC --low-balance 200")).code,
                 0);
        QCOMPARE(run(words("reading add --meter hand --balance 700 --time 2025-07-25T10:00")).code, 0);
        const Run at400 = run(words("--json reading add --meter hand --balance 400 --time 2025-07-25T11:00"));
        QCOMPARE(at400.code, 0);
        const QJsonArray none = run(words("--json alerts --meter hand")).json().array();
        QVERIFY2(none.isEmpty(), QJsonDocument(none).toJson().constData());
        QCOMPARE(run(words("reading add --meter hand --balance 190 --time 2025-07-25T12:00")).code, 0);
        const QJsonArray raised = run(words("--json alerts --meter hand")).json().array();
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised[0][QStringLiteral("severity")].toString(), QStringLiteral("warning"));
        QVERIFY2(raised[0][QStringLiteral("message")].toString().contains(QStringLiteral("200.00")),
                 qPrintable(raised[0][QStringLiteral("message")].toString()));
        // A meter without an amount of its own keeps the settings' levels.
        QCOMPARE(run(words("meter add --name other --provider manual --timezone UTC")).code, 0);
        QCOMPARE(run(words("reading add --meter other --balance 700 --time 2025-07-25T10:00")).code, 0);
        QCOMPARE(run(words("reading add --meter other --balance 400 --time 2025-07-25T11:00")).code, 0);
        QCOMPARE(run(words("--json alerts --meter other")).json().array().size(), 1);
    }

    void manualMetersTakeTypedReadings()
    {
        QCOMPARE(
            run(words("meter add --name hand --provider manual --timezone Asia/Dhaka --currency BDT")).code,
            0);
        const Run first = run(words(
            "--json reading add --meter hand --balance 500.25 --time 2025-07-25T10:00 --grid-kwh 100.5"));
        QCOMPARE(first.code, 0);
        const QJsonObject row = first.json().object();
        QCOMPARE(row.value(QStringLiteral("balance")).toDouble(), 500.25);
        QCOMPARE(row.value(QStringLiteral("time")).toString(), QStringLiteral("2025-07-25T10:00:00+06:00"));
        QCOMPARE(row.value(QStringLiteral("grid_kwh")).toDouble(), 100.5);
        QVERIFY(row.value(QStringLiteral("generator_kwh")).isNull());

        const Run lower =
            run(words("reading add --meter hand --balance 480 --time 2025-07-26T10:00 --grid-kwh 99"));
        QCOMPARE(lower.code, int(CliDispatcher::UsageError));
        QVERIFY2(lower.err.contains(QStringLiteral("counter is lower")), qPrintable(lower.err));
        const Run same = run(words("reading add --meter hand --balance 480 --time 2025-07-25T10:00"));
        QCOMPARE(same.code, int(CliDispatcher::Failure));
        QVERIFY(same.err.contains(QStringLiteral("already stored")));
        const Run future = run(words("reading add --meter hand --balance 480 --time 2099-01-01T00:00"));
        QCOMPARE(future.code, int(CliDispatcher::UsageError));
        const Run text = run(words("reading add --meter hand --balance lots"));
        QCOMPARE(text.code, int(CliDispatcher::UsageError));
        QVERIFY(text.err.contains(QStringLiteral("--balance needs a number")));
        QCOMPARE(run(words("reading add --meter hand --balance 470")).code, 0); // now

        QCOMPARE(run(words("--json readings --meter hand")).json().array().size(), 2);
        // Polling skips it and says why; nothing fails.
        const Run poll = run(words("--json poll --once"));
        QCOMPARE(poll.code, 0);
        QCOMPARE(poll.json().array()[0].toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("manual"));
    }

    void polledMetersTakeTypedReadings()
    {
        QCOMPARE(run(words("meter add --name sim --provider simulator --timezone UTC")).code, 0);
        QCOMPARE(run(words("simulate --meter sim --days 1 --seed 3")).code, 0);
        const QJsonArray polled = run(words("--json readings --meter sim")).json().array();
        QVERIFY(polled.size() > 1000);
        // Written down this morning, typed in after later polls: between two polled readings,
        // with the earlier one's display.
        const QJsonObject earlier = polled[polled.size() / 2].toObject();
        const QDateTime at =
            QDateTime::fromString(earlier.value(QStringLiteral("time")).toString(), Qt::ISODate).addSecs(1);
        const QString atText = at.toUTC().toString(Qt::ISODate);
        const Run added = run({QStringLiteral("--json"), QStringLiteral("reading"), QStringLiteral("add"),
                               QStringLiteral("--meter"), QStringLiteral("sim"), QStringLiteral("--balance"),
                               QString::number(earlier.value(QStringLiteral("balance")).toDouble(), 'f', 3),
                               QStringLiteral("--grid-kwh"),
                               QString::number(earlier.value(QStringLiteral("grid_kwh")).toDouble(), 'f', 3),
                               QStringLiteral("--time"), atText});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QJsonObject row = added.json().object();
        QCOMPARE(QDateTime::fromString(row.value(QStringLiteral("time")).toString(), Qt::ISODate), at);
        QCOMPARE(row.value(QStringLiteral("balance")).toDouble(),
                 earlier.value(QStringLiteral("balance")).toDouble());
        QCOMPARE(row.value(QStringLiteral("grid_kwh")).toDouble(),
                 earlier.value(QStringLiteral("grid_kwh")).toDouble());
        QCOMPARE(run(words("--json readings --meter sim")).json().array().size(), polled.size() + 1);
        // The rules stay: a counter below the reading before it is refused.
        const Run lower = run({QStringLiteral("reading"), QStringLiteral("add"), QStringLiteral("--meter"),
                               QStringLiteral("sim"), QStringLiteral("--balance"), QStringLiteral("5"),
                               QStringLiteral("--grid-kwh"), QStringLiteral("0"), QStringLiteral("--time"),
                               at.addSecs(2).toUTC().toString(Qt::ISODate)});
        QCOMPARE(lower.code, int(CliDispatcher::UsageError));
        QVERIFY2(lower.err.contains(QStringLiteral("counter is lower")), qPrintable(lower.err));
    }

    void credentialOptionsNeedAProviderThatTakesThem()
    {
        const Run r = run(words("meter add --name s --provider simulator --secret-stdin"));
        QCOMPARE(r.code, int(CliDispatcher::UsageError));
        QVERIFY(r.err.contains(QStringLiteral("takes no credentials")));
        QCOMPARE(run(words("meter add --name s --provider simulator")).code, 0);
        const Run secrets = run(words("meter secrets s --secret-stdin"));
        QCOMPARE(secrets.code, int(CliDispatcher::UsageError));
        QVERIFY(secrets.err.contains(QStringLiteral("takes no credentials")));
    }

    void analyticsCommandsSpeakTheDocumentedKeys()
    {
        QCOMPARE(run(words("meter add --name sim --provider simulator")).code, 0);
        QCOMPARE(run(words("simulate --meter sim --days 40 --seed 3")).code, 0);
        const auto keysOf = [](const QJsonArray &rows) {
            QStringList keys = rows.first().toObject().keys();
            keys.sort();
            return keys;
        };
        const auto sorted = [](QStringList l) {
            l.sort();
            return l;
        };

        const Run usage = run(words("--json usage --meter sim --interval-hours 48 --group-minutes 45"));
        QCOMPARE(usage.code, 0);
        const QJsonArray buckets = usage.json().array();
        QVERIFY(buckets.size() >= 64 && buckets.size() <= 67);
        QCOMPARE(keysOf(buckets), sorted(UsageColumns::usageNames()));
        QVERIFY(buckets[10].toObject().value(QStringLiteral("kwh")).toDouble() > 0);
        const Run usageTable =
            run(words("usage --meter sim --interval-hours 2 --group-minutes 30 --unit money"));
        QCOMPARE(usageTable.code, 0);
        QVERIFY(usageTable.out.startsWith(QStringLiteral("start")));
        QVERIFY(usageTable.out.contains(QStringLiteral("cost")));
        QCOMPARE(run(words("usage --meter sim --interval-hours 721 --group-minutes 60")).code,
                 int(CliDispatcher::UsageError));
        QCOMPARE(run(words("usage --meter sim --interval-hours 24 --group-minutes 0")).code,
                 int(CliDispatcher::UsageError));
        QCOMPARE(run(words("usage --meter sim --interval-hours 24 --group-minutes 60 --unit watts")).code,
                 int(CliDispatcher::UsageError));

        const Run daily = run(words("--json summary --meter sim --period day"));
        QCOMPARE(daily.code, 0);
        QCOMPARE(daily.json().array().size(), 30);
        QCOMPARE(keysOf(daily.json().array()), sorted(UsageColumns::dailyNames()));
        const Run monthly = run(words("--json summary --meter sim --period month"));
        QCOMPARE(monthly.json().array().size(), 12);
        QCOMPARE(keysOf(monthly.json().array()), sorted(UsageColumns::monthlyNames()));
        // Months before the history have no data: unknown, not zero.
        QVERIFY(monthly.json().array()[0].toObject().value(QStringLiteral("kwh")).isNull());
        const Run yearly = run(words("--json summary --meter sim --period year"));
        QVERIFY(yearly.json().array().size() >= 1);
        QCOMPARE(keysOf(yearly.json().array()), sorted(UsageColumns::yearlyNames()));
        QCOMPARE(run(words("summary --meter sim --period week")).code, int(CliDispatcher::UsageError));

        const Run compare = run(words("--json compare --meter sim --period day"));
        QCOMPARE(compare.code, 0);
        const QJsonArray periods = compare.json().array();
        QCOMPARE(periods.size(), 3);
        QCOMPARE(periods[0].toObject().value(QStringLiteral("period")).toString(), QStringLiteral("current"));
        QCOMPARE(periods[1].toObject().value(QStringLiteral("period")).toString(),
                 QStringLiteral("previous"));
        QCOMPARE(periods[2].toObject().value(QStringLiteral("period")).toString(),
                 QStringLiteral("last_year"));
        QVERIFY(periods[2].toObject().value(QStringLiteral("kwh")).isNull()); // no history a year ago

        const Run forecast = run(words("--json forecast --meter sim"));
        QCOMPARE(forecast.code, 0);
        const QJsonObject f = forecast.json().object();
        for (const char *key : {"meter", "balance", "daily_cost", "days_remaining", "runs_out_on", "earliest",
                                "latest", "confidence", "days_used"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        QCOMPARE(f.value(QStringLiteral("days_used")).toInt(), 14);
        QVERIFY(f.value(QStringLiteral("confidence")).toString() != QLatin1String("none"));
    }

    void tariffsBillsAndRechargesAsJson()
    {
        const auto keysOf = [](const QJsonObject &o) {
            QStringList k = o.keys();
            k.sort();
            return k;
        };
        QCOMPARE(
            run(words("meter add --name reg --provider manual --timezone Africa/Kigali --currency RWF")).code,
            0);
        const Run set = run({QStringLiteral("--json"), QStringLiteral("tariff"), QStringLiteral("set"),
                             QStringLiteral("--meter"), QStringLiteral("reg"), QStringLiteral("--from"),
                             QStringLiteral("2025-01-01"), QStringLiteral("--slabs"),
                             QStringLiteral("0-20:89,21-50:310,51-:369"), QStringLiteral("--tax-percent"),
                             QStringLiteral("18"), QStringLiteral("--fixed-daily"), QStringLiteral("10")});
        QCOMPARE(set.code, 0);
        const QJsonObject version = set.json().object();
        QCOMPARE(keysOf(version), words("fixed_daily fixed_monthly flat_rate generator_rate meter slabs "
                                        "tax_percent tou valid_from valid_to"));
        QCOMPARE(version.value(QStringLiteral("slabs")).toString(),
                 QStringLiteral("0-20:89,21-50:310,51-:369"));
        QCOMPARE(version.value(QStringLiteral("tax_percent")).toDouble(), 18.0);
        QVERIFY(version.value(QStringLiteral("flat_rate")).isNull());

        QCOMPARE(
            run(words("reading add --meter reg --balance 50000 --time 2025-07-01T00:30 --grid-kwh 0")).code,
            0);
        QCOMPARE(
            run(words("reading add --meter reg --balance 45000 --time 2025-07-15T12:00 --grid-kwh 30")).code,
            0);
        QCOMPARE(
            run(words("reading add --meter reg --balance 40000 --time 2025-07-31T12:00 --grid-kwh 65")).code,
            0);

        // 65 kWh: 1 780 + 9 300 + 5 535 = 16 615; 31 days x 10 = 310; tax 18 % = 3 046.50.
        const Run bill = run(words("--json bill --meter reg --month 2025-07"));
        QCOMPARE(bill.code, 0);
        const QJsonObject b = bill.json().object();
        // The bill's row type: the CSV export's columns (energy_amount and kwh too) and the lines.
        QCOMPARE(keysOf(b),
                 words("days_with_data energy_amount energy_charges fixed_charges generator_amount "
                       "generator_kwh grid_kwh kwh meter month tax total"));
        QCOMPARE(b.value(QStringLiteral("energy_amount")).toDouble(), 16615.0);
        QCOMPARE(b.value(QStringLiteral("kwh")).toDouble(), 65.0);
        QCOMPARE(b.value(QStringLiteral("meter")).toString(), QStringLiteral("reg"));
        QCOMPARE(b.value(QStringLiteral("month")).toString(), QStringLiteral("2025-07"));
        QCOMPARE(b.value(QStringLiteral("days_with_data")).toInt(), 2);
        QCOMPARE(b.value(QStringLiteral("grid_kwh")).toDouble(), 65.0);
        const QJsonArray lines = b.value(QStringLiteral("energy_charges")).toArray();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(keysOf(lines[0].toObject()), words("amount kwh rate slab"));
        QCOMPARE(lines[1].toObject().value(QStringLiteral("slab")).toString(), QStringLiteral("21-50"));
        QCOMPARE(lines[1].toObject().value(QStringLiteral("kwh")).toDouble(), 30.0);
        QCOMPARE(lines[1].toObject().value(QStringLiteral("rate")).toDouble(), 310.0);
        QCOMPARE(lines[1].toObject().value(QStringLiteral("amount")).toDouble(), 9300.0);
        QCOMPARE(b.value(QStringLiteral("fixed_charges")).toDouble(), 310.0);
        // Money to the currency's minor unit, as in the CSV export: RWF has none, so the
        // 3 046.50 of tax is 3 047 and the 19 971.50 total 19 972 (half away from zero).
        QCOMPARE(b.value(QStringLiteral("tax")).toDouble(), 3047.0);
        QCOMPARE(b.value(QStringLiteral("total")).toDouble(), 19972.0);
        QCOMPARE(run(words("--json bill --meter reg --month 2025-07")).out, bill.out); // idempotent
        const Run text = run(words("bill --meter reg --month 2025-07"));
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("21-50")));
        QVERIFY(text.out.contains(QStringLiteral("total:")));
        const Run february = run(words("--json bill --meter reg --month 2025-02"));
        QCOMPARE(february.code, 0);
        QCOMPARE(february.json().object().value(QStringLiteral("fixed_charges")).toDouble(), 280.0);
        QCOMPARE(february.json().object().value(QStringLiteral("days_with_data")).toInt(), 0);

        // On the 15th the month has used 30 kWh: the second slab.
        const Run small = run(words("--json buy --meter reg --amount 2000 --at 2025-07-15T13:00"));
        QCOMPARE(small.code, 0);
        const QJsonObject q = small.json().object();
        QCOMPARE(keysOf(q), words("amount crosses_slab kwh meter warning"));
        QCOMPARE(q.value(QStringLiteral("kwh")).toDouble(), 5.467); // 2000 / 1.18 / 310
        QCOMPARE(q.value(QStringLiteral("crosses_slab")).toBool(), false);
        QVERIFY(q.value(QStringLiteral("warning")).isNull());
        const QJsonObject big =
            run(words("--json buy --meter reg --amount 10000 --at 2025-07-15T13:00")).json().object();
        QCOMPARE(big.value(QStringLiteral("crosses_slab")).toBool(), true);
        QVERIFY2(big.value(QStringLiteral("warning")).toString().contains(QStringLiteral("above 50 kWh")),
                 qPrintable(big.value(QStringLiteral("warning")).toString()));
        const QJsonObject reverse =
            run(words("--json buy --meter reg --kwh 10 --at 2025-07-15T13:00")).json().object();
        QCOMPARE(reverse.value(QStringLiteral("amount")).toDouble(), 3658.0); // 10 x 310 + 18 %

        // A price change from the 16th: July splits, the list shows both versions.
        QFile file(m_dir.filePath(QStringLiteral("tariff.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"flat_rate": 100, "tou": [{"from": "22:00", "to": "06:00", "rate": 50}]})");
        file.close();
        QCOMPARE(run({QStringLiteral("tariff"), QStringLiteral("set"), QStringLiteral("--meter"),
                      QStringLiteral("reg"), QStringLiteral("--from"), QStringLiteral("2025-07-16"),
                      QStringLiteral("--json-spec"), file.fileName()})
                     .code,
                 0);
        const QJsonArray versions = run(words("--json tariff list --meter reg")).json().array();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0].toObject().value(QStringLiteral("valid_to")).toString(),
                 QStringLiteral("2025-07-15"));
        QCOMPARE(versions[1].toObject().value(QStringLiteral("flat_rate")).toDouble(), 100.0);
        QCOMPARE(versions[1].toObject().value(QStringLiteral("tou")).toString(),
                 QStringLiteral("22:00-06:00:50"));
        const QJsonObject split = run(words("--json bill --meter reg --month 2025-07")).json().object();
        const QJsonArray splitLines = split.value(QStringLiteral("energy_charges")).toArray();
        QCOMPARE(splitLines.size(), 3); // 20 at 89, 10 at 310, then 35 flat at 100
        QCOMPARE(splitLines[2].toObject().value(QStringLiteral("slab")).toString(), QStringLiteral("flat"));
        QCOMPARE(splitLines[2].toObject().value(QStringLiteral("kwh")).toDouble(), 35.0);
        QCOMPARE(split.value(QStringLiteral("fixed_charges")).toDouble(), 150.0); // 15 days x 10

        // Days before a meter's first tariff are said on stderr, not silently left out.
        QCOMPARE(run(words("meter add --name late --provider manual --timezone Africa/Kigali")).code, 0);
        QCOMPARE(run(words("tariff set --meter late --from 2025-07-20 --flat 100")).code, 0);
        QCOMPARE(
            run(words("reading add --meter late --balance 900 --time 2025-07-01T00:30 --grid-kwh 0")).code,
            0);
        QCOMPARE(
            run(words("reading add --meter late --balance 800 --time 2025-07-10T12:00 --grid-kwh 4")).code,
            0);
        const Run partial = run(words("--json bill --meter late --month 2025-07"));
        QCOMPARE(partial.code, 0);
        QVERIFY2(
            partial.err.contains(QStringLiteral("19 day(s) of 2025-07 came before the first tariff; 4 kWh")),
            qPrintable(partial.err));
        QCOMPARE(partial.json().object().value(QStringLiteral("grid_kwh")).toDouble(), 4.0);
        QCOMPARE(partial.json().object().value(QStringLiteral("total")).toDouble(), 0.0);
    }

    void tariffMistakesAreUsageErrors_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no rate") << "tariff set --meter reg --from 2025-01-01" << 2
                                 << "either --flat RATE or --slabs";
        QTest::newRow("both rates") << "tariff set --meter reg --from 2025-01-01 --flat 5 --slabs 0-:5" << 2
                                    << "either --flat RATE or --slabs";
        QTest::newRow("no date") << "tariff set --meter reg --flat 5" << 2 << "--from YYYY-MM-DD";
        QTest::newRow("bad date") << "tariff set --meter reg --from 2025-02-30 --flat 5" << 2
                                  << "--from needs a date";
        QTest::newRow("gap") << "tariff set --meter reg --from 2025-01-01 --slabs 0-20:89,25-:300" << 2
                             << "gap between slabs 1 and 2";
        QTest::newRow("overlap") << "tariff set --meter reg --from 2025-01-01 --slabs 0-20:89,10-:300" << 2
                                 << "overlap";
        QTest::newRow("negative") << "tariff set --meter reg --from 2025-01-01 --flat -3" << 2
                                  << "cannot be negative";
        QTest::newRow("text rate") << "tariff set --meter reg --from 2025-01-01 --flat cheap" << 2
                                   << "--flat needs a number";
        QTest::newRow("bad tou") << "tariff set --meter reg --from 2025-01-01 --flat 5 --tou 22-06:3" << 2
                                 << "not a time-of-use period";
        QTest::newRow("unknown meter")
            << "tariff set --meter nobody --from 2025-01-01 --flat 5" << 1 << "no meter named";
        QTest::newRow("bad month") << "bill --meter reg --month 2025-13" << 2 << "--month needs a month";
        QTest::newRow("no tariff yet")
            << "bill --meter reg --month 2025-07" << 1 << "no tariff for July 2025";
        QTest::newRow("buy nothing") << "buy --meter reg" << 2 << "either --amount";
        QTest::newRow("buy zero") << "buy --meter reg --amount 0" << 2 << "above zero";
        QTest::newRow("buy without tariff") << "buy --meter reg --amount 100" << 1 << "no tariff";
        // Core says "no tariff"; the command line says where its user sets one (the window its own).
        QTest::newRow("bill points to tariff set")
            << "bill --meter reg --month 2025-07" << 1 << "July 2025. Set one with kilowatch-cli tariff set.";
        QTest::newRow("buy points to tariff set")
            << "buy --meter reg --amount 100" << 1 << "Set one with kilowatch-cli tariff set.";
    }
    void tariffMistakesAreUsageErrors()
    {
        QFETCH(QString, args);
        QFETCH(int, code);
        QFETCH(QString, expected);
        QCOMPARE(run(words("meter add --name reg --provider manual --timezone Africa/Kigali")).code, 0);
        const Run r = run(args.split(QLatin1Char(' ')));
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(run(words("--json tariff list --meter reg")).json().array().isEmpty());
    }

    void hostileNamesAreJustText()
    {
        const QString name = QStringLiteral("x'); DROP TABLE readings; --");
        QCOMPARE(run({QStringLiteral("meter"), QStringLiteral("add"), QStringLiteral("--name"), name,
                      QStringLiteral("--provider"), QStringLiteral("simulator")})
                     .code,
                 0);
        const QJsonArray meters = run(words("--json meter list")).json().array();
        QCOMPARE(meters[0].toObject().value(QStringLiteral("name")).toString(), name);
        QCOMPARE(
            run({QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--meter"), name}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliDispatcher)
#include "tst_cliapplication.moc"
