#include "JsonReader.h"

#include "model/FixedPoint.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

constexpr qint64 kFutureToleranceSeconds = 300;

} // namespace

JsonReader::JsonReader(QJsonObject object, QString prefix)
    : m_object(std::move(object))
    , m_prefix(std::move(prefix))
{}

void JsonReader::fail(const QString &key, const QString &reason)
{
    if (!m_error)
        m_error = FetchOutcome::badData(name(key), reason);
}

std::optional<double> JsonReader::toNumber(const QJsonValue &value, QString *why)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d)) {
            *why = Tr::tr("the number is not finite.");
            return std::nullopt;
        }
        return d;
    }
    if (value.isString()) {
        bool ok = false;
        const QString text = value.toString().trimmed();
        const double d = text.toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
        *why = Tr::tr("expected a number, got the text \"%1\".").arg(text.left(40));
        return std::nullopt;
    }
    if (value.isNull() || value.isUndefined()) {
        *why = Tr::tr("the value is missing.");
        return std::nullopt;
    }
    *why = Tr::tr("expected a number.");
    return std::nullopt;
}

std::optional<double> JsonReader::number(const QString &key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (!required && (value.isUndefined() || value.isNull()))
        return std::nullopt;
    QString why;
    const std::optional<double> d = toNumber(value, &why);
    if (!d)
        fail(key, why);
    return d;
}

std::optional<qint64> JsonReader::milli(const QString &key, bool required)
{
    const std::optional<double> d = number(key, required);
    if (!d)
        return std::nullopt;
    const std::optional<qint64> fixed = FixedPoint::fromDouble(*d);
    if (!fixed)
        fail(key, Tr::tr("the number is out of range."));
    return fixed;
}

std::optional<qint64> JsonReader::nonNegativeMilli(const QString &key, bool required)
{
    const std::optional<qint64> value = milli(key, required);
    if (value && *value < 0) {
        fail(key, Tr::tr("a negative value where only zero or more makes sense."));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> JsonReader::text(const QString &key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (required)
        fail(key, value.isUndefined() || value.isNull() ? Tr::tr("the value is missing.")
                                                        : Tr::tr("expected text."));
    return std::nullopt;
}

std::optional<QJsonObject> JsonReader::object(const QString &key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isObject())
        return value.toObject();
    if (required)
        fail(key, value.isUndefined() || value.isNull() ? Tr::tr("the value is missing.")
                                                        : Tr::tr("expected an object."));
    return std::nullopt;
}

std::optional<qint64> JsonReader::parseTime(const QString &text, const QString &format, const QTimeZone &zone,
                                            QString *why)
{
    QDateTime local = QDateTime::fromString(text.trimmed(), format);
    if (!local.isValid()) {
        *why = Tr::tr("\"%1\" is not a time in the form %2.").arg(text.left(40), format);
        return std::nullopt;
    }
    local.setTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const qint64 t = local.toSecsSinceEpoch();
    if (t > QDateTime::currentSecsSinceEpoch() + kFutureToleranceSeconds) {
        *why = Tr::tr("the time %1 is in the future.").arg(text.left(40));
        return std::nullopt;
    }
    return t;
}

std::optional<qint64> JsonReader::time(const QString &key, const QString &format, const QTimeZone &zone,
                                       bool required)
{
    const std::optional<QString> raw = text(key, required);
    if (!raw)
        return std::nullopt;
    QString why;
    const std::optional<qint64> t = parseTime(*raw, format, zone, &why);
    if (!t)
        fail(key, why);
    return t;
}
