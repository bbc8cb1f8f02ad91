#pragma once

#include "model/Result.h"

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLockFile;

// One Kilowatch window per database and user. The first instance holds a lock file for its
// whole life and listens on a local socket; a second one finds the lock held, asks the first
// to show its window and quits, so a database never gets a second writer. The lock and the
// socket are named after the user and the database's canonical path, so two users, or two
// databases of one user, never collide. After a crash, QLockFile sees that the recorded process
// is gone and the next start removes the stale socket before listening again.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role
    {
        Primary,   // this process owns the database; it listens for later instances
        Secondary, // another live instance owns it and has been asked to show its window
    };

    explicit SingleInstance(const QString &databasePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the primary, or hands over to the live one. As a secondary it waits at most
    // `timeoutMs` for the primary's answer; this runs before any window exists, so the short
    // wait blocks nothing the user sees. Fails when another instance holds the database but
    // does not answer (hung), rather than opening a second writer.
    Result<Role> claim(int timeoutMs = 5000);

    bool isPrimary() const { return m_server != nullptr; }
    QString serverName() const { return m_serverName; }
    QString lockFilePath() const { return m_lockPath; }

    // The socket name for a database and user: a hash of both (no path leaks into /tmp), in
    // $XDG_RUNTIME_DIR when there is one (private to the user), else the temporary folder.
    static QString serverNameFor(const QString &databasePath, const QString &user = currentUser());
    static QString currentUser();

signals:
    // Another instance was started for this database: bring the window to the front.
    void activationRequested();

private:
    void onNewConnection();

    QString m_serverName;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};
