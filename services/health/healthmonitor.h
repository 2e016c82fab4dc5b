#pragma once

#include "healthtypes.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Dsp {

class HealthProbe;

// Runs every probe at once on a poll timer and keeps each service's state and history. Knows
// probes only through HealthProbe: which services exist, and how many of each kind, is what
// it is given. Owns its probes. GUI thread only.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    explicit HealthMonitor(QObject *parent = nullptr);
    ~HealthMonitor() override;

    void addProbe(HealthProbe *probe); // takes ownership; its key must be unique here

    void setPollInterval(std::chrono::milliseconds interval);
    // Applies from each probe's next check on.
    void setProbeTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds pollInterval() const;

    void start(); // first round now, then every poll interval
    void stop();

    // Service keys, in the order the probes were added.
    QStringList services() const;
    ServiceHealth health(const QString &service) const;
    bool isChecking(const QString &service) const;
    bool isRoundRunning() const { return m_pending > 0; }
    int configuredCount() const;

    // Ends every probe's server-side session (Dremio's login), then calls `done` once.
    void endSessions(std::function<void()> done);

public slots:
    // Runs all probes now ("Check now"); probes still running are left to finish.
    void checkNow();

signals:
    // A service's check started or ended: its health() or isChecking() changed.
    void serviceChanged(const QString &service);
    void roundStarted();
    // Every probe of the round has a verdict. Never emitted from inside checkNow(): a round
    // whose probes all answer at once still ends from the event loop.
    void roundFinished();

private:
    void onProbeFinished(HealthProbe *probe, const ProbeResult &result);

    QList<HealthProbe *> m_probes;
    QHash<QString, ServiceHealth> m_health;
    QTimer m_timer;
    int m_pending = 0;
    bool m_inCheckNow = false;
};

} // namespace Dsp
