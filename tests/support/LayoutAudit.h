#pragma once

#include <QStringList>

class QWidget;

// What a screenshot test checks besides the picture: every visible text that a person must
// read is shown whole, and no visible widget is drawn over a sibling. It walks `root`'s
// visible widgets and lists, one line each, a label, button, check box or group box title
// whose text is wider (or, wrapped, taller) than the room it got, and two visible children
// of one parent whose rectangles intersect while at least one of them is laid out by that
// parent's layout (a widget left behind on top of laid-out ones is found too). Qt's own
// internal children ("qt_*") and top-level windows are skipped. Empty means the screen is fine.
namespace LayoutAudit {

QStringList problems(const QWidget *root);

// The same as one message for QVERIFY2: the window's name and the problems, or empty.
QString describe(const QWidget *root, const QString &screen);

} // namespace LayoutAudit
