#pragma once

#include <QString>

// Stored as a small integer: keep the values stable, they are on disk.
enum class PowerSource : int
{
    Unknown = 0,
    Grid = 1,
    Generator = 2,
};

// Stable machine names (JSON, CSV): "grid", "generator", "unknown".
QString powerSourceName(PowerSource source);
// Returns Unknown for anything it does not recognise; `ok` says whether it did.
PowerSource powerSourceFromName(const QString &name, bool *ok = nullptr);
PowerSource powerSourceFromInt(int value);
