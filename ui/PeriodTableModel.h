#pragma once

#include "analytics/PeriodSummary.h"

#include <QAbstractTableModel>

// The period chart as a table (its accessible and copyable alternative): one row per bar,
// in the same order. Qt::UserRole gives the raw value (Wh, thousandths of money, days).
class PeriodTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Period,
        Grid,
        Generator,
        Total,
        Cost,
        Recharged,
        ClosingBalance,
        DaysWithData,
        ColumnCount
    };

    explicit PeriodTableModel(QObject *parent = nullptr);

    // `today` (in the meter's zone) marks the period still going on as partial.
    void setPeriods(const QList<PeriodSummary> &periods, const QString &currencyCode,
                    const QDate &today = QDate());
    const QList<PeriodSummary> &periods() const { return m_periods; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PeriodSummary> m_periods;
    QString m_currency;
    QDate m_today;
};
