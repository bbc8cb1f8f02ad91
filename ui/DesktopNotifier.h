#pragma once

#include "alerts/AlertChannel.h"

#include <QHash>
#include <QPointer>
#include <QSystemTrayIcon>

#include <functional>

// The desktop channel. On Linux the freedesktop notification service over D-Bus
// (org.freedesktop.Notifications.Notify) when it is on the session bus; otherwise the tray
// icon's own message (Windows and macOS use their native ones through it); with neither,
// the window's status line. Urgency follows the alert's severity; a click opens the dashboard.
class DesktopNotifier : public AlertChannel
{
    Q_OBJECT
public:
    enum class Route
    {
        None,
        Freedesktop,
        TrayMessage,
        Fallback,
    };

    explicit DesktopNotifier(QObject *parent = nullptr);

    QString name() const override;
    void deliver(const Alert &alert, bool silent, Done done) override;
    // A notice that is no alert (e.g. "still running in the tray"), same route.
    void notify(const QString &title, const QString &body, Alert::Severity severity = Alert::Severity::Info,
                Done done = {}, qint64 meterId = 0);

    // Not owned; may be null.
    void setTrayIcon(QSystemTrayIcon *tray) { m_tray = tray; }
    // The last resort, e.g. the window's status line.
    void setFallback(std::function<void(const QString &title, const QString &body)> fallback)
    {
        m_fallback = std::move(fallback);
    }
    Route lastRoute() const { return m_lastRoute; }

signals:
    // The user clicked a notification about this meter (0: none in particular).
    void activated(qint64 meterId);

private slots:
    void onActionInvoked(uint id, const QString &action);

private:
    void showWithoutService(const QString &title, const QString &body, Alert::Severity severity,
                            const Done &done);

    QPointer<QSystemTrayIcon> m_tray;
    std::function<void(const QString &, const QString &)> m_fallback;
    QHash<uint, qint64> m_meterOfNotification;
    Route m_lastRoute = Route::None;
    bool m_listening = false;
};
