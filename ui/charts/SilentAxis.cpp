#include "SilentAxis.h"

#include <QBrush>
#include <QFont>
#include <QValueAxis>

void SilentAxis::configure(QValueAxis *axis, const QFont &font, const QString &placeholder)
{
    axis->setLabelsVisible(false);
    axis->setGridLineVisible(false);
    axis->setMinorGridLineVisible(false);
    axis->setTickCount(2);
    axis->setTitleFont(font);
    axis->setTitleText(placeholder);
    axis->setTitleVisible(true);
}

void SilentAxis::hideTitle(QValueAxis *axis)
{
    axis->setTitleBrush(Qt::transparent);
}
