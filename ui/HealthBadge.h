#pragma once

#include "alerts/Alert.h"
#include "polling/MeterHealth.h"

#include <QColor>
#include <QIcon>

#include <optional>

// The health dot shown beside a meter: green ok, amber stale, red failing, blue manual,
// grey not checked yet; a low balance turns it amber, a critical one red, whatever the
// connection (MeterAttention's ranking). Drawn, so it is crisp at any scale.
class HealthBadge
{
public:
    static QColor color(MeterHealth::State state);
    static QIcon icon(MeterHealth::State state);
    static QColor color(MeterHealth::State state, std::optional<Alert::Severity> lowBalance);
    static QIcon icon(MeterHealth::State state, std::optional<Alert::Severity> lowBalance);
    // Text in a low balance's colour, readable on the light and the dark palette: amber for a
    // warning, red for critical; invalid (the palette's text) for none.
    static QColor textColor(std::optional<Alert::Severity> lowBalance);
};
