#pragma once

#include "setup/Autostart.h"

#include <QAction>

// "Start Kilowatch at login" as a checkable menu item over Autostart: it shows what is on
// disk (or in the registry), so a change made elsewhere is seen the next time the menu opens.
class AutostartAction : public QAction
{
    Q_OBJECT
public:
    explicit AutostartAction(QObject *parent = nullptr);
    AutostartAction(const Autostart &autostart, QObject *parent);

    // Re-reads the state (called when the menu is about to show).
    void refresh();

signals:
    // Turning it on or off did not work; the sentence says why.
    void failed(const QString &message);

private:
    void onToggled(bool enabled);

    Autostart m_autostart;
};
