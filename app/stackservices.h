#pragma once

#include "airbyte/airbyteclient.h"

#include <QList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QThreadPool;
QT_END_NAMESPACE

namespace Dsp {

class HealthProbe;
class HttpClient;
struct Profile;

// One service of the stack as the panel shows it: its probe and the web UI it links to.
struct StackService
{
    HealthProbe *probe = nullptr; // the caller takes ownership
    QUrl uiUrl;
};

// How Airbyte's Config API client reaches and authenticates to the profile's Airbyte.
AirbyteClient::Config airbyteClientConfig(const Profile &profile);

// The services a profile describes, with their probes configured from it. The one place
// that knows every concrete probe class. `postgresPool` runs libpq work; it must outlive
// the probes.
QList<StackService> createStackServices(const Profile &profile, HttpClient *http,
                                        QThreadPool *postgresPool);

} // namespace Dsp
