#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One value of an exported row (see ExportRow), typed, so the JSON of the CLI and the CSV
// export are built from the same values: numbers stay integers (thousandths) until they are
// written, and both outputs write the same exact decimal: money to the currency's minor unit
// (rounded half away from zero), kWh and kW to 3 decimals. CSV gets it as text with '.'
// whatever the locale; JSON as the number with that decimal value. Empty means unknown:
// null in JSON, an empty cell in CSV, never 0.
class ExportCell
{
public:
    enum class Type
    {
        Empty,
        Text,        // written as is in JSON; neutralised against formulas in CSV (CsvWriter)
        Integer,     // counts and seconds
        Boolean,     // true / false
        Thousandths, // Wh as kWh, W as kW: always 3 decimals
        Money,       // thousandths of the currency: the currency's minor unit in CSV
    };

    ExportCell() = default;
    static ExportCell empty() { return {}; }
    static ExportCell text(const QString &value);
    static ExportCell integer(qint64 value);
    static ExportCell boolean(bool value);
    static ExportCell thousandths(qint64 value);
    static ExportCell thousandths(const std::optional<qint64> &value);
    static ExportCell money(qint64 milli);
    static ExportCell money(const std::optional<qint64> &milli);

    Type type() const { return m_type; }
    bool isEmpty() const { return m_type == Type::Empty; }
    const QString &textValue() const { return m_text; }
    qint64 number() const { return m_number; }

    // `moneyDigits`: the currency's minor unit (Currency::minorDigits), as for toCsv().
    QJsonValue toJson(int moneyDigits) const;
    // Locale-independent UTF-8 text of the cell (not yet quoted or neutralised).
    QByteArray toCsv(int moneyDigits) const;

    // `names` and `cells` side by side (the same length).
    static QJsonObject toJsonObject(const QStringList &names, const QList<ExportCell> &cells,
                                    int moneyDigits);
    // Thousandths as a decimal with `digits` (0..3) after the point, rounded half away from
    // zero: 1234560 -> "1234.56" (2), -4 -> "0.00" (2), 1500 -> "2" (0).
    static QByteArray decimal(qint64 milli, int digits);

private:
    static ExportCell ofNumber(Type type, qint64 number);

    Type m_type = Type::Empty;
    QString m_text;
    qint64 m_number = 0;
};
