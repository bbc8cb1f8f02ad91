#include "UsageTableModel.h"

#include "EnergyColumns.h"
#include "Formatters.h"
#include "charts/ChartText.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QTimeZone>

static_assert(UsageTableModel::Cost - UsageTableModel::Grid == EnergyColumns::Cost);

UsageTableModel::UsageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UsageTableModel::setSeries(const UsageSeries &series, const QString &currencyCode,
                                const QByteArray &timezone)
{
    beginResetModel();
    m_series = series;
    m_currency = currencyCode;
    m_timezone = timezone;
    m_totals = {};
    m_totals.start = series.from;
    m_totals.end = series.to;
    for (const UsageBucket &b : series.buckets) {
        m_totals.gridWh += b.gridWh;
        m_totals.generatorWh += b.generatorWh;
        m_totals.costMilli += b.costMilli;
        m_totals.hasData = m_totals.hasData || b.hasData;
        m_totals.estimated = m_totals.estimated || b.estimated;
    }
    endResetModel();
}

int UsageTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_series.buckets.isEmpty())
        return 0;
    return static_cast<int>(m_series.buckets.size()) + 1; // and the totals row
}

int UsageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool totals = isTotalsRow(index.row());
    const UsageBucket &b = totals ? m_totals : m_series.buckets.at(index.row());
    const bool missing = totals ? !b.hasData : b.gap && !b.hasData;
    if (totals && role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    const std::optional<EnergyColumns::Column> energy = EnergyColumns::at(index.column(), Grid);
    if (role == Qt::UserRole) {
        if (energy)
            return EnergyColumns::value(*energy, b);
        switch (index.column()) {
        case Start:
            return totals ? QVariant() : QVariant(b.start);
        case End:
            return totals ? QVariant() : QVariant(b.end);
        case Source:
            return static_cast<int>(b.source);
        case Notes:
            return (b.gap ? 1 : 0) | (b.estimated ? 2 : 0);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && energy)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    if (energy)
        return EnergyColumns::text(*energy, b, missing, m_currency, locale);
    const QTimeZone zone(m_timezone.isEmpty() ? QByteArray("UTC") : m_timezone);
    switch (index.column()) {
    case Start:
        if (totals)
            return tr("Total");
        return ChartText::dateTime(QDateTime::fromSecsSinceEpoch(b.start, zone), locale);
    case End:
        return totals ? QString() : ChartText::dateTime(QDateTime::fromSecsSinceEpoch(b.end, zone), locale);
    case Source:
        // Where the energy came from: both when both were used ("Grid + generator").
        return ChartText::source(b.gridWh, b.generatorWh);
    case Notes: {
        QStringList notes;
        if (b.partial)
            notes << tr("partial");
        if (missing)
            notes << tr("no readings");
        else if (b.gap)
            notes << tr("readings missing for part");
        if (b.estimated)
            notes << tr("cost estimated");
        return notes.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const std::optional<EnergyColumns::Column> energy = EnergyColumns::at(section, Grid))
        return EnergyColumns::header(*energy);
    switch (section) {
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Source:
        return tr("Source");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}
