#include "ExportRow.h"

#include "model/Currency.h"
#include "model/Meter.h"

ExportRow::ExportRow(const QStringList &names, QList<ExportCell> cells, int moneyDigits)
    : m_names(names)
    , m_cells(std::move(cells))
    , m_moneyDigits(moneyDigits)
{
    Q_ASSERT(m_names.size() == m_cells.size());
}

ExportRow &ExportRow::addJsonOnly(const QString &name, const QJsonValue &value)
{
    m_jsonOnly.insert(name, value);
    return *this;
}

QJsonObject ExportRow::toJson() const
{
    QJsonObject object = ExportCell::toJsonObject(m_names, m_cells, m_moneyDigits);
    for (auto it = m_jsonOnly.constBegin(); it != m_jsonOnly.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QList<QByteArray> ExportRow::toCsv() const
{
    QList<QByteArray> fields;
    fields.reserve(m_cells.size());
    for (const ExportCell &cell : m_cells)
        fields.append(cell.toCsv(m_moneyDigits));
    return fields;
}

int ExportRow::moneyDigits(const Meter &meter)
{
    return Currency::minorDigits(meter.currency);
}
