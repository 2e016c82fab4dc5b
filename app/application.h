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
    // `profilePath`: the INI file the profile came from, where setting changes are saved.
    Application(const Profile &profile, const QString &profilePath, QObject *parent = nullptr);
    ~Application() override;

    const Profile &profile() const { return m_profile; }
    HealthMonitor *healthMonitor() const { return m_monitor; }

    const QString &profilePath() const { return m_profilePath; }

    // From the Settings page: applied now and saved to the profile file.
    void setPollInterval(std::chrono::milliseconds interval);
    void setProbeTimeout(std::chrono::milliseconds timeout);

private:
    void buildProbes();

    Profile m_profile;
    QString m_profilePath;
    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    HealthMonitor *m_monitor;
};

} // namespace Dsp
