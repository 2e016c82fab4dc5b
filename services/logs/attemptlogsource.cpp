#include "attemptlogsource.h"

#include "attemptlogwrite_p.h"
#include "logstr.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Dsp::Logs {

namespace {

constexpr std::chrono::seconds DefaultPollInterval{5};

QString utcTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

bool wasCancelled(const Attempt &a)
{
    if (!a.failureSummary)
        return false;
    return std::any_of(
        a.failureSummary->failures.begin(), a.failureSummary->failures.end(),
        [](const FailureReason &f) { return f.type == FailureType::ManualCancellation; });
}

QString statusWord(const Attempt &a)
{
    switch (a.status) {
    case AttemptStatus::Running:
        return LogsTr::tr("running", "attempt");
    case AttemptStatus::Failed:
        return wasCancelled(a) ? LogsTr::tr("cancelled", "attempt")
                               : LogsTr::tr("failed", "attempt");
    case AttemptStatus::Succeeded:
        return LogsTr::tr("succeeded", "attempt");
    case AttemptStatus::Unknown:
        break;
    }
    return LogsTr::tr("status unknown", "attempt");
}

QByteArray rule(const QString &text)
{
    return (QStringLiteral("──── ") + text + QStringLiteral(" ────\n")).toUtf8();
}

QByteArray separatorLine(const Attempt &a, qsizetype count)
{
    //: A separator line in a job's log; %3 is when the attempt started, %4 its status
    return rule(
        a.createdAt.isValid()
            ? LogsTr::tr("Attempt %1 of %2 · started %3 · %4")
                  .arg(a.number + 1)
                  .arg(count)
                  .arg(utcTime(a.createdAt), statusWord(a))
            : LogsTr::tr("Attempt %1 of %2 · %3").arg(a.number + 1).arg(count).arg(statusWord(a)));
}

QByteArray endLine(const Attempt &a)
{
    const QDateTime at = a.endedAt.isValid() ? a.endedAt : a.updatedAt;
    //: The line written when a followed attempt ended; %2 is when, %3 its status
    return rule(at.isValid()
                    ? LogsTr::tr("Attempt %1 ended %2 · %3")
                          .arg(a.number + 1)
                          .arg(utcTime(at), statusWord(a))
                    : LogsTr::tr("Attempt %1 ended · %2").arg(a.number + 1).arg(statusWord(a)));
}

} // namespace

AttemptLogSource::AttemptLogSource(AirbyteClient *client, const Job &job, QObject *parent)
    : AttemptLogSource(client, job.id, parent)
{
    m_job = job;
    m_haveJob = true;
}

AttemptLogSource::AttemptLogSource(AirbyteClient *client, qint64 jobId, QObject *parent)
    : LogSource(parent)
    , m_client(client)
    , m_spool(std::make_unique<LogSpool>())
{
    m_job.id = jobId;
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultPollInterval);
    connect(&m_timer, &QTimer::timeout, this, &AttemptLogSource::refresh);
    connect(&m_writer, &QFutureWatcherBase::finished, this, [this] {
        const std::shared_ptr<const AttemptLogWrite> written = m_writer.result();
        writeDone(*written);
    });
}

AttemptLogSource::~AttemptLogSource()
{
    ++m_generation;
    m_call.cancel();
    m_writer.waitForFinished(); // it writes into m_spool
}

QString AttemptLogSource::title() const
{
    const qsizetype attempts = m_job.attempts.size();
    if (attempts == 0)
        return tr("Job %1").arg(m_job.id);
    if (attempts == 1)
        return tr("Job %1, attempt 1").arg(m_job.id);
    return tr("Job %1, attempts 1-%2").arg(m_job.id).arg(attempts);
}

QString AttemptLogSource::filePath() const
{
    return m_spool->path();
}

bool AttemptLogSource::canFollow() const
{
    return m_haveJob && (m_job.isRunning() || (m_current >= 0 && !m_final));
}

