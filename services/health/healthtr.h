#pragma once

#include <QCoreApplication>

namespace Dsp {

// Translation context for the probes' messages.
struct HealthTr
{
    Q_DECLARE_TR_FUNCTIONS(Dsp::Health)
};

} // namespace Dsp
