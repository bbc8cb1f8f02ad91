#include "TestArtifacts.h"

#include <QDir>
#include <QFileInfo>

QString TestArtifacts::path(const QString &name)
{
    QString dir = qEnvironmentVariable("KILOWATCH_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("kilowatch-test-artifacts"));
    QDir().mkpath(dir);
    // A second run of the same test in another set-up (QT_SCALE_FACTOR=2) keeps its own files.
    const QString suffix = qEnvironmentVariable("KILOWATCH_SHOT_SUFFIX");
    if (suffix.isEmpty())
        return QDir(dir).filePath(name);
    const QFileInfo info(name);
    const QString ext = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return QDir(dir).filePath(info.completeBaseName() + suffix + ext);
}
