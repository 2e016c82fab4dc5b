#pragma once

#include "healthtypes.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Dsp {

// Base of every probe: one check at a time, bounded by a total deadline. Subclasses start
// their asynchronous work in start(), parented to runContext() or handed to ownForRun(), and
// end it with one finish…() call. Ending a check (verdict, deadline, or the probe's
// destruction) deletes the run context and the run objects, which stops whatever is still in
// flight: requests abort without callbacks, and run objects stop their worker threads in
// their own destructors (no virtual call from here, so destruction order cannot skip one).
// GUI thread only.
class HealthProbe : public QObject
{
    Q_OBJECT
public:
    explicit HealthProbe(ServiceId kind, QObject *parent = nullptr);
    ~HealthProbe() override;

    // Unique among the probes of one monitor; defaults to serviceKey(kind).
    QString key() const { return m_key; }
    QString displayName() const { return m_displayName; }
    void setIdentity(const QString &key, const QString &displayName);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    virtual bool isConfigured() const = 0;
    bool isRunning() const { return m_runContext != nullptr; }

    // A setting the probe cannot use (a CA file that cannot be read): every check ends at
    // once, Down, with this error's message as the reason.
    void setConfigurationError(const Error &error) { m_configurationError = error; }

    // Starts a check; a check already running goes on and this call does nothing.
    void run();

    // Ends what this probe keeps open on the server between checks (a login session), then
    // calls `done` once, on this thread, within about a second. Default: nothing to end.
    virtual void endSession(std::function<void()> done);

signals:
    void finished(const Dsp::ProbeResult &result);

protected:
    virtual void start() = 0;

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
    // A secret this probe sends (a password): any text it publishes shows "***" instead, in
    // case a server or proxy echoes it back. Secrets shorter than 3 characters are ignored.
    void addSecret(const QString &secret);
    // For a secret that is replaced on every check (a short-lived token), so the list does not
    // grow with each one.
    void removeSecret(const QString &secret);
    // What is left of the current deadline (the check's, or the optional lookup's).
    std::chrono::milliseconds remaining() const;

    void finish(HealthState state, ProbeCode code, const QString &reason = {},
                const QString &details = {}, const QString &version = {});
    void finishUp(const QString &version = {}, const QString &details = {});
    // A failed call decides the verdict: its message is the reason, its kind the code.
    void fail(const Error &error, HealthState state = HealthState::Down);
    void fail(const Error &error, HealthState state, ProbeCode code);

    // The verdict is known; an optional lookup (the version) follows with a budget of its own
    // (optionalBudget()), so it can never turn the verdict into a timeout. End it with
    // finishOptionalLookup(); if the budget runs out first, the verdict is published with
    // "version unknown (timed out …)".
    void beginOptionalLookup(HealthState state, ProbeCode code, const QString &reason = {},
                             const QString &details = {});
    void finishOptionalLookup(const QString &version, const QString &unknownReason = {},
                              const QString &moreDetails = {});
    std::chrono::milliseconds optionalBudget() const;

private:
    std::optional<Error> m_configurationError;
    void onDeadline();
    void publish(ProbeResult result);
    void endRun();

    QString m_key;
    QString m_displayName;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(3)};
    QObject *m_runContext = nullptr;
    QList<QPointer<QObject>> m_runObjects;
    QElapsedTimer m_elapsed;
    QDeadlineTimer m_deadlineAt;
    QTimer m_deadline;
    std::optional<ProbeResult> m_held; // a verdict waiting for its optional lookup
    QStringList m_secrets;
};

} // namespace Dsp
