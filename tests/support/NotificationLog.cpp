#include "NotificationLog.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPixmap>
#include <QRegularExpression>
#include <QScreen>

QString NotificationLog::path()
{
    return qEnvironmentVariable("KILOWATCH_DBUS_LOG");
}

QList<SeenNotification> NotificationLog::read()
{
    QFile file(path());
    QList<SeenNotification> seen;
    if (!file.open(QIODevice::ReadOnly))
        return seen;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].startsWith(QLatin1String("method call")) ||
            !lines[i].contains(QLatin1String("member=Notify")))
            continue;
        // The call's own arguments are indented by three spaces; strings may span lines.
        QStringList strings;
        int urgency = -1;
        int j = i + 1;
        for (; j < lines.size() && lines[j].startsWith(QLatin1Char(' ')); ++j) {
            const QString &line = lines[j];
            if (line.startsWith(QLatin1String("   string \""))) {
                QString text = line.mid(11);
                while (!(text.endsWith(QLatin1Char('"')) && !text.endsWith(QLatin1String("\\\""))) &&
                       j + 1 < lines.size()) {
                    text += QLatin1Char('\n') + lines[++j];
                }
                text.chop(1);
                strings.append(text);
            } else if (line.trimmed() == QLatin1String("string \"urgency\"") && j + 1 < lines.size()) {
                static const QRegularExpression byte(QStringLiteral("byte (\\d+)"));
                const QRegularExpressionMatch m = byte.match(lines[j + 1]);
                if (m.hasMatch())
                    urgency = m.captured(1).toInt();
            }
        }
        SeenNotification n;
        n.appName = strings.value(0);
        n.icon = strings.value(1);
        n.summary = strings.value(2);
        n.body = strings.value(3);
        n.urgency = urgency;
        seen.append(n);
        i = j - 1;
    }
    return seen;
}

QString NotificationLog::saveScreenshot(const QString &name)
{
    QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen)
        return QString();
    const QString folder = qEnvironmentVariable("KILOWATCH_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(folder);
    const QString file = QDir(folder).filePath(name);
    screen->grabWindow(0).save(file);
    return file;
}
