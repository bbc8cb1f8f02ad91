#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString Localization::install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(&app);
    // The .qm files are embedded under :/i18n. English (the source language) still has a
    // catalogue for its plural forms; it is also the fallback when nothing matches.
    if (!ours->load(locale, QStringLiteral("kilowatch"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !ours->load(QStringLiteral(":/i18n/kilowatch_en.qm"))) {
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    return locale.name();
}
