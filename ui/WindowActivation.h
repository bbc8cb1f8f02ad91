#pragma once

class QWidget;

// Brings a window to the front, from wherever it is (minimised, hidden to the tray, behind
// other windows). Window managers may still only flash it in the task bar (focus-stealing
// prevention); that is their call.
class WindowActivation
{
public:
    static void bringToFront(QWidget *window);
};
