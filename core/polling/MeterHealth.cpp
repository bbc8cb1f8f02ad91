#include "MeterHealth.h"

#include <QCoreApplication>

QString MeterHealth::stateName() const
{
    switch (state) {
    case State::Ok:
        return QStringLiteral("ok");
    case State::Stale:
        return QStringLiteral("stale");
    case State::Failing:
        return QStringLiteral("failing");
    case State::Manual:
        return QStringLiteral("manual");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString MeterHealth::sentence() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("MeterHealth", text); };
    switch (state) {
    case State::Ok:
        return tr("Up to date.");
    case State::Stale:
        return tr("The provider keeps repeating old data.");
    case State::Failing:
        return tr("Failing: %1").arg(lastError);
    case State::Manual:
        return tr("Readings are entered by hand.");
    case State::Unknown:
        break;
    }
    return tr("Not checked yet.");
}
