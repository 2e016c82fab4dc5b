#pragma once

#include <QCoreApplication>

namespace Dsp {

// Translation context for user-facing strings built in services/core.
struct CoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Dsp::Core)
};

} // namespace Dsp
