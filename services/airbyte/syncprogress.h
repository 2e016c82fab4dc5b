#pragma once

#include "airbyte/jobs.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <chrono>
#include <optional>

namespace Dsp {

// Where a stream of a running sync is (Airbyte's stream run states; derived from the counters
// when the server gives no state).
enum class StreamRunState { Pending, Running, Complete, Incomplete, RateLimited, Unknown };
StreamRunState streamRunStateFromApi(const QString &name); // PENDING, RUNNING, ...
QString streamRunStateText(StreamRunState state);

struct StreamProgress
{
    StreamKey stream;
    JobType type = JobType::Sync; // refresh/sync per stream in a refresh job
    SyncStats stats;              // so far; estimates only from a job's attempt stats
    bool hasCounts = false;       // the server had stats for it yet
    StreamRunState state = StreamRunState::Unknown;
};

// The live progress of a connection's running job: connections/sync_progress in any of its
// shapes, or, from servers without it, what the job's own statistics say. jobId 0: nothing
// runs. Plain value; any thread.
struct SyncProgress
{
    enum class Source { SyncProgress, JobStats };

    QString connectionId;
    qint64 jobId = 0;
    JobType type = JobType::Sync;
    QDateTime syncStartedAt;
    SyncStats totals;
    QList<StreamProgress> streams;
    Source source = Source::SyncProgress;

    bool isRunning() const { return jobId != 0; }
    const StreamProgress *stream(const StreamKey &key) const;

    // The answer's bytes: null or empty (0.50.32-0.57 answer nothing), nullopt; an array of
    // ConnectionSyncProgressReadItem (0.58-0.60); a ConnectionSyncProgressRead (0.61+, where
    // configType may be missing). Anything else is an InvalidResponse.
    static Result<std::optional<SyncProgress>> fromApi(const QByteArray &body,
                                                       const QString &connectionId);
    // From a job (jobs/list or get_without_logs, hydrated): its totals and its last attempt's
    // streams with their estimates. A job that is over gives a progress with jobId 0.
    static SyncProgress fromJob(const Job &job);
    // Adds the estimates (and streams it lacks) from the job's last attempt, when it is the
    // same job: sync_progress carries none, jobs/list's attempts do.
    void mergeEstimates(const Job &job);
};

// Records and bytes per second from successive readings of growing counters: the rate over
// the readings of the last `window`. A reading whose counters went down (a new attempt)
// starts again. Plain value; any thread.
class ThroughputTracker
{
public:
    explicit ThroughputTracker(std::chrono::seconds window = std::chrono::seconds(60));

    void add(const QDateTime &at, qint64 records, qint64 bytes);
    void clear();
    int readingCount() const { return int(m_readings.size()); }
    // Unknown until two readings at different times.
    std::optional<double> recordsPerSecond() const;
    std::optional<double> bytesPerSecond() const;

private:
    struct Reading
    {
        QDateTime at;
        qint64 records = 0;
        qint64 bytes = 0;
    };
    std::optional<double> rate(qint64 Reading::*counter) const;

    std::chrono::seconds m_window;
    QList<Reading> m_readings;
};

// How far a count is towards its estimate and when it should be done. Without an estimate
// it is indeterminate (show the counts with a busy bar).
struct ProgressEstimate
{
    std::optional<double> fraction;                // 0..1
    std::optional<std::chrono::seconds> remaining; // needs a rate, or the time elapsed
    bool isIndeterminate() const { return !fraction.has_value(); }
};

// `done` of `estimated` at `perSecond`; without a rate, the remaining time is extrapolated
// from `elapsed` as Airbyte's 0.50 web app did (elapsed / fraction * (1 - fraction)).
ProgressEstimate estimateProgress(qint64 done, std::optional<qint64> estimated,
                                  std::optional<double> perSecond,
                                  std::optional<std::chrono::seconds> elapsed = std::nullopt);
// "About 3 min left", "Almost done", or an empty string when indeterminate.
QString remainingText(const ProgressEstimate &estimate);

// What a running sync has done, in one line: "3,555 records, 694 KiB so far · 111 records/s ·
// About 30 min left" (the rate and the time left when known).
QString progressText(const SyncStats &totals, std::optional<double> recordsPerSecond,
                     const ProgressEstimate &estimate);

// One point of the records-over-time chart of a running sync.
struct ProgressPoint
{
    QDateTime at;
    qint64 recordsEmitted = 0;
    qint64 recordsCommitted = 0;
};

// Follows one running job through its successive SyncProgress readings: throughput per
// stream and in total, estimates and ETA, and the history for the chart. A reading of
// another job starts again. GUI thread (plain value).
class SyncProgressTracker
{
public:
    void add(const SyncProgress &progress, const QDateTime &at);
    void clear();
    qint64 jobId() const { return m_jobId; }
    const SyncProgress &last() const { return m_last; }

    std::optional<double> recordsPerSecond() const { return m_total.recordsPerSecond(); }
    std::optional<double> bytesPerSecond() const { return m_total.bytesPerSecond(); }
    std::optional<double> recordsPerSecond(const StreamKey &stream) const;
    // Emitted records against the estimate, at the measured rate.
    ProgressEstimate estimate() const;
    ProgressEstimate estimate(const StreamKey &stream) const;
    QList<ProgressPoint> history() const { return m_history; }

private:
    std::optional<std::chrono::seconds> elapsed() const;

    qint64 m_jobId = 0;
    SyncProgress m_last;
    QDateTime m_lastAt;
    ThroughputTracker m_total;
    QHash<StreamKey, ThroughputTracker> m_streams;
    QList<ProgressPoint> m_history;
};

// progressText() of the tracker's last reading, rate and estimate.
QString progressText(const SyncProgressTracker &tracker);

} // namespace Dsp
