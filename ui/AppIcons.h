#pragma once

#include <QIcon>
#include <QString>

// The application icon and the tray's state icons, embedded from resources/icons as SVG so
// they stay crisp at any size and device pixel ratio. The tray icons carry a light halo and a
// dark ring, so each is legible in light and in dark trays, and a glyph per state, so the state
// does not depend on colour alone.
class AppIcons
{
public:
    enum class TrayState
    {
        Ok,
        Low,
        Critical,
        Failing,
    };

    // Also the icon name the Linux packages install into the hicolor theme.
    static QString applicationId() { return QStringLiteral("io.kilowatch.Kilowatch"); }
    static QIcon application();
    static QIcon tray(TrayState state);
    static QString resourcePath(TrayState state);
};
