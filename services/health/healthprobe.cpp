#include "healthprobe.h"

#include "core/logging.h"
#include "core/networkmessages.h"

namespace Dsp {

HealthProbe::HealthProbe(ServiceId kind, QObject *parent)
    : QObject(parent)
    , m_key(serviceKey(kind))
    , m_displayName(serviceDisplayName(kind))
{
    m_deadline.setSingleShot(true);
    // Coarse timers may fire up to 5 % early: a 3 s deadline must not end at 2.85 s.
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &HealthProbe::onDeadline);
}

HealthProbe::~HealthProbe()
{
    // Run objects and the run context are children: ~QObject disconnects them from this
    // probe, then deletes them, and their destructors stop their work.
    m_deadline.stop();
}

void HealthProbe::setIdentity(const QString &key, const QString &displayName)
{
    m_key = key;
    m_displayName = displayName;
}

void HealthProbe::endSession(std::function<void()> done)
{
    done();
}

void HealthProbe::run()
{
    if (m_runContext)
        return;
    if (!isConfigured()) {
        ProbeResult result;
        result.state = HealthState::NotConfigured;
        result.code = ProbeCode::NotConfigured;
        result.checkedAt = QDateTime::currentDateTime();
        emit finished(result);
        return;
    }
    m_runContext = new QObject(this);
    m_held.reset();
    m_elapsed.start();
    m_deadlineAt = QDeadlineTimer(m_timeout, Qt::PreciseTimer);
    m_deadline.start(m_timeout);
    if (m_configurationError) {
        const Error error = *m_configurationError;
        QMetaObject::invokeMethod(
            m_runContext, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    start();
}

void HealthProbe::addSecret(const QString &secret)
{
    if (secret.size() >= 3 && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

void HealthProbe::removeSecret(const QString &secret)
{
    m_secrets.removeAll(secret);
}

std::chrono::milliseconds HealthProbe::remaining() const
{
    return std::max(std::chrono::milliseconds(m_deadlineAt.remainingTime()),
                    std::chrono::milliseconds(1));
}

std::chrono::milliseconds HealthProbe::optionalBudget() const
{
    using namespace std::chrono_literals;
    return std::clamp<std::chrono::milliseconds>(m_timeout / 2, 500ms, 2000ms);
}

void HealthProbe::onDeadline()
{
    if (m_held) {
        finishOptionalLookup({}, NetworkMessages::timedOut(optionalBudget()));
        return;
    }
    ProbeResult result;
    result.state = HealthState::Down;
    result.code = ProbeCode::Timeout;
    result.reason = NetworkMessages::timedOut(m_timeout);
    result.error = Error::make(ErrorKind::Timeout, result.reason);
    publish(result);
}

void HealthProbe::endRun()
{
    m_deadline.stop();
    m_held.reset();
    for (const QPointer<QObject> &object : std::exchange(m_runObjects, {})) {
        if (object) {
            object->disconnect(this);
            object->deleteLater();
        }
    }
    // Deleting the context aborts every request still parented to it, without callbacks.
    delete std::exchange(m_runContext, nullptr);
}

void HealthProbe::finish(HealthState state, ProbeCode code, const QString &reason,
                         const QString &details, const QString &version)
{
    ProbeResult result;
    result.state = state;
    result.code = code;
    result.reason = reason;
    result.details = details;
    result.version = version;
    publish(result);
}

void HealthProbe::finishUp(const QString &version, const QString &details)
{
    finish(HealthState::Up, ProbeCode::Ok, {}, details, version);
}

void HealthProbe::fail(const Error &error, HealthState state)
{
    fail(error, state, probeCodeFor(error, state));
}

void HealthProbe::fail(const Error &error, HealthState state, ProbeCode code)
{
    ProbeResult result;
    result.state = state;
    result.code = code;
    result.reason = error.message;
    result.error = error;
    publish(result);
}

void HealthProbe::beginOptionalLookup(HealthState state, ProbeCode code, const QString &reason,
                                      const QString &details)
{
    if (!m_runContext || m_held)
        return;
    ProbeResult verdict;
    verdict.state = state;
    verdict.code = code;
    verdict.reason = reason;
    verdict.details = details;
    verdict.latency = std::chrono::milliseconds(m_elapsed.elapsed());
    m_held = verdict;
    const std::chrono::milliseconds budget = optionalBudget();
    m_deadlineAt = QDeadlineTimer(budget, Qt::PreciseTimer);
    m_deadline.start(budget);
}

void HealthProbe::finishOptionalLookup(const QString &version, const QString &unknownReason,
                                       const QString &moreDetails)
{
    if (!m_runContext || !m_held)
        return;
    ProbeResult result = *m_held;
    result.version = version;
    if (version.isEmpty())
        result.versionUnknownReason = unknownReason;
    if (!moreDetails.isEmpty()) {
        result.details = result.details.isEmpty()
                             ? moreDetails
                             : QStringLiteral("%1; %2").arg(result.details, moreDetails);
    }
    publish(result);
}

void HealthProbe::publish(ProbeResult result)
{
    if (!m_runContext)
        return;
    if (!result.latency)
        result.latency = std::chrono::milliseconds(m_elapsed.elapsed());
    // Reasons and versions carry text that servers choose: one line, no control characters,
    // and never a secret of ours echoed back.
    auto clean = [this](QString &text) {
        text = sanitizedServerText(text);
        for (const QString &secret : std::as_const(m_secrets))
            text.replace(secret, QStringLiteral("***"));
    };
    clean(result.reason);
    clean(result.details);
    clean(result.version);
    clean(result.versionUnknownReason);
    if (result.error) {
        clean(result.error->message);
        clean(result.error->detail);
    }
    result.checkedAt = QDateTime::currentDateTime();
    endRun();
    qCDebug(lcHealth) << m_key << healthStateKey(result.state) << probeCodeKey(result.code)
                      << result.reason;
    emit finished(result);
}

} // namespace Dsp
