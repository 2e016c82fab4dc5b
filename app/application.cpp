#include "application.h"

#include "airbyte/airbyteprobe.h"
#include "core/httpclient.h"
#include "dremio/dremioprobe.h"
#include "health/healthmonitor.h"
#include "postgres/postgresprobe.h"
#include "s3/minioprobe.h"
#include "temporal/temporalprobe.h"

#include <QNetworkAccessManager>

namespace Dsp {

Application::Application(const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_network(new QNetworkAccessManager(this))
    , m_http(new HttpClient(m_network, this))
    , m_monitor(new HealthMonitor(this)) {
    m_monitor->setPollInterval(profile.pollInterval);
    buildProbes();
}

Application::~Application() = default;

void Application::buildProbes() {
    const Profile &p = m_profile;
    QList<HealthProbe *> probes;
    probes.append(new AirbyteProbe(m_http, p.airbyte.apiUrl));

    S3Config s3;
    s3.endpoint = p.minio.endpoint;
    s3.region = p.minio.region;
    s3.credentials.accessKey = p.minio.accessKey;
    s3.credentials.secretKey = p.minio.secretKey;
    probes.append(new MinioProbe(m_http, s3, p.minio.buckets));

    PostgresTarget pg;
    pg.host = p.postgres.host;
    pg.port = p.postgres.port;
    pg.user = p.postgres.user;
    pg.password = p.postgres.password;
    pg.databases = p.postgres.databases;
    probes.append(new PostgresProbe(pg));

    probes.append(new DremioProbe(m_http, p.dremio.url, p.dremio.user, p.dremio.password));
    probes.append(new TemporalProbe(m_http, p.temporal.host, p.temporal.port));

    for (HealthProbe *probe : probes) {
        probe->setTimeout(p.probeTimeout);
        m_monitor->addProbe(probe);
    }
}

void Application::setProbeTimeout(std::chrono::milliseconds timeout) {
    m_profile.probeTimeout = timeout;
    for (HealthProbe *probe : m_monitor->findChildren<HealthProbe *>(Qt::FindDirectChildrenOnly))
        probe->setTimeout(timeout);
}

} // namespace Dsp
