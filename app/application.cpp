#include "application.h"

#include "core/httpclient.h"
#include "health/healthmonitor.h"
#include "health/healthprobe.h"
#include "health/stackprobes.h"

#include <QNetworkAccessManager>

namespace Dsp {

Application::Application(const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_network(new QNetworkAccessManager(this))
    , m_http(new HttpClient(m_network, this))
    , m_monitor(new HealthMonitor(this))
{
    m_monitor->setPollInterval(profile.pollInterval);
    buildProbes();
}

Application::~Application() = default;

void Application::buildProbes()
{
    for (HealthProbe *probe : createStackProbes(m_profile, m_http))
        m_monitor->addProbe(probe);
}

void Application::setProbeTimeout(std::chrono::milliseconds timeout)
{
    m_profile.probeTimeout = timeout;
    for (HealthProbe *probe : m_monitor->findChildren<HealthProbe *>(Qt::FindDirectChildrenOnly))
        probe->setTimeout(timeout);
}

} // namespace Dsp
