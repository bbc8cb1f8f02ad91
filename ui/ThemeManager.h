#pragma once

#include "settings/AppSettings.h"

#include <QPalette>

// Applies the colour theme to the whole application. "System" hands the platform's own style
// and palette back (an empty QPalette lets Qt follow the platform again); light and dark use
// the Fusion style, which honours a palette on every platform, with the palettes below.
// Widgets hear about it through QEvent::ApplicationPaletteChange (and isDark()).
class ThemeManager
{
public:
    static void apply(AppSettings::Theme theme);
    // Applies the settings' theme now and again whenever it changes.
    static void follow(AppSettings &settings);
    // True when the application palette is dark, whatever chose it (charts pick colours by it).
    static bool isDark();
    static QPalette lightPalette();
    static QPalette darkPalette();
};
