#pragma once

#include <QString>

#include <chrono>

namespace Dsp {

// "3 s", "1.5 s", "250 ms": how a timeout or latency reads in messages, in the UI locale.
QString durationText(std::chrono::milliseconds duration);

} // namespace Dsp
