#include "Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QTextStream>

namespace {

const char kRunKey[] = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
const char kRunValue[] = "Kilowatch";

Status writeFile(const QString &path, const QString &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(
            Autostart::tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0 || !file.commit())
        return Status::failure(Autostart::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

// Keys of the [Desktop Entry] group, enough to tell whether the entry is switched off.
bool desktopEntryDisabled(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return true;
    QTextStream in(&file);
    bool inEntry = false;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inEntry = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        if (!inEntry)
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (key == QLatin1String("Hidden") && value == QLatin1String("true"))
            return true;
        if (key == QLatin1String("X-GNOME-Autostart-enabled") && value == QLatin1String("false"))
            return true;
    }
    return false;
}

} // namespace

Autostart::Autostart()
    : Autostart(platformMethod(), QCoreApplication::applicationFilePath())
{}

Autostart::Autostart(Method method, QString program, QStringList arguments)
    : m_method(method)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
{}

Autostart::Method Autostart::platformMethod()
{
#if defined(Q_OS_WIN)
    return Method::WindowsRunKey;
#elif defined(Q_OS_MACOS)
    return Method::MacLaunchAgent;
#else
    return Method::XdgAutostart;
#endif
}

QString Autostart::xdgConfigHome()
{
    const QString configured = qEnvironmentVariable("XDG_CONFIG_HOME");
    // The specification ignores relative paths.
    if (!configured.isEmpty() && QDir::isAbsolutePath(configured))
        return QDir::cleanPath(configured);
    return QDir::home().filePath(QStringLiteral(".config"));
}

QString Autostart::location() const
{
    switch (m_method) {
    case Method::XdgAutostart:
        return QDir(xdgConfigHome()).filePath(QStringLiteral("autostart/%1.desktop").arg(entryId()));
    case Method::MacLaunchAgent:
        return QDir::home().filePath(QStringLiteral("Library/LaunchAgents/%1.plist").arg(entryId()));
    case Method::WindowsRunKey:
        return QStringLiteral("%1\\%2").arg(QLatin1String(kRunKey), QLatin1String(kRunValue));
    }
    return {};
}

bool Autostart::isEnabled() const
{
    switch (m_method) {
    case Method::XdgAutostart:
        return QFileInfo::exists(location()) && !desktopEntryDisabled(location());
    case Method::MacLaunchAgent:
        return QFileInfo::exists(location());
    case Method::WindowsRunKey:
        return QSettings(QLatin1String(kRunKey), QSettings::NativeFormat).contains(QLatin1String(kRunValue));
    }
    return false;
}

Status Autostart::enable() const
{
    switch (m_method) {
    case Method::XdgAutostart:
        return writeFile(location(), desktopEntry());
    case Method::MacLaunchAgent:
        return writeFile(location(), launchAgent());
    case Method::WindowsRunKey: {
        QSettings run(QLatin1String(kRunKey), QSettings::NativeFormat);
        run.setValue(QLatin1String(kRunValue), windowsCommand());
        run.sync();
        if (run.status() != QSettings::NoError)
            return Status::failure(tr("Cannot write the registry key %1.").arg(location()));
        return {};
    }
    }
    return {};
}

Status Autostart::disable() const
{
    switch (m_method) {
    case Method::XdgAutostart:
    case Method::MacLaunchAgent:
        if (QFileInfo::exists(location()) && !QFile::remove(location()))
            return Status::failure(tr("Cannot remove %1.").arg(location()));
        return {};
    case Method::WindowsRunKey: {
        QSettings run(QLatin1String(kRunKey), QSettings::NativeFormat);
        run.remove(QLatin1String(kRunValue));
        run.sync();
        if (run.status() != QSettings::NoError)
            return Status::failure(tr("Cannot write the registry key %1.").arg(location()));
        return {};
    }
    }
    return {};
}

QString Autostart::desktopExecLine(const QString &program, const QStringList &arguments)
{
    QStringList parts;
    for (const QString &argument : QStringList(program) + arguments) {
        QString quoted = argument;
        // Field codes start with '%'; a literal one is doubled.
        quoted.replace(QLatin1Char('%'), QStringLiteral("%%"));
        static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
        bool needsQuotes = quoted.isEmpty();
        for (QChar c : quoted)
            needsQuotes = needsQuotes || reserved.contains(c);
        if (needsQuotes) {
            QString inner;
            for (QChar c : quoted) {
                if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
                    c == QLatin1Char('\\'))
                    inner += QLatin1Char('\\');
                inner += c;
            }
            quoted = QLatin1Char('"') + inner + QLatin1Char('"');
        }
        parts.append(quoted);
    }
    // The file format's own escaping comes on top: a backslash is written as two.
    QString line = parts.join(QLatin1Char(' '));
    line.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return line;
}

QString Autostart::desktopEntry() const
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Kilowatch\n"
                          "Comment=Tracks prepaid electricity meters\n"
                          "Exec=%1\n"
                          "Icon=%2\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(desktopExecLine(m_program, m_arguments), entryId());
}

QString Autostart::launchAgent() const
{
    QString arguments;
    for (const QString &argument : QStringList(m_program) + m_arguments)
        arguments += QStringLiteral("        <string>%1</string>\n").arg(argument.toHtmlEscaped());
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n"
                          "<dict>\n"
                          "    <key>Label</key>\n"
                          "    <string>%1</string>\n"
                          "    <key>ProgramArguments</key>\n"
                          "    <array>\n"
                          "%2"
                          "    </array>\n"
                          "    <key>RunAtLoad</key>\n"
                          "    <true/>\n"
                          "    <key>ProcessType</key>\n"
                          "    <string>Interactive</string>\n"
                          "</dict>\n"
                          "</plist>\n")
        .arg(entryId(), arguments);
}

QString Autostart::windowsCommand() const
{
    QStringList parts;
    for (const QString &argument : QStringList(QDir::toNativeSeparators(m_program)) + m_arguments)
        parts.append(argument.contains(QLatin1Char(' ')) ? QLatin1Char('"') + argument + QLatin1Char('"')
                                                         : argument);
    // The program is always quoted: an unquoted path with spaces is a known hijack.
    if (!parts.isEmpty() && !parts.first().startsWith(QLatin1Char('"')))
        parts.first() = QLatin1Char('"') + parts.first() + QLatin1Char('"');
    return parts.join(QLatin1Char(' '));
}
