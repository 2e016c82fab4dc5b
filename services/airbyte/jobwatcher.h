#pragma once

#include "airbyte/airbyteclient.h"
#include "airbyte/jobs.h"
#include "airbyte/syncprogress.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace Dsp {

// Watches the syncs of one workspace as the panel's pages and alerts need them:
// - a slow poll of the jobs list (pending, running and incomplete jobs only) notices a job
//   that starts anywhere: the panel, Airbyte's schedule, Airflow, Airbyte's web app;
// - while something runs, each running connection's progress every 10 s (Airbyte saves its
//   statistics that often), with throughput and ETA (SyncProgressTracker);
// - a job that leaves the running list is read once more, and reported finished with its
//   final status and failure.
// Nothing but the slow list poll happens while nothing runs. One request of each kind at a
// time; a poll that fails is said (pollFailed) and tried again at the next tick. GUI thread;
// the client may be destroyed first.
class JobWatcher : public QObject
{
    Q_OBJECT
public:
    struct Intervals
    {
        std::chrono::milliseconds list{std::chrono::seconds(60)};
        std::chrono::milliseconds progress{std::chrono::seconds(10)};
    };

    explicit JobWatcher(AirbyteClient *client, QObject *parent = nullptr);
    ~JobWatcher() override;

    // The workspace to watch; empty: the instance's only one (resolved at start()).
    void setWorkspace(const QString &workspaceId);
    QString workspaceId() const { return m_workspaceId; }
    void setIntervals(const Intervals &intervals);
    Intervals intervals() const { return m_intervals; }
    // Where the time of a progress reading comes from (tests: the fake's clock).
    void setClock(std::function<QDateTime()> clock);

    void start();
    void stop();
    bool isWatching() const { return m_watching; }
    // A list poll now (the panel started a sync, or the user asked to refresh).
    void checkNow();
    // A job the panel itself started: watched at once, without waiting for the list.
    void watch(const Job &job);

    // The jobs running now, newest first.
    QList<Job> runningJobs() const;
    // The connection's running job, or null.
    const Job *runningJob(const QString &connectionId) const;
    // Its progress so far, or null when nothing runs on it.
    const SyncProgressTracker *progress(const QString &connectionId) const;
    // Syncs that failed in the last 24 hours (the dashboard's line), counted at start, after
    // each failure and every hour; nullopt until known. `failedMore`: at least that many.
    std::optional<int> failedLastDay() const { return m_failedLastDay; }
    bool failedMore() const { return m_failedMore; }
    // Requests sent since start (tests: none while nothing runs but the list polls).
    int progressRequestCount() const { return m_progressRequests; }
    int listRequestCount() const { return m_listRequests; }

signals:
    // First seen running (or pending) while watched, at the first poll too.
    void jobStarted(const Dsp::Job &job);
    // A running job's status, attempts or counters changed.
    void jobChanged(const Dsp::Job &job);
    // A new progress reading of the connection's running job.
    void progressChanged(const QString &connectionId);
    // A watched job is over (succeeded, failed, cancelled), as the server says it ended.
    void jobFinished(const Dsp::Job &job);
    // The set of running jobs changed (started, finished).
    void runningChanged();
    // failedLastDay() changed.
    void failuresCounted();
    // A poll failed (the message is Airbyte's or the network's, plain text); polling goes on.
    void pollFailed(const QString &message);
    // The workspace was resolved at start() (the instance's only one).
    void workspaceResolved(const QString &workspaceId);
    // The workspace could not be chosen (several and none set, or Airbyte unreachable).
    void workspaceUnresolved(const QString &message);

private:
    struct Watched
    {
        Job job;
        SyncProgressTracker tracker;
        bool finishing = false; // its final read is on the way
    };

    void pollList();
    void pollProgress();
    void onList(const JobPage &page);
    void finish(qint64 jobId);
    void update(const Job &job);
    void scheduleProgress();
    void countFailures();
    Watched *byJob(qint64 jobId);
    QDateTime now() const;

    QPointer<AirbyteClient> m_client;
    QString m_workspaceId;
    Intervals m_intervals;
    std::function<QDateTime()> m_clock;
    bool m_watching = false;
    bool m_relist = false;    // a job waits for the one before it on its connection to be read
    quint64 m_generation = 0; // of start/stop: answers from before are dropped
    QTimer m_listTimer;
    QTimer m_progressTimer;
    QTimer m_failureTimer;
    AirbyteCall m_failureCall;
    std::optional<int> m_failedLastDay;
    bool m_failedMore = false;
    AirbyteCall m_listCall;
    QHash<QString, AirbyteCall> m_progressCalls; // by connection
    QHash<QString, Watched> m_running;           // by connection
    int m_progressRequests = 0;
    int m_listRequests = 0;
};

} // namespace Dsp