void AttemptLogSource::setPollInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void AttemptLogSource::start()
{
    ++m_generation;
    m_call.cancel();
    m_timer.stop();
    if (m_writer.isRunning()) { // it still writes into the spool: start when it is done
        m_startPending = true;
        return;
    }
    const bool hadText = m_spool->size() > 0;
    m_spool->clear();
    m_sections.clear();
    emit sectionsChanged();
    m_lines = 0;
    m_current = -1;
    m_keys.clear();
    m_recordsOffset = 0;
    m_recordsLine = 0;
    m_endSeen = false;
    m_final = false;
    m_busy = false;
    if (hadText)
        emit replaced();
    if (!m_spool->isOpen()) {
        failWith(Error::make(ErrorKind::FileError,
                             tr("No temporary file for the log: %1").arg(m_spool->errorString())));
        return;
    }
    setState(State::Loading);
    m_busy = true;
    m_jobReadInChain = false;
    if (m_haveJob)
        next();
    else
        fetchJob();
}

void AttemptLogSource::stop()
{
    ++m_generation;
    m_call.cancel();
    m_timer.stop();
    m_startPending = false;
    if (!m_writer.isRunning())
        m_busy = false;
    if (state() == State::Loading)
        setState(State::Idle);
    else if (state() == State::Following)
        setState(State::Finished);
}

void AttemptLogSource::refresh()
{
    if (m_busy || !canFollow() || state() == State::Idle || state() == State::Failed)
        return;
    m_timer.stop();
    m_busy = true;
    m_jobReadInChain = false;
    if (m_current >= 0 && !m_final)
        fetchAttempt(m_current);
    else
        fetchJob();
}

void AttemptLogSource::followingChanged(bool following)
{
    if (state() == State::Idle || state() == State::Failed || state() == State::Loading)
        return; // rest() looks at isFollowing() once the loading is done
    if (!following) {
        m_timer.stop();
        if (state() == State::Following)
            setState(State::Finished);
    } else if (canFollow() && !m_busy) {
        setState(State::Following);
        refresh();
    }
}

void AttemptLogSource::fetchJob()
{
    if (!m_client) {
        failWith(Error::make(ErrorKind::Cancelled, tr("The Airbyte connection was closed.")));
        return;
    }
    m_jobReadInChain = true;
    const quint64 generation = m_generation;
    m_call = m_client->getJob(m_job.id, this, [this, generation](const Result<Job> &r) {
        if (!isCurrent(generation))
            return;
        if (!r) {
            failWith(r.error());
            return;
        }
        m_job = r.value();
        m_haveJob = true;
        next();
    });
}

void AttemptLogSource::fetchAttempt(int index)
{
    if (!m_client) {
        failWith(Error::make(ErrorKind::Cancelled, tr("The Airbyte connection was closed.")));
        return;
    }
    if (index < 0 || index >= m_job.attempts.size()) { // a job read since lost attempts
        rest();
        return;
    }
    const Attempt &attempt = m_job.attempts.at(index);
    if (index != m_current)
        emit statusChanged(
            tr("Reading attempt %1 of %2…").arg(attempt.number + 1).arg(m_job.attempts.size()));
    const quint64 generation = m_generation;
    m_call = m_client->getAttemptLog(m_job.id, attempt.number, this,
                                     [this, generation, index](const Result<AttemptLog> &r) {
                                         if (!isCurrent(generation))
                                             return;
                                         if (!r) {
                                             failWith(r.error());
                                             return;
                                         }
                                         attemptFetched(index, r.value());
                                     });
}

