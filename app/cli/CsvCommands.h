#pragma once

#include "CliContext.h"

// export, import: CSV out and in.
class CsvCommands : public CliContext
{
    Q_OBJECT
public:
    using CliContext::CliContext;

    static QList<CliCommand> commands();

    void runExport(const QCommandLineParser &parser);
    void runImport(const QCommandLineParser &parser);
};
