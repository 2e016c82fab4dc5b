#include "healthpalette.h"

#include <algorithm>
#include <cmath>

namespace Dsp {

// Badges carry white text: every colour keeps a WCAG AA contrast of at least 4.5:1 against
// white (tests/widgets/health/tst_healthpalette checks it), in light and dark palettes alike.
QColor healthColor(HealthState state)
{
    switch (state) {
    case HealthState::Up:
        return QColor(0x1e, 0x7b, 0x3c); // 5.3:1
    case HealthState::Degraded:
        return QColor(0xa3, 0x5f, 0x00); // 5.0:1
    case HealthState::Down:
        return QColor(0xb4, 0x2b, 0x2b); // 6.3:1
    case HealthState::Checking:
        return QColor(0x2a, 0x62, 0xb8); // 5.9:1
    case HealthState::NotConfigured:
        break;
    }
    return QColor(0x6b, 0x6b, 0x6b); // 5.3:1
}

QColor healthTextColor(HealthState)
{
    return QColor(Qt::white);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Dsp
