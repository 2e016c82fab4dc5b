#pragma once

#include "settings/profile.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Dsp {

class HealthMonitor;
class HttpClient;

// Builds the services for one profile and owns them: the network manager, the HTTP client,
// every probe and the health monitor. The only place that knows every concrete class.
class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(const Profile &profile, QObject *parent = nullptr);
    ~Application() override;

    const Profile &profile() const { return m_profile; }
    HealthMonitor *healthMonitor() const { return m_monitor; }

    void setProbeTimeout(std::chrono::milliseconds timeout);

private:
    void buildProbes();

    Profile m_profile;
    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    HealthMonitor *m_monitor;
};

} // namespace Dsp
