#pragma once

#include "health/healthtypes.h"

#include <QColor>

namespace Dsp {

// The one place that maps a health state to a colour, readable on light and dark palettes.
QColor healthColor(HealthState state);

} // namespace Dsp
