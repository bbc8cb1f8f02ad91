#include "SettingsLocation.h"

#include "DatabaseLocation.h"

#include <QDir>
#include <QStandardPaths>

QString SettingsLocation::resolve(const QString &commandLineValue)
{
    return DatabaseLocation::resolveFile(commandLineValue, environmentVariable(), &defaultPath);
}

QString SettingsLocation::defaultPath()
{
    // Both executables set the application name "Kilowatch", so they share this folder.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(folder).filePath(QStringLiteral("kilowatch.ini"));
}
