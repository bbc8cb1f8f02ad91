#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class QTextStream;

// Rows for the terminal: an aligned text table, or with --json the same rows as a JSON
// array whose keys are the column names (scripts rely on those names).
class CliTable
{
public:
    struct Column
    {
        QString key;
        bool alignRight = false;
    };

    explicit CliTable(QList<Column> columns);

    void addRow(const QJsonObject &row) { m_rows.append(row); }
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    QJsonArray toJsonArray() const;
    void printText(QTextStream &out) const;
    void printJson(QTextStream &out) const;

    static QString cellText(const QJsonValue &value);

private:
    QList<Column> m_columns;
    QList<QJsonObject> m_rows;
};
