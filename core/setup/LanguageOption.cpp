#include "LanguageOption.h"

#include "Localization.h"

#include <QLocale>

namespace {

const QString kOption = QStringLiteral("--lang");
const QString kOptionWithValue = QStringLiteral("--lang=");

} // namespace

Result<QString> LanguageOption::find(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            break;
        if (a == kOption) {
            if (i + 1 >= arguments.size() || arguments[i + 1].startsWith(QLatin1Char('-')))
                return Result<QString>::failure(tr("--lang needs a language code, for example --lang bn."));
            language = arguments[++i];
        } else if (a.startsWith(kOptionWithValue)) {
            language = a.mid(kOptionWithValue.size());
            if (language.isEmpty())
                return Result<QString>::failure(tr("--lang needs a language code, for example --lang bn."));
        }
    }
    return language;
}

QStringList LanguageOption::strip(const QStringList &arguments)
{
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--")) {
            rest += arguments.mid(i);
            break;
        }
        if (a == kOption) {
            ++i;
            continue;
        }
        if (!a.startsWith(kOptionWithValue))
            rest.append(a);
    }
    return rest;
}

QString LanguageOption::apply(QCoreApplication &app, const QString &language)
{
    const QString installed = Localization::install(app, language);
    if (language.isEmpty())
        return {};
    const QLocale locale(language);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::C && language != QLatin1String("C"))
        return tr("Unknown language \"%1\"; the texts stay in English.").arg(language);
    if (installed.isEmpty() && locale.language() != QLocale::English)
        return tr("No translation for \"%1\" yet; the texts stay in English.").arg(language);
    return {};
}
