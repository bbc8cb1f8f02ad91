#pragma once

#include <QString>

// Where the settings file lives: --settings FILE, else $KILOWATCH_SETTINGS, else
// kilowatch.ini in the platform's application config folder (~/.config/Kilowatch/ on Linux).
// Both executables agree, as with DatabaseLocation.
class SettingsLocation
{
public:
    static QString resolve(const QString &commandLineValue = {});
    static QString defaultPath();
    static const char *environmentVariable() { return "KILOWATCH_SETTINGS"; }
};
