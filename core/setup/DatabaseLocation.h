#pragma once

#include <QString>

// Where the database lives: --database FILE, else $KILOWATCH_DATABASE, else
// kilowatch.sqlite in the platform's application data folder. Both executables agree.
class DatabaseLocation
{
public:
    static QString resolve(const QString &commandLineValue);
    static QString defaultPath();
    static const char *environmentVariable() { return "KILOWATCH_DATABASE"; }
    // The rule every file option follows (the database's, the settings'): the command line's
    // value, else the environment variable's, else the default.
    static QString resolveFile(const QString &commandLineValue, const char *environmentVariable,
                               QString (*defaultPath)());
};
