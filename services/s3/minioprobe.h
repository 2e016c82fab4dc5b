#pragma once

#include "health/httpprobe.h"
#include "s3types.h"

#include <QStringList>

namespace Dsp {

class S3Client;

// MinIO: unauthenticated /minio/health/live, then /minio/health/cluster (200: write quorum)
// and on 503 /minio/health/cluster/read (200: read-only, Degraded; 503: Down), then with
// credentials a signed ListObjectsV2 per required bucket, which proves the keys and tells which
// buckets are missing.
class MinioProbe : public HttpProbe
{
    Q_OBJECT
public:
    MinioProbe(HttpClient *http, const S3Config &config, const QStringList &buckets,
               QObject *parent = nullptr);

protected:
    void start() override;

private:
    void checkCluster();
    void checkReadQuorum();
    void checkBuckets(HealthState clusterState, ProbeCode clusterCode,
                      const QString &clusterReason);

    S3Config m_config;
    QStringList m_buckets;
};

} // namespace Dsp
