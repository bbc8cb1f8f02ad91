#include "SettingsLocation.h"

#include <QDir>
#include <QStandardPaths>

QString SettingsLocation::resolve(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    QString fromEnvironment = qEnvironmentVariable(environmentVariable());
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

QString SettingsLocation::defaultPath()
{
    // Both executables set the application name "Kilowatch", so they share this folder.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(folder).filePath(QStringLiteral("kilowatch.ini"));
}
