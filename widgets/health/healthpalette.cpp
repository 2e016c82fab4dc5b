#include "healthpalette.h"

namespace Dsp {

QColor healthColor(HealthState state)
{
    switch (state) {
    case HealthState::Up:
        return QColor(0x2e, 0x9e, 0x4f);
    case HealthState::Degraded:
        return QColor(0xd9, 0x8a, 0x00);
    case HealthState::Down:
        return QColor(0xd0, 0x3b, 0x3b);
    case HealthState::Checking:
        return QColor(0x3a, 0x7b, 0xd5);
    case HealthState::NotConfigured:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

} // namespace Dsp
