#include "alerter.h"

#include "airbyte/airbyteclient.h"
#include "airbyte/jobwatcher.h"
#include "health/healthmonitor.h"

#include <QCoreApplication>

namespace Dsp {

namespace {

struct AlertsTr
{
    Q_DECLARE_TR_FUNCTIONS(Dsp::Alerts)
};

bool isVerdict(HealthState state)
{
    return state == HealthState::Up || state == HealthState::Degraded || state == HealthState::Down;
}

} // namespace

Alerter::Alerter(HealthMonitor *monitor, JobWatcher *watcher, AirbyteClient *client,
                 Notifier *notifier, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_watcher(watcher)
    , m_client(client)
    , m_notifier(notifier)
{
    if (monitor)
        connect(monitor, &HealthMonitor::serviceChanged, this, &Alerter::onService);
    if (watcher) {
        connect(watcher, &JobWatcher::jobFinished, this, &Alerter::onJobFinished);
        connect(watcher, &JobWatcher::runningChanged, this, [this] { updateMood(); });
    }
}

void Alerter::updateMood()
{
    if (const StackMood now = mood(); now != std::exchange(m_lastMood, now))
        emit moodChanged();
}

void Alerter::send(const Notification &notification)
{
    if (m_notifier)
        m_notifier->notify(notification);
}

void Alerter::onService(const QString &service)
{
    if (!m_monitor)
        return;
    const ServiceHealth health = m_monitor->health(service);
    if (isVerdict(health.state)) {
        const auto before = m_states.constFind(service);
        const bool known = before != m_states.cend();
        const HealthState was = known ? *before : health.state;
        m_states.insert(service, health.state);
        // The first verdict is how things are, not a change; degraded is not down.
        if (known && m_choices.serviceChanges) {
            if (health.state == HealthState::Down && was != HealthState::Down) {
                send({Notification::Kind::ServiceDown,
                      AlertsTr::tr("%1 is down").arg(health.displayName),
                      sanitizedServerText(health.last.reason), 0, QString(), service});
            } else if (was == HealthState::Down && health.state != HealthState::Down) {
                send({Notification::Kind::ServiceUp,
                      AlertsTr::tr("%1 is back").arg(health.displayName),
                      sanitizedServerText(health.last.reason), 0, QString(), service});
            }
        }
    }
    updateMood();
}

void Alerter::onJobFinished(const Job &job)
{
    if (job.type == JobType::Sync || job.type == JobType::Refresh) {
        if (job.status == JobStatus::Failed)
            m_failing.insert(job.connectionId);
        else if (job.status == JobStatus::Succeeded)
            m_failing.remove(job.connectionId);
    }
    updateMood();
    const bool wanted = (job.status == JobStatus::Failed && m_choices.syncFailed) ||
                        (job.status == JobStatus::Succeeded && m_choices.syncSucceeded);
    if (!wanted)
        return;
    if (const auto it = m_names.constFind(job.connectionId); it != m_names.cend()) {
        notifyJob(job, *it);
        return;
    }
    if (!m_client || !m_watcher) {
        notifyJob(job, QString());
        return;
    }
    // The connection's name, read once for the workspace's connections.
    m_client->listConnectionItems(m_watcher->workspaceId(), this,
                                  [this, job](const Result<QList<ConnectionListItem>> &r) {
                                      if (r) {
                                          for (const ConnectionListItem &c : r.value())
                                              m_names.insert(c.id, c.name);
                                      }
                                      notifyJob(job, m_names.value(job.connectionId));
                                  });
}

void Alerter::notifyJob(const Job &job, const QString &name)
{
    const QString shown = name.isEmpty() ? job.connectionId : name;
    Notification n;
    n.jobId = job.id;
    n.connectionId = job.connectionId;
    if (job.status == JobStatus::Failed) {
        n.kind = Notification::Kind::SyncFailed;
        n.title = job.type == JobType::Sync
                      ? AlertsTr::tr("Sync failed: %1").arg(shown)
                      : AlertsTr::tr("%1 failed: %2").arg(jobTypeText(job.type), shown);
        const QString why = explainJobFailure(job);
        n.message =
            sanitizedServerText(why.isEmpty() ? AlertsTr::tr("Job %1 failed after %n attempt(s).",
                                                             nullptr, int(job.attempts.size()))
                                                    .arg(job.id)
                                              : why);
    } else {
        n.kind = Notification::Kind::SyncSucceeded;
        n.title = AlertsTr::tr("Sync done: %1").arg(shown);
        n.message =
            AlertsTr::tr("%1 records loaded.")
                .arg(QString::number(job.totals.recordsCommitted ? job.totals.recordsCommitted
                                                                 : job.totals.recordsEmitted));
    }
    send(n);
}

StackMood Alerter::mood() const
{
    bool anyVerdict = false;
    bool degraded = false;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        anyVerdict = true;
        if (*it == HealthState::Down)
            return StackMood::Down;
        degraded = degraded || *it == HealthState::Degraded;
    }
    if (!m_failing.isEmpty())
        return StackMood::Down;
    if (degraded)
        return StackMood::Degraded;
    if (m_watcher && !m_watcher->runningJobs().isEmpty())
        return StackMood::Syncing;
    return anyVerdict ? StackMood::Ok : StackMood::Unknown;
}

QString Alerter::moodText() const
{
    QStringList parts;
    if (m_monitor) {
        for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
            if (*it == HealthState::Down)
                parts.append(
                    AlertsTr::tr("%1 is down").arg(m_monitor->health(it.key()).displayName));
            else if (*it == HealthState::Degraded)
                parts.append(
                    AlertsTr::tr("%1 is degraded").arg(m_monitor->health(it.key()).displayName));
        }
    }
    if (!m_failing.isEmpty())
        parts.append(AlertsTr::tr("the last sync of %n connection(s) failed", nullptr,
                                  int(m_failing.size())));
    if (m_watcher) {
        if (const qsizetype running = m_watcher->runningJobs().size())
            parts.append(AlertsTr::tr("%n sync(s) running", nullptr, int(running)));
    }
    if (parts.isEmpty())
        return mood() == StackMood::Ok ? AlertsTr::tr("Everything is up")
                                       : AlertsTr::tr("Not checked yet");
    return parts.join(QStringLiteral("; "));
}

} // namespace Dsp