void AttemptLogSource::attemptFetched(int index, const AttemptLog &log)
{
    const bool fresh = index != m_current;
    Attempt &attempt = m_job.attempts[index];
    const int number = attempt.number;
    attempt = log.attempt;
    attempt.number = number;
    m_pending = Pending();
    m_pending.index = index;
    m_pending.fresh = fresh;
    m_pending.ended = attempt.status != AttemptStatus::Running;
    // Its end was seen in the previous answer: this one is the last (records written as it
    // ended), closed with a line saying how it ended, since its separator says "running".
    m_pending.settling = !fresh && m_endSeen;
    m_pending.generation = m_generation;
    m_pending.attemptNumber = number;
    m_pending.status = statusWord(attempt);

    AttemptLogWriteTask task;
    task.spool = m_spool.get();
    task.separator = fresh ? separatorLine(attempt, m_job.attempts.size()) : QByteArray();
    task.log = log;
    task.keys = fresh ? QList<size_t>() : m_keys;
    task.recordsOffset = m_recordsOffset;
    task.end = m_pending.settling ? endLine(attempt) : QByteArray();
    m_writer.setFuture(QtConcurrent::run(QThreadPool::globalInstance(), [task] {
        return std::shared_ptr<const AttemptLogWrite>(
            std::make_shared<AttemptLogWrite>(writeAttemptLog(task)));
    }));
}

void AttemptLogSource::writeDone(const AttemptLogWrite &written)
{
    const Pending p = m_pending;
    if (m_startPending) {
        m_startPending = false;
        start();
        return;
    }
    // The file has what was written, current or not: the bookkeeping follows it.
    if (p.fresh) {
        m_sections.append(m_lines);
        emit sectionsChanged();
        m_current = p.index;
        m_recordsLine = m_lines + 1;
        m_endSeen = false;
        m_final = false;
    }
    m_recordsOffset = written.recordsOffset;
    m_keys = written.keys;
    m_lines = written.rewritten ? m_recordsLine + written.lines : m_lines + written.lines;
    if (p.ended) {
        if (p.fresh || p.settling)
            m_final = true;
        else
            m_endSeen = true;
    }
    if (written.rewritten) {
        emit statusChanged(
            tr("Airbyte rewrote the log of attempt %1: read again.").arg(p.attemptNumber + 1));
        emit replaced();
    } else if (written.bytes > 0) {
        emit appended();
    }
    if (!written.error.isEmpty()) {
        failWith(Error::make(
            ErrorKind::FileError,
            tr("The log could not be written to a temporary file: %1").arg(written.error)));
        return;
    }
    if (!isCurrent(p.generation)) {
        m_busy = false;
        return;
    }
    if (p.settling)
        emit statusChanged(tr("Attempt %1 ended (%2).").arg(p.attemptNumber + 1).arg(p.status));
    next();
}

// What comes after an attempt was written or the job read: the next attempt, the job's news
// once the followed attempt is over, or a rest until the next tick.
void AttemptLogSource::next()
{
    if (m_current >= 0 && !m_final) {
        rest(); // the followed attempt runs: fetched again at the next tick
    } else if (m_current + 1 < m_job.attempts.size()) {
        fetchAttempt(m_current + 1);
    } else if (m_job.isRunning() && !m_jobReadInChain) {
        fetchJob(); // whether another attempt started, or the job ended
    } else {
        rest();
    }
}

void AttemptLogSource::rest()
{
    m_busy = false;
    emit upToDate();
    if (!canFollow() || !isFollowing()) {
        emit statusChanged(
            tr("Read to its end (%n attempt(s)).", nullptr, int(m_job.attempts.size())));
        setState(State::Finished);
        return;
    }
    if (m_job.attempts.isEmpty())
        emit statusChanged(tr("Waiting for the job's first attempt…"));
    else
        emit statusChanged(
            tr("Up to date; read again every %n second(s).", nullptr,
               int(std::chrono::duration_cast<std::chrono::seconds>(m_timer.intervalAsDuration())
                       .count())));
    setState(State::Following);
    m_timer.start();
}

void AttemptLogSource::failWith(const Error &error)
{
    m_busy = false;
    m_timer.stop();
    fail(error);
}

} // namespace Dsp::Logs
