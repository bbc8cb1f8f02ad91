#include "PeriodTableModel.h"

#include "Formatters.h"

#include <QLocale>

PeriodTableModel::PeriodTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PeriodTableModel::setPeriods(const QList<PeriodSummary> &periods, const QString &currencyCode)
{
    beginResetModel();
    m_periods = periods;
    m_currency = currencyCode;
    endResetModel();
}

int PeriodTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_periods.size());
}

int PeriodTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeriodTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_periods.size())
        return {};
    const PeriodSummary &p = m_periods.at(index.row());
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Period:
            return p.label;
        case Grid:
            return p.gridWh;
        case Generator:
            return p.generatorWh;
        case Total:
            return p.totalWh();
        case Cost:
            return p.costMilli;
        case Recharged:
            return p.rechargedMilli;
        case ClosingBalance:
            return p.closingBalanceMilli ? QVariant(*p.closingBalanceMilli) : QVariant();
        case DaysWithData:
            return p.daysWithData;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Period)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    const bool empty = p.daysWithData == 0;
    switch (index.column()) {
    case Period:
        return p.label; // ISO: sorts and pastes well
    case Grid:
        return empty ? QString() : Formatters::energy(p.gridWh, locale);
    case Generator:
        return empty ? QString() : Formatters::energy(p.generatorWh, locale);
    case Total:
        return empty ? QString() : Formatters::energy(p.totalWh(), locale);
    case Cost:
        return empty ? QString()
                     : Formatters::money(p.costMilli, m_currency, locale) +
                           (p.estimated ? tr(" (estimated)") : QString());
    case Recharged:
        return p.rechargedMilli == 0 ? QString() : Formatters::money(p.rechargedMilli, m_currency, locale);
    case ClosingBalance:
        return p.closingBalanceMilli ? Formatters::money(*p.closingBalanceMilli, m_currency, locale)
                                     : QString();
    case DaysWithData:
        return locale.toString(p.daysWithData);
    default:
        return {};
    }
}

QVariant PeriodTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Period:
        return tr("Period");
    case Grid:
        return tr("Grid");
    case Generator:
        return tr("Generator");
    case Total:
        return tr("Total");
    case Cost:
        return tr("Cost");
    case Recharged:
        return tr("Recharged");
    case ClosingBalance:
        return tr("Closing balance");
    case DaysWithData:
        return tr("Days with readings");
    default:
        return {};
    }
}
