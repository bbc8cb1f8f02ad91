#include "DesktopCommandLine.h"

#include "LanguageOption.h"

DesktopCommandLine::DesktopCommandLine()
    : m_database(QStringLiteral("database"),
                 tr("Use this database file (default: $KILOWATCH_DATABASE, else kilowatch.sqlite in the "
                    "application data folder)."),
                 tr("FILE"))
    , m_settings(QStringLiteral("settings"),
                 tr("Use this settings file (default: $KILOWATCH_SETTINGS, else kilowatch.ini in the "
                    "configuration folder)."),
                 tr("FILE"))
    , m_language(LanguageOption::optionName(),
                 tr("Show Kilowatch in this language, for example bn (Bengali) or hi (Hindi); default: "
                    "the system's."),
                 tr("CODE"))
{
    m_parser.setApplicationDescription(tr("Kilowatch: a tracker for prepaid electricity meters."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_database);
    m_parser.addOption(m_settings);
    m_parser.addOption(m_language);
}

bool DesktopCommandLine::printsOnly(const QStringList &arguments)
{
    static const QStringList printing{QStringLiteral("-h"), QStringLiteral("--help"),
                                      QStringLiteral("-?"), QStringLiteral("--help-all"),
                                      QStringLiteral("-v"), QStringLiteral("--version")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--"))
            return false;
        if (printing.contains(arguments[i]))
            return true;
    }
    return false;
}

bool DesktopCommandLine::printsOnly(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return printsOnly(arguments);
}

void DesktopCommandLine::process(const QCoreApplication &app)
{
    m_parser.process(app);
}
