#pragma once

#include <QString>
#include <QStringList>

// The files that make up one SQLite database: the main file and SQLite's side files (-wal,
// -shm, -journal), named the way SQLite names them. An export that saved over one of them
// would replace the database with a CSV file.
namespace DatabaseFiles {

// The database's identity: symlinks and ".." resolved through its folder (the file itself may
// not exist yet); lower case where the file system ignores case.
QString canonicalPath(const QString &databasePath);

// The main file and its side files.
QStringList all(const QString &databasePath);

// Whether path is one of them: by name after resolving links, or (POSIX) the same inode, so a
// hard link counts too.
bool contains(const QString &databasePath, const QString &path);

} // namespace DatabaseFiles
