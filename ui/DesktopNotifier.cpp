#include "DesktopNotifier.h"

#include "alerts/AlertEngine.h"
#include "alerts/AlertLogging.h"

#include <QCoreApplication>
#include <QSystemTrayIcon>
#include <QTimer>

#ifdef KILOWATCH_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : AlertChannel(parent)
{}

QString DesktopNotifier::name() const
{
    return AlertEngine::desktopChannel();
}

void DesktopNotifier::deliver(const Alert &alert, bool silent, Done done)
{
    Q_UNUSED(silent) // silenced alerts never reach the desktop queue
    notify(alert.title, alert.message, alert.severity, std::move(done), alert.meterId);
}

void DesktopNotifier::notify(const QString &title, const QString &body, Alert::Severity severity, Done done,
                             qint64 meterId)
{
    if (!done)
        done = [](const DeliveryResult &) {};
#ifdef KILOWATCH_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        // Check that a notification service owns the name first (asynchronously: the bus
        // could be slow), then call Notify; any failure falls back to the tray.
        const QDBusMessage hasOwner = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                                                     QStringLiteral("/org/freedesktop/DBus"),
                                                                     QStringLiteral("org.freedesktop.DBus"),
                                                                     QStringLiteral("NameHasOwner"))
                                      << kService;
        auto *check = new QDBusPendingCallWatcher(bus.asyncCall(hasOwner, 5000), this);
        connect(check, &QDBusPendingCallWatcher::finished, this,
                [this, check, title, body, severity, done, meterId] {
                    check->deleteLater();
                    const QDBusPendingReply<bool> owned = *check;
                    if (owned.isError() || !owned.value())
                        return showWithoutService(title, body, severity, done);
                    QDBusConnection bus = QDBusConnection::sessionBus();
                    if (!m_listening) {
                        m_listening = bus.connect(kService, kPath, kService, QStringLiteral("ActionInvoked"),
                                                  this, SLOT(onActionInvoked(uint, QString)));
                    }
                    QVariantMap hints;
                    hints.insert(QStringLiteral("urgency"),
                                 QVariant::fromValue(uchar(static_cast<int>(severity))));
                    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("kilowatch"));
                    hints.insert(QStringLiteral("category"), QStringLiteral("device"));
                    QDBusMessage call =
                        QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
                    call << QStringLiteral("Kilowatch") << uint(0) << QStringLiteral("kilowatch") << title
                         << body << QStringList{QStringLiteral("default"), tr("Open Kilowatch")} << hints
                         << int(severity == Alert::Severity::Critical ? 0 : -1);
                    auto *sent = new QDBusPendingCallWatcher(bus.asyncCall(call, 10000), this);
                    connect(sent, &QDBusPendingCallWatcher::finished, this,
                            [this, sent, title, body, severity, done, meterId] {
                                sent->deleteLater();
                                const QDBusPendingReply<uint> reply = *sent;
                                if (reply.isError()) {
                                    qCInfo(lcAlerts)
                                        << "desktop notification failed:" << reply.error().message();
                                    return showWithoutService(title, body, severity, done);
                                }
                                m_meterOfNotification.insert(reply.value(), meterId);
                                m_lastRoute = Route::Freedesktop;
                                done(DeliveryResult::ok());
                            });
                });
        return;
    }
#endif
    QTimer::singleShot(
        0, this, [this, title, body, severity, done] { showWithoutService(title, body, severity, done); });
}

void DesktopNotifier::showWithoutService(const QString &title, const QString &body, Alert::Severity severity,
                                         const Done &done)
{
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        const QSystemTrayIcon::MessageIcon icon =
            severity == Alert::Severity::Critical  ? QSystemTrayIcon::Critical
            : severity == Alert::Severity::Warning ? QSystemTrayIcon::Warning
                                                   : QSystemTrayIcon::Information;
        m_tray->showMessage(title, body, icon, 15000);
        m_lastRoute = Route::TrayMessage;
        return done(DeliveryResult::ok());
    }
    if (m_fallback) {
        m_fallback(title, body);
        m_lastRoute = Route::Fallback;
        return done(DeliveryResult::ok());
    }
    done(DeliveryResult::failed(tr("No way to show a desktop notification here.")));
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    Q_UNUSED(action)
    const auto it = m_meterOfNotification.constFind(id);
    if (it != m_meterOfNotification.constEnd())
        emit activated(it.value());
}
