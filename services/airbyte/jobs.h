#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Dsp {

// A job's state (JobStatus). Unknown: a value this panel does not know (newer servers add
// some, "queued" after 2.0 reads as Pending).
enum class JobStatus { Pending, Running, Incomplete, Failed, Succeeded, Cancelled, Unknown };
// What a job does (JobConfigType). Airbyte records a reset and a clear alike as
// reset_connection; Clear is in the enum but OSS never creates it. Other: check, discover,
// spec, or a value this panel does not know.
enum class JobType { Sync, ResetConnection, Refresh, Clear, Other };
enum class AttemptStatus { Running, Failed, Succeeded, Unknown };
enum class FailureOrigin {
    Source,
    Destination,
    Replication,
    Persistence,
    Platform,
    Normalization,
    Dbt,
    Unknown
};
enum class FailureType {
    ConfigError,
    SystemError,
    ManualCancellation,
    RefreshSchema,
    HeartbeatTimeout,
    DestinationTimeout,
    TransientError,
    Unknown
};

JobStatus jobStatusFromApi(const QString &name);
QString jobStatusApiName(JobStatus status); // empty for Unknown
JobType jobTypeFromApi(const QString &name);
QString jobTypeApiName(JobType type); // empty for Other
AttemptStatus attemptStatusFromApi(const QString &name);
FailureOrigin failureOriginFromApi(const QString &name);
FailureType failureTypeFromApi(const QString &name);
// Succeeded, failed or cancelled: nothing more will happen to the job.
bool isTerminal(JobStatus status);
// "Succeeded", "Clear"...: the words the UI shows (translated, context Dsp::Airbyte).
QString jobStatusText(JobStatus status);
QString jobTypeText(JobType type);

// A stream by name and namespace (StreamDescriptor, or streamName/streamNamespace).
struct StreamKey
{
    QString name;
    QString nameSpace; // empty: none
    friend bool operator==(const StreamKey &, const StreamKey &) = default;
    // "public.orders", or "orders" without a namespace.
    QString displayName() const;
};
size_t qHash(const StreamKey &key, size_t seed = 0);

// Counters of an attempt, a stream or a whole job (AttemptStats, JobAggregatedStats,
// StreamStats). A counter the answer lacks is 0; estimates are there only when the source
// emits them.
struct SyncStats
{
    qint64 recordsEmitted = 0;
    qint64 bytesEmitted = 0;
    qint64 recordsCommitted = 0;
    qint64 bytesCommitted = 0;
    qint64 recordsRejected = 0;
    std::optional<qint64> estimatedRecords;
    std::optional<qint64> estimatedBytes;

    static SyncStats fromApi(const QJsonObject &stats);
    SyncStats &operator+=(const SyncStats &other);
    friend bool operator==(const SyncStats &, const SyncStats &) = default;
};

struct StreamStats
{
    StreamKey stream;
    SyncStats stats;
    std::optional<bool> wasBackfilled;
    std::optional<bool> wasResumed;
};

// One reason an attempt failed (FailureReason).
struct FailureReason
{
    FailureOrigin origin = FailureOrigin::Unknown;
    FailureType type = FailureType::Unknown;
    QString externalMessage; // for the user
    QString internalMessage; // for the log
    std::optional<bool> retryable;
    QDateTime timestamp; // the API gives epoch milliseconds
    std::optional<StreamKey> stream;

    static FailureReason fromApi(const QJsonObject &reason);
};

struct FailureSummary
{
    QList<FailureReason> failures;
    std::optional<bool> partialSuccess; // some records were committed before it failed

    static FailureSummary fromApi(const QJsonObject &summary);
};

// One try of a job (AttemptRead). `number` is Airbyte's 0-based attempt id.
struct Attempt
{
    int number = 0;
    AttemptStatus status = AttemptStatus::Unknown;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime endedAt; // invalid while it runs
    SyncStats totals;
    bool hasTotals = false; // totalStats was there (null on jobs/get while it runs)
    QList<StreamStats> streams;
    std::optional<FailureSummary> failureSummary;

