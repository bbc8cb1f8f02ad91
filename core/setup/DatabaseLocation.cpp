#include "DatabaseLocation.h"

#include <QDir>
#include <QStandardPaths>

QString DatabaseLocation::resolve(const QString &commandLineValue)
{
    return DatabaseLocation::resolveFile(commandLineValue, environmentVariable(), &defaultPath);
}

QString DatabaseLocation::resolveFile(const QString &commandLineValue, const char *environmentVariable,
                                      QString (*defaultPath)())
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    QString fromEnvironment = qEnvironmentVariable(environmentVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

QString DatabaseLocation::defaultPath()
{
    // Both executables set the application name "Kilowatch", so they share this folder.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("kilowatch.sqlite"));
}
