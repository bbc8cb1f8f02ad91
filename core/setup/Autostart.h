#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Starting Kilowatch at login, off until the user turns it on. Each platform's own mechanism:
// an XDG autostart entry ($XDG_CONFIG_HOME/autostart, default ~/.config/autostart) on Linux
// and other freedesktop systems, the current user's Run key in the registry on Windows, and a
// per-user LaunchAgent with RunAtLoad on macOS (it shows under Login Items in System Settings;
// the app is not sandboxed, so it needs no helper bundle). Nothing else is ever written.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)

public:
    enum class Method
    {
        XdgAutostart,
        WindowsRunKey,
        MacLaunchAgent,
    };

    // This platform's method, starting this executable.
    Autostart();
    Autostart(Method method, QString program, QStringList arguments = {});

    static Method platformMethod();

    bool isEnabled() const;
    Status enable() const;
    Status disable() const;
    Status setEnabled(bool enabled) const { return enabled ? enable() : disable(); }

    // The entry's file (or the registry key and value name on Windows).
    QString location() const;

    // For the XDG method: the folder XDG_CONFIG_HOME names when it is an absolute path, else
    // ~/.config, as the XDG Base Directory specification says.
    static QString xdgConfigHome();
    // Exec= quoting from the Desktop Entry specification (reserved characters, then the
    // string escaping of the file format).
    static QString desktopExecLine(const QString &program, const QStringList &arguments);

    static QString entryId() { return QStringLiteral("io.kilowatch.Kilowatch"); }

private:
    QString desktopEntry() const;
    QString launchAgent() const;
    QString windowsCommand() const;

    Method m_method;
    QString m_program;
    QStringList m_arguments;
};
