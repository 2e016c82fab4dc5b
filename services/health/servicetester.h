#pragma once

#include "health/healthtypes.h"

#include <functional>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace Dsp {

struct Profile;

// Runs one service's real probe against a profile that is not saved yet: the environment
// editor's Test button and Detect. Implemented where the concrete probes are known (app/).
class ServiceTester
{
public:
    virtual ~ServiceTester() = default;
    using Callback = std::function<void(const ProbeResult &)>;
    // `service` is a monitor key: "airbyte", "minio", "postgres", "dremio", "temporal".
    // Calls back once, on this thread, within the profile's probe timeout plus a little,
    // never after `context` is gone.
    virtual void test(const Profile &profile, const QString &service, QObject *context,
                      Callback callback) = 0;
};

} // namespace Dsp
