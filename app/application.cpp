#include "application.h"

#include "stackservices.h"

#include "airbyte/airbyteclient.h"
#include "airbyte/connectoricons.h"
#include "airbyte/jobwatcher.h"
#include "alerts/alerter.h"

#include "core/httpclient.h"
#include "core/tlsfiles.h"
#include "health/healthmonitor.h"
#include "health/healthprobe.h"
#include "logs/logarchiver.h"
#include "logs/s3logstore.h"
#include "s3/s3client.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>

namespace Dsp {

namespace {
// libpq work only; a hung server holds a thread at most one probe timeout.
constexpr int PostgresThreads = 4;
} // namespace

Application::Application(const Profile &profile, const QString &profilePath, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_profilePath(profilePath)
    , m_postgresPool(std::make_unique<QThreadPool>())
    , m_network(new QNetworkAccessManager)
    , m_http(new HttpClient(m_network))
    , m_monitor(new HealthMonitor)
{
    m_postgresPool->setMaxThreadCount(PostgresThreads);
    m_monitor->setPollInterval(profile.pollInterval);
    for (const StackService &service :
         createStackServices(m_profile, m_http, m_postgresPool.get())) {
        m_uiUrls.insert(service.probe->key(), service.uiUrl);
        m_monitor->addProbe(service.probe);
    }
    if (m_profile.airbyte.apiUrl.isValid() && !m_profile.airbyte.apiUrl.host().isEmpty()) {
        m_airbyte = new AirbyteClient(m_http, airbyteClientConfig(m_profile));
        m_icons = new ConnectorIcons(
            m_http, QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                        QStringLiteral("/connector-icons"));
        m_jobs = new JobWatcher(m_airbyte);
        // The jobs requests follow the server's version as the health check reads it.
        connect(m_monitor, &HealthMonitor::serviceChanged, this, [this](const QString &key) {
            if (key != serviceKey(ServiceId::Airbyte) || !m_airbyte)
                return;
            const QString version = m_monitor->health(key).last.version;
            if (!version.isEmpty() && version != m_airbyte->serverVersion())
                m_airbyte->setServerVersion(version);
        });
    }
    if (m_profile.minio.endpoint.isValid() && !m_profile.minio.accessKey.isEmpty()) {
        S3Config s3;
        s3.endpoint = m_profile.minio.endpoint;
        s3.region = m_profile.minio.region;
        s3.credentials.accessKey = m_profile.minio.accessKey;
        s3.credentials.secretKey = m_profile.minio.secretKey;
        m_s3 = new S3Client(m_http, s3);
        if (!m_profile.minio.caFile.isEmpty()) {
            if (const auto certificates = loadCaCertificates(m_profile.minio.caFile))
                m_s3->setCaCertificates(certificates.value());
        }
        // The log bucket: airbyte-logs or airbyte-storage when the profile lists one, else the
        // store looks for airbyte-logs (the stack guide's) then airbyte-storage (Helm's).
        QString logBucket;
        for (const QString &bucket : std::as_const(m_profile.minio.buckets)) {
            if (bucket == QLatin1String("airbyte-logs") ||
                bucket == QLatin1String("airbyte-storage")) {
                logBucket = bucket;
                break;
            }
        }
        m_logStore = new Logs::S3LogStore(m_s3, logBucket);
        m_archiver = new Logs::LogArchiver(
            m_s3, logBucket.isEmpty() ? QStringLiteral("airbyte-logs") : logBucket);
    }
    m_alerter = new Alerter(m_monitor, m_jobs, m_airbyte, nullptr);
    m_alerter->setChoices(m_profile.alerts);
}

Application::~Application()
{
    // Explicit order, not the order of creation: the monitor and its probes first (their run
    // objects cancel libpq work, their requests abort), then the HTTP client and the network
    // manager, whose replies are gone by then, and last the worker pool, joined.
    delete std::exchange(m_alerter, nullptr);
    delete std::exchange(m_monitor, nullptr);
    delete std::exchange(m_jobs, nullptr);
    delete std::exchange(m_icons, nullptr);
    delete std::exchange(m_airbyte, nullptr);
    delete std::exchange(m_archiver, nullptr);
    delete std::exchange(m_logStore, nullptr);
    delete std::exchange(m_s3, nullptr);
    delete std::exchange(m_http, nullptr);
    delete std::exchange(m_network, nullptr);
    m_postgresPool.reset();
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

void Application::setAlerts(const AlertChoices &alerts)
{
    m_profile.alerts = alerts;
    m_alerter->setChoices(alerts);
    QSettings settings(m_profilePath, QSettings::IniFormat);
    Profile::saveAlerts(settings, alerts);
}

void Application::shutdown(std::function<void()> done)
{
    m_monitor->stop();
    if (m_jobs)
        m_jobs->stop();
    m_monitor->endSessions(std::move(done));
}

} // namespace Dsp
