#include "healthprobe.h"

#include "core/logging.h"
#include "core/networkmessages.h"

namespace Dsp {

HealthProbe::HealthProbe(ServiceId service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_deadline.setSingleShot(true);
    // Coarse timers may fire up to 5 % early: a 3 s deadline must not end at 2.85 s.
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { finish(HealthState::Down, NetworkMessages::timedOut(m_timeout)); });
}

HealthProbe::~HealthProbe()
{
    if (m_runContext)
        abortWork();
    delete m_runContext;
}

void HealthProbe::run()
{
    if (m_runContext)
        return;
    if (!isConfigured()) {
        ProbeResult result;
        result.state = HealthState::NotConfigured;
        result.checkedAt = QDateTime::currentDateTime();
        emit finished(result);
        return;
    }
    m_runContext = new QObject(this);
    m_elapsed.start();
    m_deadline.start(m_timeout);
    start();
}

void HealthProbe::cancel()
{
    if (!m_runContext)
        return;
    abortWork();
    endRun();
}

std::chrono::milliseconds HealthProbe::remaining() const
{
    const auto left = m_timeout - std::chrono::milliseconds(m_elapsed.elapsed());
    return std::max(left, std::chrono::milliseconds(1));
}

void HealthProbe::endRun()
{
    m_deadline.stop();
    for (const QPointer<QObject> &object : std::exchange(m_runObjects, {})) {
        if (object) {
            object->disconnect(this);
            object->deleteLater();
        }
    }
    // Deleting the context aborts every request still parented to it, without callbacks.
    delete std::exchange(m_runContext, nullptr);
}

void HealthProbe::finish(HealthState state, const QString &reason, const QString &version,
                         const QString &details)
{
    if (!m_runContext)
        return;
    // The deadline fired (or a check ended early): stop worker threads before the verdict.
    if (!m_deadline.isActive())
        abortWork();
    ProbeResult result;
    result.state = state;
    result.latency = std::chrono::milliseconds(m_elapsed.elapsed());
    result.version = version;
    result.reason = reason;
    result.details = details;
    result.checkedAt = QDateTime::currentDateTime();
    endRun();
    qCDebug(lcHealth) << serviceKey(m_service) << healthStateKey(state) << reason;
    emit finished(result);
}

} // namespace Dsp
