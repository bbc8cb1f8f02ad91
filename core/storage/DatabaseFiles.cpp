#include "DatabaseFiles.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

#ifdef Q_OS_UNIX
bool sameInode(const QString &a, const QString &b)
{
    struct stat sa = {};
    struct stat sb = {};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}
#endif

} // namespace

namespace DatabaseFiles {

QString canonicalPath(const QString &databasePath)
{
    const QFileInfo file(databasePath);
    const QFileInfo folder(file.absolutePath());
    QString folderPath = folder.canonicalFilePath();
    if (folderPath.isEmpty())
        folderPath = QDir::cleanPath(folder.absoluteFilePath());
    QString path = QDir(folderPath).filePath(file.fileName());
    // A link to the database is the database.
    if (const QString target = file.canonicalFilePath(); !target.isEmpty())
        path = target;
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    path = path.toLower();
#endif
    return path;
}

QStringList all(const QString &databasePath)
{
    return {databasePath, databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm"),
            databasePath + QStringLiteral("-journal")};
}

bool contains(const QString &databasePath, const QString &path)
{
    if (databasePath.isEmpty() || path.isEmpty())
        return false;
    const QString candidate = canonicalPath(path);
    for (const QString &file : all(databasePath)) {
        if (canonicalPath(file) == candidate)
            return true;
#ifdef Q_OS_UNIX
        if (sameInode(file, path))
            return true;
#endif
    }
    return false;
}

} // namespace DatabaseFiles
