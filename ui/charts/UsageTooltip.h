#pragma once

#include "UsageChartView.h"

#include <QString>

// The hover text of the usage chart's buckets: start and end in the meter's zone (to the
// minute), kWh by source, cost, where the energy came from, whether the bucket is partial or
// misses readings, and the compared period's value at that place with the change in per cent.
namespace UsageTooltip {

QString text(const UsageChartView::Content &content, int index);

} // namespace UsageTooltip
