#include "UsageTableModel.h"

#include "Formatters.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

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
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Start:
            return b.start;
        case End:
            return b.end;
        case Grid:
            return b.gridWh;
        case Generator:
            return b.generatorWh;
        case Total:
            return b.totalWh();
        case Cost:
            return b.costMilli;
        case Source:
            return static_cast<int>(b.source);
        case Notes:
            return (b.gap ? 1 : 0) | (b.estimated ? 2 : 0);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Grid && index.column() <= Cost)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    const QTimeZone zone(m_timezone.isEmpty() ? QByteArray("UTC") : m_timezone);
    switch (index.column()) {
    case Start:
        return locale.toString(QDateTime::fromSecsSinceEpoch(b.start, zone), QLocale::ShortFormat);
    case End:
        return locale.toString(QDateTime::fromSecsSinceEpoch(b.end, zone), QLocale::ShortFormat);
    case Grid:
        return missing ? QString() : Formatters::energy(b.gridWh, locale);
    case Generator:
        return missing ? QString() : Formatters::energy(b.generatorWh, locale);
    case Total:
        return missing ? QString() : Formatters::energy(b.totalWh(), locale);
    case Cost:
        return missing ? QString() : Formatters::money(b.costMilli, m_currency, locale);
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
    switch (section) {
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Grid:
        return tr("Grid");
    case Generator:
        return tr("Generator");
    case Total:
        return tr("Total");
    case Cost:
        return tr("Cost");
    case Source:
        return tr("Source");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}
