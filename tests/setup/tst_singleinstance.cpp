// SingleInstance between real processes: this executable doubles as the "other instance"
// (KILOWATCH_SINGLEINSTANCE_CHILD=serve|hang), so the lock, the socket, the activation and the
// clean-up after a SIGKILL are all exercised for real.
#include "setup/SingleInstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

constexpr char kChildMode[] = "KILOWATCH_SINGLEINSTANCE_CHILD";
constexpr char kChildDatabase[] = "KILOWATCH_SINGLEINSTANCE_DATABASE";

// serve: claims, prints its role, and prints "activated" for each request.
// hang: takes the lock the way a primary does but never answers (a hung primary).
int childMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString mode = qEnvironmentVariable(kChildMode);
    const QString database = qEnvironmentVariable(kChildDatabase);
    SingleInstance instance(database);
    if (mode == QLatin1String("hang")) {
        QLockFile lock(instance.lockFilePath());
        lock.setStaleLockTime(0);
        if (!lock.tryLock(1000))
            return 3;
        std::printf("locked\n");
        std::fflush(stdout);
        return app.exec();
    }
    QObject::connect(&instance, &SingleInstance::activationRequested, [] {
        std::printf("activated\n");
        std::fflush(stdout);
    });
    const Result<SingleInstance::Role> role = instance.claim(3000);
    if (!role) {
        std::printf("error\n");
        return 1;
    }
    std::printf(role.value() == SingleInstance::Role::Primary ? "primary\n" : "secondary\n");
    std::fflush(stdout);
    if (role.value() == SingleInstance::Role::Secondary)
        return 0;
    return app.exec();
}

