#include "healthmonitor.h"

#include "core/logging.h"
#include "healthprobe.h"

#include <memory>

namespace Dsp {

HealthMonitor::HealthMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(std::chrono::seconds(10));
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::checkNow);
}

HealthMonitor::~HealthMonitor()
{
    m_timer.stop();
    // Probes first, while the monitor is whole: their run objects stop worker threads.
    for (HealthProbe *probe : std::exchange(m_probes, {})) {
        probe->disconnect(this);
        delete probe;
    }
}

void HealthMonitor::addProbe(HealthProbe *probe)
{
    if (m_health.contains(probe->key())) {
        qCWarning(lcHealth) << "two probes share the key" << probe->key() << "; the second is "
                            << "ignored";
        delete probe;
        return;
    }
    probe->setParent(this);
    m_probes.append(probe);
    ServiceHealth health;
    health.key = probe->key();
    health.displayName = probe->displayName();
    health.state = probe->isConfigured() ? HealthState::Checking : HealthState::NotConfigured;
    health.last.code = probe->isConfigured() ? ProbeCode::Ok : ProbeCode::NotConfigured;
    m_health.insert(probe->key(), health);
    connect(probe, &HealthProbe::finished, this,
            [this, probe](const ProbeResult &result) { onProbeFinished(probe, result); });
}

void HealthMonitor::setPollInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void HealthMonitor::setProbeTimeout(std::chrono::milliseconds timeout)
{
    for (HealthProbe *probe : std::as_const(m_probes))
        probe->setTimeout(timeout);
}

std::chrono::milliseconds HealthMonitor::pollInterval() const
{
    return m_timer.intervalAsDuration();
}

void HealthMonitor::start()
{
    m_timer.start();
    checkNow();
}

void HealthMonitor::stop()
{
    m_timer.stop();
}

QStringList HealthMonitor::services() const
{
    QStringList out;
    for (const HealthProbe *probe : m_probes)
        out.append(probe->key());
    return out;
}

ServiceHealth HealthMonitor::health(const QString &service) const
{
    return m_health.value(service);
}

bool HealthMonitor::isChecking(const QString &service) const
{
    for (const HealthProbe *probe : m_probes) {
        if (probe->key() == service)
            return probe->isRunning();
    }
    return false;
}

int HealthMonitor::configuredCount() const
{
    int count = 0;
    for (const HealthProbe *probe : m_probes)
        count += probe->isConfigured() ? 1 : 0;
    return count;
}

void HealthMonitor::endSessions(std::function<void()> done)
{
    if (m_probes.isEmpty()) {
        done();
        return;
    }
    auto pending = std::make_shared<int>(int(m_probes.size()));
    auto callback = std::make_shared<std::function<void()>>(std::move(done));
    for (HealthProbe *probe : std::as_const(m_probes)) {
        probe->endSession([pending, callback] {
            if (--*pending == 0 && *callback)
                std::exchange(*callback, nullptr)();
        });
    }
}

void HealthMonitor::checkNow()
{
    const bool wasIdle = m_pending == 0;
    for (HealthProbe *probe : std::as_const(m_probes)) {
        if (probe->isRunning())
            continue;
        ++m_pending;
        if (probe->isConfigured()) {
            ServiceHealth &health = m_health[probe->key()];
            // Keep showing the last verdict; the card marks itself as checking.
            if (health.state == HealthState::NotConfigured)
                health.state = HealthState::Checking;
        }
    }
    if (wasIdle && m_pending > 0)
        emit roundStarted();
    // Run after counting, so a probe that finishes synchronously cannot end the round early,
    // and end the round only from the event loop: a caller connecting to roundFinished after
    // checkNow() (as --check does before exec()) must still see it.
    // A check that is now under way is a change of what its service shows ("checking").
    m_inCheckNow = true;
    for (HealthProbe *probe : std::as_const(m_probes)) {
        if (probe->isRunning())
            continue;
        probe->run();
        if (probe->isRunning())
            emit serviceChanged(probe->key());
    }
    m_inCheckNow = false;
}

void HealthMonitor::onProbeFinished(HealthProbe *probe, const ProbeResult &result)
{
    ServiceHealth &health = m_health[probe->key()];
    if (health.state != result.state || !health.lastChange.isValid())
        health.lastChange = result.checkedAt;
    health.state = result.state;
    health.last = result;
    if (result.state != HealthState::NotConfigured) {
        health.history.append(result.state);
        while (health.history.size() > ServiceHealth::HistoryLength)
            health.history.removeFirst();
    }
    emit serviceChanged(probe->key());
    if (m_pending > 0 && --m_pending == 0) {
        if (m_inCheckNow)
            QMetaObject::invokeMethod(this, &HealthMonitor::roundFinished, Qt::QueuedConnection);
        else
            emit roundFinished();
    }
}

} // namespace Dsp
