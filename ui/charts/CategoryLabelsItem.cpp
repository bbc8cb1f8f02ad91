#include "CategoryLabelsItem.h"

#include "SilentAxis.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace {

constexpr double kLabelGap = 4.0; // between the plot's bottom edge and the labels
constexpr double kLabelSpacing = 4.0;

} // namespace

CategoryLabelsItem::CategoryLabelsItem(QChart *chart, QValueAxis *axis)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_axis(axis)
    , m_font(axis->labelsFont())
{
    SilentAxis::configure(axis, m_font, QStringLiteral(" <br> ")); // room for two lines
    axis->setRange(-0.5, 0.5);
    setZValue(2.5);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void CategoryLabelsItem::setLabels(const QStringList &labels)
{
    if (labels == m_texts)
        return;
    QList<QStaticText> prepared;
    prepared.reserve(labels.size());
    m_height = 0;
    for (const QString &label : labels) {
        // An unchanged text keeps its layout.
        const qsizetype same = m_texts.indexOf(label);
        QStaticText text = same >= 0 ? m_labels.at(same) : QStaticText(label);
        if (same < 0) {
            text.setTextFormat(Qt::RichText);
            text.setTextOption(QTextOption(Qt::AlignHCenter));
            text.setPerformanceHint(QStaticText::AggressiveCaching);
            text.prepare(QTransform(), m_font);
        }
        m_height = std::max(m_height, text.size().height());
        prepared.append(text);
    }
    m_texts = labels;
    m_labels = std::move(prepared);
    const double max = std::max<double>(0.5, static_cast<double>(labels.size()) - 0.5);
    if (m_axis->min() != -0.5 || m_axis->max() != max)
        m_axis->setRange(-0.5, max);
    plotAreaChanged();
}

void CategoryLabelsItem::setColor(const QColor &text)
{
    m_color = text;
    SilentAxis::hideTitle(m_axis);
    update();
}

void CategoryLabelsItem::plotAreaChanged()
{
    const QRectF plot = m_chart->plotArea();
    const QRectF bounds(m_chart->rect().left(), plot.bottom(), m_chart->rect().width(),
                        kLabelGap + std::max(m_height, 2.0 * QFontMetricsF(m_font).height()) + 2.0);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

QList<QPointF> CategoryLabelsItem::place() const
{
    QList<QPointF> placed;
    const QRectF plot = m_chart->plotArea();
    const qsizetype n = m_labels.size();
    if (n == 0 || plot.width() <= 0)
        return placed;
    const QRectF chart = m_chart->rect();
    double lastRight = -1e9;
    for (qsizetype i = 0; i < n; ++i) {
        const double centre =
            plot.left() + (static_cast<double>(i) + 0.5) / static_cast<double>(n) * plot.width();
        const double width = m_labels[i].size().width();
        const double left = std::clamp(centre - width / 2.0, chart.left(), chart.right() - width);
        if (left < lastRight + kLabelSpacing) {
            placed.append(QPointF()); // would overlap: left out, as a crowded axis does
            continue;
        }
        placed.append(QPointF(left, plot.bottom() + kLabelGap));
        lastRight = left + width;
    }
    return placed;
}

QStringList CategoryLabelsItem::shownLabels() const
{
    QStringList shown;
    const QList<QPointF> placed = place();
    for (qsizetype i = 0; i < placed.size(); ++i) {
        if (!placed[i].isNull())
            shown << m_texts[i];
    }
    return shown;
}

QRectF CategoryLabelsItem::boundingRect() const
{
    return m_bounds;
}

void CategoryLabelsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QList<QPointF> placed = place();
    painter->setFont(m_font);
    painter->setPen(m_color);
    for (qsizetype i = 0; i < placed.size(); ++i) {
        if (!placed[i].isNull())
            painter->drawStaticText(placed[i], m_labels[i]);
    }
}
