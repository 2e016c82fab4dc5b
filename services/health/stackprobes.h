#pragma once

#include <QList>

namespace Dsp {

class HealthProbe;
class HttpClient;
struct Profile;

// The five probes of the stack, configured from a profile. The caller takes ownership.
QList<HealthProbe *> createStackProbes(const Profile &profile, HttpClient *http);

} // namespace Dsp
