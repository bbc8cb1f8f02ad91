#include "ExportCell.h"

ExportCell ExportCell::text(const QString &value)
{
    ExportCell c;
    c.m_type = Type::Text;
    c.m_text = value;
    return c;
}

ExportCell ExportCell::ofNumber(Type type, qint64 number)
{
    ExportCell c;
    c.m_type = type;
    c.m_number = number;
    return c;
}

ExportCell ExportCell::integer(qint64 value)
{
    return ofNumber(Type::Integer, value);
}

ExportCell ExportCell::boolean(bool value)
{
    return ofNumber(Type::Boolean, value ? 1 : 0);
}

ExportCell ExportCell::thousandths(qint64 value)
{
    return ofNumber(Type::Thousandths, value);
}

ExportCell ExportCell::thousandths(const std::optional<qint64> &value)
{
    return value ? thousandths(*value) : empty();
}

ExportCell ExportCell::money(qint64 milli)
{
    return ofNumber(Type::Money, milli);
}

ExportCell ExportCell::money(const std::optional<qint64> &milli)
{
    return milli ? money(*milli) : empty();
}

QJsonValue ExportCell::toJson(int moneyDigits) const
{
    switch (m_type) {
    case Type::Empty:
        return QJsonValue(QJsonValue::Null);
    case Type::Text:
        return m_text;
    case Type::Integer:
        return m_number;
    case Type::Boolean:
        return m_number != 0;
    case Type::Thousandths:
        // The nearest double to the decimal: JSON writes it back as that decimal.
        return decimal(m_number, 3).toDouble();
    case Type::Money:
        return decimal(m_number, moneyDigits).toDouble();
    }
    return QJsonValue(QJsonValue::Null);
}

QByteArray ExportCell::decimal(qint64 milli, int digits)
{
    digits = qBound(0, digits, 3);
    qint64 unit = 1;
    for (int i = digits; i < 3; ++i)
        unit *= 10;
    // Integer arithmetic only: no double, no locale, no banker's rounding.
    const bool negative = milli < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(milli) : quint64(milli);
    const quint64 rounded = (magnitude + quint64(unit) / 2) / quint64(unit);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QByteArray out;
    if (negative && rounded != 0)
        out.append('-');
    out.append(QByteArray::number(rounded / scale));
    if (digits > 0) {
        out.append('.');
        const QByteArray fraction = QByteArray::number(rounded % scale);
        out.append(QByteArray(digits - fraction.size(), '0'));
        out.append(fraction);
    }
    return out;
}

QByteArray ExportCell::toCsv(int moneyDigits) const
{
    switch (m_type) {
    case Type::Empty:
        return {};
    case Type::Text:
        return m_text.toUtf8();
    case Type::Integer:
        return QByteArray::number(m_number);
    case Type::Boolean:
        return m_number != 0 ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case Type::Thousandths:
        return decimal(m_number, 3);
    case Type::Money:
        return decimal(m_number, moneyDigits);
    }
    return {};
}

QJsonObject ExportCell::toJsonObject(const QStringList &names, const QList<ExportCell> &cells,
                                     int moneyDigits)
{
    QJsonObject object;
    const qsizetype n = qMin(names.size(), cells.size());
    for (qsizetype i = 0; i < n; ++i)
        object.insert(names.at(i), cells.at(i).toJson(moneyDigits));
    return object;
}
