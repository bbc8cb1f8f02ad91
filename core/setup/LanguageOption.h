#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// `--lang CODE` (or `--lang=CODE`) on both executables: read from the raw arguments before
// any other parsing, because the translations must be installed before the help texts are made.
class LanguageOption
{
    Q_DECLARE_TR_FUNCTIONS(LanguageOption)

public:
    // The code given, empty when the option is absent; a failure when --lang has no value.
    static Result<QString> find(const QStringList &arguments);
    // The arguments without --lang and its value.
    static QStringList strip(const QStringList &arguments);
    // Installs the translations for `language` (the system's when empty). An explicit language
    // also sets the default QLocale, so numbers and dates follow it, English included. Returns
    // a sentence for stderr when the language is unknown or has no translation, else empty.
    static QString apply(QCoreApplication &app, const QString &language);
    static QString optionName() { return QStringLiteral("lang"); }
};
