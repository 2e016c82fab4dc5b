#pragma once

#include "settings/profile.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QThreadPool;
QT_END_NAMESPACE

namespace Dsp {

class AirbyteClient;
class Alerter;
class HealthMonitor;
class ConnectorIcons;
class HttpClient;
class JobWatcher;
class S3Client;

namespace Logs {
class LogArchiver;
class LogStore;
} // namespace Logs

// Builds the services for one profile and owns them: the network manager, the HTTP client,
// the PostgreSQL worker pool, every probe and the health monitor. The only place that knows
// every concrete class. Safe to destroy at any moment, a round in flight included: users of
// the network go first, the network manager next, and the worker pool is joined last.
class Application : public QObject
{
    Q_OBJECT
public:
    // `profilePath`: the INI file the profile came from, where setting changes are saved.
    Application(const Profile &profile, const QString &profilePath, QObject *parent = nullptr);
    ~Application() override;

    const Profile &profile() const { return m_profile; }
    HealthMonitor *healthMonitor() const { return m_monitor; }
    // Airbyte's Config API for this environment; null when it names no Airbyte.
    AirbyteClient *airbyte() const { return m_airbyte; }
    // The syncs of Airbyte's workspace, watched while the environment is open (started with
    // the health monitor); null without Airbyte.
    JobWatcher *jobWatcher() const { return m_jobs; }
    // Notifications as the profile chooses them (the notifier is the window's to set).
    Alerter *alerter() const { return m_alerter; }
    // Connector icons that Airbyte gives by URL, cached on disk; null without Airbyte.
    ConnectorIcons *connectorIcons() const { return m_icons; }
    const QString &profilePath() const { return m_profilePath; }
    // Job logs in the environment's bucket (Airbyte's own objects and the stack guide's
    // archive), and the archiver that fills the latter; null when MinIO has no credentials.
    Logs::LogStore *logStore() const { return m_logStore; }
    Logs::LogArchiver *logArchiver() const { return m_archiver; }
    // The web UI of a service (by its key in the monitor), or an empty URL.
    QUrl uiUrl(const QString &service) const { return m_uiUrls.value(service); }

    // From the Settings page: applied now and saved to the profile file.
    void setPollInterval(std::chrono::milliseconds interval);
    void setProbeTimeout(std::chrono::milliseconds timeout);
    void setAlerts(const AlertChoices &alerts);

    // Before quitting or replacing the services: stops polling and ends server sessions
    // (Dremio logout, after a login still in flight), then calls `done` once, on this
    // thread, within the probe timeout plus a second whatever the servers do.
    void shutdown(std::function<void()> done);

private:
    Profile m_profile;
    QString m_profilePath;
    std::unique_ptr<QThreadPool> m_postgresPool;
    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    HealthMonitor *m_monitor;
    AirbyteClient *m_airbyte = nullptr;
    JobWatcher *m_jobs = nullptr;
    Alerter *m_alerter = nullptr;
    ConnectorIcons *m_icons = nullptr;
    S3Client *m_s3 = nullptr;
    Logs::LogStore *m_logStore = nullptr;
    Logs::LogArchiver *m_archiver = nullptr;
    QHash<QString, QUrl> m_uiUrls;
};

} // namespace Dsp
