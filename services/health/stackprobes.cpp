#include "stackprobes.h"

#include "airbyte/airbyteprobe.h"
#include "dremio/dremioprobe.h"
#include "postgres/postgresprobe.h"
#include "s3/minioprobe.h"
#include "settings/profile.h"
#include "temporal/temporalprobe.h"

namespace Dsp {

QList<HealthProbe *> createStackProbes(const Profile &p, HttpClient *http)
{
    QList<HealthProbe *> probes;
    probes.append(new AirbyteProbe(http, p.airbyte.apiUrl));

    S3Config s3;
    s3.endpoint = p.minio.endpoint;
    s3.region = p.minio.region;
    s3.credentials.accessKey = p.minio.accessKey;
    s3.credentials.secretKey = p.minio.secretKey;
    probes.append(new MinioProbe(http, s3, p.minio.buckets));

    PostgresTarget pg;
    pg.host = p.postgres.host;
    pg.port = p.postgres.port;
    pg.user = p.postgres.user;
    pg.password = p.postgres.password;
    pg.databases = p.postgres.databases;
    probes.append(new PostgresProbe(pg));

    probes.append(new DremioProbe(http, p.dremio.url, p.dremio.user, p.dremio.password));
    probes.append(new TemporalProbe(http, p.temporal.host, p.temporal.port));

    for (HealthProbe *probe : probes)
        probe->setTimeout(p.probeTimeout);
    return probes;
}

} // namespace Dsp
