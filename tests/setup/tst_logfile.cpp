#include "Logging.h"
#include "setup/LogFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The exact mode bits: nothing for the group or others.
int unixMode(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
#else
    Q_UNUSED(path);
    return 0600;
#endif
}

// Stands in for stderr while the log file is installed, so the test output stays readable.
void quietHandler(QtMsgType, const QMessageLogContext &, const QString &) {}

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

    QtMessageHandler m_testHandler = nullptr;

private slots:
    void init() { m_testHandler = qInstallMessageHandler(quietHandler); }

    void cleanup()
    {
        LogFile::uninstall();
        LogFile::setRedactionHook({});
        qInstallMessageHandler(m_testHandler);
    }

    void defaultsAreOneMebibyteAndThreeOldFiles()
    {
        const LogFile::Options options;
        QCOMPARE(options.maxBytes, 1024 * 1024);
        QCOMPARE(options.keep, 3);
        QVERIFY(LogFile::defaultPath().endsWith(QStringLiteral("/kilowatch.log")));
    }

    void categoryMessagesGoToTheFileCreatedForTheUserOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs/kilowatch.log"));
        QVERIFY(LogFile::install(path).ok());
        QVERIFY(LogFile::isInstalled());
        QCOMPARE(LogFile::path(), QFileInfo(path).absoluteFilePath());
        qCWarning(lcStorage) << "disk is slow";
        qCCritical(lcProvider) << "fetched";
        LogFile::uninstall();

        QCOMPARE(unixMode(path), 0600);
        const QStringList lines = readAll(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QRegularExpression shape(QStringLiteral(
            R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (warning|critical) kilowatch\.(storage|provider): .+$)"));
        for (const QString &line : lines)
            QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
        QVERIFY(lines[0].contains(QStringLiteral("warning kilowatch.storage: disk is slow")));

        // After uninstalling, nothing more is written.
        qCWarning(lcStorage) << "after";
        QVERIFY(!readAll(path).contains(QStringLiteral("after")));
    }

    void anExistingFileIsNarrowedToTheUser()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions");
#endif
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kilowatch.log"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("older line\n");
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QCOMPARE(unixMode(path), 0644);
        QVERIFY(LogFile::install(path).ok());
        QCOMPARE(unixMode(path), 0600);
        qCWarning(lcUi) << "appended";
        LogFile::uninstall();
        const QString text = readAll(path);
        QVERIFY(text.startsWith(QStringLiteral("older line\n")));
        QVERIFY(text.contains(QStringLiteral("appended")));
    }

    void rotatesAtTheSizeAndKeepsThreeOldFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kilowatch.log"));
        LogFile::Options options;
        options.maxBytes = 4096;
        options.keep = 3;
        QVERIFY(LogFile::install(path, options).ok());
        const QString padding(60, QLatin1Char('x'));
        constexpr int kLines = 400; // ~40 KB: many rotations
        for (int i = 0; i < kLines; ++i)
            qCWarning(lcPoll).noquote()
                << QStringLiteral("line %1 %2").arg(i, 4, 10, QLatin1Char('0')).arg(padding);
        LogFile::uninstall();

        QVERIFY(QFileInfo::exists(path));
        for (int i = 1; i <= 3; ++i)
            QVERIFY2(QFileInfo::exists(path + QStringLiteral(".%1").arg(i)), qPrintable(QString::number(i)));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".4")));

        // Oldest to newest: .3, .2, .1, the current file; together an unbroken tail ending with
        // the last line, and no file over the limit or readable by others.
        QStringList all;
        for (const QString &file :
             {path + QStringLiteral(".3"), path + QStringLiteral(".2"), path + QStringLiteral(".1"), path}) {
            QVERIFY2(QFileInfo(file).size() <= options.maxBytes, qPrintable(file));
            QCOMPARE(unixMode(file), 0600);
            all += readAll(file).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
        QVERIFY(all.size() > 100);
        const QRegularExpression number(QStringLiteral("line (\\d{4}) "));
        int expected = kLines - int(all.size());
        for (const QString &line : all) {
            const QRegularExpressionMatch m = number.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            QCOMPARE(m.captured(1).toInt(), expected++);
        }
        QCOMPARE(expected, kLines);
    }

    void secretsAreRedacted_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer header")
            << QStringLiteral("GET /balance Authorization: Bearer eyJhbGciOi.abc.def")
            << QStringLiteral("eyJhbGciOi.abc.def");
        QTest::newRow("basic header")
            << QStringLiteral("authorization=Basic dXNlcjpwYXNz") << QStringLiteral("dXNlcjpwYXNz");
        QTest::newRow("query") << QStringLiteral("https://x.example/api?token=s3cr3tValue&meter=1")
                               << QStringLiteral("s3cr3tValue");
        QTest::newRow("json") << QStringLiteral(R"({"username": "a", "password": "hunter2hunter2"})")
                              << QStringLiteral("hunter2hunter2");
        QTest::newRow("client secret")
            << QStringLiteral("client_secret=abcdef123456, retrying") << QStringLiteral("abcdef123456");
        QTest::newRow("input type") << QStringLiteral("input_type: QUJDREVGR0g=")
                                    << QStringLiteral("QUJDREVGR0g=");
    }

    void secretsAreRedacted()
    {
        QFETCH(QString, message);
        QFETCH(QString, secret);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kilowatch.log"));
        QVERIFY(LogFile::install(path).ok());
        qCWarning(lcProvider).noquote() << message;
        LogFile::uninstall();
        const QString text = readAll(path);
        QVERIFY2(!text.contains(secret), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("[redacted]")), qPrintable(text));
    }

    void ordinaryTextIsLeftAlone()
    {
        const QString text = QStringLiteral("balance 1234.50 tokens: 3, recharge of 500 at 10:00; secretary");
        QCOMPARE(LogFile::redact(text), text);
    }

    void theHookRedactsKnownValues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kilowatch.log"));
        QVERIFY(LogFile::install(path).ok());
        LogFile::setRedactionHook([](const QString &text) {
            QString out = text;
            return out.replace(QStringLiteral("PLAIN-SECRET-42"), QStringLiteral("[redacted]"));
        });
        qCWarning(lcProvider) << "the server echoed PLAIN-SECRET-42 back";
        LogFile::uninstall();
        const QString text = readAll(path);
        QVERIFY(!text.contains(QStringLiteral("PLAIN-SECRET-42")));
        QVERIFY(text.contains(QStringLiteral("echoed [redacted] back")));
    }

    void linesFromManyThreadsStayWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kilowatch.log"));
        QVERIFY(LogFile::install(path).ok());
        constexpr int kThreads = 4;
        constexpr int kPerThread = 300;
        QList<QThread *> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.append(QThread::create([t] {
                for (int i = 0; i < kPerThread; ++i)
                    qCWarning(lcAnalytics).noquote()
                        << QStringLiteral("thread %1 entry %2 end").arg(t).arg(i);
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(30'000));
            delete thread;
        }
        LogFile::uninstall();
        const QStringList lines = readAll(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), kThreads * kPerThread);
        const QRegularExpression whole(QStringLiteral(": thread \\d entry \\d+ end$"));
        for (const QString &line : lines)
            QVERIFY2(whole.match(line).hasMatch(), qPrintable(line));
    }

    void multiLineMessagesAreIndented()
    {
        const QString line = LogFile::formatLine(QtWarningMsg, "kilowatch.ui", QStringLiteral("one\ntwo"), 0);
        QCOMPARE(line, QStringLiteral("1970-01-01T00:00:00.000Z warning kilowatch.ui: one\n    two"));
    }

    void anUnwritablePlaceIsASentence()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Status installed = LogFile::install(blocker + QStringLiteral("/kilowatch.log"));
        QVERIFY(!installed.ok());
        QVERIFY2(installed.error().startsWith(QStringLiteral("Cannot")), qPrintable(installed.error()));
        QVERIFY(!LogFile::isInstalled());
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
