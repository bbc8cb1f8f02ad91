#pragma once

#include "analytics/SupplyStatus.h"
#include "analytics/SupplyTimeline.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

// How the power supply looks wherever it is shown (the indicator, the timeline and its
// legend): one fill and one word per kind, and a glyph per state so that colour is never the
// only sign. Grid and generator use the charts' colours.
class SupplyLook
{
    Q_DECLARE_TR_FUNCTIONS(SupplyLook)
public:
    static QColor fill(SupplyKind kind);
    // The fill of a timeline segment: no readings are hatched, so they read apart from outages
    // in grey scale too.
    static QBrush brush(SupplyKind kind);
    static QString name(SupplyKind kind);
    // Text in the state's colour, readable on the current theme's window background.
    static QColor textColor(SupplyStatus::State state);
    static QString stateName(SupplyStatus::State state);
    // A round badge in the state's colour with its glyph (bolt, fuel drop, struck bolt, power
    // symbol struck through, question mark), drawn at `size` device-independent pixels.
    static QIcon icon(SupplyStatus::State state, int size);
    static SupplyKind kindOf(SupplyStatus::State state);
};
