#pragma once

#include "healthtypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Dsp {

// Base of the five probes: one check at a time, bounded by a total deadline. Subclasses
// start their asynchronous work in start(), parented to runContext(), and call finish()
// once. Deleting the run context (on finish, deadline or cancel) silently aborts whatever is
// still in flight. GUI thread only.
class HealthProbe : public QObject
{
    Q_OBJECT
public:
    HealthProbe(ServiceId service, QObject *parent = nullptr);
    ~HealthProbe() override;

    ServiceId service() const { return m_service; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    virtual bool isConfigured() const = 0;
    bool isRunning() const { return m_runContext != nullptr; }

    // Starts a check; a check already running goes on and this call does nothing.
    void run();
    // Stops a running check without a verdict.
    void cancel();

signals:
    void finished(const Dsp::ProbeResult &result);

protected:
    virtual void start() = 0;
    // Called when a check ends early (deadline or cancel); override to stop worker threads.
    virtual void abortWork() {}

    // Parent for requests: deleting it when the check ends aborts them without callbacks.
    QObject *runContext() const { return m_runContext; }
    // For objects of one check that may be inside their own signal when the check ends (a
    // socket, a future watcher): they are cut off from this probe and deleted later, never
    // deleted from within their own signal.
    template<typename T> T *ownForRun(T *object)
    {
        object->setParent(this);
        m_runObjects.append(object);
        return object;
    }
    std::chrono::milliseconds remaining() const;
    void finish(HealthState state, const QString &reason = {}, const QString &version = {},
                const QString &details = {});

private:
    void endRun();

    ServiceId m_service;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(3)};
    QObject *m_runContext = nullptr;
    QList<QPointer<QObject>> m_runObjects;
    QElapsedTimer m_elapsed;
    QTimer m_deadline;
};

} // namespace Dsp
