#pragma once

#include "polling/MeterHealth.h"

#include <QColor>
#include <QIcon>

// The health dot shown beside a meter: green ok, amber stale, red failing, blue manual,
// grey not checked yet. Drawn, so it is crisp at any scale.
class HealthBadge
{
public:
    static QColor color(MeterHealth::State state);
    static QIcon icon(MeterHealth::State state);
};
