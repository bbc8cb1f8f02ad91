#include "SqliteFileLocks.h"

#include "Logging.h"

#include <mutex>

#if defined(__linux__)
#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <cstdint>
#include <fcntl.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>
#include <utility>
#endif

namespace {

#if defined(__linux__) && defined(F_OFD_SETLK)

using FcntlCall = int (*)(int, int, ...);
using CloseCall = int (*)(int);

// SQLite's own system calls, as they were before install().
FcntlCall g_fcntl = nullptr;
CloseCall g_close = nullptr;
std::atomic<bool> g_active{false};

using FileKey = std::pair<dev_t, ino_t>;

// The private descriptor that holds every lock the process takes on one file, and how many of
// SQLite's own descriptors of that file are open.
struct LockAnchor
{
    int fd = -1;
    int users = 0;
};

std::mutex g_mutex;
std::map<FileKey, LockAnchor> g_anchors;
std::unordered_map<int, FileKey> g_sqliteDescriptors; // SQLite's descriptors that have locked

// A new open file description of the same file: its own lock owner, which no other
// descriptor's close() affects. Read-write where the file allows it, so every lock type
// SQLite asks for fits it.
int openAnchor(int fd)
{
    const std::string self = "/proc/self/fd/" + std::to_string(fd);
    int anchor = ::open(self.c_str(), O_RDWR | O_CLOEXEC);
    if (anchor < 0)
        anchor = ::open(self.c_str(), O_RDONLY | O_CLOEXEC);
    return anchor;
}

// The anchor for SQLite's descriptor fd, registering fd on its first lock. -1 with errno set
// when the file cannot be identified or opened again.
int anchorFor(int fd)
{
    const std::lock_guard guard(g_mutex);
    if (const auto known = g_sqliteDescriptors.find(fd); known != g_sqliteDescriptors.end())
        return g_anchors[known->second].fd;
    struct stat st = {};
    if (::fstat(fd, &st) != 0)
        return -1;
    const FileKey key{st.st_dev, st.st_ino};
    LockAnchor &anchor = g_anchors[key];
    if (anchor.fd < 0) {
        anchor.fd = openAnchor(fd);
        if (anchor.fd < 0) {
            const int error = errno;
            g_anchors.erase(key);
            errno = error;
            return -1;
        }
    }
    ++anchor.users;
    g_sqliteDescriptors.emplace(fd, key);
    return anchor.fd;
}

int lockCommand(int cmd)
{
    switch (cmd) {
    case F_SETLK:
        return F_OFD_SETLK;
    case F_SETLKW:
        return F_OFD_SETLKW;
    case F_GETLK:
        return F_OFD_GETLK;
    default:
        return -1;
    }
}

// SQLite's fcntl: locks go to the file's anchor as open-file-description locks; every other
// command (FD_CLOEXEC, status flags) to the descriptor itself. Read the argument as a pointer,
// as glibc's own fcntl does for every command.
int anchoredFcntl(int fd, int cmd, ...)
{
    va_list args;
    va_start(args, cmd);
    void *argument = va_arg(args, void *);
    va_end(args);
    const int ofdCommand = lockCommand(cmd);
    if (ofdCommand < 0)
        return g_fcntl(fd, cmd, argument);
    const int anchor = anchorFor(fd);
    if (anchor < 0)
        return -1;
    auto *lock = static_cast<struct flock *>(argument);
    struct flock ofd = *lock;
    ofd.l_pid = 0; // required for open-file-description locks
    const int rc = g_fcntl(anchor, ofdCommand, &ofd);
    if (rc == 0 && cmd == F_GETLK)
        *lock = ofd;
    return rc;
}

// SQLite's close: once the last of its descriptors of a file goes (SQLite keeps them open
// while it holds any lock on the file), the anchor goes too, and with it the locks.
int anchoredClose(int fd)
{
    int anchorToClose = -1;
    {
        const std::lock_guard guard(g_mutex);
        if (const auto known = g_sqliteDescriptors.find(fd); known != g_sqliteDescriptors.end()) {
            const auto anchor = g_anchors.find(known->second);
            g_sqliteDescriptors.erase(known);
            if (anchor != g_anchors.end() && --anchor->second.users == 0) {
                anchorToClose = anchor->second.fd;
                g_anchors.erase(anchor);
            }
        }
    }
    if (anchorToClose >= 0)
        g_close(anchorToClose);
    return g_close(fd);
}

bool installAnchoredLocks(QString *why)
{
    if (sqlite3_initialize() != SQLITE_OK) {
        *why = QStringLiteral("SQLite could not be initialised.");
        return false;
    }
    // The probe: a kernel without open-file-description locks (before Linux 3.15) says EINVAL.
    struct flock probe = {};
    probe.l_type = F_RDLCK;
    probe.l_whence = SEEK_SET;
    if (::fcntl(STDERR_FILENO, F_OFD_GETLK, &probe) != 0 && errno == EINVAL) {
        *why = QStringLiteral("This kernel has no open-file-description locks.");
        return false;
    }
    sqlite3_vfs *unixVfs = sqlite3_vfs_find("unix");
    if (!unixVfs || !unixVfs->xGetSystemCall || !unixVfs->xSetSystemCall) {
        *why = QStringLiteral("SQLite's unix file layer cannot be adjusted.");
        return false;
    }
    g_fcntl = reinterpret_cast<FcntlCall>(unixVfs->xGetSystemCall(unixVfs, "fcntl"));
    g_close = reinterpret_cast<CloseCall>(unixVfs->xGetSystemCall(unixVfs, "close"));
    if (!g_fcntl || !g_close) {
        *why = QStringLiteral("SQLite's unix file layer cannot be adjusted.");
        return false;
    }
    // Both or neither: anchors are closed by the close() replacement.
    if (unixVfs->xSetSystemCall(unixVfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(&anchoredClose)) !=
        SQLITE_OK) {
        *why = QStringLiteral("SQLite's unix file layer cannot be adjusted.");
        return false;
    }
    if (unixVfs->xSetSystemCall(unixVfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&anchoredFcntl)) !=
        SQLITE_OK) {
        unixVfs->xSetSystemCall(unixVfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(g_close));
        *why = QStringLiteral("SQLite's unix file layer cannot be adjusted.");
        return false;
    }
    g_active = true;
    return true;
}

#else

bool installAnchoredLocks(QString *why)
{
    *why = QStringLiteral("This platform has no open-file-description locks.");
    return false;
}

#endif

} // namespace

namespace SqliteFileLocks {

bool install(QString *why)
{
    static std::once_flag once;
    static bool installed = false;
    static QString reason;
    std::call_once(once, [] {
        installed = installAnchoredLocks(&reason);
        if (installed)
            qCDebug(lcStorage) << "SQLite locks are held on private open file descriptions";
        else
            qCDebug(lcStorage) << "SQLite keeps its process-wide POSIX locks:" << reason;
    });
    if (why)
        *why = reason;
    return installed;
}

bool active()
{
#if defined(__linux__) && defined(F_OFD_SETLK)
    return g_active;
#else
    return false;
#endif
}

int openLockDescriptors()
{
#if defined(__linux__) && defined(F_OFD_SETLK)
    const std::lock_guard guard(g_mutex);
    return static_cast<int>(g_anchors.size());
#else
    return 0;
#endif
}

} // namespace SqliteFileLocks
