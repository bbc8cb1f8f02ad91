#pragma once

#include "FetchOutcome.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>

#include <optional>

// Reads fields of a provider's JSON strictly, remembering the first problem as a bad-data
// outcome that names the field: a string where a number belongs, NaN or Inf, a negative
// counter, an unparseable or future timestamp. Numeric strings ("1787.42") are accepted,
// since several utilities send numbers as text.
class JsonReader
{
public:
    explicit JsonReader(QJsonObject object, QString prefix = {});

    // nullopt (and an error when required) for missing, null, non-numeric or non-finite values.
    std::optional<double> number(const QString &key, bool required = true);
    // Fixed point (thousandths): money, kWh -> Wh, kW -> W.
    std::optional<qint64> milli(const QString &key, bool required = true);
    // Like milli() but refuses negative values (counters, loads).
    std::optional<qint64> nonNegativeMilli(const QString &key, bool required = true);
    std::optional<QString> text(const QString &key, bool required = true);
    std::optional<QJsonObject> object(const QString &key, bool required = true);
    // A local time string in `format` (Qt date format), read in `zone`; refuses times more
    // than five minutes ahead of now.
    std::optional<qint64> time(const QString &key, const QString &format, const QTimeZone &zone,
                               bool required = true);

    bool ok() const { return !m_error.has_value(); }
    const FetchOutcome &error() const { return *m_error; }
    void fail(const QString &key, const QString &reason);

    static std::optional<double> toNumber(const QJsonValue &value, QString *why);
    static std::optional<qint64> parseTime(const QString &text, const QString &format, const QTimeZone &zone,
                                           QString *why);

private:
    QString name(const QString &key) const
    {
        return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key;
    }

    QJsonObject m_object;
    QString m_prefix;
    std::optional<FetchOutcome> m_error;
};
