#pragma once

#include "healthtypes.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace Dsp {

class HealthProbe;

// Runs every probe at once on a poll timer and keeps each service's state and history.
// Owns the probes it is given. GUI thread only.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    explicit HealthMonitor(QObject *parent = nullptr);
    ~HealthMonitor() override;

    void addProbe(HealthProbe *probe); // takes ownership

    void setPollInterval(std::chrono::milliseconds interval);
    // Applies from each probe's next check on.
    void setProbeTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds pollInterval() const;

    void start(); // first round now, then every poll interval
    void stop();

    ServiceHealth health(ServiceId service) const;
    bool isChecking(ServiceId service) const;
    QList<ServiceId> services() const;

public slots:
    // Runs all probes now ("Check now"); probes still running are left to finish.
    void checkNow();

signals:
    // A service's check started or ended: its health() or isChecking() changed.
    void serviceChanged(Dsp::ServiceId service);
    void roundStarted();
    void roundFinished();

private:
    void onProbeFinished(HealthProbe *probe, const ProbeResult &result);

    QList<HealthProbe *> m_probes;
    QHash<ServiceId, ServiceHealth> m_health;
    QTimer m_timer;
    int m_pending = 0;
};

} // namespace Dsp
