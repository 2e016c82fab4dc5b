#pragma once

#include <QCoreApplication>

namespace Dsp::Logs {

// Translation context of the log engine's non-QObject code.
struct LogsTr
{
    Q_DECLARE_TR_FUNCTIONS(Dsp::Logs)
};

} // namespace Dsp::Logs
