#include "stackservices.h"

#include "airbyte/airbyteauth.h"
#include "airbyte/airbyteprobe.h"
#include "core/tlsfiles.h"
#include "dremio/dremioprobe.h"
#include "postgres/postgresprobe.h"
#include "s3/minioprobe.h"
#include "settings/profile.h"
#include "temporal/temporalprobe.h"

namespace Dsp {

namespace {

AirbyteAuth airbyteAuth(const Profile::Airbyte &a)
{
    AirbyteAuth auth;
    switch (a.auth) {
    case Profile::Airbyte::Auth::None:
        break;
    case Profile::Airbyte::Auth::Basic:
        auth.mode = AirbyteAuth::Mode::Basic;
        auth.user = a.user;
        auth.password = a.password;
        break;
    case Profile::Airbyte::Auth::ClientCredentials:
        auth.mode = AirbyteAuth::Mode::ClientCredentials;
        auth.clientId = a.clientId;
        auth.clientSecret = a.clientSecret;
        break;
    }
    return auth;
}

// The profile's CA file for an HTTPS service: trusted besides the system's; a file that
// cannot be read makes every check say so.
void applyCaFile(HttpProbe *probe, const QString &caFile)
{
    if (caFile.isEmpty())
        return;
    const Result<QList<QSslCertificate>> certificates = loadCaCertificates(caFile);
    if (certificates)
        probe->setCaCertificates(certificates.value());
    else
        probe->setConfigurationError(certificates.error());
}

} // namespace

AirbyteClient::Config airbyteClientConfig(const Profile &p)
{
    AirbyteClient::Config config;
    config.apiUrl = p.airbyte.apiUrl;
    config.auth = airbyteAuth(p.airbyte);
    if (!p.airbyte.caFile.isEmpty()) {
        // An unreadable CA file: the health card says so; calls then fail on TLS.
        if (const auto certificates = loadCaCertificates(p.airbyte.caFile))
            config.caCertificates = certificates.value();
    }
    return config;
}

QList<StackService> createStackServices(const Profile &p, HttpClient *http,
                                        QThreadPool *postgresPool)
{
    QList<StackService> services;
    auto airbyte = new AirbyteProbe(http, p.airbyte.apiUrl, airbyteAuth(p.airbyte));
    applyCaFile(airbyte, p.airbyte.caFile);
    services.append({airbyte, p.airbyte.uiUrl});

    S3Config s3;
    s3.endpoint = p.minio.endpoint;
    s3.region = p.minio.region;
    s3.credentials.accessKey = p.minio.accessKey;
    s3.credentials.secretKey = p.minio.secretKey;
    auto minio = new MinioProbe(http, s3, p.minio.buckets);
    applyCaFile(minio, p.minio.caFile);
    services.append({minio, p.minio.consoleUrl});

    PostgresTarget pg;
    pg.host = p.postgres.host;
    pg.port = p.postgres.port;
    pg.user = p.postgres.user;
    pg.password = p.postgres.password;
    pg.databases = p.postgres.databases;
    pg.sslMode = p.postgres.sslMode;
    pg.sslRootCert = p.postgres.sslRootCert;
    services.append({new PostgresProbe(pg, postgresPool), QUrl()});

    auto dremio = new DremioProbe(http, p.dremio.url, p.dremio.user, p.dremio.password);
    applyCaFile(dremio, p.dremio.caFile);
    services.append({dremio, p.dremio.uiUrl});
    services.append({new TemporalProbe(http, p.temporal.host, p.temporal.port), p.temporal.uiUrl});

    for (const StackService &service : std::as_const(services))
        service.probe->setTimeout(p.probeTimeout);
    return services;
}

} // namespace Dsp
