#include "CliTable.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

CliTable::CliTable(QList<Column> columns)
    : m_columns(std::move(columns))
{}

QString CliTable::cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("-");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)) && qAbs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'f', 3).remove(QRegularExpression(QStringLiteral("0+$")));
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonArray CliTable::toJsonArray() const
{
    QJsonArray array;
    for (const QJsonObject &row : m_rows)
        array.append(row);
    return array;
}

void CliTable::printJson(QTextStream &out) const
{
    out << QJsonDocument(toJsonArray()).toJson(QJsonDocument::Indented);
}

void CliTable::printText(QTextStream &out) const
{
    QList<int> widths;
    for (const Column &c : m_columns)
        widths.append(static_cast<int>(c.key.size()));
    QList<QStringList> cells;
    for (const QJsonObject &row : m_rows) {
        QStringList line;
        for (int i = 0; i < m_columns.size(); ++i) {
            const QString text = cellText(row.value(m_columns[i].key));
            widths[i] = qMax(widths[i], static_cast<int>(text.size()));
            line.append(text);
        }
        cells.append(line);
    }
    const auto printLine = [&](const QStringList &line) {
        QString text;
        for (int i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            text += m_columns[i].alignRight ? line[i].rightJustified(widths[i])
                                            : line[i].leftJustified(widths[i]);
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    };
    QStringList header;
    for (const Column &c : m_columns)
        header.append(c.key);
    printLine(header);
    for (const QStringList &line : cells)
        printLine(line);
}
