#include "UsageTableModel.h"

#include "EnergyColumns.h"
#include "Formatters.h"
#include "model/TimeFormat.h"

#include <QDateTime>
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
    endResetModel();
}

int UsageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_series.buckets.size());
}

int UsageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_series.buckets.size())
        return {};
    const UsageBucket &b = m_series.buckets.at(index.row());
    const bool missing = b.gap && !b.hasData;
    const std::optional<EnergyColumns::Column> energy = EnergyColumns::at(index.column(), Grid);
    if (role == Qt::UserRole) {
        if (energy)
            return EnergyColumns::value(*energy, b);
        switch (index.column()) {
        case Start:
            return b.start;
        case End:
            return b.end;
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
        return TimeFormat::shortDateTime(b.start, zone, locale);
    case End:
        return TimeFormat::shortDateTime(b.end, zone, locale);
    case Source:
        switch (b.source) {
        case PowerSource::Grid:
            return tr("Grid");
        case PowerSource::Generator:
            return tr("Generator");
        case PowerSource::Unknown:
            return QString();
        }
        return QString();
    case Notes: {
        QStringList notes;
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
