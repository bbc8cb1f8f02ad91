#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

class QChart;
class QGraphicsSimpleTextItem;

// Short texts written on a chart next to markers (a recharge's amount), kept in a pool of
// text items reused from update to update. Placed left to right at their anchors (chart
// coordinates), kept inside the plot; one that would overlap the one before is left out.
class MarkerLabels
{
public:
    struct Label
    {
        QPointF anchor; // the text's top left, chart coordinates
        QString text;
    };

    explicit MarkerLabels(QChart *chart);

    void place(const QList<Label> &labels, const QColor &colour);
    // The texts shown now.
    QStringList shown() const;

private:
    QChart *m_chart;
    QList<QGraphicsSimpleTextItem *> m_items;
};
