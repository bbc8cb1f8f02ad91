#pragma once

#include "model/Result.h"

#include <QString>
#include <QtGlobal>

#include <functional>

// The desktop app's log: every message Qt's logging lets through (the kilowatch.* categories
// and Qt's own) goes to kilowatch.log in the app's data folder as well as to stderr. The file
// is created for the user alone (0600), rotates at a size (kilowatch.log.1 is the newest old
// one) and keeps a few old files. The code never logs a secret; as a last line of defence each
// line passes a redactor first, which blanks credentials in the usual shapes (bearer tokens,
// Authorization headers, password=/token=/secret= values) and whatever a hook adds.
class LogFile
{
public:
    struct Options
    {
        qint64 maxBytes = 1024 * 1024; // rotate when the next line would pass this size
        int keep = 3;                  // old files kept: kilowatch.log.1 .. kilowatch.log.3
    };

    // Opens (or creates) the file and installs the message handler. Messages still reach the
    // previous handler too.
    static Status install(const QString &path, const Options &options);
    static Status install(const QString &path) { return install(path, Options()); }
    // Restores the previous handler and closes the file.
    static void uninstall();
    static bool isInstalled();
    static QString path();

    // kilowatch.log in the platform's application data folder, beside the default database.
    static QString defaultPath();

    // An extra redaction step (for example known secret values); empty to remove it.
    static void setRedactionHook(std::function<QString(const QString &)> hook);
    // The built-in patterns only.
    static QString redact(const QString &text);

    // One log line as written: "2025-01-31T18:04:05.123Z warning kilowatch.storage: text".
    static QString formatLine(QtMsgType type, const char *category, const QString &message, qint64 utcMs);
};
