#pragma once

#include <QCoreApplication>

namespace Dsp {

// Translation context of Airbyte's forms and validation messages (non-QObject code).
struct AirbyteTr
{
    Q_DECLARE_TR_FUNCTIONS(Dsp::Airbyte)
};

} // namespace Dsp
