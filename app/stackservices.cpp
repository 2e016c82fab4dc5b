#include "stackservices.h"

#include "airbyte/airbyteprobe.h"
#include "dremio/dremioprobe.h"
#include "postgres/postgresprobe.h"
#include "s3/minioprobe.h"
#include "settings/profile.h"
#include "temporal/temporalprobe.h"

namespace Dsp {

QList<StackService> createStackServices(const Profile &p, HttpClient *http,
                                        QThreadPool *postgresPool)
{
    QList<StackService> services;
    services.append({new AirbyteProbe(http, p.airbyte.apiUrl), p.airbyte.uiUrl});

    S3Config s3;
    s3.endpoint = p.minio.endpoint;
    s3.region = p.minio.region;
    s3.credentials.accessKey = p.minio.accessKey;
    s3.credentials.secretKey = p.minio.secretKey;
    services.append({new MinioProbe(http, s3, p.minio.buckets), p.minio.consoleUrl});

    PostgresTarget pg;
    pg.host = p.postgres.host;
    pg.port = p.postgres.port;
    pg.user = p.postgres.user;
    pg.password = p.postgres.password;
    pg.databases = p.postgres.databases;
    services.append({new PostgresProbe(pg, postgresPool), QUrl()});

    services.append(
        {new DremioProbe(http, p.dremio.url, p.dremio.user, p.dremio.password), p.dremio.uiUrl});
    services.append({new TemporalProbe(http, p.temporal.host, p.temporal.port), p.temporal.uiUrl});

    for (const StackService &service : std::as_const(services))
        service.probe->setTimeout(p.probeTimeout);
    return services;
}

} // namespace Dsp
