#include "MarkerLabels.h"

#include <QBrush>
#include <QChart>
#include <QGraphicsSimpleTextItem>

#include <algorithm>

MarkerLabels::MarkerLabels(QChart *chart)
    : m_chart(chart)
{}

void MarkerLabels::place(const QList<Label> &labels, const QColor &colour)
{
    while (m_items.size() < labels.size()) {
        auto *item = new QGraphicsSimpleTextItem(m_chart); // owned by the chart
        item->setZValue(20);
        m_items.append(item);
    }
    const QRectF plot = m_chart->plotArea();
    double lastRight = -1e9;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_items[i];
        if (i >= labels.size()) {
            item->hide();
            continue;
        }
        item->setText(labels[i].text);
        item->setBrush(colour);
        const double width = item->boundingRect().width();
        const double left =
            std::clamp(labels[i].anchor.x(), plot.left(), std::max(plot.left(), plot.right() - width));
        const bool fits = left > lastRight + 4.0;
        item->setVisible(fits);
        if (fits) {
            item->setPos(left, std::max(plot.top(), labels[i].anchor.y()));
            lastRight = left + width;
        }
    }
}

QStringList MarkerLabels::shown() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *item : m_items) {
        if (item->isVisible() && !item->text().isEmpty())
            texts << item->text();
    }
    return texts;
}
