#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QStaticText>
#include <QStringList>

class QChart;
class QValueAxis;

// The labels under a bar chart's bars (a day's "3<br>Jun", a month, a year), drawn by this one
// item over a plain QValueAxis from -0.5 to n - 0.5 whose own labels are off. A
// QBarCategoryAxis laid every label out again as a rich-text document, and the whole chart with
// it, on each change of its categories: most of a period step's frame. Here a label is laid out
// once (QStaticText) and a new set of periods only swaps the list.
class CategoryLabelsItem : public QGraphicsItem
{
public:
    CategoryLabelsItem(QChart *chart, QValueAxis *axis);

    // One label per bar; the axis gets the bars' range. Rich text (a "<br>" breaks the line).
    void setLabels(const QStringList &labels);
    // Call after ChartPalette::apply (it colours the placeholder title too).
    void setColor(const QColor &text);
    void plotAreaChanged();

    const QStringList &labels() const { return m_texts; }
    // The labels drawn now (those that fit without overlapping), left to right (tests).
    QStringList shownLabels() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // Where each label goes, or a null point when it would overlap the previous one.
    QList<QPointF> place() const;

    QChart *m_chart;
    QValueAxis *m_axis;
    QFont m_font;
    QColor m_color;
    QStringList m_texts;
    QList<QStaticText> m_labels;
    double m_height = 0; // of the tallest label
    QRectF m_bounds;
};
