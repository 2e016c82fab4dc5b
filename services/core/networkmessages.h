#pragma once

#include <QString>

#include <chrono>

namespace Dsp::NetworkMessages {

// The user-facing words for transport failures, shared by every client and probe so that a
// refused PostgreSQL port reads like a refused HTTP one, and is translated once.
QString connectionRefused(const QString &target); // target: "host:port"
QString hostNotFound(const QString &host);
QString timedOut(std::chrono::milliseconds after);
QString networkError(const QString &target, const QString &detail);

} // namespace Dsp::NetworkMessages
