#pragma once

#include <QtGlobal>

#include <cmath>
#include <optional>

// Money, energy and power are kept as integers in thousandths (milli-units, Wh, W) so the
// ledger adds up exactly and SQLite stores them as compact varints.
namespace FixedPoint {

inline constexpr double kScale = 1000.0;

// nullopt for NaN/Inf or values that do not fit; callers treat that as bad data.
inline std::optional<qint64> fromDouble(double value)
{
    if (!std::isfinite(value) || std::fabs(value) > 9.0e12)
        return std::nullopt;
    return static_cast<qint64>(std::llround(value * kScale));
}

inline double toDouble(qint64 milli)
{
    return static_cast<double>(milli) / kScale;
}

inline std::optional<double> toDouble(const std::optional<qint64> &milli)
{
    if (!milli)
        return std::nullopt;
    return toDouble(*milli);
}

} // namespace FixedPoint
