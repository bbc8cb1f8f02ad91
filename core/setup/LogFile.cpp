#include "LogFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

struct State
{
    QRecursiveMutex mutex;
    QFile file;
    LogFile::Options options;
    qint64 size = 0;
    bool installed = false;
    QtMessageHandler previous = nullptr;
    std::function<QString(const QString &)> hook;
};

State &state()
{
    static State s;
    return s;
}

// Set while this thread writes, so a warning Qt prints from inside (a failed rename, say)
// goes to stderr instead of back into the file.
thread_local bool t_writing = false;

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "log";
}

QString rotatedName(const QString &path, int index)
{
    return path + QLatin1Char('.') + QString::number(index);
}

bool openFile(State &s)
{
    // Created 0600 in one step, so the file is never readable by others, not even briefly;
    // an older file with wider permissions is narrowed.
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append, kOwnerOnly))
        return false;
    s.file.setPermissions(kOwnerOnly);
    s.size = s.file.size();
    return true;
}

void rotate(State &s)
{
    const QString path = s.file.fileName();
    s.file.close();
    if (s.options.keep <= 0) {
        QFile::remove(path);
    } else {
        QFile::remove(rotatedName(path, s.options.keep));
        for (int i = s.options.keep - 1; i >= 1; --i) {
            if (QFileInfo::exists(rotatedName(path, i)))
                QFile::rename(rotatedName(path, i), rotatedName(path, i + 1));
        }
        QFile::rename(path, rotatedName(path, 1));
    }
    openFile(s);
}

void writeLine(QtMsgType type, const char *category, const QString &message)
{
    State &s = state();
    const QByteArray line =
        LogFile::formatLine(type, category, message, QDateTime::currentMSecsSinceEpoch()).toUtf8() + '\n';
    QMutexLocker locker(&s.mutex);
    if (!s.installed || !s.file.isOpen())
        return;
    if (s.size > 0 && s.size + line.size() > s.options.maxBytes)
        rotate(s);
    if (!s.file.isOpen())
        return;
    s.size += s.file.write(line);
    // Unbuffered in effect: the lines before a crash are the ones that matter.
    s.file.flush();
}

QString applyHook(const QString &text)
{
    State &s = state();
    QMutexLocker locker(&s.mutex);
    return s.hook ? s.hook(text) : text;
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = applyHook(LogFile::redact(message));
    if (!t_writing) {
        t_writing = true;
        writeLine(type, context.category, clean);
        t_writing = false;
    }
    if (QtMessageHandler previous = state().previous) {
        previous(type, context, clean);
    } else {
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, clean)));
        std::fflush(stderr);
    }
}

} // namespace

Status LogFile::install(const QString &path, const Options &options)
{
    State &s = state();
    QMutexLocker locker(&s.mutex);
    s.file.close();
    const QFileInfo info(path);
    QString error;
    if (!QDir().mkpath(info.absolutePath())) {
        error = QCoreApplication::translate("LogFile", "Cannot create the log folder %1.")
                    .arg(QDir::toNativeSeparators(info.absolutePath()));
    } else {
        s.file.setFileName(info.absoluteFilePath());
        s.options = options;
        if (!openFile(s)) {
            error = QCoreApplication::translate("LogFile", "Cannot write the log file %1: %2")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath()), s.file.errorString());
        }
    }
    if (!error.isEmpty()) {
        // A failed switch leaves no half-installed handler behind.
        if (s.installed)
            qInstallMessageHandler(s.previous);
        s.installed = false;
        s.previous = nullptr;
        return Status::failure(error);
    }
    if (!s.installed)
        s.previous = qInstallMessageHandler(messageHandler);
    s.installed = true;
    return {};
}

void LogFile::uninstall()
{
    State &s = state();
    QMutexLocker locker(&s.mutex);
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    s.installed = false;
    s.file.close();
}

bool LogFile::isInstalled()
{
    State &s = state();
    QMutexLocker locker(&s.mutex);
    return s.installed;
}

QString LogFile::path()
{
    State &s = state();
    QMutexLocker locker(&s.mutex);
    return s.installed ? s.file.fileName() : QString();
}

QString LogFile::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("kilowatch.log"));
}

void LogFile::setRedactionHook(std::function<QString(const QString &)> hook)
{
    State &s = state();
    QMutexLocker locker(&s.mutex);
    s.hook = std::move(hook);
}

QString LogFile::redact(const QString &text)
{
    // Cheap shapes that only ever hold a credential. The value runs to whitespace, a quote,
    // '&', ',' or ';' (query strings, headers, JSON). One compiled copy per logging thread.
    static thread_local const QRegularExpression patterns(
        QStringLiteral(
            R"re((\b(?:proxy-)?authorization\s*[:=]\s*(?:(?:bearer|basic|token)\s+)?)re"
            R"re(|\bbearer\s+)re"
            R"re(|\b(?:password|passwd|pwd|secret|client_secret|token|access_token|refresh_token)re"
            R"re(|api_key|apikey|input_type)["']?\s*[:=]\s*["']?))re"
            R"re([^\s"'&,;]+)re"),
        QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(patterns))
        return text;
    QString out = text;
    out.replace(patterns, QStringLiteral("\\1[redacted]"));
    return out;
}

QString LogFile::formatLine(QtMsgType type, const char *category, const QString &message, qint64 utcMs)
{
    const QString when = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODateWithMs);
    QString text = message;
    // One entry per line, continuation lines indented, so a reader can tell entries apart.
    text.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    return QStringLiteral("%1 %2 %3: %4")
        .arg(when, QLatin1String(typeName(type)), QLatin1String(category && *category ? category : "default"),
             text);
}
