#pragma once

#include <QString>

class QCoreApplication;

// Installs Kilowatch's and Qt's translations for a language ("bn", "hi", ...), or for the
// system's UI languages when `language` is empty. English needs nothing.
class Localization
{
public:
    // Returns the language that was installed, empty when none matched.
    static QString install(QCoreApplication &app, const QString &language = {});
};
