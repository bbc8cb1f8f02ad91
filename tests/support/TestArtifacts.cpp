#include "TestArtifacts.h"

#include <QDir>

QString TestArtifacts::path(const QString &name)
{
    QString dir = qEnvironmentVariable("KILOWATCH_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("kilowatch-test-artifacts"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}
