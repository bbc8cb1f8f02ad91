#include "setup/Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestAutostart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_savedConfigHome;
    QByteArray m_savedHome;

private slots:
    void initTestCase()
    {
        m_savedConfigHome = qgetenv("XDG_CONFIG_HOME");
        m_savedHome = qgetenv("HOME");
    }

    void init()
    {
        // A fresh home and config folder for each test; nothing touches the real ones.
        const QString test = QString::fromLatin1(QTest::currentTestFunction());
        const QString home = m_dir.filePath(QStringLiteral("home-") + test);
        QVERIFY(QDir().mkpath(home));
        qputenv("HOME", QFile::encodeName(home));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config-") + test)));
    }

    void cleanupTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_savedConfigHome);
        qputenv("HOME", m_savedHome);
    }

    void offByDefault()
    {
        const Autostart autostart(Autostart::Method::XdgAutostart, QStringLiteral("/usr/bin/kilowatch"));
        QVERIFY(!autostart.isEnabled());
        QVERIFY(!QFileInfo::exists(autostart.location()));
        // Turning off what is off is fine and writes nothing.
        QVERIFY(autostart.disable().ok());
        QVERIFY(!QFileInfo::exists(Autostart::xdgConfigHome()));
    }

    void theEntryGoesToXdgConfigHome()
    {
        const Autostart autostart(Autostart::Method::XdgAutostart, QStringLiteral("/usr/bin/kilowatch"));
        const QString expected = QDir(qEnvironmentVariable("XDG_CONFIG_HOME"))
                                     .filePath(QStringLiteral("autostart/io.kilowatch.Kilowatch.desktop"));
        QCOMPARE(autostart.location(), expected);
        QVERIFY(autostart.enable().ok());
        QVERIFY(autostart.isEnabled());
        const QString entry = readAll(expected);
        QVERIFY(entry.startsWith(QStringLiteral("[Desktop Entry]\n")));
        QVERIFY(entry.contains(QStringLiteral("\nType=Application\n")));
        QVERIFY(entry.contains(QStringLiteral("\nExec=/usr/bin/kilowatch\n")));
        QVERIFY(entry.contains(QStringLiteral("\nIcon=io.kilowatch.Kilowatch\n")));
        // Enabling twice is one entry, and disabling removes it.
        QVERIFY(autostart.enable().ok());
        QVERIFY(autostart.disable().ok());
        QVERIFY(!autostart.isEnabled());
        QVERIFY(!QFileInfo::exists(expected));
    }

    void theEntryValidates()
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
        const Autostart autostart(Autostart::Method::XdgAutostart,
                                  QStringLiteral("/opt/Kilo Watch/bin/kilo$watch%"),
                                  {QStringLiteral("--database"), QStringLiteral("/home/a b/\"x\".sqlite")});
        QVERIFY(autostart.enable().ok());
        QProcess process;
        process.start(validator, {autostart.location()});
        QVERIFY(process.waitForFinished(30'000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardOutput() + process.readAllStandardError());
    }

    void relativeXdgConfigHomeIsIgnored()
    {
        qputenv("XDG_CONFIG_HOME", "relative/config");
        QCOMPARE(Autostart::xdgConfigHome(), QDir::home().filePath(QStringLiteral(".config")));
        qunsetenv("XDG_CONFIG_HOME");
        QCOMPARE(Autostart::xdgConfigHome(), QDir::home().filePath(QStringLiteral(".config")));
        const Autostart autostart(Autostart::Method::XdgAutostart, QStringLiteral("/usr/bin/kilowatch"));
        QVERIFY(autostart.location().startsWith(QDir::homePath() + QStringLiteral("/.config/autostart/")));
    }

    void anEntrySwitchedOffElsewhereCountsAsOff()
    {
        const Autostart autostart(Autostart::Method::XdgAutostart, QStringLiteral("/usr/bin/kilowatch"));
        QVERIFY(autostart.enable().ok());
        for (const char *line : {"Hidden=true", "X-GNOME-Autostart-enabled=false"}) {
            QString entry = readAll(autostart.location());
            entry.replace(QStringLiteral("X-GNOME-Autostart-enabled=true\n"), QString());
            QFile file(autostart.location());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(entry.toUtf8() + line + '\n');
            file.close();
            QVERIFY2(!autostart.isEnabled(), line);
        }
        // Turning it on again writes a fresh entry.
        QVERIFY(autostart.enable().ok());
        QVERIFY(autostart.isEnabled());
    }

    void execLinesAreQuotedAsTheSpecificationSays_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("line");
        QTest::newRow("plain") << QStringLiteral("/usr/bin/kilowatch") << QStringList()
                               << QStringLiteral("/usr/bin/kilowatch");
        QTest::newRow("space") << QStringLiteral("/opt/Kilo Watch/kilowatch") << QStringList()
                               << QStringLiteral("\"/opt/Kilo Watch/kilowatch\"");
        QTest::newRow("percent") << QStringLiteral("/opt/100%/kilowatch") << QStringList()
                                 << QStringLiteral("/opt/100%%/kilowatch");
        // Inside quotes: \" \$ \` \\ ; then the file format doubles every backslash.
        QTest::newRow("reserved") << QStringLiteral("/opt/a$b/kilowatch")
                                  << QStringList{QStringLiteral("--database"), QStringLiteral("x\"y.sqlite")}
                                  << QStringLiteral(
                                         "\"/opt/a\\\\$b/kilowatch\" --database \"x\\\\\"y.sqlite\"");
    }

    void execLinesAreQuotedAsTheSpecificationSays()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(QString, line);
        QCOMPARE(Autostart::desktopExecLine(program, arguments), line);
    }

    void theMacLaunchAgentLivesInTheHome()
    {
        // Written and removed the same way on any system; launchd reads it on macOS.
        const Autostart autostart(Autostart::Method::MacLaunchAgent,
                                  QStringLiteral("/Applications/Kilowatch.app/Contents/MacOS/kilowatch"));
        QCOMPARE(autostart.location(),
                 QDir::home().filePath(QStringLiteral("Library/LaunchAgents/io.kilowatch.Kilowatch.plist")));
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.enable().ok());
        QVERIFY(autostart.isEnabled());
        const QString plist = readAll(autostart.location());
        QVERIFY(plist.contains(QStringLiteral("<key>RunAtLoad</key>\n    <true/>")));
        QVERIFY(plist.contains(
            QStringLiteral("<string>/Applications/Kilowatch.app/Contents/MacOS/kilowatch</string>")));
        QVERIFY(autostart.disable().ok());
        QVERIFY(!autostart.isEnabled());
    }

    void thePlatformMethodStartsThisExecutable()
    {
        const Autostart autostart;
#if defined(Q_OS_LINUX)
        QCOMPARE(Autostart::platformMethod(), Autostart::Method::XdgAutostart);
        QVERIFY(autostart.enable().ok());
        QVERIFY(readAll(autostart.location()).contains(QCoreApplication::applicationFilePath()));
        QVERIFY(autostart.disable().ok());
#endif
        QVERIFY(!autostart.isEnabled());
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
