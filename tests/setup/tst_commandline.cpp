#include "setup/DesktopCommandLine.h"
#include "setup/LanguageOption.h"
#include "setup/TerminationSignals.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void languageOptionIsFoundInBothSpellings_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("rest");
        QTest::newRow("absent") << QStringList{QStringLiteral("--json"), QStringLiteral("meter"),
                                               QStringLiteral("list")}
                                << QString()
                                << QStringList{QStringLiteral("--json"), QStringLiteral("meter"),
                                               QStringLiteral("list")};
        QTest::newRow("separate") << QStringList{QStringLiteral("--lang"), QStringLiteral("bn"),
                                                 QStringLiteral("--help")}
                                  << QStringLiteral("bn") << QStringList{QStringLiteral("--help")};
        QTest::newRow("joined") << QStringList{QStringLiteral("meter"), QStringLiteral("--lang=hi"),
                                               QStringLiteral("list")}
                                << QStringLiteral("hi")
                                << QStringList{QStringLiteral("meter"), QStringLiteral("list")};
        QTest::newRow("last wins") << QStringList{QStringLiteral("--lang=hi"), QStringLiteral("--lang"),
                                                  QStringLiteral("bn")}
                                   << QStringLiteral("bn") << QStringList();
        // After "--" everything is an operand.
        QTest::newRow("after --") << QStringList{QStringLiteral("--"), QStringLiteral("--lang"),
                                                 QStringLiteral("bn")}
                                  << QString()
                                  << QStringList{QStringLiteral("--"), QStringLiteral("--lang"),
                                                 QStringLiteral("bn")};
    }

    void languageOptionIsFoundInBothSpellings()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QFETCH(QStringList, rest);
        const Result<QString> found = LanguageOption::find(arguments);
        QVERIFY(found.ok());
        QCOMPARE(found.value(), language);
        QCOMPARE(LanguageOption::strip(arguments), rest);
    }

    void aMissingLanguageIsAUsageError()
    {
        for (const QStringList &arguments : {QStringList{QStringLiteral("--lang")},
                                             QStringList{QStringLiteral("--lang"), QStringLiteral("--json")},
                                             QStringList{QStringLiteral("--lang=")}}) {
            const Result<QString> found = LanguageOption::find(arguments);
            QVERIFY(!found.ok());
            QVERIFY(found.error().contains(QStringLiteral("--lang bn")));
        }
    }

    void anExplicitLanguageSetsTheLocale()
    {
        const QLocale before;
        QVERIFY(LanguageOption::apply(*QCoreApplication::instance(), QStringLiteral("en")).isEmpty());
        QCOMPARE(QLocale().language(), QLocale::English);
        // Bengali is one of the shipped catalogues: numbers follow the language too.
        LanguageOption::apply(*QCoreApplication::instance(), QStringLiteral("bn"));
        QCOMPARE(QLocale().language(), QLocale::Bengali);
        QVERIFY(!LanguageOption::apply(*QCoreApplication::instance(), QStringLiteral("zz")).isEmpty());
        QLocale::setDefault(before);
    }

    void desktopOptionsAreListedAndParsed()
    {
        DesktopCommandLine commandLine;
        const QString help = commandLine.helpText();
        for (const char *option : {"--database <FILE>", "--lang <CODE>", "--help", "--version"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }

    void helpAndVersionNeedNoDisplay()
    {
        const QString program = QStringLiteral("kilowatch");
        QVERIFY(DesktopCommandLine::printsOnly({program, QStringLiteral("--version")}));
        QVERIFY(DesktopCommandLine::printsOnly({program, QStringLiteral("-v")}));
        QVERIFY(DesktopCommandLine::printsOnly(
            {program, QStringLiteral("--database"), QStringLiteral("x"), QStringLiteral("--help")}));
        QVERIFY(DesktopCommandLine::printsOnly({program, QStringLiteral("--help-all")}));
        QVERIFY(!DesktopCommandLine::printsOnly({program}));
        QVERIFY(
            !DesktopCommandLine::printsOnly({program, QStringLiteral("--database"), QStringLiteral("x")}));
        QVERIFY(!DesktopCommandLine::printsOnly({program, QStringLiteral("--"), QStringLiteral("--help")}));
    }

    void terminationSignalsArriveInTheEventLoop()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX signals");
#else
        TerminationSignals *signals_ = TerminationSignals::install();
        QCOMPARE(TerminationSignals::install(), signals_);
        QSignalSpy received(signals_, &TerminationSignals::received);
        for (int signalNumber : {SIGTERM, SIGHUP, SIGINT}) {
            QVERIFY(::raise(signalNumber) == 0); // would kill the test without the handler
            QVERIFY(received.wait(5000));
            QCOMPARE(received.takeFirst().at(0).toInt(), signalNumber);
        }
#endif
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
