#pragma once

#include <QList>
#include <QString>

// One org.freedesktop.Notifications.Notify call as dbus-monitor printed it.
struct SeenNotification
{
    QString appName;
    QString icon;
    QString summary;
    QString body;
    int urgency = -1;
};

// Reads the log run_desktop_session.sh has dbus-monitor write ($KILOWATCH_DBUS_LOG): what
// really went over the session bus to the notification daemon.
class NotificationLog
{
public:
    static QString path();
    static QList<SeenNotification> read();
    // Saves a picture of the whole screen into the test artifacts folder; returns its path.
    static QString saveScreenshot(const QString &name);
};
