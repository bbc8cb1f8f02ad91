#include "FuzzApplication.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace {

void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg)
        fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

void FuzzApplication::ensure(int *argc, char ***argv)
{
    if (QCoreApplication::instance())
        return;
    // Reachable for the whole run (a static): LeakSanitizer does not count it.
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    qInstallMessageHandler(quietHandler);
}
