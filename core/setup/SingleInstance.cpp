#include "SingleInstance.h"

#include "Logging.h"
#include "storage/DatabaseFiles.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QRegularExpression>
#include <QThread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

// One line each way: the request, and the primary's acknowledgement once it has acted.
const QByteArray kActivate = "activate\n";
const QByteArray kAcknowledge = "ok\n";
constexpr qint64 kMaxRequest = 256;

QString runtimeFolder()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir() && QFileInfo(runtime).isWritable())
        return runtime;
#endif
    return QDir::tempPath();
}

} // namespace

SingleInstance::SingleInstance(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_serverName(serverNameFor(databasePath))
{
    // On Windows the server name is a pipe name, not a path; the lock lives in the per-user
    // temporary folder there.
    const QString base = QFileInfo(m_serverName).fileName();
    m_lockPath = QDir(runtimeFolder()).filePath(base + QStringLiteral(".lock"));
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

QString SingleInstance::currentUser()
{
#ifdef Q_OS_UNIX
    // The numeric id: user names can be renamed, and environment variables can be missing.
    return QString::number(::getuid());
#else
    QString user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user;
#endif
}

QString SingleInstance::serverNameFor(const QString &databasePath, const QString &user)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(user.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(DatabaseFiles::canonicalPath(databasePath).toUtf8());
    const QString name =
        QStringLiteral("kilowatch-%1-%2")
            .arg(user, QString::fromLatin1(hash.result().toHex().left(16)))
            .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
#ifdef Q_OS_WIN
    return name;
#else
    return QDir(runtimeFolder()).filePath(name + QStringLiteral(".socket"));
#endif
}

Result<SingleInstance::Role> SingleInstance::claim(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    auto lock = std::make_unique<QLockFile>(m_lockPath);
    // Held for the whole life of the process: only a dead process's lock is stale, never an
    // old one.
    lock->setStaleLockTime(0);
    while (true) {
        if (lock->tryLock(0)) {
            m_lock = std::move(lock);
#ifndef Q_OS_WIN
            // A crash leaves the socket file behind; nobody can be listening on it now. (Windows
            // pipes vanish with their process.)
            if (QFileInfo::exists(m_serverName)) {
                qCInfo(lcUi).noquote() << "single instance: removing the stale socket" << m_serverName;
                QLocalServer::removeServer(m_serverName);
            }
#endif
            auto *server = new QLocalServer(this);
            server->setSocketOptions(QLocalServer::UserAccessOption);
            if (!server->listen(m_serverName)) {
                // Still the one writer; only a later start cannot reach this window.
                qCWarning(lcUi).noquote()
                    << "single instance: cannot listen on" << m_serverName << ":" << server->errorString();
                delete server;
                return Role::Primary;
            }
            m_server = server;
            qCInfo(lcUi).noquote() << "single instance: listening on" << m_serverName;
            connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
            return Role::Primary;
        }
        if (lock->error() != QLockFile::LockFailedError) {
            return Result<Role>::failure(
                tr("Cannot check whether Kilowatch is already running (lock file %1).").arg(m_lockPath));
        }

        // A live instance holds the database: ask it to show itself. It may still be starting
        // (locked, not listening yet), so try again until the deadline.
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())))) {
            socket.write(kActivate);
            QByteArray answer;
            while (!answer.endsWith('\n') && socket.state() == QLocalSocket::ConnectedState &&
                   socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                answer += socket.readAll();
            if (answer == kAcknowledge)
                return Role::Secondary;
        }
        if (deadline.hasExpired())
            break;
        QThread::msleep(50);
    }
    return Result<Role>::failure(tr("Kilowatch is already running with this database but does not answer. "
                                    "Close it (or end its process) and start Kilowatch again."));
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxRequest)
                    socket->abort();
                return;
            }
            const QByteArray request = socket->readLine(kMaxRequest);
            if (request == kActivate) {
                qCInfo(lcUi) << "single instance: another start asked to show the window";
                emit activationRequested();
                socket->write(kAcknowledge);
                socket->flush();
            }
            socket->disconnectFromServer();
        });
    }
}
