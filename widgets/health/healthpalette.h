#pragma once

#include "health/healthtypes.h"

#include <QColor>

namespace Dsp {

// The one place that maps a health state to a colour, readable on light and dark palettes.
QColor healthColor(HealthState state);
// The text colour drawn on healthColor(state).
QColor healthTextColor(HealthState state);
// WCAG 2 contrast ratio between two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace Dsp
