#include "healthmonitor.h"

#include "healthprobe.h"

namespace Dsp {

HealthMonitor::HealthMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(std::chrono::seconds(10));
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::checkNow);
}

HealthMonitor::~HealthMonitor() = default;

void HealthMonitor::addProbe(HealthProbe *probe)
{
    probe->setParent(this);
    m_probes.append(probe);
    ServiceHealth health;
    health.service = probe->service();
    health.state = probe->isConfigured() ? HealthState::Checking : HealthState::NotConfigured;
    m_health.insert(probe->service(), health);
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

ServiceHealth HealthMonitor::health(ServiceId service) const
{
    return m_health.value(service);
}

bool HealthMonitor::isChecking(ServiceId service) const
{
    for (const HealthProbe *probe : m_probes) {
        if (probe->service() == service)
            return probe->isRunning();
    }
    return false;
}

QList<ServiceId> HealthMonitor::services() const
{
    QList<ServiceId> out;
    for (const HealthProbe *probe : m_probes)
        out.append(probe->service());
    return out;
}

void HealthMonitor::checkNow()
{
    const bool wasIdle = m_pending == 0;
    for (HealthProbe *probe : std::as_const(m_probes)) {
        if (probe->isRunning())
            continue;
        ++m_pending;
        if (probe->isConfigured()) {
            ServiceHealth &health = m_health[probe->service()];
            // Keep showing the last verdict; the card marks itself as checking.
            if (health.state == HealthState::NotConfigured)
                health.state = HealthState::Checking;
        }
    }
    if (wasIdle && m_pending > 0)
        emit roundStarted();
    // Run after counting, so a probe that finishes synchronously cannot end the round early.
    // A check that is now under way is a change of what its service shows ("checking").
    for (HealthProbe *probe : std::as_const(m_probes)) {
        if (probe->isRunning())
            continue;
        probe->run();
        if (probe->isRunning())
            emit serviceChanged(probe->service());
    }
}

void HealthMonitor::onProbeFinished(HealthProbe *probe, const ProbeResult &result)
{
    ServiceHealth &health = m_health[probe->service()];
    if (health.state != result.state || !health.lastChange.isValid())
        health.lastChange = result.checkedAt;
    health.state = result.state;
    health.last = result;
    if (result.state != HealthState::NotConfigured) {
        health.history.append(result.state);
        while (health.history.size() > ServiceHealth::HistoryLength)
            health.history.removeFirst();
    }
    emit serviceChanged(probe->service());
    if (m_pending > 0 && --m_pending == 0)
        emit roundFinished();
}

} // namespace Dsp
