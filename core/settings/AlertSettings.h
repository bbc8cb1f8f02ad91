#pragma once

#include "alerts/AlertConfig.h"

class AppSettings;

// The alert rules' configuration from the user's settings: one mapping, used by the window
// and the command line alike.
class AlertSettings
{
public:
    static AlertConfig configFrom(const AppSettings &settings);
};
