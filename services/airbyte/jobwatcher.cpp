#include "jobwatcher.h"

#include "airbyte/airbytetr.h"

#include <algorithm>

namespace Dsp {

namespace {

// A page this long holds every job running at once in any workspace the panel serves.
constexpr int RunningPageSize = 200;
// The dashboard says "99+" beyond a page of failures.
constexpr int FailurePageSize = 100;

bool newerFirst(const Job &a, const Job &b)
{
    return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
}

} // namespace

JobWatcher::JobWatcher(AirbyteClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_listTimer.setSingleShot(true);
    m_progressTimer.setSingleShot(true);
    connect(&m_listTimer, &QTimer::timeout, this, &JobWatcher::pollList);
    connect(&m_progressTimer, &QTimer::timeout, this, &JobWatcher::pollProgress);
    // Failures age out of the last 24 hours: counted again every hour.
    m_failureTimer.setInterval(std::chrono::hours(1));
    connect(&m_failureTimer, &QTimer::timeout, this, &JobWatcher::countFailures);
}

JobWatcher::~JobWatcher()
{
    stop();
}

void JobWatcher::setWorkspace(const QString &workspaceId)
{
    if (workspaceId == m_workspaceId)
        return;
    const bool watching = m_watching;
    stop();
    m_workspaceId = workspaceId;
    if (watching)
        start();
}

void JobWatcher::setIntervals(const Intervals &intervals)
{
    m_intervals = intervals;
}

void JobWatcher::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime JobWatcher::now() const
{
    return m_clock();
}

void JobWatcher::start()
{
    if (m_watching || !m_client)
        return;
    m_watching = true;
    const quint64 generation = ++m_generation;
    if (!m_workspaceId.isEmpty()) {
        pollList();
        countFailures();
        return;
    }
    m_client->resolveWorkspace(
        {}, this, [this, generation](const Result<AirbyteClient::WorkspaceChoice> &r) {
            if (generation != m_generation)
                return;
            if (!r || r.value().id.isEmpty()) {
                m_watching = false;
                emit workspaceUnresolved(
                    r ? AirbyteTr::tr("This Airbyte has several workspaces: choose one.")
                      : r.error().message);
                return;
            }
            m_workspaceId = r.value().id;
            emit workspaceResolved(m_workspaceId);
            pollList();
            countFailures();
        });
}

void JobWatcher::stop()
{
    ++m_generation;
    m_watching = false;
    m_listTimer.stop();
    m_progressTimer.stop();
    m_failureTimer.stop();
    m_listCall.cancel();
    m_failureCall.cancel();
    for (AirbyteCall &call : m_progressCalls)
        call.cancel();
    m_progressCalls.clear();
    const bool hadRunning = !m_running.isEmpty();
    m_running.clear();
    if (hadRunning)
        emit runningChanged();
}

void JobWatcher::checkNow()
{
    if (m_watching && !m_workspaceId.isEmpty())
        pollList();
}

void JobWatcher::watch(const Job &job)
{
    if (!m_watching || job.connectionId.isEmpty() || !job.isRunning())
        return;
    if (m_running.contains(job.connectionId)) {
        update(job);
        return;
    }
    m_running[job.connectionId].job = job;
    emit jobStarted(job);
    emit runningChanged();
    scheduleProgress();
}

QList<Job> JobWatcher::runningJobs() const
{
    QList<Job> jobs;
    for (const Watched &w : m_running)
        jobs.append(w.job);
    std::sort(jobs.begin(), jobs.end(), newerFirst);
    return jobs;
}

const Job *JobWatcher::runningJob(const QString &connectionId) const
{
    const auto it = m_running.constFind(connectionId);
    return it == m_running.cend() ? nullptr : &it->job;
}

const SyncProgressTracker *JobWatcher::progress(const QString &connectionId) const
{
    const auto it = m_running.constFind(connectionId);
    return it == m_running.cend() ? nullptr : &it->tracker;
}

JobWatcher::Watched *JobWatcher::byJob(qint64 jobId)
{
    for (Watched &w : m_running) {
        if (w.job.id == jobId)
            return &w;
    }
    return nullptr;
}

void JobWatcher::pollList()
{
    m_listTimer.stop();
    if (!m_watching || !m_client || m_listCall.isRunning())
        return;
    JobQuery query;
    query.workspaceId = m_workspaceId;
    query.statuses = {JobStatus::Pending, JobStatus::Running, JobStatus::Incomplete};
    query.pageSize = RunningPageSize;
    const quint64 generation = m_generation;
    ++m_listRequests;
    m_listCall = m_client->listJobs(query, this, [this, generation](const Result<JobPage> &r) {
        if (generation != m_generation)
            return;
        m_listTimer.start(m_intervals.list);
        if (!r) {
            emit pollFailed(r.error().message);
            return;
        }
        onList(r.value());
    });
}

void JobWatcher::onList(const JobPage &page)
{
    QHash<qint64, const Job *> listed;
    bool changed = false;
    for (const Job &job : page.jobs) {
        if (job.connectionId.isEmpty() || !job.isRunning())
            continue;
        listed.insert(job.id, &job);
        auto it = m_running.find(job.connectionId);
        if (it != m_running.end() && it->job.id != job.id) {
            // A new job on the connection: the one watched is over. The new one is taken at
            // the list poll that follows its final read.
            finish(it->job.id);
            m_relist = true;
            continue;
        }
        if (it == m_running.end()) {
            m_running[job.connectionId].job = job;
            emit jobStarted(job);
            changed = true;
        } else {
            update(job);
        }
    }
    // Those no longer listed are over: read them once more for how they ended.
    QList<qint64> gone;
    for (const Watched &w : std::as_const(m_running)) {
        if (!listed.contains(w.job.id))
            gone.append(w.job.id);
    }
    for (qint64 id : std::as_const(gone))
        finish(id);
    if (changed)
        emit runningChanged();
    scheduleProgress();
}

void JobWatcher::update(const Job &job)
{
    auto it = m_running.find(job.connectionId);
    if (it == m_running.end() || it->job.id != job.id)
        return;
    const bool same = it->job.status == job.status &&
                      it->job.attempts.size() == job.attempts.size() &&
                      it->job.totals == job.totals && it->job.updatedAt == job.updatedAt;
    it->job = job;
    if (!same)
        emit jobChanged(job);
}

void JobWatcher::finish(qint64 jobId)
{
    Watched *w = byJob(jobId);
    if (!w || w->finishing || !m_client)
        return;
    w->finishing = true;
    const quint64 generation = m_generation;
    const QString connectionId = w->job.connectionId;
    m_client->getJob(jobId, this, [this, generation, jobId, connectionId](const Result<Job> &r) {
        if (generation != m_generation)
            return;
        auto it = m_running.find(connectionId);
        if (it == m_running.end() || it->job.id != jobId)
            return;
        if (!r) {
            // Read again at the next list poll.
            it->finishing = false;
            emit pollFailed(r.error().message);
            return;
        }
        if (r.value().isRunning()) { // listed late: it goes on
            it->finishing = false;
            update(r.value());
            return;
        }
        const Job job = r.value();
        if (AirbyteCall call = m_progressCalls.take(connectionId); call.isRunning())
            call.cancel();
        m_running.erase(it);
        emit jobFinished(job);
        emit runningChanged();
        if (job.status == JobStatus::Failed)
            countFailures();
        scheduleProgress();
        if (std::exchange(m_relist, false))
            checkNow();
    });
}

void JobWatcher::countFailures()
{
    if (!m_watching || !m_client || m_workspaceId.isEmpty())
        return;
    m_failureCall.cancel();
    m_failureTimer.start();
    JobQuery query;
    query.workspaceId = m_workspaceId;
    query.types = {JobType::Sync, JobType::Refresh};
    query.statuses = {JobStatus::Failed};
    query.createdFrom = now().addDays(-1);
    query.pageSize = FailurePageSize;
    const quint64 generation = m_generation;
    m_failureCall = m_client->listJobs(query, this, [this, generation](const Result<JobPage> &r) {
        if (generation != m_generation || !r)
            return; // the count stays as it was; the next one may work
        m_failedLastDay = int(r.value().jobs.size());
        m_failedMore = r.value().hasMore;
        emit failuresCounted();
    });
}

void JobWatcher::scheduleProgress()
{
    if (!m_watching || m_running.isEmpty()) {
        m_progressTimer.stop();
        return;
    }
    if (!m_progressTimer.isActive())
        m_progressTimer.start(m_intervals.progress);
}

void JobWatcher::pollProgress()
{
    if (!m_watching || !m_client)
        return;
    const quint64 generation = m_generation;
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        const QString connectionId = it.key();
        if (it->finishing || m_progressCalls.value(connectionId).isRunning())
            continue;
        ++m_progressRequests;
        m_progressCalls[connectionId] = m_client->syncProgress(
            connectionId, this, [this, generation, connectionId](const Result<SyncProgress> &r) {
                if (generation != m_generation)
                    return;
                m_progressCalls.remove(connectionId);
                auto w = m_running.find(connectionId);
                if (w == m_running.end())
                    return;
                if (!r) {
                    emit pollFailed(r.error().message);
                    return;
                }
                SyncProgress p = r.value();
                if (p.jobId != w->job.id) {
                    // Nothing runs any more, or another job does: the list tells which once
                    // this one is read.
                    m_relist = m_relist || p.jobId != 0;
                    finish(w->job.id);
                    return;
                }
                p.mergeEstimates(w->job);
                w->tracker.add(p, now());
                emit progressChanged(connectionId);
            });
    }
    scheduleProgress();
}

} // namespace Dsp