bool waitForLine(QProcess &process, const QByteArray &line, int timeoutMs = 10'000)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray seen;
    while (timer.elapsed() < timeoutMs) {
        if (process.canReadLine() || process.waitForReadyRead(100)) {
            while (process.canReadLine()) {
                const QByteArray got = process.readLine().trimmed();
                if (got == line)
                    return true;
                seen += got + ' ';
            }
        }
        if (process.state() == QProcess::NotRunning && !process.canReadLine())
            break;
    }
    qWarning() << "waited for" << line << "saw" << seen;
    return false;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void startChild(QProcess &child, const QString &mode, const QString &database)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kChildMode), mode);
        env.insert(QLatin1String(kChildDatabase), database);
        child.setProcessEnvironment(env);
        child.setProgram(QCoreApplication::applicationFilePath());
        child.start();
        QVERIFY(child.waitForStarted());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A private runtime folder, as a desktop session has.
        const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }

    void namesDependOnTheDatabaseAndTheUser()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.sqlite"));
        const QString b = m_dir.filePath(QStringLiteral("b.sqlite"));
        QCOMPARE(SingleInstance::serverNameFor(a), SingleInstance::serverNameFor(a));
        QVERIFY(SingleInstance::serverNameFor(a) != SingleInstance::serverNameFor(b));
        // Another user with the same path gets another name.
        QVERIFY(SingleInstance::serverNameFor(a, QStringLiteral("1000")) !=
                SingleInstance::serverNameFor(a, QStringLiteral("1001")));
        // The same file through another spelling (relative, "..", a symlinked folder) is one name.
        const QString sub = m_dir.filePath(QStringLiteral("sub"));
        QVERIFY(QDir().mkpath(sub));
        QCOMPARE(SingleInstance::serverNameFor(sub + QStringLiteral("/../a.sqlite")),
                 SingleInstance::serverNameFor(a));
        const QString link = m_dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(m_dir.path(), link));
        QCOMPARE(SingleInstance::serverNameFor(link + QStringLiteral("/a.sqlite")),
                 SingleInstance::serverNameFor(a));
        const QString previous = QDir::currentPath();
        QDir::setCurrent(m_dir.path());
        const QString relative = SingleInstance::serverNameFor(QStringLiteral("a.sqlite"));
        QDir::setCurrent(previous);
        QCOMPARE(relative, SingleInstance::serverNameFor(a));
        // No path leaks into the shared folder's names; the user's runtime folder is used.
        QVERIFY(!SingleInstance::serverNameFor(a).contains(QStringLiteral("a.sqlite")));
        QVERIFY(SingleInstance::serverNameFor(a).startsWith(qEnvironmentVariable("XDG_RUNTIME_DIR")));
    }

    void aSecondStartAsksTheFirstToShowItself()
    {
        const QString database = m_dir.filePath(QStringLiteral("shared.sqlite"));
        QProcess first;
        startChild(first, QStringLiteral("serve"), database);
        QVERIFY(waitForLine(first, "primary"));

        SingleInstance second(database);
        const Result<SingleInstance::Role> role = second.claim(5000);
        QVERIFY2(role.ok(), qPrintable(role.error()));
        QCOMPARE(role.value(), SingleInstance::Role::Secondary);
        QVERIFY(!second.isPrimary());
        QVERIFY(waitForLine(first, "activated"));

        // And again: the primary keeps serving.
        SingleInstance third(database);
        QCOMPARE(third.claim(5000).value(), SingleInstance::Role::Secondary);
        QVERIFY(waitForLine(first, "activated"));

        // Another database is another instance.
        SingleInstance other(m_dir.filePath(QStringLiteral("other.sqlite")));
        QCOMPARE(other.claim(5000).value(), SingleInstance::Role::Primary);

        first.kill();
        first.waitForFinished();
    }

    void thePrimaryHearsLaterStarts()
    {
        const QString database = m_dir.filePath(QStringLiteral("primary.sqlite"));
        SingleInstance primary(database);
        QCOMPARE(primary.claim().value(), SingleInstance::Role::Primary);
        QVERIFY(primary.isPrimary());
        QSignalSpy activated(&primary, &SingleInstance::activationRequested);

        QProcess later;
        startChild(later, QStringLiteral("serve"), database);
        // The child blocks in claim() while this event loop answers it.
        QVERIFY(activated.wait(10'000));
        QVERIFY(waitForLine(later, "secondary"));
        QVERIFY(later.waitForFinished(10'000));
        QCOMPARE(later.exitCode(), 0);
    }

    void aCrashedPrimaryLeavesNothingInTheWay()
    {
        const QString database = m_dir.filePath(QStringLiteral("crash.sqlite"));
        QProcess crashed;
        startChild(crashed, QStringLiteral("serve"), database);
        QVERIFY(waitForLine(crashed, "primary"));
        const QString socket = SingleInstance::serverNameFor(database);
        QVERIFY(QFileInfo::exists(socket));
        crashed.kill(); // SIGKILL: no clean-up at all
        QVERIFY(crashed.waitForFinished());
#ifdef Q_OS_UNIX
        // The socket file and the lock are left behind, and nobody listens.
        QVERIFY(QFileInfo::exists(socket));
        QLocalSocket probe;
        probe.connectToServer(socket);
        QVERIFY(!probe.waitForConnected(500));
#endif
        QElapsedTimer timer;
        timer.start();
        SingleInstance next(database);
        const Result<SingleInstance::Role> role = next.claim(10'000);
        QVERIFY2(role.ok(), qPrintable(role.error()));
        QCOMPARE(role.value(), SingleInstance::Role::Primary);
        QVERIFY2(timer.elapsed() < 5000, "a stale lock must not cost the timeout");

        // The new primary answers on the same name.
        QProcess later;
        startChild(later, QStringLiteral("serve"), database);
        QSignalSpy activated(&next, &SingleInstance::activationRequested);
        QVERIFY(activated.wait(10'000));
        QVERIFY(waitForLine(later, "secondary"));
        later.waitForFinished();
    }

    void aHungPrimaryIsAnErrorNotASecondWriter()
    {
        const QString database = m_dir.filePath(QStringLiteral("hung.sqlite"));
        QProcess hung;
        startChild(hung, QStringLiteral("hang"), database);
        QVERIFY(waitForLine(hung, "locked"));
        QElapsedTimer timer;
        timer.start();
        SingleInstance second(database);
        const Result<SingleInstance::Role> role = second.claim(1500);
        QVERIFY(!role.ok());
        QVERIFY2(role.error().contains(QStringLiteral("already running")), qPrintable(role.error()));
        QVERIFY(timer.elapsed() >= 1400 && timer.elapsed() < 10'000);
        QVERIFY(!second.isPrimary());
        hung.kill();
        hung.waitForFinished();
    }

    void theLockIsReleasedOnExit()
    {
        const QString database = m_dir.filePath(QStringLiteral("release.sqlite"));
        {
            SingleInstance first(database);
            QCOMPARE(first.claim().value(), SingleInstance::Role::Primary);
        }
        SingleInstance again(database);
        QCOMPARE(again.claim(1000).value(), SingleInstance::Role::Primary);
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(kChildMode))
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestSingleInstance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