    static Attempt fromApi(const QJsonObject &attempt);
};

// A job with its attempts (JobRead with AttemptRead or AttemptInfoRead).
struct Job
{
    qint64 id = 0;
    QString connectionId; // configId
    JobType type = JobType::Other;
    QString typeName; // the server's word, kept for an unknown type
    JobStatus status = JobStatus::Unknown;
    QString statusName;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime startedAt; // when the server gives it
    // aggregatedStats when there, else the attempts' totals summed.
    SyncStats totals;
    bool hasTotals = false;
    QList<StreamStats> streams; // streamAggregatedStats, else the last attempt's streams
    QList<StreamKey> enabledStreams;
    QList<StreamKey> resetStreams;   // resetConfig.streamsToReset
    QList<StreamKey> refreshStreams; // refreshConfig.streamsToRefresh
    QList<Attempt> attempts;

    // From a JobRead and its attempts: AttemptRead objects, or AttemptInfoRead ({attempt}).
    static Job fromApi(const QJsonObject &job, const QJsonArray &attempts);
    // A JobInfoRead or JobWithAttemptsRead ({job, attempts}).
    static Job fromJobInfo(const QJsonObject &info);

    bool isRunning() const { return !isTerminal(status) && status != JobStatus::Unknown; }
    // From its start (startedAt, else the first attempt's, else createdAt) to its end (the
    // last attempt's endedAt, else updatedAt), or to `now` while it runs.
    std::chrono::seconds duration(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    const Attempt *lastAttempt() const;
    // The first failure of the last attempt that has one (what Airbyte's web app shows).
    std::optional<FailureReason> failure() const;
    // The Airbyte web app's page of this job and its last attempt: the connection's timeline
    // (1.x: .../connections/<id>/timeline?openLogs=true&jobId=<id>&attemptNumber=<n>), or its
    // job history before it (0.5x: .../connections/<id>/job-history#<id>::<n>).
    enum class WebApp { Timeline, JobHistory };
    QUrl webUrl(const QUrl &webApp, const QString &workspaceId,
                WebApp form = WebApp::Timeline) const;
};

// One page of jobs/list or jobs/list_for_workspaces (JobReadList), newest first.
struct JobPage
{
    QList<Job> jobs;
    // jobs/list: the filtered count. list_for_workspaces answers the page's length instead
    // (API-NOTES §7.5): then totalIsKnown is false and hasMore guesses from a full page.
    qint64 totalCount = 0;
    bool totalIsKnown = true;
    bool hasMore = false;
    int skipped = 0; // entries that were not a job (logged)
};

// What listJobs asks for. Empty lists mean "any"; a reset/clear filter should name both
// ResetConnection and Clear (jobTypesForFilter does).
struct JobQuery
{
    QStringList connectionIds; // empty: every connection (of workspaceId when set)
    QString workspaceId;
    QList<JobType> types; // empty: sync, reset_connection, clear, refresh
    QList<JobStatus> statuses;
    QDateTime createdFrom; // invalid: open-ended
    QDateTime createdTo;
    int pageSize = 50;
    int rowOffset = 0;
};

// The types a "type" filter of the UI means: a reset or a clear is either JobType.
QList<JobType> jobTypesForFilter(JobType shown);

// Parsers. A body that is not the expected object, or lacks its main member, is an
// InvalidResponse with the member's path in detail; a malformed entry is skipped; a missing
// or mistyped field gets its default; an unknown enum value reads as Unknown/Other.
Result<JobPage> parseJobList(const QJsonObject &answer, int pageSize, bool totalIsPageSize);
Result<Job> parseJobInfo(const QJsonObject &answer); // JobInfoRead, JobInfoLightRead

// The failure in words for the UI: where it happened, what kind, Airbyte's message.
// "The source failed (a configuration problem): Invalid password."
QString explainFailure(const FailureReason &failure);
// The job's failure explained, or an empty string when it has none.
QString explainJobFailure(const Job &job);

} // namespace Dsp
