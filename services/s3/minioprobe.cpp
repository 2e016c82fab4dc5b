#include "minioprobe.h"

#include "core/httpclient.h"
#include "health/healthtr.h"
#include "s3client.h"

#include <memory>

namespace Dsp {

namespace {
const QString LivePath = QStringLiteral("/minio/health/live");
const QString ClusterPath = QStringLiteral("/minio/health/cluster");
const QString ClusterReadPath = QStringLiteral("/minio/health/cluster/read");
} // namespace

MinioProbe::MinioProbe(HttpClient *http, const S3Config &config, const QStringList &buckets,
                       QObject *parent)
    : HttpProbe(ServiceId::Minio, http, config.endpoint, parent)
    , m_config(config)
    , m_buckets(buckets)
{
    addSecret(config.credentials.secretKey);
}

void MinioProbe::start()
{
    http()->send(request(endpoint(LivePath)), runContext(), [this](const Result<HttpResponse> &r) {
        if (!r) {
            fail(r.error());
            return;
        }
        if (!r.value().isSuccess()) {
            failWithStatus(r.value(), LivePath);
            return;
        }
        checkCluster();
    });
}

void MinioProbe::checkCluster()
{
    http()->send(request(endpoint(ClusterPath)), runContext(),
                 [this](const Result<HttpResponse> &r) {
                     if (!r) {
                         fail(r.error());
                         return;
                     }
                     const HttpResponse &resp = r.value();
                     if (resp.status == 503) {
                         checkReadQuorum();
                         return;
                     }
                     if (!resp.isSuccess()) {
                         failWithStatus(resp, ClusterPath);
                         return;
                     }
                     checkBuckets(HealthState::Up, ProbeCode::Ok, {});
                 });
}

void MinioProbe::checkReadQuorum()
{
    // No write quorum: the cluster may still serve reads (read-only), or nothing at all.
    http()->send(
        request(endpoint(ClusterReadPath)), runContext(), [this](const Result<HttpResponse> &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            const HttpResponse &resp = r.value();
            if (resp.status == 503) {
                finish(HealthState::Down, ProbeCode::Unavailable,
                       HealthTr::tr("HTTP 503 from %1 and %2: no read or write quorum")
                           .arg(ClusterPath, ClusterReadPath));
                return;
            }
            if (!resp.isSuccess()) {
                failWithStatus(resp, ClusterReadPath);
                return;
            }
            checkBuckets(
                HealthState::Degraded, ProbeCode::DegradedReadOnly,
                HealthTr::tr("read-only: HTTP 503 from %1, no write quorum").arg(ClusterPath));
        });
}

void MinioProbe::checkBuckets(HealthState clusterState, ProbeCode clusterCode,
                              const QString &clusterReason)
{
    if (m_config.credentials.accessKey.isEmpty() || m_config.credentials.secretKey.isEmpty()) {
        finish(clusterState, clusterCode, clusterReason,
               HealthTr::tr("no credentials: keys and buckets not checked"));
        return;
    }
    if (m_buckets.isEmpty()) {
        finish(clusterState, clusterCode, clusterReason);
        return;
    }
    struct Round
    {
        int pending = 0;
        QStringList missing;
        QStringList found;
        std::optional<Error> refused;
    };
    auto round = std::make_shared<Round>();
    round->pending = int(m_buckets.size());
    auto client = new S3Client(http(), m_config, runContext());
    client->setTimeout(remaining());
    client->setCaCertificates(caCertificates());
    for (const QString &bucket : std::as_const(m_buckets)) {
        S3ListOptions options;
        options.maxKeys = 0;
        client->listObjects(
            bucket, options, runContext(), [=, this](const Result<S3ObjectList> &r) {
                if (r)
                    round->found.append(bucket);
                else if (r.error().kind == ErrorKind::NotFound)
                    round->missing.append(bucket);
                else if (!round->refused)
                    round->refused = r.error();
                if (--round->pending > 0)
                    return;
                if (round->refused) {
                    const Error &e = *round->refused;
                    const bool transport = e.httpStatus == 0;
                    fail(e, transport ? HealthState::Down : HealthState::Degraded);
                    return;
                }
                QStringList reasons;
                if (!clusterReason.isEmpty())
                    reasons.append(clusterReason);
                if (!round->missing.isEmpty()) {
                    round->missing.sort();
                    reasons.append(HealthTr::tr("missing bucket(s): %1")
                                       .arg(round->missing.join(QStringLiteral(", "))));
                }
                round->found.sort();
                const QString details =
                    HealthTr::tr("keys accepted; buckets: %1")
                        .arg(round->found.isEmpty() ? HealthTr::tr("none")
                                                    : round->found.join(QStringLiteral(", ")));
                const bool missing = !round->missing.isEmpty();
                // A read-only cluster says more than a missing bucket: it keeps its code.
                const ProbeCode code = missing && clusterState == HealthState::Up
                                           ? ProbeCode::DegradedMissing
                                           : clusterCode;
                finish(missing ? HealthState::Degraded : clusterState, code,
                       reasons.join(QStringLiteral("; ")), details);
            });
    }
}

} // namespace Dsp
