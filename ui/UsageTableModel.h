#pragma once

#include "analytics/UsageSeries.h"

#include <QAbstractTableModel>

// The usage chart as a table (its accessible and copyable alternative): one row per bucket
// the chart was given, times in the meter's zone, numbers through QLocale, then a totals row
// (when there are buckets). Qt::UserRole gives the raw value (UTC seconds, Wh, thousandths of
// money) for tests and sorting.
class UsageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Start,
        End,
        Grid,
        Generator,
        Total,
        Cost,
        Source,
        Notes,
        ColumnCount
    };

    explicit UsageTableModel(QObject *parent = nullptr);

    void setSeries(const UsageSeries &series, const QString &currencyCode, const QByteArray &timezone);
    const UsageSeries &series() const { return m_series; }
    // The last row, summing the buckets' energy and cost.
    bool isTotalsRow(int row) const { return !m_series.buckets.isEmpty() && row == m_series.buckets.size(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    UsageSeries m_series;
    UsageBucket m_totals; // start/end of the window, sums of the buckets
    QString m_currency;
    QByteArray m_timezone;
};
