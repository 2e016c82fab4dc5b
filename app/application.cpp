#include "application.h"

#include "core/httpclient.h"
#include "health/healthmonitor.h"
#include "health/healthprobe.h"
#include "health/stackprobes.h"

#include <QNetworkAccessManager>
#include <QSettings>

namespace Dsp {

Application::Application(const Profile &profile, const QString &profilePath, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_profilePath(profilePath)
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

void Application::setPollInterval(std::chrono::milliseconds interval)
{
    m_profile.pollInterval = interval;
    m_monitor->setPollInterval(interval);
    QSettings settings(m_profilePath, QSettings::IniFormat);
    Profile::savePollInterval(settings, interval);
}

void Application::setProbeTimeout(std::chrono::milliseconds timeout)
{
    m_profile.probeTimeout = timeout;
    m_monitor->setProbeTimeout(timeout);
    QSettings settings(m_profilePath, QSettings::IniFormat);
    Profile::saveProbeTimeout(settings, timeout);
}

} // namespace Dsp
