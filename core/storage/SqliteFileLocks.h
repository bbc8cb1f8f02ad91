#pragma once

#include <QString>

// Keeps SQLite's file locks safe from the rest of the process.
//
// SQLite's unix VFS locks with POSIX advisory locks (fcntl F_SETLK), which belong to the
// process and are all dropped the moment *any* descriptor of the same file is closed in it:
// a file dialog sniffing k.db-shm for its MIME type, a thumbnailer, a backup or an import
// that opens the database file by mistake. Another process (kilowatch-cli) then takes the
// exclusive lock, checkpoints and deletes the WAL under the window, whose later writes go to
// an unlinked file and are lost.
//
// install() replaces SQLite's fcntl (sqlite3_vfs::xSetSystemCall) so that every lock is an
// open-file-description lock (Linux F_OFD_SETLK) taken on one private descriptor per file:
// other descriptors opening and closing the file no longer touch it, all of the process's
// connections still share one lock owner as SQLite expects, and the locks conflict with
// other processes' POSIX and OFD locks exactly as before. Where OFD locks do not exist
// (macOS; Windows locks per handle already), SQLite's own locking is left as it is.
namespace SqliteFileLocks {

// Once per process, before the first database is opened; later calls do nothing.
// Returns false (with the reason in *why) when the platform keeps SQLite's POSIX locks.
bool install(QString *why = nullptr);

// Whether install() put the open-file-description locks in place.
bool active();

// How many private lock descriptors are open now (one per locked file); for tests.
int openLockDescriptors();

} // namespace SqliteFileLocks
