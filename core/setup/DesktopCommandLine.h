#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

// The window's command line: --database FILE, --settings FILE, --lang CODE, --help and --version. --help and
// --version only print, so the app answers them before it connects to a display (a desktop
// app's `--version` should work over ssh and in a package's tests).
class DesktopCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(DesktopCommandLine)

public:
    // Build after the translations are installed: the help texts are made here.
    DesktopCommandLine();

    // True when the arguments (program name first) ask for --help or --version.
    static bool printsOnly(const QStringList &arguments);
    static bool printsOnly(int argc, char **argv);

    // Parses; prints and exits for --help, --version and wrong usage (exit code 1).
    void process(const QCoreApplication &app);

    QString database() const { return m_parser.value(m_database); }
    QString settings() const { return m_parser.value(m_settings); }
    QString language() const { return m_parser.value(m_language); }
    QString helpText() const { return m_parser.helpText(); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_settings;
    QCommandLineOption m_language;
};
