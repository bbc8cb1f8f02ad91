#include "AutostartAction.h"

#include <QSignalBlocker>

AutostartAction::AutostartAction(QObject *parent)
    : AutostartAction(Autostart(), parent)
{}

AutostartAction::AutostartAction(const Autostart &autostart, QObject *parent)
    : QAction(tr("Start Kilowatch at &login"), parent)
    , m_autostart(autostart)
{
    setCheckable(true);
    setStatusTip(tr("Open Kilowatch when you log in to this computer."));
    refresh();
    connect(this, &QAction::toggled, this, &AutostartAction::onToggled);
}

void AutostartAction::refresh()
{
    const QSignalBlocker blocker(this);
    setChecked(m_autostart.isEnabled());
}

void AutostartAction::onToggled(bool enabled)
{
    const Status changed = m_autostart.setEnabled(enabled);
    refresh();
    if (!changed)
        emit failed(changed.error());
}
