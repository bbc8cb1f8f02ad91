#include "PeriodTableModel.h"

#include "EnergyColumns.h"
#include "Formatters.h"
#include "charts/ChartText.h"
#include "model/TimeFormat.h"

#include <QLocale>

static_assert(PeriodTableModel::Cost - PeriodTableModel::Grid == EnergyColumns::Cost);

PeriodTableModel::PeriodTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PeriodTableModel::setPeriods(const QList<PeriodSummary> &periods, const QString &currencyCode,
                                  const QDate &today)
{
    beginResetModel();
    m_periods = periods;
    m_currency = currencyCode;
    m_today = today;
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
    const std::optional<EnergyColumns::Column> energy = EnergyColumns::at(index.column(), Grid);
    if (role == Qt::UserRole) {
        if (energy)
            return EnergyColumns::value(*energy, p);
        switch (index.column()) {
        case Period:
            return p.label;
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
    if (energy) {
        const QString text = EnergyColumns::text(*energy, p, empty, m_currency, locale);
        return *energy == EnergyColumns::Cost && !empty && p.estimated ? text + tr(" (estimated)") : text;
    }
    switch (index.column()) {
    case Period: {
        // As the rest of the window writes dates; the bars' "*" for a partial period.
        const QString label = p.label.size() == 10  ? TimeFormat::shortDate(p.first, locale)
                              : p.label.size() == 7 ? TimeFormat::yearMonth(p.first, locale)
                                                    : locale.toString(p.first, QStringLiteral("yyyy"));
        return p.isPartial(m_today) ? ChartText::partial(label) : label;
    }
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
    if (const std::optional<EnergyColumns::Column> energy = EnergyColumns::at(section, Grid))
        return EnergyColumns::header(*energy);
    switch (section) {
    case Period:
        return tr("Period");
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
