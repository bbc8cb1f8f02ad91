#pragma once

#include "analytics/SupplyTimeline.h"

#include <QWidget>

#include <optional>

// The sessions panel's day-by-day timeline: one horizontal strip per local day of the meter
// (newest on top), 00:00 to 24:00, coloured by source, with outages and stretches without
// readings drawn apart (see SupplyLook). Hovering a segment tells its kind and times.
class SessionTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit SessionTimeline(QWidget *parent = nullptr);

    // `zone` is the meter's, for the times in the tooltips.
    void setDays(const QList<SupplyDay> &days, const QTimeZone &zone);
    const QList<SupplyDay> &days() const { return m_days; }

    // The segment under `pos` (widget coordinates), if any.
    std::optional<SupplySegment> segmentAt(const QPoint &pos) const;
    QString describe(const SupplySegment &segment) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int labelWidth() const;
    int rowHeight() const;
    int axisHeight() const;
    QRect stripRect(int row) const;
    QString dayLabel(const QDate &date) const;

    QList<SupplyDay> m_days; // newest first
    QTimeZone m_zone;
};
