#pragma once

class QFont;
class QString;
class QValueAxis;

// A value axis whose labels an item draws instead (TimeAxisItem, CategoryLabelsItem): Qt
// Charts' own labels and grid are off, and a title that never changes keeps the room the
// labels need, so a new window never lays the chart out again.
class SilentAxis
{
public:
    // `placeholder` sizes the room (" <br> " for two lines of labels).
    static void configure(QValueAxis *axis, const QFont &font, const QString &placeholder);
    // The placeholder title never shows. ChartPalette::apply colours every axis title: after it.
    static void hideTitle(QValueAxis *axis);
};
