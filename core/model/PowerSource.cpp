#include "PowerSource.h"

QString powerSourceName(PowerSource source)
{
    switch (source) {
    case PowerSource::Grid:
        return QStringLiteral("grid");
    case PowerSource::Generator:
        return QStringLiteral("generator");
    case PowerSource::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

PowerSource powerSourceFromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower();
    bool known = true;
    PowerSource result = PowerSource::Unknown;
    if (n == QLatin1String("grid"))
        result = PowerSource::Grid;
    else if (n == QLatin1String("generator"))
        result = PowerSource::Generator;
    else if (n != QLatin1String("unknown"))
        known = false;
    if (ok)
        *ok = known;
    return result;
}

PowerSource powerSourceFromInt(int value)
{
    switch (value) {
    case 1:
        return PowerSource::Grid;
    case 2:
        return PowerSource::Generator;
    default:
        return PowerSource::Unknown;
    }
}
